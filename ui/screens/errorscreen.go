package screens

import (
	"errors"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// ErrorScreen says why a map could not be opened, problem by problem with
// its line and column, in words a room can read: never a stack trace.
type ErrorScreen struct {
	c      common.View
	path   string
	err    error
	offset int
	retry  key.Binding
	Quit   key.Binding // "q quit", or "q back to the list" under the portfolio
}

// NewError shows err, the reason path failed to load.
func NewError(c common.View, path string, err error) *ErrorScreen {
	return &ErrorScreen{c: c, path: path, err: err, Quit: c.Keys().Quit,
		retry: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "try again"))}
}

// RetryMsg asks the shell to load the map again (after the author fixed it).
type RetryMsg struct{ Path string }

// Update scrolls the list and retries on r.
func (e *ErrorScreen) Update(msg tea.Msg) (*ErrorScreen, tea.Cmd) {
	k := e.c.Keys()
	if msg, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(msg, e.retry):
			path := e.path
			return e, func() tea.Msg { return RetryMsg{path} }
		case key.Matches(msg, k.Up):
			e.offset--
		case key.Matches(msg, k.Down):
			e.offset++
		}
	}
	e.offset = max(0, min(e.offset, len(e.lines(e.c.Width()))-1))
	return e, nil
}

// lines is the whole report wrapped to the screen width.
func (e *ErrorScreen) lines(w int) []string {
	st := e.c.Styles()
	iw := max(w-2, 1)
	var out []string
	var diags model.Diagnostics
	if errors.As(e.err, &diags) {
		errs := 0
		for _, d := range diags {
			if d.Severity == model.Error {
				errs++
			}
		}
		head := fmt.Sprintf("%d problems stop this map from opening:", errs)
		if errs == 1 {
			head = "1 problem stops this map from opening:"
		}
		out = append(out, st.Text.Render(common.Clip(head, iw)), "")
		for _, d := range diags {
			out = append(out, diagLines(d, iw, st)...)
		}
	} else {
		for _, l := range common.Wrap(errorText(e.err), iw) {
			out = append(out, st.Bad.Render(l))
		}
	}
	out = append(out, "", st.Muted.Render(common.Clip("Fix the file in your editor, then press r to try again.", iw)))
	return out
}

// diagLines is one problem: where (line:col), how bad, and the message
// wrapped under it.
func diagLines(d model.Diagnostic, width int, st *common.Styles) []string {
	where := fmt.Sprintf("line %d, col %d", d.Line, d.Col)
	sev := st.Bad.Render(d.Severity.String())
	if d.Severity == model.Warning {
		sev = st.Warn.Render(d.Severity.String())
	}
	out := []string{st.Value.Render(where) + "  " + sev}
	for _, l := range common.Wrap(d.Message, max(width-4, 1)) {
		out = append(out, "    "+st.Text.Render(l))
	}
	return out
}

// errorText is an error's message without a Go prefix a reader would not
// know what to do with.
func errorText(err error) string {
	if err == nil {
		return "unknown error"
	}
	return strings.TrimPrefix(err.Error(), "open ")
}

// View is a title naming the file, the report, and the keys.
func (e *ErrorScreen) View() string {
	w, h := e.c.Width(), e.c.Height()
	if w <= 0 || h <= 0 {
		return ""
	}
	st := e.c.Styles()
	title := " " + st.Bad.Render(common.Clip("Could not open "+common.Sanitize(e.path), max(w-2, 1)))
	lines := e.lines(w)
	off := max(0, min(e.offset, len(lines)-1))
	body := []string{title, ""}
	for _, l := range lines[off:] {
		body = append(body, " "+l)
	}
	keys := []key.Binding{e.retry, common.WithHelp(common.MoveHelp, "↑↓", "scroll"), e.Quit}
	footer := " " + NewHelpWidth(st, w-1).ShortHelpView(keys)
	return common.Fill(body, w, h-1) + "\n" + common.PadStyled(footer, w)
}
