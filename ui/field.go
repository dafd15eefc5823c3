package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fieldEditor is a text field being typed into: one line (bubbles
// textinput) or several (bubbles textarea: notes, and lists with one entry
// per line). While it is open it has every key, so q types a q.
type fieldEditor struct {
	st    *Styles
	multi bool
	input textinput.Model
	area  textarea.Model
	err   string // why the last commit was refused, shown beside the field
}

// fieldResult says what a key did to a field.
type fieldResult int

const (
	fieldTyping fieldResult = iota
	fieldCommit
	fieldCancel
)

// The keys of an open field. A multi-line field takes enter as a new line,
// so it is committed with ctrl+s (or alt+enter where the terminal sends it).
var (
	fieldDone     = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done"))
	fieldDoneText = key.NewBinding(key.WithKeys("ctrl+s", "alt+enter"), key.WithHelp("ctrl+s", "done"))
	fieldNewLine  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new line"))
	fieldCancelK  = key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "cancel"))
)

// maxFieldRows is the tallest a multi-line field grows before it scrolls.
const maxFieldRows = 8

// newFieldEditor opens a field on a value, its cursor at the end.
func newFieldEditor(st *Styles, value string, multi bool) *fieldEditor {
	f := &fieldEditor{st: st, multi: multi}
	if multi {
		a := textarea.New()
		a.ShowLineNumbers = false
		a.Prompt = "┃ "
		a.CharLimit = 20000
		a.MaxHeight = maxFieldRows
		style := textarea.Style{Base: st.Text, CursorLine: st.Text, CursorLineNumber: st.Muted,
			EndOfBuffer: st.Muted, LineNumber: st.Muted, Placeholder: st.Muted, Prompt: st.HelpKey, Text: st.Text}
		a.FocusedStyle, a.BlurredStyle = style, style
		a.Cursor.SetMode(cursor.CursorStatic) // calm on a projector, and no timer running
		a.Cursor.Style = st.Text
		a.SetValue(value)
		f.area = a
	} else {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 2000
		in.TextStyle = st.Text
		in.PlaceholderStyle = st.Muted
		in.Cursor.Style = st.Text
		in.Cursor.SetMode(cursor.CursorStatic)
		in.SetValue(value)
		in.CursorEnd()
		f.input = in
	}
	f.fit()
	return f
}

// Focus gives the field the cursor.
func (f *fieldEditor) Focus() tea.Cmd {
	if f.multi {
		return f.area.Focus()
	}
	return f.input.Focus()
}

// Update types a key into the field, or commits or cancels it.
func (f *fieldEditor) Update(msg tea.Msg) (fieldResult, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, fieldCancelK):
			return fieldCancel, nil
		case f.multi && key.Matches(k, fieldDoneText), !f.multi && k.Type == tea.KeyEnter:
			return fieldCommit, nil
		}
	}
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && len(k.Runes) > 1 {
		k.Paste = true // "up" typed fast is text, not the up key
		msg = k
	}
	var cmd tea.Cmd
	if f.multi {
		f.area, cmd = f.area.Update(msg)
		f.fit()
	} else {
		f.input, cmd = f.input.Update(msg)
	}
	return fieldTyping, cmd
}

// fit grows a multi-line field with its text, up to maxFieldRows.
func (f *fieldEditor) fit() {
	if f.multi {
		f.area.SetHeight(min(max(f.area.LineCount()+1, 2), maxFieldRows))
	}
}

// Value is the text typed, with control characters taken out: a paste
// must not carry escape sequences into the file.
func (f *fieldEditor) Value() string {
	if f.multi {
		return cleanInput(f.area.Value(), true)
	}
	return cleanInput(f.input.Value(), false)
}

// SetError shows why the value was refused; the field stays open.
func (f *fieldEditor) SetError(msg string) { f.err = msg }

// View is the field's lines at a width: the input, then the refusal when
// there is one.
func (f *fieldEditor) View(width int) []string {
	width = max(width, 1)
	var out []string
	if f.multi {
		f.area.SetWidth(width)
		out = strings.Split(f.area.View(), "\n")
	} else {
		f.input.Width = max(width-1, 1)
		out = []string{f.input.View()}
	}
	for i, l := range out {
		out[i] = padStyled(ansi.Truncate(l, width, ""), width)
	}
	if f.err != "" {
		for _, l := range Wrap("✗ "+f.err, width) {
			out = append(out, f.st.Bad.Render(l))
		}
	}
	return out
}

// ShortHelp is the keys of an open field, for the footer.
func (f *fieldEditor) ShortHelp() []key.Binding {
	if f.multi {
		return []key.Binding{fieldDoneText, fieldNewLine, fieldCancelK}
	}
	return []key.Binding{fieldDone, fieldCancelK}
}

// cleanInput drops control characters from typed or pasted text: tabs
// become spaces, line breaks stay only in multi-line fields.
func cleanInput(s string, multi bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' && multi:
			b.WriteRune(r)
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(' ')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e' || r == '\u202d':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
