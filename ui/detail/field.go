package detail

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/ui/common"
)

// FieldEditor is a text field being typed into: one line (bubbles
// textinput) or several (bubbles textarea: notes, and lists with one entry
// per line). While it is open it has every key, so q types a q.
type FieldEditor struct {
	st    *common.Styles
	Multi bool
	Input textinput.Model
	Area  textarea.Model
	Err   string // why the last commit was refused, shown beside the field
}

// fieldResult says what a key did to a field.
type fieldResult int

const (
	fieldTyping fieldResult = iota
	FieldCommit
	FieldCancel
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

// NewFieldEditor opens a field on a value, its cursor at the end.
func NewFieldEditor(st *common.Styles, value string, multi bool) *FieldEditor {
	f := &FieldEditor{st: st, Multi: multi}
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
		f.Area = a
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
		f.Input = in
	}
	f.fit()
	return f
}

// Focus gives the field the cursor.
func (f *FieldEditor) Focus() tea.Cmd {
	if f.Multi {
		return f.Area.Focus()
	}
	return f.Input.Focus()
}

// Update types a key into the field, or commits or cancels it.
func (f *FieldEditor) Update(msg tea.Msg) (fieldResult, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, fieldCancelK):
			return FieldCancel, nil
		case f.Multi && key.Matches(k, fieldDoneText), !f.Multi && k.Type == tea.KeyEnter:
			return FieldCommit, nil
		}
	}
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && len(k.Runes) > 1 {
		k.Paste = true // "up" typed fast is text, not the up key
		msg = k
	}
	var cmd tea.Cmd
	if f.Multi {
		f.Area, cmd = f.Area.Update(msg)
		f.fit()
	} else {
		f.Input, cmd = f.Input.Update(msg)
	}
	return fieldTyping, cmd
}

// fit grows a multi-line field with its text, up to maxFieldRows.
func (f *FieldEditor) fit() {
	if f.Multi {
		f.Area.SetHeight(min(max(f.Area.LineCount()+1, 2), maxFieldRows))
	}
}

// Value is the text typed, with control characters taken out: a paste
// must not carry escape sequences into the file.
func (f *FieldEditor) Value() string {
	if f.Multi {
		return cleanInput(f.Area.Value(), true)
	}
	return cleanInput(f.Input.Value(), false)
}

// SetError shows why the value was refused; the field stays open.
func (f *FieldEditor) SetError(msg string) { f.Err = msg }

// View is the field's lines at a width: the input, then the refusal when
// there is one.
func (f *FieldEditor) View(width int) []string {
	width = max(width, 1)
	var out []string
	if f.Multi {
		f.Area.SetWidth(width)
		out = strings.Split(f.Area.View(), "\n")
	} else {
		f.Input.Width = max(width-1, 1)
		out = []string{f.Input.View()}
	}
	for i, l := range out {
		out[i] = common.PadStyled(ansi.Truncate(l, width, ""), width)
	}
	if f.Err != "" {
		for _, l := range common.Wrap("✗ "+f.Err, width) {
			out = append(out, f.st.Bad.Render(l))
		}
	}
	return out
}

// ShortHelp is the keys of an open field, for the footer.
func (f *FieldEditor) ShortHelp() []key.Binding {
	if f.Multi {
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
