package portfolio

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

var today = model.Date{Year: 2026, Month: 11, Day: 22}

// goalKinds are goals that reach each status on 2026-11-22.
var goalKinds = []struct{ status, yaml string }{
	{"achieved", "baseline: 1\n    target: 2\n    current: 2\n    start: 2026-01-01\n    due: 2026-12-31"},
	{"on track", "baseline: 0\n    target: 10\n    current: 9.9\n    start: 2026-01-01\n    due: 2026-12-31"},
	{"at risk", "baseline: 0\n    target: 10\n    current: 1\n    start: 2026-01-01\n    due: 2026-12-31"},
	{"overdue", "baseline: 0\n    target: 10\n    current: 1\n    start: 2026-01-01\n    due: 2026-06-30"},
	{"not started", "baseline: 0\n    target: 10\n    start: 2026-01-01\n    due: 2026-12-31"},
}

var severities = []string{"low", "medium", "high", "critical"}

// genMap writes map i of a generated tree: i%3 == 0 is stale; it has
// i%5+1 goals of rotating status and i%4+1 pain points of rotating
// severity; every seventh map has a broken touchpoint (one error).
func genMap(t testing.TB, dir string, i int) string {
	var b strings.Builder
	updated := "2026-11-01"
	if i%3 == 0 {
		updated = "2026-01-01"
	}
	fmt.Fprintf(&b, "journey: 1\ntitle: Journey %d\nowner: Team %d\nstate: current\nupdated: %s\ngoals:\n", i, i%4, updated)
	for g := 0; g <= i%5; g++ {
		fmt.Fprintf(&b, "  - id: g%d\n    name: Goal %d of %d\n    %s\n", g, g, i, goalKinds[(i+g)%5].yaml)
	}
	b.WriteString("stages:\n  - id: s\n    name: Stage\n    touchpoints:\n      - id: t\n        name: Touch\n")
	if i%7 == 0 {
		b.WriteString("        emotion: 7\n")
	}
	b.WriteString("        pain_points:\n")
	for p := 0; p <= i%4; p++ {
		fmt.Fprintf(&b, "          - text: Pain %d of %d\n            severity: %s\n", p, i, severities[(i+p)%4])
	}
	b.WriteString("        opportunities:\n          - text: Idea\n            status: planned\n            impact: high\n            effort: low\n")
	path := filepath.Join(dir, fmt.Sprintf("team-%d", i%10), fmt.Sprintf("map-%04d.yaml", i))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// genTree writes n generated maps under a new folder.
func genTree(t testing.TB, n int) string {
	dir := t.TempDir()
	for i := range n {
		genMap(t, dir, i)
	}
	return dir
}
