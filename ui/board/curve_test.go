package board

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func fp(v float64) *float64 { return &v }

func TestRenderCurve(t *testing.T) {
	st := plainStyles()
	f := CurveFigure{
		Series: []CurveSeries{{Glyph: '●', Pts: []curvePoint{{X: 0, V: 2}, {X: 4, V: 2}, {X: 8, V: -2, Mark: true}, {X: 12, V: 0}}}},
		Cols:   []CurveColumn{{X0: 0, Width: 6, Means: []*float64{fp(2)}}, {X0: 7, Width: 7, Means: []*float64{fp(-1)}}},
	}
	got := RenderCurve(f, 14, st)
	want := []string{
		"●───●─╮       ",
		"      │       ",
		"· · · │ · ╭─● ",
		"      │   │   ",
		"      ╰─◆─╯   ",
		"+2     mean -1",
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if line := ansi.Strip(got[i]); line != want[i] {
			t.Errorf("row %d:\n got %q\nwant %q", i, line, want[i])
		}
	}
}

func TestRenderCurveRunsOffTheEdges(t *testing.T) {
	st := plainStyles()
	// Neighbours beyond both edges: the line leaves the screen towards them.
	f := CurveFigure{Series: []CurveSeries{{Glyph: '●', Pts: []curvePoint{{X: -5, V: 1}, {X: 3, V: 1}, {X: 20, V: 1}}}}}
	got := RenderCurve(f, 8, st)
	if line := ansi.Strip(got[1]); line != "───●────" {
		t.Errorf("row +1 = %q", line)
	}
}

// Two lines over one column read apart by their glyphs and the dashes of
// the second, and the means row names each with its glyph and the gap.
func TestRenderCurveOverlay(t *testing.T) {
	st := plainStyles()
	f := CurveFigure{
		Series: []CurveSeries{
			{Glyph: '●', Pts: []curvePoint{{X: 0, V: -1}, {X: 6, V: -1}}},
			{Glyph: '○', Dash: true, Pts: []curvePoint{{X: 1, V: 1}, {X: 7, V: 1}}},
		},
		Cols: []CurveColumn{{X0: 0, Width: 20, Means: []*float64{fp(-1), fp(0.5)}}},
		Gap:  true,
	}
	got := RenderCurve(f, 20, st)
	for r, want := range map[int]string{1: " ○╌╌╌╌╌○", 3: "●─────●", 5: "●-1 ○+0.5 Δ+1.5"} {
		if line := strings.TrimRight(ansi.Strip(got[r]), " "); line != want {
			t.Errorf("row %d = %q, want %q", r, line, want)
		}
	}
}

// The short curve still names each stage's mean, then draws a bar per
// point: never an unlabelled strip.
func TestRenderCurveStrip(t *testing.T) {
	st := plainStyles()
	f := CurveFigure{
		Series: []CurveSeries{{Glyph: '●', Pts: []curvePoint{{X: 0, V: -2}, {X: 2, V: 0}, {X: 4, V: 2}, {X: 9, V: 1}}}},
		Cols:   []CurveColumn{{X0: 0, Width: 9, Means: []*float64{fp(0)}}, {X0: 9, Width: 9, Means: []*float64{fp(0.75)}}},
	}
	got := ansi.Strip(renderCurveStrip(f, 18, st))
	if got != "0 ▁▄█    +0.75 ▆  " {
		t.Errorf("strip = %q", got)
	}
}
