package ui

import (
	"fmt"

	"github.com/journey-maps/journey/model"
)

func goalDetail(d *doc, m *model.Map, g *model.Goal, today model.Date) {
	d.heading("Goal", g.Label())
	f := model.GoalProgress(*g, today)
	d.styledField("Status", d.st.Status(f.Status).Render(f.Status.String()), true)
	d.field("Metric", g.Metric)
	num := func(v *float64) string {
		if v == nil {
			return "–"
		}
		return withUnit(FormatNumber(*v), g.Unit)
	}
	d.field("Baseline", num(g.Baseline))
	d.field("Current", num(g.Current))
	d.field("Target", num(g.Target))
	if f.HasProgress {
		p := fmt.Sprintf("%d%%", f.Percent())
		if f.Direction == model.Reduce {
			p += " (lower is better)"
		}
		d.field("Progress", p)
	}
	d.field("Start", g.Start.String())
	d.field("Due", g.Due.String())
	d.field("Time", ElapsedText(*g, f, today))
	d.field("Id", g.Key())
	if len(g.Stages) > 0 {
		names := make([]string, len(g.Stages))
		for i, id := range g.Stages {
			names[i] = stageName(m, id)
		}
		d.list("Stages", names)
	}
	if len(g.History) > 0 {
		h := make([]string, len(g.History))
		for i, x := range g.History {
			h[i] = x.Date.String() + "  " + withUnit(FormatNumber(x.Value), g.Unit)
		}
		d.list("History", h)
	}
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
	d.heading("Persona", p.Label())
	d.field("Segment", p.Segment)
	d.field("Summary", p.Summary)
	d.field("Id", p.Key())
	if p.Quote != "" {
		d.text("Quote", "“"+p.Quote+"”")
	}
	d.list("Goals", p.Goals)
	d.list("Frustrations", p.Frustrations)
}
