package ui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// The screen's cost should follow what it shows, not what the map holds:
// 10,000 touchpoints should cost about what 100 do.

var benchSizes = []int{100, 10000}

func benchApp(b *testing.B, n int) *App {
	b.Helper()
	c := newTestCommon(160, 48)
	a := NewApp(c, mapDoc{genMap(n), "gen.yaml"})
	a.View() // warm the caches a first frame fills
	return a
}

func BenchmarkView(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			a := benchApp(b, n)
			b.ReportAllocs()
			for b.Loop() {
				_ = a.View()
			}
		})
	}
}

// BenchmarkNavigate is one key press as a person makes it: Update, then
// the frame it causes. The keys go round a square (down, right, up, left)
// so the selection keeps moving through touchpoints and stages.
func BenchmarkNavigate(b *testing.B) {
	keys := []tea.KeyMsg{keyMsg("j"), keyMsg("l"), keyMsg("j"), keyMsg("h"), keyMsg("k"), keyMsg("k")}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			a := benchApp(b, n)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				a.Update(keys[i%len(keys)])
				_ = a.View()
				i++
			}
		})
	}
}

func TestGeneratedMapHasWhatWasAskedFor(t *testing.T) {
	for _, n := range []int{0, 1, 100, 10000} {
		m := genMap(n)
		got := 0
		for _, s := range m.Stages {
			got += len(s.Touchpoints)
		}
		if got != n {
			t.Errorf("genMap(%d) has %d touchpoints", n, got)
		}
	}
}
