//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A read-only map is saved only after the editor asks and hears yes;
// cancel leaves the file as it was, and the question says why it asks.
func TestSavingAReadOnlyMapAsksFirst(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	if err := os.Chmod(s.path, 0o444); err != nil {
		t.Fatal(err)
	}
	s.keys(toCheckout...).keys("+", "ctrl+s")
	s.expectLine("It is read-only: saving replaces it").expectLine("o save anyway")
	if s.disk() != string(s.orig) {
		t.Fatal("a read-only file was overwritten without asking")
	}
	s.keys("esc").expectState(SaveFailed).expectStatus("not saved: it is read-only")
	if s.disk() != string(s.orig) {
		t.Fatal("cancel wrote the read-only file")
	}
	s.keys("ctrl+s").expectLine("read-only").keys("o").expectState(Saved)
	if s.disk() != s.text() || s.disk() == string(s.orig) {
		t.Fatal("yes did not write the map")
	}
	if info, err := os.Stat(s.path); err != nil || info.Mode().Perm() != 0o444 {
		t.Errorf("the saved file's mode: %v %v, want it read-only still", info.Mode(), err)
	}
	// Once allowed, later saves of the session do not ask again.
	s.keys("+", "ctrl+s").expectState(Saved)
}

// A hard-linked map is saved only after a yes to a question that says the
// link will be broken; the other name keeps the old text.
func TestSavingAHardLinkedMapSaysTheLinkBreaks(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	other := filepath.Join(t.TempDir(), "other-name.yaml")
	if err := os.Link(s.path, other); err != nil {
		t.Skip("no hard links here:", err)
	}
	s.keys(toCheckout...).keys("+", "ctrl+s")
	s.expectLine("It has 2 hard links: saving breaks the link.").expectLine("o save anyway")
	if s.disk() != string(s.orig) {
		t.Fatal("a hard-linked file was overwritten without asking")
	}
	s.keys("o").expectState(Saved)
	if s.disk() != s.text() {
		t.Fatal("yes did not write the map")
	}
	if b, _ := os.ReadFile(other); string(b) != string(s.orig) {
		t.Error("the other name changed too: the question said the link breaks")
	}
}

// On an 80-column terminal the question and both answers fit the footer.
func TestProtectedQuestionFitsEightyColumns(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 80, 24)
	if err := os.Link(s.path, filepath.Join(t.TempDir(), "other.yaml")); err != nil {
		t.Skip("no hard links here:", err)
	}
	s.keys(toCheckout...).keys("+", "ctrl+s").expectLine("breaks the link.  o save anyway · esc cancel")
	if err := os.Chmod(s.path, 0o444); err != nil {
		t.Fatal(err)
	}
	s.keys("esc", "ctrl+s").expectLine("(mode kept).  o save anyway · esc cancel")
}

// Quitting with unsaved changes on a read-only map asks about the file
// too, and quits once it is saved.
func TestSaveAndQuitOnAReadOnlyMapAsksThenQuits(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	if err := os.Chmod(s.path, 0o444); err != nil {
		t.Fatal(err)
	}
	quit := false
	s.a.OnClose(func() tea.Msg { quit = true; return nil })
	s.keys(toCheckout...).keys("+", "q", "s").expectLine("read-only")
	if quit {
		t.Fatal("quit before the file was saved")
	}
	s.keys("o")
	if !quit || s.disk() != s.text() {
		t.Errorf("after yes: quit %v, saved %v", quit, s.disk() == s.text())
	}
}
