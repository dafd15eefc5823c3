package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// edSession is a session on a copy of a sample map loaded for editing,
// the way `journey FILE` opens it, with its own recovery folder.
type edSession struct {
	*driver
	path string
	orig []byte
}

func openEditing(t *testing.T, name string, w, h int) *edSession {
	t.Helper()
	return openEditingAs(t, name, w, h, false)
}

func openEditingAs(t *testing.T, name string, w, h int, readOnly bool) *edSession {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "maps", name))
	if err != nil {
		t.Fatal(err)
	}
	return openEditingText(t, name, src, w, h, readOnly)
}

// openEditingText opens a map given as text, saved under name.
func openEditingText(t *testing.T, name string, src []byte, w, h int, readOnly bool) *edSession {
	t.Helper()
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.Load(path, fixedToday)
	if err != nil {
		t.Fatal(err)
	}
	c := common.New(common.ThemeDefault, fixedToday, readOnly)
	c.Width, c.Height = w, h
	return &edSession{driver: &driver{t, NewApp(c, doc)}, path: path, orig: src}
}

// typeText types text into whatever has the keys, as one burst the way a
// fast typist or a paste arrives.
func (s *edSession) typeText(text string) *edSession {
	_, cmd := s.a.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	s.run(cmd)
	return s
}

func (s *edSession) expectLine(want string) *edSession {
	s.t.Helper()
	s.driver.expectLine(want)
	return s
}

func (s *edSession) expectNo(want string) *edSession {
	s.t.Helper()
	s.driver.expectNo(want)
	return s
}

func (s *edSession) expectSelected(want common.Item) *edSession {
	s.t.Helper()
	s.driver.expectSelected(want)
	return s
}

func (s *edSession) keys(keys ...string) *edSession {
	s.press(keys...)
	return s
}

// text is the document's text as it is in memory.
func (s *edSession) text() string { return string(s.a.ed.Bytes()) }

// disk is the file as it is on disk.
func (s *edSession) disk() string {
	s.t.Helper()
	b, err := os.ReadFile(s.path)
	if err != nil {
		s.t.Fatal(err)
	}
	return string(b)
}

func (s *edSession) expectText(want string) *edSession {
	s.t.Helper()
	if !strings.Contains(s.text(), want) {
		s.t.Fatalf("the map lacks %q", want)
	}
	return s
}

func (s *edSession) expectStatus(want string) *edSession {
	s.t.Helper()
	if !strings.Contains(s.a.status, want) {
		s.t.Fatalf("status %q, want it to hold %q", s.a.status, want)
	}
	return s
}

func (s *edSession) expectField(open bool) *edSession {
	s.t.Helper()
	if (s.a.editing != nil) != open {
		s.t.Fatalf("a text field open: %v, want %v\n%s", s.a.editing != nil, open, s.screen())
	}
	return s
}

func (s *edSession) expectState(want SaveState) *edSession {
	s.t.Helper()
	if got := s.a.file.state(s.a.c.ReadOnly); got != want {
		s.t.Fatalf("save state %v, want %v", got, want)
	}
	return s
}

// changedLines are the lines of the text that differ from the original,
// as "-old" and "+new" by position (for edits that change lines in place).
func changedLines(before, after string) []string {
	a, b := strings.Split(before, "\n"), strings.Split(after, "\n")
	var out []string
	if len(a) != len(b) {
		return []string{"line count differs"}
	}
	for i := range a {
		if a[i] != b[i] {
			out = append(out, "-"+strings.TrimSpace(a[i]), "+"+strings.TrimSpace(b[i]))
		}
	}
	return out
}

// undoAll presses u until there is nothing left to undo.
func (s *edSession) undoAll() int {
	n := 0
	for s.a.sess.CanUndo(s.a.actor) {
		s.press("u")
		n++
		if n > 10000 {
			s.t.Fatalf("undo never ends: %s", s.a.status)
		}
	}
	return n
}

func (s *edSession) redoAll() int {
	n := 0
	for s.a.sess.CanRedo(s.a.actor) {
		s.press("ctrl+r")
		n++
		if n > 10000 {
			s.t.Fatal("redo never ends")
		}
	}
	return n
}
