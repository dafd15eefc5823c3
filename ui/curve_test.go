package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func fp(v float64) *float64 { return &v }

func TestRenderCurve(t *testing.T) {
	st := NewStyles(ThemeNoColor)
	f := curveFigure{
		series: []curveSeries{{glyph: '●', pts: []curvePoint{{x: 0, v: 2}, {x: 4, v: 2}, {x: 8, v: -2, mark: true}, {x: 12, v: 0}}}},
		cols:   []curveColumn{{x0: 0, width: 6, means: []*float64{fp(2)}}, {x0: 7, width: 7, means: []*float64{fp(-1)}}},
	}
	got := renderCurve(f, 14, st)
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
	st := NewStyles(ThemeNoColor)
	// Neighbours beyond both edges: the line leaves the screen towards them.
	f := curveFigure{series: []curveSeries{{glyph: '●', pts: []curvePoint{{x: -5, v: 1}, {x: 3, v: 1}, {x: 20, v: 1}}}}}
	got := renderCurve(f, 8, st)
	if line := ansi.Strip(got[1]); line != "───●────" {
		t.Errorf("row +1 = %q", line)
	}
}

// Two lines over one column read apart by their glyphs and the dashes of
// the second, and the means row names each with its glyph and the gap.
func TestRenderCurveOverlay(t *testing.T) {
	st := NewStyles(ThemeNoColor)
	f := curveFigure{
		series: []curveSeries{
			{glyph: '●', pts: []curvePoint{{x: 0, v: -1}, {x: 6, v: -1}}},
			{glyph: '○', dash: true, pts: []curvePoint{{x: 1, v: 1}, {x: 7, v: 1}}},
		},
		cols: []curveColumn{{x0: 0, width: 20, means: []*float64{fp(-1), fp(0.5)}}},
		gap:  true,
	}
	got := renderCurve(f, 20, st)
	for r, want := range map[int]string{1: " ○╌╌╌╌╌○", 3: "●─────●", 5: "●-1 ○+0.5 Δ+1.5"} {
		if line := strings.TrimRight(ansi.Strip(got[r]), " "); line != want {
			t.Errorf("row %d = %q, want %q", r, line, want)
		}
	}
}

// The short curve still names each stage's mean, then draws a bar per
// point: never an unlabelled strip.
func TestRenderCurveStrip(t *testing.T) {
	st := NewStyles(ThemeNoColor)
	f := curveFigure{
		series: []curveSeries{{glyph: '●', pts: []curvePoint{{x: 0, v: -2}, {x: 2, v: 0}, {x: 4, v: 2}, {x: 9, v: 1}}}},
		cols:   []curveColumn{{x0: 0, width: 9, means: []*float64{fp(0)}}, {x0: 9, width: 9, means: []*float64{fp(0.75)}}},
	}
	got := ansi.Strip(renderCurveStrip(f, 18, st))
	if got != "0 ▁▄█    +0.75 ▆  " {
		t.Errorf("strip = %q", got)
	}
}
