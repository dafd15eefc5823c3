package detail

import (
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

func goalDetail(d *doc, m *model.Map, g *model.Goal, today model.Date) {
	d.heading("Goal", "name", g.Label())
	f := model.GoalProgress(*g, today)
	d.styledField("Status", d.st.Status(f.Status).Render(f.Status.String()), true)
	d.row("metric")
	d.field("Metric", g.Metric)
	if d.form {
		d.row("unit")
		d.field("Unit", g.Unit)
	}
	num := func(v *float64) string {
		if v == nil {
			if d.form {
				return ""
			}
			return "–"
		}
		return common.WithUnit(common.FormatNumber(*v), g.Unit)
	}
	d.row("baseline")
	d.field("Baseline", num(g.Baseline))
	d.row("current")
	d.field("Current", num(g.Current))
	d.row("target")
	d.field("Target", num(g.Target))
	d.endRow()
	if f.HasProgress {
		p := fmt.Sprintf("%d%%", f.Percent())
		if f.Direction == model.Reduce {
			p += " (lower is better)"
		}
		d.field("Progress", p)
	}
	d.row("start")
	d.field("Start", g.Start.String())
	d.row("due")
	d.field("Due", g.Due.String())
	d.endRow()
	d.field("Time", common.ElapsedText(*g, f, today))
	d.row("id")
	d.field("Id", g.Key())
	d.row("stages")
	names := make([]string, len(g.Stages))
	for i, id := range g.Stages {
		names[i] = stageName(m, id)
	}
	d.list("Stages", names)
	d.row("history")
	h := make([]string, len(g.History))
	for i, x := range g.History {
		h[i] = x.Date.String() + "  " + common.WithUnit(common.FormatNumber(x.Value), g.Unit)
	}
	d.list("History", h)
	d.endRow()
}

// stageName is the name of the stage an id names, or the id when none does.
func stageName(m *model.Map, id string) string {
	for _, s := range m.Stages {
		if s.Key() == id {
			return s.Label()
		}
	}
	return id
}

func personaDetail(d *doc, p *model.Persona) {
	d.heading("Persona", "name", p.Label())
	d.row("segment")
	d.field("Segment", p.Segment)
	d.row("summary")
	d.field("Summary", p.Summary)
	d.row("id")
	d.field("Id", p.Key())
	d.row("quote")
	if p.Quote != "" {
		d.text("Quote", "“"+p.Quote+"”")
	} else if d.form {
		d.empty("Quote")
	}
	d.row("goals")
	d.list("Goals", p.Goals)
	d.row("frustrations")
	d.list("Frustrations", p.Frustrations)
	d.endRow()
}
