package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// idealLoadedMsg carries the ideal map = asked for (read-only: it is never
// written), or why it could not be read.
type idealLoadedMsg struct {
	m    *model.Map
	name string // the map's ideal: path, as the legend names it
	err  error
}

// toggleIdeal overlays the curve of the map's ideal counterpart (its
// ideal: path, relative to the map), or takes it away again.
func (a *App) toggleIdeal() tea.Cmd {
	if a.board.Ideal() {
		a.board.SetIdeal(nil, "")
		a.status = "ideal curve hidden"
		return nil
	}
	name := a.m.Ideal
	if name == "" {
		a.refuse(errors.New("this map names no ideal map to compare with (ideal: PATH in the file)"))
		return nil
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(a.doc.Path()), name)
	}
	today, related := a.c.Today, a.c.ReadRelated
	return func() tea.Msg {
		if related != nil && !filepath.IsAbs(name) {
			m, err := related(name, today)
			return idealLoadedMsg{m: m, name: name, err: err}
		}
		doc, err := model.Load(path, today)
		if err != nil {
			return idealLoadedMsg{name: name, err: err}
		}
		return idealLoadedMsg{m: doc.Map(), name: name}
	}
}

// idealLoaded shows the ideal's curve, or says why it cannot.
func (a *App) idealLoaded(msg idealLoadedMsg) {
	if msg.err != nil {
		a.refuse(fmt.Errorf("cannot read the ideal map %s: %s", common.Sanitize(msg.name), common.Sanitize(msg.err.Error())))
		return
	}
	a.board.SetIdeal(msg.m, msg.name)
	a.status = "ideal curve shown (○): = hides it"
}
