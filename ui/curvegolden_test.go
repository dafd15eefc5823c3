package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
)

// curveBlock is the screen from the header down to the stage headers:
// the curve, its caption and means, and the columns they sit over.
func curveBlock(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "│") || strings.HasPrefix(l, "┃") {
			return strings.Join(lines[:i], "\n")
		}
	}
	return screen
}

// The board's curve at each size, for the base curve, a persona's and all
// personas overlaid (ui/testdata/TestCurveGolden; reviewed by eye).
func TestCurveGolden(t *testing.T) {
	for _, sz := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
		for _, what := range []string{"base", "persona", "all"} {
			t.Run(fmt.Sprintf("%dx%d_%s", sz[0], sz[1], what), func(t *testing.T) {
				s := openSession(t, "online-shop.yaml", sz[0], sz[1], false)
				// c: Maya, Tom, Grace, then all three.
				for range map[string]int{"base": 0, "persona": 1, "all": 4}[what] {
					s.press("c")
				}
				golden.RequireEqual(t, []byte(curveBlock(s.screen())))
			})
		}
	}
}

// The means written under the stage columns are the model's, for the
// base curve and for each persona's.
func TestCurveMeansAreTheModels(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 200, 60, false)
	for _, persona := range append([]string{""}, model.CurvePersonas(s.a.m)...) {
		var want []string
		for _, sm := range model.StageMeans(s.a.m, persona) {
			v := &sm.Mean
			if sm.N == 0 {
				v = nil
			}
			want = append(want, "mean "+board.FormatMean(v))
		}
		if got := meansRow(s.screen()); strings.Join(strings.Fields(got), " ") != strings.Join(want, " ") {
			t.Errorf("persona %q: means row %q, want %q", persona, got, want)
		}
		s.press("c")
	}
}

// meansRow is the screen's row of stage means.
func meansRow(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, "mean ") {
			return l
		}
	}
	return ""
}
