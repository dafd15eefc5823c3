package ui

import (
	"os"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
)

func TestSaveWritesTheEditAndSaysSo(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.expectLine("saved").expectState(Saved)
	s.keys(toCheckout...).keys("+").expectState(Unsaved).expectLine("unsaved")
	if s.disk() != string(s.orig) {
		t.Fatal("an edit reached the file before ctrl+s")
	}
	s.keys("ctrl+s").expectState(Saved).expectStatus("saved online-shop.yaml")
	if got := changedLines(string(s.orig), s.disk()); len(got) != 2 || !strings.Contains(got[1], "emotion: -1   # the low point") {
		t.Errorf("the save changed %q", got)
	}
	// Back to the saved text by other means is saved too.
	s.keys("-").expectState(Unsaved).keys("+").expectState(Saved)
}

// ctrl+s saves in a command; keys pressed before it is done wait for it,
// so none is lost and nothing changes the map under the save.
func TestKeysWaitForTheSave(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("+")
	_, save := s.a.Update(keyMsg("ctrl+s"))
	s.expectState(Saving).expectLine("saving…")
	s.a.Update(keyMsg("+"))
	if strings.Contains(s.text(), "emotion: 0   # the low point") {
		t.Fatal("an edit went in while the file was being written")
	}
	s.run(save)
	s.expectText("emotion: 0   # the low point").expectState(Unsaved)
	if !strings.Contains(s.disk(), "emotion: -1   # the low point") {
		t.Error("the save did not write the map as it was when ctrl+s was pressed")
	}
}

func TestSavingOverAChangeOnDiskAsks(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	theirs := strings.Replace(string(s.orig), "title: First purchase at Leafline", "title: Their title", 1)
	if err := os.WriteFile(s.path, []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	s.keys(toCheckout...).keys("+", "ctrl+s")
	s.expectState(ChangedOnDisk).expectLine("changed on disk").expectLine("o overwrite it with mine")
	if s.disk() != theirs {
		t.Fatal("the file was overwritten without asking")
	}
	// Other keys leave the question asked; esc keeps both as they are.
	s.keys("+", "q", "ctrl+c").expectLine("o overwrite it with mine")
	s.keys("esc").expectStatus("not saved")
	if s.disk() != theirs {
		t.Fatal("cancel wrote the file")
	}
	s.keys("ctrl+s", "o").expectState(Saved)
	if s.disk() != s.text() {
		t.Fatal("overwrite did not write the map")
	}
}

func TestSaveFailureSaysWhy(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	if err := os.Remove(s.path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(s.path, 0o755); err != nil { // a folder where the file was
		t.Fatal(err)
	}
	s.keys(toCheckout...).keys("+", "ctrl+s")
	s.expectState(SaveFailed).expectLine("save failed").expectStatus("not saved: ")
	if !s.a.statusBad {
		t.Error("the failure does not read as one")
	}
	s.keys("-").expectState(Saved)
}

func TestQuitAsksOnceWithUnsavedChanges(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	closed := 0
	s.a.OnClose(func() tea.Msg { closed++; return nil })
	s.keys("q")
	if closed != 1 {
		t.Fatal("with nothing to save, q should quit at once")
	}
	closed = 0
	s.keys(toCheckout...).keys("+", "q").expectLine("Unsaved changes.").expectLine("s save and quit").expectLine("d discard and quit").expectLine("esc cancel")
	// Quitting again at the question never drops the work.
	s.keys("q", "ctrl+c", "q").expectLine("Unsaved changes.")
	if closed != 0 {
		t.Fatal("q at the question quit without saving")
	}
	s.keys("esc").expectNo("Unsaved changes.").expectState(Unsaved)
	if err := store.Write(store.Snapshot(s.a.sess)); err != nil {
		t.Fatal(err)
	}
	s.keys("q", "d")
	if closed != 1 || s.disk() != string(s.orig) {
		t.Fatalf("discard: closed %d times, file changed %v", closed, s.disk() != string(s.orig))
	}
	if r, _ := store.Read(s.path); r != nil {
		t.Error("discarded edits are still kept for recovery")
	}
}

func TestSaveAndQuit(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	closed := 0
	s.a.OnClose(func() tea.Msg { closed++; return nil })
	s.keys(toCheckout...).keys("+", "q", "s")
	if closed != 1 || !strings.Contains(s.disk(), "emotion: -1   # the low point") {
		t.Fatalf("save and quit: closed %d times, saved %v", closed, s.disk() != string(s.orig))
	}
}

// The messages persist sends: a save it asks for is a ctrl+s, a reload
// shows the map from disk with a fresh history, a change on disk while
// there are unsaved edits shows in the header.
func TestPersistMessages(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("+")
	_, cmd := s.a.Update(SaveRequestMsg{})
	s.run(cmd)
	s.expectState(Saved)
	s.keys("+")
	s.a.Update(DiskChangedMsg{})
	s.expectState(ChangedOnDisk).expectLine("changed on disk")

	other := openEditing(t, "online-shop.yaml", 120, 40)
	other.keys(toCheckout...).keys("-", "d")
	s.a.Update(ReloadedMsg{Doc: other.a.ed})
	s.expectState(Unsaved).expectSelected(common.TouchpointItem(2, 2))
	if s.a.sess.CanUndo(s.a.actor) {
		t.Error("a reload should start a fresh history")
	}
	if s.text() != other.text() {
		t.Error("the reloaded map is not shown")
	}
}

func TestUnsavedLabelsForRecovery(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("+", "ctrl+s", "+")
	if got := s.a.unsaved(); !slices.Equal(got, []string{"Checkout form on mobile: emotion -1 → 0"}) {
		t.Errorf("unsaved after a save and an edit: %q", got)
	}
	s.keys("u", "u")
	if got := s.a.unsaved(); !slices.Equal(got, []string{"undid: Checkout form on mobile: emotion -2 → -1"}) {
		t.Errorf("unsaved after undoing past the save: %q", got)
	}
	s.keys("ctrl+r")
	if got := s.a.unsaved(); got != nil {
		t.Errorf("back at the saved text, still unsaved: %q", got)
	}
}
