package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// The App's frame: header, body, the lines between the body and the
// footer (persist's banner, the prompt), and the footer.

// relayout makes room for a banner or prompt that came or went.
func (a *App) relayout() {
	if min(a.chromeLines(), max(a.c.Height-2, 0)) != a.extra {
		a.resize(a.c.Width, a.c.Height)
	}
}

// chromeLines is how many lines the banner and the prompt take.
func (a *App) chromeLines() int {
	n := 0
	if b := a.persist.Banner(a.c.Width); b != "" {
		n += strings.Count(b, "\n") + 1
	}
	if a.editing != nil && !a.editing.inline {
		n++
	}
	return n + len(a.statusLines())
}

// statusLines is a status too long for the footer, wrapped onto lines of
// its own above it, so that nothing the editor says is cut. A status that
// fits stays in the footer (and this is empty).
func (a *App) statusLines() []string {
	w := a.c.Width
	msg := a.footerStatus()
	if msg == "" || a.editing != nil || a.ask != nil || a.search.Typing() || ansi.StringWidth(common.Sanitize(msg)) <= statusRoom(w) {
		return nil
	}
	sty := a.statusStyle()
	var out []string
	for _, l := range common.Wrap(msg, max(w-2, 1)) {
		out = append(out, common.PadStyled(" "+sty.Render(l), w))
	}
	if len(out) > 3 {
		out = append(out[:2], common.PadStyled(" "+sty.Render(common.Clip(strings.Join(common.Wrap(msg, max(w-2, 1))[2:], " "), max(w-2, 1))), w))
	}
	return out
}

// statusRoom is the most of the footer a status takes: the keys give way
// to it, down to the first few (move, details, help).
func statusRoom(w int) int { return max(w-26, w/2, 1) }

// footerStatus is what the footer says: the last action's word, or the
// search's.
func (a *App) footerStatus() string {
	if a.status != "" {
		return a.status
	}
	return a.search.Status()
}

func (a *App) statusStyle() lipgloss.Style {
	if a.statusBad {
		return a.c.Styles.Warn
	}
	return a.c.Styles.Muted
}

// View draws the header, the body for the current mode, and the footer.
func (a *App) View() string {
	w, h := a.c.Width, a.c.Height
	if w <= 0 || h <= 0 {
		return ""
	}
	header := renderHeader(a.m, a.file.state(a.c.ReadOnly), a.c.Segment, w, a.c.Styles)
	if a.c.RoomView {
		header = a.roomHeader(w)
	}
	if h == 1 {
		return header
	}
	mid := ""
	if a.layout.Body.H > 0 {
		mid = a.body() + "\n"
	}
	for _, l := range a.chrome() {
		mid += l + "\n"
	}
	return header + "\n" + mid + a.footer()
}

// chrome is the banner and the prompt, as many as there is room for.
func (a *App) chrome() []string {
	var out []string
	if b := a.persist.Banner(a.c.Width); b != "" {
		for _, l := range strings.Split(b, "\n") {
			out = append(out, common.PadStyled(l, a.c.Width))
		}
	}
	if a.editing != nil && !a.editing.inline {
		out = append(out, a.promptLine())
	}
	out = append(out, a.statusLines()...)
	if len(out) > a.extra {
		out = out[len(out)-a.extra:] // the prompt before the banner
	}
	return out
}

func (a *App) body() string {
	l := a.layout
	b := l.Body
	switch {
	case b.H <= 0:
		return ""
	case a.showHelp:
		return renderHelpScreen(a.help, a.fullKeys(), a.helpNotes(), a.helpOffset, b.W, b.H, a.c.Styles)
	case a.zoom && l.Side:
		return lipgloss.JoinHorizontal(lipgloss.Top, a.leftOfSide(), a.detail.View())
	case a.zoom:
		return a.detail.View()
	case !l.Wide && a.onPanel && !a.c.RoomView:
		return a.panelFrame()
	case !l.Wide, a.c.RoomView:
		return a.board.View()
	}
	bottom := a.detail.View()
	if len(a.panels) > 0 {
		bottom = lipgloss.JoinHorizontal(lipgloss.Top, a.panelFrame(), bottom)
	}
	return a.board.View() + "\n" + bottom
}

// leftOfSide is what stays on screen beside the open details: the board,
// and the panel under it when the left part is wide enough for both.
func (a *App) leftOfSide() string {
	l := a.layout
	if !l.Wide || len(a.panels) == 0 || a.c.RoomView {
		return a.board.View()
	}
	return a.board.View() + "\n" + a.panelFrame()
}

// panelFrame is the panel's view, drawn again only when it may have changed.
func (a *App) panelFrame() string {
	if a.panelView == "" || a.panelAt != a.layout.Panel {
		a.panelView, a.panelAt = a.panels[a.panel].View(), a.layout.Panel
	}
	return a.panelView
}

// footer is the short help of what works now, and a transient status.
func (a *App) footer() string {
	w := a.c.Width
	if f := a.editFooter(); f != "" {
		return f
	}
	if a.search.Typing() {
		keys := " " + screens.NewHelpWidth(a.c.Styles, w/3).ShortHelpView(a.search.ShortHelp())
		return spreadStyled(" "+a.search.View(w-ansi.StringWidth(keys)-2), keys, w)
	}
	msg := a.footerStatus()
	status := ""
	if msg != "" && a.statusLines() == nil {
		status = "  " + a.statusStyle().Render(common.Line(msg, statusRoom(w))) + " "
	}
	a.help.Width = max(w-1-ansi.StringWidth(status), 0)
	left := " " + a.help.ShortHelpView(a.shortKeys().ShortHelp())
	return spreadStyled(left, status, w)
}
