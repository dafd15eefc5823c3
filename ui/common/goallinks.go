package common

import (
	"strings"

	"github.com/journey-maps/journey/model"
)

// The opportunities meant to move a goal, listed under it in the goals
// panel: the seeds' loop from goal to idea to test in one place.

// GoalLinks lists, per goal of the map, the opportunities that name it in
// their goals, in priority order.
func GoalLinks(m *model.Map) [][]model.Opportunity {
	if m == nil {
		return nil
	}
	out := make([][]model.Opportunity, len(m.Goals))
	index := map[string]int{}
	for i, g := range m.Goals {
		if _, dup := index[g.Key()]; !dup {
			index[g.Key()] = i
		}
	}
	// Most maps link few opportunities to goals, or none: ranking every
	// opportunity on each edit would cost what the map holds.
	if !model.LinksGoals(m) {
		return out
	}
	for _, r := range model.Priorities(m) {
		for _, id := range r.Opportunity.Goals {
			if i, ok := index[id]; ok {
				out[i] = append(out[i], r.Opportunity)
			}
		}
	}
	return out
}

// RenderGoalLinks is one line per opportunity: its text, its status and
// how its experiment came out, in words so that they read without colour.
func RenderGoalLinks(st *Styles, ops []model.Opportunity, width int) []string {
	var out []string
	for _, o := range ops {
		var facts []string
		if o.Status != "" {
			facts = append(facts, Sanitize(o.Status))
		}
		if e := o.Experiment; e != nil {
			test := "test"
			if e.Result != "" {
				test += " " + e.Result
			}
			facts = append(facts, test)
		}
		tail := ""
		if len(facts) > 0 {
			tail = "  " + strings.Join(facts, " · ")
		}
		text := Line(o.Text, max(width-4-len([]rune(tail)), 1))
		line := "  " + st.Muted.Render("↳ ") + st.Text.Render(text)
		if tail != "" {
			line += st.Muted.Render(tail)
		}
		out = append(out, Clip(line, width))
	}
	return out
}
