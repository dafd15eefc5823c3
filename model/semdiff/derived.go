package semdiff

import (
	"math"
	"strconv"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
)

// The derived changes: figures computed from a map, never written in it,
// that a reviewer needs to see move (a goal from 33% to 50%, from at risk
// to on track; a stage's drop-off; the priority order).

// goalFigures reports a goal's progress in percent and its status on the
// differ's day, when they moved.
func (d *differ) goalFigures(at, subject string, o, g model.Goal) {
	of, nf := model.GoalProgress(o, d.today), model.GoalProgress(g, d.today)
	op, np := progressPct(of), progressPct(nf)
	if d.derived(join(at, "progress"), subject, "progress", pctText(op), pctText(np)) {
		d.set(pctVal(op), pctVal(np))
	}
	d.derived(join(at, "status"), subject, "status", of.Status.String(), nf.Status.String())
}

// derived reports a derived figure that moved, as field does a value.
func (d *differ) derived(path, subject, detail, old, new string) bool {
	if old == new {
		return false
	}
	d.add(Derived, path, subject, detail, old, new)
	return true
}

// progressPct is a goal's raw progress in percent, to one decimal, or NaN
// when it has none. Raw, as FORMAT.md reports it: past the target reads
// over 100, moving away from it below 0.
func progressPct(f model.GoalFigures) float64 {
	if !f.HasProgress {
		return math.NaN()
	}
	return round(f.Progress*100, 1)
}

func round(f float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(f*p) / p
}

func pctText(f float64) string {
	if math.IsNaN(f) {
		return ""
	}
	return export.Number(f) + "%"
}

func pctVal(f float64) any {
	if math.IsNaN(f) {
		return nil
	}
	return f
}

// stageFigures reports a stage's drop-off from the stage before and its
// mean emotion (the map's own emotions, as the board shows them), when
// they moved.
func (d *differ) stageFigures(key, subject string, o, n stageFigs) {
	at := join("stages", key)
	if d.derived(join(at, "drop_off"), subject, "drop-off", pctText(o.dropOff), pctText(n.dropOff)) {
		d.set(pctVal(o.dropOff), pctVal(n.dropOff))
	}
	if d.derived(join(at, "mean_emotion"), subject, "mean emotion", meanText(o.mean), meanText(n.mean)) {
		d.set(pctVal(o.mean), pctVal(n.mean))
	}
}

// stageFigs are one stage's derived figures; NaN where there is none.
type stageFigs struct{ dropOff, mean float64 }

func figures(m *model.Map) []stageFigs {
	steps, means := model.Funnel(m), model.StageMeans(m, "")
	out := make([]stageFigs, len(m.Stages))
	for i := range out {
		out[i] = stageFigs{math.NaN(), math.NaN()}
		if steps[i].HasDropOff {
			out[i].dropOff = round(steps[i].DropOff*100, 1)
		}
		if means[i].N > 0 {
			out[i].mean = round(means[i].Mean, 2)
		}
	}
	return out
}

// meanText is a mean emotion with its sign: "+0.5", "0", "-1.33".
func meanText(f float64) string {
	switch {
	case math.IsNaN(f):
		return ""
	case f > 0:
		return "+" + export.Number(f)
	case f == 0:
		return "0"
	}
	return export.Number(f)
}

// rankMoves reports opportunities both maps hold whose place in the
// priority order changed relative to each other: an opportunity added or
// removed shifts the ranks below it, which is no move of theirs.
func (d *differ) rankMoves(old, new *model.Map) {
	type entry struct {
		rank int // 1-based, in the whole list
		path string
		r    model.Ranked
	}
	list := func(m *model.Map) ([]string, map[string]entry) {
		var keys []string
		at := map[string]entry{}
		for i, r := range model.Priorities(m) {
			s := m.Stages[r.Stage]
			owner := join("stages", s.Key())
			if r.Touchpoint >= 0 {
				owner = join(owner, "touchpoints", s.Touchpoints[r.Touchpoint].Key())
			}
			k := join(owner, "opportunities", r.Opportunity.Key())
			if _, dup := at[k]; dup {
				continue // a repeated key, which lint reports
			}
			keys = append(keys, k)
			at[k] = entry{i + 1, k, r}
		}
		return keys, at
	}
	ok, oat := list(old)
	nk, nat := list(new)
	common := func(keys []string, other map[string]entry) map[string]int {
		pos := map[string]int{}
		for _, k := range keys {
			if _, ok := other[k]; ok {
				pos[k] = len(pos)
			}
		}
		return pos
	}
	opos, npos := common(ok, nat), common(nk, oat)
	for _, k := range nk {
		p, both := opos[k]
		if !both || p == npos[k] {
			continue
		}
		o, n := oat[k], nat[k]
		subject := ref("opportunity", n.r.Opportunity.ID, n.r.Opportunity.Text)
		d.derived(join(k, "rank"), subject, "priority rank", strconv.Itoa(o.rank), strconv.Itoa(n.rank))
		d.set(o.rank, n.rank)
	}
}
