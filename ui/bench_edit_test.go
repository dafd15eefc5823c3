package ui

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
)

// BenchmarkEdit is one emotion change as a facilitator makes it: the key,
// the edit applied to the document through the history, every pane
// re-derived from the map, and the frame drawn. It should cost what the
// edit touches, not what the file holds: 50,000 touchpoints within 2x of
// 100, and under 1 ms.
func BenchmarkEdit(b *testing.B) {
	for _, n := range []int{100, 10000, 50000} {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			e := newEditBench(b, n)
			b.ReportAllocs()
			for b.Loop() {
				e.press(b)
			}
			e.check(b)
		})
	}
}

// BenchmarkEditPaired makes the same edit on a 100-touchpoint map and on a
// 50,000-touchpoint one in turn and reports the large one's time as a
// multiple of the small one's (goal: at most 2x), a ratio that holds on a
// shared machine whose speed drifts between two separate benchmarks.
func BenchmarkEditPaired(b *testing.B) {
	small, large := newEditBench(b, 100), newEditBench(b, 50000)
	var ts, tl time.Duration
	for b.Loop() {
		t0 := time.Now()
		small.press(b)
		t1 := time.Now()
		large.press(b)
		ts += t1.Sub(t0)
		tl += time.Since(t1)
	}
	small.check(b)
	large.check(b)
	b.ReportMetric(float64(tl)/float64(ts), "50000-x-100")
	b.ReportMetric(float64(tl.Nanoseconds())/float64(b.N)/1e6, "ms-50000")
}

// editBench is an App on a generated map with a touchpoint selected, whose
// emotion the benchmark raises and lowers in turn.
type editBench struct {
	a *App
	i int
}

func newEditBench(b *testing.B, touchpoints int) *editBench {
	doc, err := model.Parse(filepath.Join(b.TempDir(), "gen.yaml"), model.Generate(touchpoints), fixedToday)
	if err != nil {
		b.Fatal(err)
	}
	a := NewApp(newTestCommon(160, 48), doc)
	for _, k := range []string{"3", "j"} {
		a.Update(keyMsg(k))
	}
	a.View()
	return &editBench{a: a}
}

// press is one + or - and the frame it causes.
func (e *editBench) press(b *testing.B) {
	e.a.Update([]tea.KeyMsg{keyMsg("+"), keyMsg("-")}[e.i%2])
	_ = e.a.View()
	if e.a.statusBad {
		b.Fatalf("the edit was refused: %s", e.a.status)
	}
	e.i++
}

func (e *editBench) check(b *testing.B) {
	if e.a.sess.Undoable(e.a.actor) != e.i {
		b.Fatalf("%d edits made, %d recorded", e.i, e.a.sess.Undoable(e.a.actor))
	}
}
