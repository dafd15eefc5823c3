package detail

import (
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

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
		d.field("Review", fmt.Sprintf("every %d %s", m.ReviewEvery, common.Plural(m.ReviewEvery, "day", "days")))
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
		len(m.Stages), common.Plural(len(m.Stages), "stage", "stages"),
		len(m.Goals), common.Plural(len(m.Goals), "goal", "goals"),
		len(m.Personas), common.Plural(len(m.Personas), "persona", "personas")))
}
