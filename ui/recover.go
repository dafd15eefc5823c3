package ui

import (
	"fmt"
	"path/filepath"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
)

// RecoverScreen offers the unsaved edits a previous session left in its
// recovery file (after a crash, a kill or a flat battery): it shows what
// they are, and restores or discards them. Either way the old recovery
// file goes; restored edits are kept safe again at once, as unsaved work.
type RecoverScreen struct {
	c       *Common
	doc     *model.Doc
	r       *model.Recovery
	stale   bool // the file changed since the edits were made
	restore key.Binding
	discard key.Binding
	offset  int
}

// recoverChosenMsg carries the person's choice to the shell.
type recoverChosenMsg struct {
	doc      *model.Doc
	restored bool
	actions  []string // what the restored edits were
	err      error
}

// NewRecoverScreen offers r for doc, the map as it is on disk.
func NewRecoverScreen(c *Common, doc *model.Doc, r *model.Recovery) *RecoverScreen {
	return &RecoverScreen{c: c, doc: doc, r: r, stale: !r.BaseMatches(doc.Bytes()),
		restore: key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "restore them")),
		discard: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "discard them"))}
}

// Update restores or discards on r or d; up and down scroll the list.
func (s *RecoverScreen) Update(msg tea.Msg) (*RecoverScreen, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(k, s.restore):
		doc, r := s.doc, s.r
		if err := doc.RestoreText([]byte(r.Text)); err != nil {
			return s, func() tea.Msg { return recoverChosenMsg{doc: doc, err: err} }
		}
		rec := doc.Recovery(r.Actions)
		return s, func() tea.Msg {
			// The restored state is unsaved work like any other: keep it.
			return recoverChosenMsg{doc: doc, restored: true, actions: r.Actions, err: model.WriteRecovery(rec)}
		}
	case key.Matches(k, s.discard):
		doc := s.doc
		return s, func() tea.Msg { return recoverChosenMsg{doc: doc, err: model.RemoveRecovery(doc.Path())} }
	case key.Matches(k, s.c.Keys.Down):
		s.offset++
	case key.Matches(k, s.c.Keys.Up):
		s.offset = max(s.offset-1, 0)
	}
	return s, nil
}

// View lists the kept edits and the choice.
func (s *RecoverScreen) View() string {
	st, w := s.c.Styles, max(s.c.Width-2, 0)
	lines := []string{"",
		" " + st.Title.Render(Line("Unsaved edits were found for "+filepath.Base(s.doc.Path()), w)),
		" " + st.Muted.Render(Line(fmt.Sprintf("Kept at %s, when journey last closed without saving them.", s.r.Written.Local().Format("2006-01-02 15:04")), w)),
		""}
	if s.stale {
		lines = append(lines, " "+st.Warn.Render(Line("The file changed on disk since then: restoring puts your version back over it (it stays unsaved until you save).", w)), "")
	}
	items := s.r.Actions
	if len(items) == 0 {
		items = []string{"(edits restored from an earlier session)"}
	}
	room := max(s.c.Height-len(lines)-3, 1)
	s.offset = min(s.offset, max(len(items)-room, 0))
	for i, a := range items[s.offset:] {
		if i == room {
			lines = append(lines, " "+st.Muted.Render(fmt.Sprintf("  … %d more (↓)", len(items)-s.offset-room)))
			break
		}
		lines = append(lines, " "+Line("• "+a, w))
	}
	lines = append(lines, "", " "+st.Footer.Render(Line("r restore them (unsaved until you save) · d discard them · ctrl+c quit and decide later", w)))
	return fill(lines, s.c.Width, s.c.Height)
}
