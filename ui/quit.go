package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// confirm is a question in the footer with a key for each answer, asked
// when a choice could lose work: quitting with unsaved changes, or saving
// over a file someone else changed.
type confirm struct {
	question string
	choices  []choice
}

// choice is one answer: its key and what it does.
type choice struct {
	key key.Binding
	do  func() tea.Cmd
}

func answer(keys, desc string, do func() tea.Cmd) choice {
	return choice{key.NewBinding(key.WithKeys(strings.Split(keys, "/")...), key.WithHelp(keys, desc)), do}
}

// quit leaves the map, asking first when there are unsaved changes.
func (a *App) quit() tea.Cmd {
	if !a.editable() || !a.file.dirty || a.c.Participant {
		return a.onClose
	}
	a.ask = &confirm{question: "Unsaved changes.", choices: []choice{
		answer("s", "save and quit", func() tea.Cmd {
			a.ask = nil
			a.file.quitAfter = true
			return a.save(false)
		}),
		answer("d", "discard and quit", func() tea.Cmd {
			// Discarded on purpose: the recovery file must not offer the
			// edits back next time.
			drop, close := a.persist.Discard(a.ed.Path()), a.onClose
			return func() tea.Msg {
				drop()
				return close()
			}
		}),
		answer("esc", "cancel", func() tea.Cmd {
			a.ask = nil
			return nil
		}),
	}}
	return nil
}

// askOverwrite asks before writing over a file changed on disk.
func (a *App) askOverwrite() {
	a.ask = &confirm{question: "The file changed on disk since it was opened.", choices: []choice{
		answer("o", "overwrite it with mine", func() tea.Cmd {
			a.ask = nil
			return a.save(true)
		}),
		answer("esc", "cancel", func() tea.Cmd {
			a.ask, a.file.quitAfter = nil, false
			a.status = "not saved: the file on disk is unchanged"
			return nil
		}),
	}}
}

// askKey answers the question; other keys leave it asked. Quitting again
// at the question does not quit: work is never dropped by a second q.
func (a *App) askKey(msg tea.KeyMsg) tea.Cmd {
	for _, c := range a.ask.choices {
		if key.Matches(msg, c.key) {
			return c.do()
		}
	}
	if key.Matches(msg, a.c.Keys.Quit) {
		a.status, a.statusBad = "answer the question first", true
	}
	return nil
}

// askLine is the question and its answers, for the footer.
func (a *App) askLine(width int) string {
	st := a.c.Styles
	keys := make([]key.Binding, len(a.ask.choices))
	for i, c := range a.ask.choices {
		keys[i] = c.key
	}
	h := screens.NewHelpWidth(st, 0)
	q := " " + st.Warn.Render(a.ask.question) + "  "
	return common.PadStyled(common.Clip(q+h.ShortHelpView(keys), width), width)
}
