package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/ui/common"
)

// ghostKey answers an editing key pressed on a ghost: it was removed, so
// there is nothing to edit, and the map is left alone. It reports whether
// the key was one.
func (a *App) ghostKey(msg tea.KeyMsg) bool {
	it, ok := a.selected()
	if a.zoom {
		it, ok = a.detail.Item()
	}
	if !ok || it.Ghost == 0 {
		return false
	}
	for _, act := range a.table {
		if editGroups[act.Group] && act.Matches(msg) {
			a.status, a.statusBad = "removed since "+common.Sanitize(a.c.ChangesSince)+": nothing to edit", true
			return true
		}
	}
	return false
}
