package ui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
)

// recoveryWrite makes an edit and returns the command that brings the
// recovery file up to it, without running it: a write a slow disk holds up.
func recoveryWrite(t *testing.T, p *persist, doc *session.Session) tea.Cmd {
	t.Helper()
	lowerCheckout(t, doc)
	tick, ok := find[recoveryTickMsg](run(t, p.Changed(doc), 2*time.Second))
	if !ok {
		t.Fatal("no recovery write scheduled")
	}
	cmd, _ := p.Update(tick)
	if cmd == nil {
		t.Fatal("the recovery tick wrote nothing")
	}
	return cmd
}

func TestSlowRecoveryWriteDoesNotLandOverANewerOne(t *testing.T) {
	p, doc, path := persistFixture(t, false)
	older := recoveryWrite(t, p, doc)
	newer := recoveryWrite(t, p, doc)
	run(t, newer, time.Second)
	run(t, older, time.Second)
	r, err := store.Read(path)
	if err != nil || r == nil {
		t.Fatalf("no recovery file: %v", err)
	}
	if len(r.Edits) != 2 {
		t.Error("the recovery file holds the edits before the last one: an older write landed last")
	}
}

func TestSlowRecoveryWriteDoesNotComeBackAfterASave(t *testing.T) {
	p, doc, path := persistFixture(t, false)
	older := recoveryWrite(t, p, doc)
	if err := doc.Save(session.Local, false); err != nil {
		t.Fatal(err)
	}
	run(t, p.Saved(doc), time.Second)
	run(t, older, time.Second)
	if r, _ := store.Read(path); r != nil {
		t.Error("a recovery file of edits already saved is there to be offered next time")
	}
}

func TestDiscardedEditsAreNotKeptByALateRecoveryWrite(t *testing.T) {
	p, doc, path := persistFixture(t, false)
	older := recoveryWrite(t, p, doc)
	lowerCheckout(t, doc)
	pending := p.Changed(doc)
	drop := p.Discard(doc.Doc().Path())
	run(t, drop, time.Second)
	run(t, older, time.Second)
	if tick, ok := find[recoveryTickMsg](run(t, pending, 2*time.Second)); ok {
		cmd, _ := p.Update(tick)
		run(t, cmd, time.Second)
	}
	if r, _ := store.Read(path); r != nil {
		t.Error("discarded edits are kept in a recovery file, to be offered next time")
	}
}
