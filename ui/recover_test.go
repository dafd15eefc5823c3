package ui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// offer writes the session's recovery file and opens the recover screen on
// the file as it is on disk now.
func offer(t *testing.T, sess *session.Session, path string) *screens.Recover {
	t.Helper()
	if err := store.Write(store.Snapshot(sess)); err != nil {
		t.Fatal(err)
	}
	fresh, err := model.Load(path, sess.Doc().Today())
	if err != nil {
		t.Fatal(err)
	}
	r := pendingRecovery(fresh)
	if r == nil {
		t.Fatal("a recovery file with unsaved edits was not offered")
	}
	c := common.New(common.ThemeNoColor, sess.Doc().Today(), false)
	c.Width, c.Height = 100, 24
	return screens.NewRecover(c.View(), fresh, r)
}

func TestRecoverScreenRestoresOrDiscards(t *testing.T) {
	for _, choice := range []string{"r", "d"} {
		t.Run(choice, func(t *testing.T) {
			_, sess, path := persistFixture(t, false)
			a := lowerCheckout(t, sess)
			edited := string(sess.Doc().Bytes())
			s := offer(t, sess, path)
			view := s.View()
			for _, want := range []string{"Unsaved edits were found for shop.yaml", a.Label, "r restore", "d discard"} {
				if !strings.Contains(view, want) {
					t.Errorf("offer lacks %q:\n%s", want, view)
				}
			}
			_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(choice)})
			chosen, ok := find[screens.RecoverChosenMsg](run(t, cmd, time.Second))
			if !ok || chosen.Err != nil {
				t.Fatalf("no choice made: %+v", chosen)
			}
			kept, _ := store.Read(path)
			if choice == "r" {
				if chosen.Sess == nil || string(chosen.Sess.Doc().Bytes()) != edited || !chosen.Sess.Dirty() {
					t.Error("restore did not bring back the edits as unsaved work")
				}
				if kept == nil || len(kept.Edits) != 1 || kept.Actions[0] != a.Label {
					t.Error("restored edits are not kept safe again")
				}
			} else {
				if chosen.Sess != nil || chosen.Doc.Dirty() || kept != nil {
					t.Error("discard left edits or the recovery file behind")
				}
			}
		})
	}
}

// The file changed on disk after the edits were kept: restoring replays
// them onto it and keeps its change too.
func TestRecoverOntoAChangedFileKeepsItsChanges(t *testing.T) {
	_, sess, path := persistFixture(t, false)
	lowerCheckout(t, sess)
	if err := store.Write(store.Snapshot(sess)); err != nil {
		t.Fatal(err)
	}
	outsideEdit(t, path, "name: Instagram story ad", "name: Instagram reel ad")
	s := offer(t, sess, path)
	if !strings.Contains(s.View(), "replays your edits onto it") {
		t.Errorf("the offer does not say the file changed:\n%s", s.View())
	}
	_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	chosen, _ := find[screens.RecoverChosenMsg](run(t, cmd, time.Second))
	m := chosen.Sess.Doc().Map()
	if m.Stages[0].Touchpoints[0].Name != "Instagram reel ad" || *m.Stages[2].Touchpoints[2].Emotion != -1 {
		t.Fatalf("restore lost a side: %q, emotion %d", m.Stages[0].Touchpoints[0].Name, *m.Stages[2].Touchpoints[2].Emotion)
	}
}

// The path now holds another map: nothing is restored over it, and the
// screen says why.
func TestRecoverOntoAnotherMapRefuses(t *testing.T) {
	_, sess, path := persistFixture(t, false)
	lowerCheckout(t, sess)
	if err := store.Write(store.Snapshot(sess)); err != nil {
		t.Fatal(err)
	}
	other := "journey: 1\ntitle: Returns\nstages:\n  - id: start\n    name: Start\n"
	if err := os.WriteFile(path, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	s := offer(t, sess, path)
	_, cmd := s.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("r")})
	if cmd != nil {
		if _, ok := find[screens.RecoverChosenMsg](run(t, cmd, time.Second)); ok {
			t.Fatal("edits were restored over another map")
		}
	}
	if v := s.View(); !strings.Contains(v, "different map") {
		t.Fatalf("the screen does not say why nothing was restored:\n%s", v)
	}
	if b, _ := os.ReadFile(path); string(b) != other {
		t.Fatal("the other map was changed")
	}
}

func TestRecoveryMatchingTheFileIsDroppedQuietly(t *testing.T) {
	_, sess, path := persistFixture(t, false)
	if err := store.Write(store.Snapshot(sess)); err != nil {
		t.Fatal(err)
	}
	if r := pendingRecovery(sess.Doc()); r != nil {
		t.Error("offered to restore edits the file already holds")
	}
	if r, _ := store.Read(path); r != nil {
		t.Error("a recovery file with nothing to restore was kept")
	}
}
