package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The short curve is one row: each stage's mean and bars, and at its end
// which curve it is, shortened when the row is tight.
func TestCaptionedStrip(t *testing.T) {
	st := NewStyles(ThemeNoColor)
	f := curveFigure{
		series: []curveSeries{{name: "Maya, busy parent", glyph: '●', pts: []curvePoint{{x: 0, v: -2}, {x: 2, v: 2}, {x: 12, v: 1}}}},
		cols:   []curveColumn{{x0: 0, width: 12, means: []*float64{fp(0)}}, {x0: 12, width: 12, means: []*float64{fp(0.75)}}},
	}
	for _, tt := range []struct {
		width int
		want  string
	}{
		{52, "0 ▁█        +0.75 ▆      Emotion · Maya, busy parent"},
		{40, "0 ▁█        +0.75 ▆       Emotion · Maya"},
		{26, "0 ▁█        +0.75 ▆   Maya"},
	} {
		got := ansi.Strip(captionedStrip(f, "Maya, busy parent", tt.width, st))
		if got != tt.want || ansi.StringWidth(got) != tt.width {
			t.Errorf("width %d: strip = %q, want %q", tt.width, got, tt.want)
		}
	}
	// With several lines the legend names each glyph; the means stay.
	f.series = append(f.series, curveSeries{name: "ideal (ideal/x.yaml)", glyph: '○'})
	f.cols[0].means = append(f.cols[0].means, fp(1))
	f.cols[1].means = append(f.cols[1].means, fp(1))
	got := ansi.Strip(captionedStrip(f, "Maya, busy parent", 40, st))
	if !strings.HasPrefix(got, "●0 ○+1") || !strings.HasSuffix(got, "●Maya ○ideal") {
		t.Errorf("overlaid strip = %q", got)
	}
}
