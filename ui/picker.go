package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Picker lists the maps in a folder and opens the chosen one.
type Picker struct {
	c       *Common
	dir     string
	entries []MapEntry
	err     error
	loading bool
	sel     int
	first   int
	help    bindings
}

// OpenMapMsg asks the shell to open a map file.
type OpenMapMsg struct{ Path string }

// scannedMsg carries the picker's list, read in a tea.Cmd.
type scannedMsg struct {
	entries []MapEntry
	err     error
}

// NewPicker is a picker over dir; Scan fills it.
func NewPicker(c *Common, dir string) *Picker {
	k := c.Keys
	return &Picker{c: c, dir: dir, loading: true, help: bindings{short: []key.Binding{
		withHelp(moveHelp, "↑↓", "move"), withHelp(k.Open, "enter", "open"), k.Quit,
	}}}
}

// Scan reads the folder again, in the background.
func (p *Picker) Scan(load Loader) tea.Cmd {
	p.loading = true
	dir := p.dir
	return func() tea.Msg {
		es, err := ScanMaps(dir, load)
		return scannedMsg{es, err}
	}
}

// Update moves the selection and opens the selected map on enter or a click.
func (p *Picker) Update(msg tea.Msg) (*Picker, tea.Cmd) {
	k := p.c.Keys
	switch msg := msg.(type) {
	case scannedMsg:
		p.entries, p.err, p.loading = msg.entries, msg.err, false
		p.move(p.sel)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			p.move(p.sel - 1)
		case key.Matches(msg, k.Down):
			p.move(p.sel + 1)
		case key.Matches(msg, k.First):
			p.move(0)
		case key.Matches(msg, k.Last):
			p.move(len(p.entries) - 1)
		case key.Matches(msg, k.Open):
			return p, p.open()
		}
	case tea.MouseMsg:
		if msg.Action != tea.MouseActionPress {
			break
		}
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.move(p.sel - 1)
		case tea.MouseButtonWheelDown:
			p.move(p.sel + 1)
		case tea.MouseButtonLeft:
			if i := p.first + msg.Y - pickerTop; msg.Y >= pickerTop && i < len(p.entries) {
				if i == p.sel {
					return p, p.open()
				}
				p.move(i)
			}
		}
	}
	return p, nil
}

func (p *Picker) open() tea.Cmd {
	if p.sel < 0 || p.sel >= len(p.entries) {
		return nil
	}
	path := p.entries[p.sel].Path
	return func() tea.Msg { return OpenMapMsg{path} }
}

// pickerTop is the first row of the list: title, blank, column heads.
const pickerTop = 3

func (p *Picker) rows() int { return max(p.c.Height-pickerTop-2, 1) }

func (p *Picker) move(i int) {
	p.sel = max(0, min(i, len(p.entries)-1))
	if p.sel < p.first {
		p.first = p.sel
	}
	if p.sel >= p.first+p.rows() {
		p.first = p.sel - p.rows() + 1
	}
}

// View is a table of the maps: title, stages, touchpoints, last review
// and lint status.
func (p *Picker) View() string {
	w, h := p.c.Width, p.c.Height
	st := p.c.Styles
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := []string{" " + st.HeaderTitle.Render(Clip("Journey maps in "+Sanitize(p.dir), w-2)), ""}
	switch {
	case p.loading && p.entries == nil:
		lines = append(lines, st.Muted.Render(" Reading the folder…"))
	case p.err != nil:
		lines = append(lines, st.Bad.Render(" "+Line(p.err.Error(), w-2)))
	case len(p.entries) == 0:
		lines = append(lines, st.Muted.Render(" No journey maps here. Start one with: journey new FILE"))
	default:
		lines = append(lines, st.Label.Render(pickerRow("  Title", "Stages", "Touchpoints", "Updated", "Lint", w)))
		end := min(len(p.entries), p.first+p.rows())
		for i := p.first; i < end; i++ {
			lines = append(lines, p.row(i, w))
		}
	}
	body := fill(lines, w, h-1)
	footer := " " + newHelpWidth(st, w-1).ShortHelpView(p.help.short)
	return body + "\n" + padStyled(footer, w)
}

func (p *Picker) row(i, w int) string {
	st := p.c.Styles
	e := p.entries[i]
	lint, lintStyle := lintWord(e), st.Good
	switch {
	case e.Problem != "" || e.Errors > 0:
		lintStyle = st.Bad
	case e.Warnings > 0:
		lintStyle = st.Warn
	}
	title := Sanitize(e.Title)
	if e.Title != filepath.Base(e.Path) {
		title += "  " + Sanitize(filepath.Base(e.Path))
	}
	row := pickerRow(marker(i == p.sel)+title, fmt.Sprint(e.Stages), fmt.Sprint(e.Touchpoints), e.Updated.String(), "", w)
	row = strings.TrimRight(row, " ")
	row = PadRight(row, max(w-pickerLint, 0))
	if i == p.sel {
		row = st.Selection.Render(row)
	}
	return row + lintStyle.Render(Clip(lint, pickerLint))
}

// pickerLint is the width of the lint column.
const pickerLint = 18

// pickerRow lays out the columns: the title takes what is left.
func pickerRow(title, stages, tps, updated, lint string, w int) string {
	tw := max(w-7-12-12-pickerLint, 8)
	return PadRight(title, tw) + fmt.Sprintf("%6s %11s %11s ", stages, tps, updated) + PadRight(lint, pickerLint)
}

func lintWord(e MapEntry) string {
	switch {
	case e.Problem != "":
		return "unreadable"
	case e.Errors > 0:
		return countOf(e.Errors, "error")
	case e.Warnings > 0:
		return countOf(e.Warnings, "warning")
	}
	return "ok"
}

// countOf is "1 error", "3 errors".
func countOf(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func newHelpWidth(st *Styles, w int) (h help.Model) {
	h = newHelp(st)
	h.Width = max(w, 0)
	return h
}
