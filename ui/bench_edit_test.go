package ui

import (
	"fmt"
	"path/filepath"
	"testing"

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
			doc, err := model.Parse(filepath.Join(b.TempDir(), "gen.yaml"), model.Generate(n), fixedToday)
			if err != nil {
				b.Fatal(err)
			}
			a := NewApp(newTestCommon(160, 48), doc)
			for _, k := range []string{"3", "j"} {
				a.Update(keyMsg(k))
			}
			a.View()
			keys := []tea.KeyMsg{keyMsg("+"), keyMsg("-")}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				a.Update(keys[i%2])
				_ = a.View()
				if a.statusBad {
					b.Fatalf("the edit was refused: %s", a.status)
				}
				i++
			}
			if a.sess.Undoable(a.actor) != i {
				b.Fatalf("%d edits made, %d recorded", i, a.sess.Undoable(a.actor))
			}
		})
	}
}
