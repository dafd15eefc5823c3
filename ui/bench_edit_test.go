package ui

import (
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
)

// BenchmarkEdit is one emotion change on a 10,000-touchpoint map as a
// facilitator makes it: the key, the edit applied to the document through
// the history, every pane re-derived from the map, and the frame drawn.
// The goal is under 5 ms.
func BenchmarkEdit(b *testing.B) {
	doc, err := model.Parse(filepath.Join(b.TempDir(), "gen.yaml"), model.Generate(10000), fixedToday)
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
}
