package ui

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/detail"
	"github.com/journey-maps/journey/ui/screens"
)

// editSession is a text field that has the keys: a field of the open
// detail pane, typed in place, or a prompt above the footer for what the
// board and the panels add or rename ("New touchpoint after Checkout
// form"). commit makes the edit from the text typed; an error keeps the
// field open with the reason beside it.
type editSession struct {
	field    *detail.FieldEditor
	question string
	inline   bool
	commit   func(text string) (tea.Cmd, error)
	// item and field are what an inline edit changes (for a shared
	// workshop's soft lock).
	item    common.Item
	editing string
}

// prompt opens a one-line field above the footer.
func (a *App) prompt(question, value string, commit func(string) (tea.Cmd, error)) tea.Cmd {
	f := detail.NewFieldEditor(a.c.Styles, value, false)
	a.editing = &editSession{field: f, question: question, commit: commit}
	a.relayout()
	return f.Focus()
}

// editInPlace opens a field in place of the detail pane's row.
func (a *App) editInPlace(label, value string, multi bool, commit func(string) (tea.Cmd, error)) tea.Cmd {
	f := detail.NewFieldEditor(a.c.Styles, value, multi)
	a.editing = &editSession{field: f, inline: true, commit: commit}
	a.detail.StartEdit(label, f)
	return f.Focus()
}

// fieldKey types into the open field, commits it or cancels it.
func (a *App) fieldKey(msg tea.KeyMsg) tea.Cmd {
	s := a.editing
	res, cmd := s.field.Update(msg)
	switch res {
	case detail.FieldCancel:
		a.closeField()
	case detail.FieldCommit:
		done, err := s.commit(s.field.Value())
		if err != nil {
			s.field.SetError(refusal(err))
			return cmd
		}
		a.closeField()
		return tea.Batch(cmd, done)
	}
	return cmd
}

func (a *App) closeField() {
	if a.editing != nil && a.editing.inline {
		a.detail.StopEdit()
	}
	a.editing = nil
	a.relayout()
}

// refusal is why an edit was refused, in words for the person typing.
func refusal(err error) string {
	var ee *model.EditError
	if errors.As(err, &ee) {
		return common.Sanitize(ee.Diagnostic.Message)
	}
	return common.Sanitize(firstLine(err.Error()))
}

// promptLine is the prompt's question and field.
func (a *App) promptLine() string {
	w := a.c.Width
	q := " " + a.c.Styles.Label.Render(common.Line(a.editing.question, max(w-24, w/2, 1))) + " "
	return common.PadStyled(q+a.editing.field.View(max(w-ansi.StringWidth(q)-1, 1))[0], w)
}

// editFooter is the footer while a field is open or a question is
// asked: the field's keys, and why the last value was refused.
func (a *App) editFooter() string {
	w := a.c.Width
	switch {
	case a.ask != nil:
		return a.askLine(w)
	case a.editing == nil:
		return ""
	}
	keys := " " + screens.NewHelpWidth(a.c.Styles, w/2).ShortHelpView(a.editing.field.ShortHelp())
	left := ""
	if err := a.editing.field.Err; err != "" && !a.editing.inline {
		left = " " + a.c.Styles.Bad.Render(common.Clip("✗ "+err, max(w-ansi.StringWidth(keys)-2, 1)))
	}
	if left == "" {
		return common.PadStyled(keys, w)
	}
	return spreadStyled(left, keys, w)
}
