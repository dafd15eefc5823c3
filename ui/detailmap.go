package ui

import (
	"fmt"

	"github.com/journey-maps/journey/model"
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
	a.detail.SetItem(MapItem(), true)
	a.zoom = true
	a.detail.Focus()
	a.resize(a.c.Width, a.c.Height)
}

// mapDetail is the map's top-level fields, in the order the format lists
// them, then what it holds.
func mapDetail(d *doc, m *model.Map) {
	title := m.Title
	if title == "" {
		title = "(untitled)"
	}
	d.heading("Journey map", "title", title)
	d.row("description")
	d.text("Description", m.Description)
	d.row("owner")
	d.field("Owner", m.Owner)
	d.row("state")
	d.field("State", m.State)
	d.row("updated")
	d.field("Updated", m.Updated.String())
	d.row("review_every")
	switch {
	case m.ReviewEvery > 0:
		d.field("Review", fmt.Sprintf("every %d %s", m.ReviewEvery, plural(m.ReviewEvery, "day", "days")))
	case d.form:
		d.empty("Review")
	default:
		d.field("Review", fmt.Sprintf("every %d days (default)", model.DefaultReviewEvery))
	}
	d.row("tags")
	d.list("Tags", m.Tags)
	d.endRow()
	d.blank()
	d.field("Holds", fmt.Sprintf("%d %s, %d %s, %d %s",
		len(m.Stages), plural(len(m.Stages), "stage", "stages"),
		len(m.Goals), plural(len(m.Goals), "goal", "goals"),
		len(m.Personas), plural(len(m.Personas), "persona", "personas")))
}
