package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/ui/common"
)

// bindings is a help.KeyMap from plain lists, so the root can merge the
// focused pane's keys with its own.
type bindings struct {
	short []key.Binding
	full  [][]key.Binding
}

func (b bindings) ShortHelp() []key.Binding  { return b.short }
func (b bindings) FullHelp() [][]key.Binding { return b.full }

// legend explains the board's marks, for readers who meet them first.
var legend = []string{
	"▲▲ ▲ ● ▼ ▼▼  emotion from very positive to very negative",
	"✗  pain points    " + common.MarkDropOff + "  customers abandon here (drop_off)",
	"✦  opportunities  ◆  the selected touchpoint on the curve",
	"↓  drop-off since the previous stage; worst: the largest",
	"◎ match  matches the search    " + common.MarkProblem + " problem  a bad value to repair",
	"view --changes: ✚ new (✚ pain, ✚ opp: rows added)  Δ changed  ⇄ moved",
	common.MarkRemoved + " removed  a faint ghost of what the revision had",
	"curve: ● a line's points  ○ the ideal's  ■ ✱ ★ … each persona's",
}

// renderHelpScreen is the full help: every key that works now, grouped
// in columns, notes on editing, and the legend of the board's marks,
// scrolled down by offset lines when it does not fit.
func renderHelpScreen(h help.Model, km help.KeyMap, notes []string, offset, w, ht int, st *common.Styles) string {
	body := helpBody(h, km, notes, w, ht, st)
	_, ih := common.PanelBody(w, ht)
	note := ""
	if len(body) > ih {
		off := max(0, min(offset, len(body)-ih))
		note = fmt.Sprintf("%d–%d of %d · ↑↓ scroll", off+1, off+ih, len(body))
		body = body[off : off+ih]
	}
	return common.RenderPanel(st, true, "Keys", note, body, w, ht)
}

// helpScroll is how far the help screen can scroll.
func helpScroll(h help.Model, km help.KeyMap, notes []string, w, ht int, st *common.Styles) int {
	_, ih := common.PanelBody(w, ht)
	return max(len(helpBody(h, km, notes, w, ht, st))-ih, 0)
}

func helpBody(h help.Model, km help.KeyMap, notes []string, w, ht int, st *common.Styles) []string {
	iw, _ := common.PanelBody(w, ht)
	h.Width = iw
	var body []string
	body = append(body, "")
	for _, row := range helpRows(h, km.FullHelp(), iw) {
		body = append(body, strings.Split(row, "\n")...)
		body = append(body, "")
	}
	if len(notes) > 0 {
		body = append(body, st.Label.Render("Editing"))
		for _, para := range notes {
			for _, l := range common.Wrap(para, iw) {
				body = append(body, st.Text.Render(l))
			}
			body = append(body, "")
		}
	}
	body = append(body, st.Label.Render("Marks"))
	for _, l := range legend {
		body = append(body, st.Text.Render(common.Clip(l, iw)))
	}
	return append(body, "", st.Muted.Render(common.Clip("? or esc closes this help", iw)))
}

// helpRows lays the groups out in as many rows of columns as the width
// needs, where bubbles/help alone would drop the groups that do not fit.
func helpRows(h help.Model, groups [][]key.Binding, width int) []string {
	h.Width = 0
	var rows []string
	var cur [][]key.Binding
	for _, g := range groups {
		if len(cur) > 0 && ansi.StringWidth(firstLine(h.FullHelpView(append(cur, g)))) > width {
			rows = append(rows, h.FullHelpView(cur))
			cur = nil
		}
		cur = append(cur, g)
	}
	if len(cur) > 0 {
		rows = append(rows, h.FullHelpView(cur))
	}
	return rows
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
