package board

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/journey-maps/journey/ui/common"
)

// The curve's rows are coloured by their emotion: the +2 row on top in
// +2's colour, the -2 row at the bottom in -2's, as the cards' emotions.
func TestRenderCurveColoursRowsByTheirEmotion(t *testing.T) {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	r.SetHasDarkBackground(true)
	st := common.NewStylesFor(common.ThemeDefault, r)
	for _, v := range []int{2, 1, -1, -2} {
		f := CurveFigure{Series: []CurveSeries{{Glyph: '●', Pts: []curvePoint{{X: 0, V: v}}}}}
		got := RenderCurve(f, 1, st)[curveRow(v)]
		if want := st.Emotion(v).Render("●"); got != want {
			t.Errorf("a point at %+d is painted %q, want %q as the cards paint %+d", v, got, want, v)
		}
	}
}
