package screens

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
)

// Recover offers the unsaved edits a previous session left in its
// recovery file (after a crash, a kill or a flat battery): it shows what
// they are, and restores or discards them. Restoring replays the kept
// edits onto the file as it is now, so that changes made to it since are
// kept too; where both changed one value the person picks a side; when the
// file now holds another map, nothing is restored and the screen says so.
// Either way the old recovery file goes; restored edits are kept safe
// again at once, as unsaved work.
type Recover struct {
	c       common.View
	doc     *model.Doc
	r       *store.Recovery
	stale   bool // the file changed since the edits were made
	restore key.Binding
	discard key.Binding
	offset  int
	// pick decides conflicts between the kept edits and the file's
	// changes; problem says why nothing can be restored.
	pick    *ConflictPick
	problem string
}

// RecoverChosenMsg carries the person's choice to the shell.
type RecoverChosenMsg struct {
	Doc  *model.Doc
	Sess *session.Session // the restored edits, when restored
	Err  error
}

// NewRecover offers r for doc, the map as it is on disk.
func NewRecover(c common.View, doc *model.Doc, r *store.Recovery) *Recover {
	return &Recover{c: c, doc: doc, r: r, stale: !r.BaseMatches(doc.Bytes()),
		restore: key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "restore them")),
		discard: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "discard them"))}
}

// Update restores or discards on r or d; up and down scroll the list.
func (s *Recover) Update(msg tea.Msg) (*Recover, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return s, nil
	}
	if s.pick != nil {
		return s, s.pickKey(k)
	}
	switch {
	case key.Matches(k, s.restore) && s.problem == "":
		return s, s.start()
	case key.Matches(k, s.discard):
		doc := s.doc
		return s, func() tea.Msg { return RecoverChosenMsg{Doc: doc, Err: store.Remove(doc.Path())} }
	case key.Matches(k, s.c.Keys().Down):
		s.offset++
	case key.Matches(k, s.c.Keys().Up):
		s.offset = max(s.offset-1, 0)
	}
	return s, nil
}

// start works out how the kept edits replay onto the file.
func (s *Recover) start() tea.Cmd {
	if len(s.r.Edits) == 0 && s.r.Text != "" {
		// Kept by an older journey as a whole text: only the file it was
		// made on can take it.
		if s.stale {
			s.problem = "These edits were kept as a whole copy of the map, and the file has changed since: restoring would replace those changes. Nothing was restored."
			return nil
		}
		if err := s.doc.RestoreText([]byte(s.r.Text)); err != nil {
			s.problem = "The kept copy no longer reads as a map: " + err.Error()
			return nil
		}
		return s.done(session.New(s.doc))
	}
	m, err := s.r.Prepare(s.doc)
	switch {
	case errors.Is(err, store.ErrOtherMap):
		s.problem = "The file now holds a different map: none of the kept edits apply to it, so nothing was restored. d discards them."
		return nil
	case err != nil:
		s.problem = "The kept edits cannot be read: " + err.Error()
		return nil
	case len(m.Conflicts) > 0:
		s.pick = NewConflictPick(m)
		return nil
	}
	return s.replay(m, nil)
}

func (s *Recover) pickKey(k tea.KeyMsg) tea.Cmd {
	switch s.pick.Key(k) {
	case PickApply:
		return s.replay(s.pick.M, s.pick.Mine)
	case PickCancel:
		s.pick = nil
	}
	return nil
}

// replay restores the kept edits onto the file, as decided.
func (s *Recover) replay(m *session.Merge, keepMine []bool) tea.Cmd {
	sess := session.New(s.doc)
	sess.Replace(session.Local, m, keepMine)
	return s.done(sess)
}

func (s *Recover) done(sess *session.Session) tea.Cmd {
	doc := sess.Doc()
	rec := store.Snapshot(sess)
	return func() tea.Msg {
		// The restored state is unsaved work like any other: keep it.
		return RecoverChosenMsg{Doc: doc, Sess: sess, Err: store.Write(rec)}
	}
}

// View lists the kept edits and the choice.
func (s *Recover) View() string {
	st, w := s.c.Styles(), max(s.c.Width()-2, 0)
	lines := []string{"",
		" " + st.Title.Render(common.Line("Unsaved edits were found for "+common.Sanitize(filepath.Base(s.doc.Path())), w)),
		" " + st.Muted.Render(common.Line(fmt.Sprintf("Kept at %s, when journey last closed without saving them.", s.r.Written.Local().Format("2006-01-02 15:04")), w)),
		""}
	switch {
	case s.problem != "":
		lines = append(lines, " "+st.Warn.Render(common.Line(s.problem, w)), "")
	case s.pick != nil:
		for _, l := range s.pick.Lines(w) {
			lines = append(lines, " "+common.Line(l, w))
		}
		return common.Fill(lines, s.c.Width(), s.c.Height())
	case s.stale:
		lines = append(lines, " "+st.Warn.Render(common.Line("The file changed on disk since then: restoring replays your edits onto it, keeping its changes.", w)), "")
	}
	items := s.r.Actions
	if len(items) == 0 {
		items = []string{"(edits restored from an earlier session)"}
	}
	room := max(s.c.Height()-len(lines)-3, 1)
	s.offset = min(s.offset, max(len(items)-room, 0))
	for i, a := range items[s.offset:] {
		if i == room {
			lines = append(lines, " "+st.Muted.Render(fmt.Sprintf("  … %d more (↓)", len(items)-s.offset-room)))
			break
		}
		lines = append(lines, " "+common.Line("• "+common.Sanitize(a), w))
	}
	keys := "r restore them (unsaved until you save) · d discard them · ctrl+c quit and decide later"
	if s.problem != "" {
		keys = "d discard them · ctrl+c quit and decide later"
	}
	lines = append(lines, "", " "+st.Footer.Render(common.Line(keys, w)))
	return common.Fill(lines, s.c.Width(), s.c.Height())
}
