package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
)

func TestRecoverScreenRestoresOrDiscards(t *testing.T) {
	for _, choice := range []string{"r", "d"} {
		t.Run(choice, func(t *testing.T) {
			p, doc, path := persistFixture(t, false)
			a := lowerCheckout(t, doc)
			edited := string(doc.Bytes())
			if err := model.WriteRecovery(doc.Recovery([]string{a.Label})); err != nil {
				t.Fatal(err)
			}
			_ = p
			fresh, err := model.Load(path, doc.Today())
			if err != nil {
				t.Fatal(err)
			}
			r := pendingRecovery(fresh)
			if r == nil {
				t.Fatal("a recovery file with unsaved edits was not offered")
			}
			c := NewCommon(ThemeNoColor, doc.Today(), false)
			c.Width, c.Height = 100, 24
			s := NewRecoverScreen(c, fresh, r)
			view := s.View()
			for _, want := range []string{"Unsaved edits were found for shop.yaml", a.Label, "r restore", "d discard"} {
				if !strings.Contains(view, want) {
					t.Errorf("offer lacks %q:\n%s", want, view)
				}
			}
			_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(choice)})
			chosen, ok := find[recoverChosenMsg](run(t, cmd, time.Second))
			if !ok || chosen.err != nil {
				t.Fatalf("no choice made: %+v", chosen)
			}
			kept, _ := model.ReadRecovery(path)
			if choice == "r" {
				if string(chosen.doc.Bytes()) != edited || !chosen.doc.Dirty() || !chosen.restored {
					t.Error("restore did not bring back the edits as unsaved work")
				}
				if kept == nil || kept.Text != edited {
					t.Error("restored edits are not kept safe again")
				}
			} else {
				if chosen.doc.Dirty() || kept != nil {
					t.Error("discard left edits or the recovery file behind")
				}
			}
		})
	}
}

func TestRecoveryMatchingTheFileIsDroppedQuietly(t *testing.T) {
	_, doc, path := persistFixture(t, false)
	if err := model.WriteRecovery(doc.Recovery(nil)); err != nil {
		t.Fatal(err)
	}
	if r := pendingRecovery(doc); r != nil {
		t.Error("offered to restore edits the file already holds")
	}
	if r, _ := model.ReadRecovery(path); r != nil {
		t.Error("a recovery file with nothing to restore was kept")
	}
}

func TestRestoredEditsStayListedUntilSaved(t *testing.T) {
	p, doc, path := persistFixture(t, false)
	p.restored = []string{"Checkout form on mobile: emotion -2 → -1"}
	a := lowerCheckout(t, doc)
	msgs := run(t, p.Changed(doc, []string{a.Label}), 2*time.Second)
	tick, _ := find[recoveryTickMsg](msgs)
	cmd, _ := p.Update(tick)
	run(t, cmd, time.Second)
	r, err := model.ReadRecovery(path)
	if err != nil || r == nil {
		t.Fatalf("no recovery file: %v", err)
	}
	if len(r.Actions) != 2 || r.Actions[0] != p.restored[0] || r.Actions[1] != a.Label {
		t.Errorf("a second crash would list %q, want the restored edit then the new one", r.Actions)
	}
	if err := doc.Save(false); err != nil {
		t.Fatal(err)
	}
	run(t, p.Saved(doc), time.Second)
	if len(p.restored) != 0 {
		t.Error("restored edits still listed after they were saved")
	}
}
