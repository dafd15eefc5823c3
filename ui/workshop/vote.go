package workshop

import (
	"fmt"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
)

// round is a dot-voting round: each person has a budget of dots to put on
// pain points and opportunities, nobody sees the count until the
// facilitator reveals it, and the reveal writes every dot into `votes` as
// one edit the facilitator can undo.
type round struct {
	budget     int
	spectators bool // spectators vote too
	leader     bool // the facilitator votes too
	// dots per person, per item: the item in stable form (by id where it
	// has one), so that items added above it meanwhile do not move the dot.
	dots map[session.Actor]map[string]dot
}

type dot struct {
	path  model.Path // stable
	label string
	n     int
}

func newRound(budget int, spectators, leader bool) *round {
	return &round{budget: budget, spectators: spectators, leader: leader, dots: map[session.Actor]map[string]dot{}}
}

func (v *round) spent(a session.Actor) int {
	n := 0
	for _, d := range v.dots[a] {
		n += d.n
	}
	return n
}

func (v *round) left(a session.Actor) int { return v.budget - v.spent(a) }

// may reports whether a person of this role votes in the round.
func (v *round) may(r Role) bool {
	switch r {
	case Spectator:
		return v.spectators
	case Facilitator:
		return v.leader
	}
	return true
}

// place puts one of a's dots on the item at path (stable).
func (v *round) place(a session.Actor, path model.Path, label string) error {
	if v.left(a) <= 0 {
		return fmt.Errorf("no dots left: V takes one back")
	}
	m := v.dots[a]
	if m == nil {
		m = map[string]dot{}
		v.dots[a] = m
	}
	k := path.String()
	d := m[k]
	d.path, d.label = path, label
	d.n++
	m[k] = d
	return nil
}

// take takes one of a's dots back from the item at path.
func (v *round) take(a session.Actor, path model.Path) error {
	k := path.String()
	d, ok := v.dots[a][k]
	if !ok || d.n == 0 {
		return fmt.Errorf("none of your dots is on it")
	}
	d.n--
	if d.n == 0 {
		delete(v.dots[a], k)
	} else {
		v.dots[a][k] = d
	}
	return nil
}

// totals are the dots on each item, most first.
func (v *round) totals() []dot {
	sum := map[string]dot{}
	for _, m := range v.dots {
		for k, d := range m {
			t := sum[k]
			t.path, t.label = d.path, d.label
			t.n += d.n
			sum[k] = t
		}
	}
	out := make([]dot, 0, len(sum))
	for _, d := range sum {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].path.String() < out[j].path.String()
	})
	return out
}

// reveal builds the edit that adds every item's dots to its votes, as one
// action, on the map as it is now; items removed meanwhile are skipped.
func (v *round) reveal(d *model.Doc) (model.Action, []string, error) {
	var counts []model.VoteCount
	var summary []string
	for _, t := range v.totals() {
		p, err := d.ConcretePath(t.path)
		if err != nil {
			continue
		}
		counts = append(counts, model.VoteCount{Path: p, N: t.n})
		summary = append(summary, fmt.Sprintf("%d · %s", t.n, t.label))
	}
	if len(counts) == 0 {
		return model.Action{}, nil, fmt.Errorf("no dots were placed")
	}
	act, err := model.AddVotes(d, counts)
	act.Label = fmt.Sprintf("voting round: %d dots on %d items", sumDots(counts), len(counts))
	return act, summary, err
}

func sumDots(cs []model.VoteCount) int {
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}

// summaryLine is the reveal's result in a few words.
func summaryLine(s []string) string {
	if len(s) > 3 {
		s = append(s[:3:3], fmt.Sprintf("and %d more", len(s)-3))
	}
	return "votes revealed: " + strings.Join(s, "; ")
}
