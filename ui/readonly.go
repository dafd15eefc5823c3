package ui

import tea "github.com/charmbracelet/bubbletea"

// readOnlyKey answers an editing key pressed where nothing can be edited
// (journey view, a revision, a spectator's screen): the key is off, and
// the footer says why rather than leaving the press unanswered. It
// reports whether the key was one.
func (a *App) readOnlyKey(msg tea.KeyMsg) bool {
	if a.editable() {
		return false
	}
	for _, act := range a.table {
		if editGroups[act.Group] && act.Matches(msg) {
			a.status, a.statusBad = "read-only: to change the map, open it with journey edit", true
			if a.c.Room != nil {
				a.status = "read-only: a spectator watches the map"
			}
			return true
		}
	}
	return false
}
