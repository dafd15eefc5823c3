package model

import (
	"fmt"
	"strings"
)

// Generate writes a synthetic but valid map with the given number of
// touchpoints spread over stages of 50, for benchmarks and stress tests of
// everything that must stay fast on very large maps.
func Generate(touchpoints int) []byte {
	var b strings.Builder
	b.WriteString("# A generated map for benchmarks.\njourney: 1\ntitle: Generated journey\nstate: current\n")
	b.WriteString("personas:\n  - id: p1\n    name: First persona\n  - id: p2\n    name: Second persona\n\n")
	b.WriteString("goals:\n  - id: csat\n    name: Raise CSAT\n    metric: CSAT\n    unit: /5\n    baseline: 3.6\n    target: 4.2\n    current: 3.9\n    start: 2026-06-01\n    due: 2026-12-01\n\n")
	b.WriteString("stages:\n")
	perStage := 50
	stages := (touchpoints + perStage - 1) / perStage
	n := 0
	for s := 0; s < stages; s++ {
		fmt.Fprintf(&b, "  - id: stage-%d\n    name: Stage %d\n    reached: %d\n    touchpoints:\n", s, s, 100000-s*7)
		for t := 0; t < perStage && n < touchpoints; t, n = t+1, n+1 {
			fmt.Fprintf(&b, "      - id: tp-%d\n        name: \"Touchpoint %d\"\n        channel: web\n        emotion: %d   # felt\n", n, n, n%5-2)
			fmt.Fprintf(&b, "        actions:\n          - Reads the page\n          - Clicks on\n")
			if n%7 == 0 {
				fmt.Fprintf(&b, "        emotions: {p1: %d, p2: %d}\n", (n+1)%5-2, (n+2)%5-2)
			}
			if n%3 == 0 {
				fmt.Fprintf(&b, "        pain_points:\n          - id: pain-%d\n            text: Something hurts at %d\n            severity: high\n            drop_off: %v\n", n, n, n%2 == 0)
			}
			if n%4 == 0 {
				fmt.Fprintf(&b, "        opportunities:\n          - text: Make step %d easier\n            impact: high\n            effort: low\n            votes: %d\n", n, n%9)
			}
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}
