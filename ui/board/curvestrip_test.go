package board

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The short curve is one row: each stage's mean and bars, and at its end
// which curve it is, shortened when the row is tight.
func TestCaptionedStrip(t *testing.T) {
	st := plainStyles()
	f := CurveFigure{
		Series: []CurveSeries{{Name: "Maya, busy parent", Glyph: '●', Pts: []curvePoint{{X: 0, V: -2}, {X: 2, V: 2}, {X: 12, V: 1}}}},
		Cols:   []CurveColumn{{X0: 0, Width: 12, Means: []*float64{fp(0)}}, {X0: 12, Width: 12, Means: []*float64{fp(0.75)}}},
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
	f.Series = append(f.Series, CurveSeries{Name: "ideal (ideal/x.yaml)", Glyph: '○'})
	f.Cols[0].Means = append(f.Cols[0].Means, fp(1))
	f.Cols[1].Means = append(f.Cols[1].Means, fp(1))
	got := ansi.Strip(captionedStrip(f, "Maya, busy parent", 40, st))
	if !strings.HasPrefix(got, "●0 ○+1") || !strings.HasSuffix(got, "●Maya ○ideal") {
		t.Errorf("overlaid strip = %q", got)
	}
}
