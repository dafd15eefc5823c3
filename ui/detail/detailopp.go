package detail

import (
	"fmt"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// oppMeasures are the rows of an opportunity that tie it to the goals it
// should move, rank it, and test it: each goal with its progress, the RICE
// figures, the weighted scores and the experiment.
func oppMeasures(d *doc, m *model.Map, o *model.Opportunity, today model.Date) {
	d.row("goals")
	var goals []string
	for _, id := range o.Goals {
		goals = append(goals, goalProgressText(m, id, today))
	}
	d.field("Goals", strings.Join(goals, "; "))
	d.row("reach")
	d.field("Reach", numText(o.Reach))
	d.row("confidence")
	d.field("Confidence", numText(o.Confidence))
	d.row("scores")
	var scores []string
	for _, s := range o.Scores {
		scores = append(scores, fmt.Sprintf("%s %s", s.Criterion, model.Num(s.Value)))
	}
	d.field("Scores", strings.Join(scores, ", "))
	d.row("experiment")
	d.field("Experiment", experimentText(o.Experiment))
	d.endRow()
}

// goalProgressText is a goal named by an opportunity with where it stands:
// "Raise checkout CSAT 56% on track".
func goalProgressText(m *model.Map, id string, today model.Date) string {
	for _, g := range m.Goals {
		if g.Key() != id {
			continue
		}
		f := model.GoalProgress(g, today)
		if !f.HasProgress {
			return fmt.Sprintf("%s (%s)", g.Label(), f.Status)
		}
		return fmt.Sprintf("%s %d%% %s", g.Label(), f.Percent(), f.Status)
	}
	return id + " (no such goal)"
}

// experimentText sums up an A/B test in one line: its name, result,
// metric, what it compares and when.
func experimentText(e *model.Experiment) string {
	if e == nil {
		return ""
	}
	var parts []string
	for _, s := range []string{e.Name, e.Result, e.Metric} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if e.Control != "" || e.Variant != "" {
		parts = append(parts, fmt.Sprintf("%s vs %s", common.OrDash(e.Control), common.OrDash(e.Variant)))
	}
	if !e.Start.IsZero() || !e.End.IsZero() {
		parts = append(parts, fmt.Sprintf("%s – %s", common.OrDash(e.Start.String()), common.OrDash(e.End.String())))
	}
	return strings.Join(parts, " · ")
}

func numText(x *float64) string {
	if x == nil {
		return ""
	}
	return model.Num(*x)
}
