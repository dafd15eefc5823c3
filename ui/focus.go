package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// Focus: which pane has the keys (the board, a panel, the zoomed detail
// pane), how focus moves between them, and how keys and the mouse reach
// the pane they are for.

// forward hands a message to the pane that has focus.
func (a *App) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case a.zoom:
		a.detail, cmd = a.detail.Update(msg)
	case a.onPanel:
		cmd = a.panels[a.panel].Update(msg)
	default:
		a.board, cmd = a.board.Update(msg)
		a.routedBoard = true
	}
	return cmd
}

// cycle moves focus round board, goals, funnel, priorities, personas.
func (a *App) cycle(d int) {
	if len(a.panels) == 0 {
		return
	}
	if a.c.RoomView { // the panels are hidden: say how to see them
		a.status = roomViewOn
		return
	}
	n := len(a.panels) + 1
	pos := 0
	if a.onPanel {
		pos = a.panel + 1
	}
	pos = board.StepIndex(pos, d, n)
	a.setZoom(false)
	if pos == 0 {
		a.focusBoard()
		return
	}
	a.focusPanel(pos - 1)
}

func (a *App) focusBoard() {
	a.onPanel = false
	for _, p := range a.panels {
		p.Blur()
	}
	a.board.Focus()
}

func (a *App) focusPanel(i int) {
	a.board.Blur()
	for j, p := range a.panels {
		if j == i {
			p.Focus()
		} else {
			p.Blur()
		}
	}
	a.panel, a.onPanel = i, true
	if i < len(a.stale) && a.stale[i] {
		a.panels[i].SetMap(a.m)
		a.stale[i] = false
	}
}

// setZoom opens or closes the detail pane over the whole body; it only
// opens on a selection.
func (a *App) setZoom(on bool) {
	if on {
		if _, ok := a.selected(); !ok {
			return
		}
	}
	a.zoom = on
	if on {
		a.detail.Focus()
	} else {
		a.detail.Blur()
	}
	a.resize(a.c.Width, a.c.Height)
}

// selected is the selection of the pane with focus.
func (a *App) selected() (common.Item, bool) {
	if a.onPanel {
		return a.panels[a.panel].Selected()
	}
	return a.board.Selected()
}

func (a *App) syncDetail() {
	if a.zoom {
		return // the zoomed pane keeps the item it opened on
	}
	a.detail.SetItem(a.selected())
}

// mouse sends a mouse event to the pane under the pointer, focusing it,
// with coordinates made relative to that pane.
func (a *App) mouse(msg tea.MouseMsg) tea.Cmd {
	l := a.layout
	if a.showHelp {
		return nil
	}
	press := msg.Action == tea.MouseActionPress
	at := func(r common.Rect) tea.MouseMsg {
		m := msg
		m.X, m.Y = msg.X-r.X, msg.Y-r.Y
		return m
	}
	var cmd tea.Cmd
	switch {
	case a.zoom && l.Side:
		if l.Detail.Contains(msg.X, msg.Y) {
			a.detail, cmd = a.detail.Update(at(l.Detail))
		}
	case a.zoom:
		a.detail, cmd = a.detail.Update(at(l.Body))
	case l.Wide && l.Detail.Contains(msg.X, msg.Y):
		if press && msg.Button == tea.MouseButtonLeft {
			a.setZoom(true)
		}
	case (l.Wide || a.onPanel) && len(a.panels) > 0 && l.Panel.Contains(msg.X, msg.Y):
		if press && !a.onPanel {
			a.focusPanel(a.panel)
		}
		cmd = a.panels[a.panel].Update(at(l.Panel))
	case l.Board.Contains(msg.X, msg.Y):
		if press && a.onPanel {
			a.focusBoard()
		} else {
			a.routedBoard = true
		}
		a.board, cmd = a.board.Update(at(l.Board))
	}
	return cmd
}
