package model

import (
	"strconv"
	"testing"

	"github.com/journey-maps/journey/model/yamldoc"
)

// BenchmarkStructuralAdd adds a pain point in the middle of a generated
// map through Doc.Apply and takes it back through Doc.Restore, as the
// editor's p and undo do: "decode" with the typed map decoded in full
// after each edit, "patch" with it patched as the code does. It reports
// how many of the edits were patched.
func BenchmarkStructuralAdd(b *testing.B) {
	for _, n := range []int{10000, 50000} {
		for _, mode := range []string{"decode", "patch"} {
			b.Run(strconv.Itoa(n)+"/"+mode, func(b *testing.B) {
				structuralOff = mode == "decode"
				defer func() { structuralOff = false }()
				d, err := Parse("gen.yaml", Generate(n), benchToday)
				if err != nil {
					b.Fatal(err)
				}
				// A touchpoint that has pain points already (every third).
				s := n / 100
				tp := (3 - s*50%3) % 3
				list := yamldoc.Path{"stages", strconv.Itoa(s), "touchpoints", strconv.Itoa(tp), "pain_points"}
				edits := 0
				for b.Loop() {
					a, err := Add(d, list, -1, "Slow page")
					if err != nil {
						b.Fatal(err)
					}
					inv, err := d.Apply(a.Edit)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := d.Restore(inv); err != nil {
						b.Fatal(err)
					}
					edits += 2
				}
				b.ReportMetric(float64(d.patches)/float64(edits), "patched/edit")
			})
		}
	}
}
