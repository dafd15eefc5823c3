package model

import (
	"cmp"
	"slices"
)

// Ranked is an opportunity placed in the priority order.
type Ranked struct {
	Opportunity Opportunity
	Stage       int     // index of its stage
	Touchpoint  int     // index of its touchpoint in the stage, -1 for a stage-level opportunity
	Index       int     // index in its owner's Opportunities, so a selection can point back at it
	Score       float64 // impact over effort: higher first
}

// Priorities ranks all opportunities, stage-level and touchpoint-level.
//
// The score is the impact level over the effort level (low 1, medium 2,
// high 3; an empty or unknown level counts as medium, so an unrated idea
// neither jumps the queue nor sinks). Higher scores come first, then more
// votes, then journey order: stages in order, and within a stage its own
// opportunities before its touchpoints', as the stage is read before its
// touchpoints. Done and dropped opportunities go after all open ones (still
// ranked among themselves), because a workshop ranks what is still open.
func Priorities(m *Map) []Ranked {
	if m == nil {
		return nil
	}
	var rs []Ranked
	add := func(ops []Opportunity, si, ti int) {
		for oi, o := range ops {
			rs = append(rs, Ranked{Opportunity: o, Stage: si, Touchpoint: ti, Index: oi,
				Score: float64(level(o.Impact)) / float64(level(o.Effort))})
		}
	}
	for si, s := range m.Stages {
		add(s.Opportunities, si, -1)
		for ti, t := range s.Touchpoints {
			add(t.Opportunities, si, ti)
		}
	}
	// The list is built in journey order, so a stable sort keeps it for ties.
	slices.SortStableFunc(rs, func(a, b Ranked) int {
		return cmp.Or(
			cmp.Compare(closed(a.Opportunity), closed(b.Opportunity)),
			cmp.Compare(b.Score, a.Score),
			cmp.Compare(b.Opportunity.Votes, a.Opportunity.Votes),
		)
	})
	return rs
}

func level(s string) int {
	switch s {
	case "low":
		return 1
	case "high":
		return 3
	default:
		return 2
	}
}

// closed is 1 for an opportunity no longer open, so it sorts after open ones.
func closed(o Opportunity) int {
	if o.Status == "done" || o.Status == "dropped" {
		return 1
	}
	return 0
}
