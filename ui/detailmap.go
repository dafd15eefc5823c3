package ui

import (
	"github.com/journey-maps/journey/ui/common"
)

// The map's own fields (title, description, owner, state, review dates,
// tags) in the detail pane: what a facilitator fixes before the room
// arrives and a reviewer reads first. The board has no place for them.

// openMap shows the map itself in the detail pane over the whole body;
// esc goes back to the board or panel it was opened from. Read-only it is
// a page to read, as every detail pane is there.
func (a *App) openMap() {
	if a.m == nil {
		return
	}
	a.detail.SetItem(common.MapItem(), true)
	a.zoom = true
	a.detail.Focus()
	a.resize(a.c.Width, a.c.Height)
}
