package model

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Ranked is an opportunity placed in the priority order.
type Ranked struct {
	Opportunity Opportunity
	Stage       int     // index of its stage
	Touchpoint  int     // index of its touchpoint in the stage, -1 for a stage-level opportunity
	Index       int     // index in its owner's Opportunities, so a selection can point back at it
	Score       float64 // by the map's method: higher first; 0 when not Scored
	Scored      bool    // false when the opportunity lacks a field its method needs
	Rank        int     // 1, 2, ... for open opportunities; 0 for done and dropped ones
	How         string  // how the score was worked out, for people: "impact high 3 / effort low 1 = 3"
}

// Priorities ranks all opportunities, stage-level and touchpoint-level, by
// the map's method (Map.Method):
//
//   - impact-effort (the default): impact / effort, then more votes first;
//   - rice: reach × impact × confidence / effort;
//   - weighted: Σ weight × score / effort over the opportunity's scores,
//     a criterion the map gives no weight counting 1.
//
// Impact and effort count low 1, medium 2, high 3. An opportunity that
// lacks a field its method needs has no score and comes after the scored
// ones. Ties keep journey order: stages in order, and within a stage its
// own opportunities before its touchpoints', as the stage is read before
// its touchpoints. Done and dropped opportunities go after all open ones,
// in the same order among themselves but without a rank, because a
// workshop ranks what is still open.
func Priorities(m *Map) []Ranked {
	if m == nil {
		return nil
	}
	var rs []Ranked
	add := func(ops []Opportunity, si, ti int) {
		for oi, o := range ops {
			r := Ranked{Opportunity: o, Stage: si, Touchpoint: ti, Index: oi}
			r.Score, r.Scored, r.How = score(m, o)
			rs = append(rs, r)
		}
	}
	for si, s := range m.Stages {
		add(s.Opportunities, si, -1)
		for ti, t := range s.Touchpoints {
			add(t.Opportunities, si, ti)
		}
	}
	votes := methodName(m.Method) == "impact-effort"
	// The list is built in journey order, so a stable sort keeps it for ties.
	slices.SortStableFunc(rs, func(a, b Ranked) int {
		c := cmp.Or(
			cmp.Compare(closed(a.Opportunity), closed(b.Opportunity)),
			cmp.Compare(unscored(a), unscored(b)),
			cmp.Compare(b.Score, a.Score),
		)
		if c == 0 && votes {
			c = cmp.Compare(b.Opportunity.Votes, a.Opportunity.Votes)
		}
		return c
	})
	for i := range rs {
		if closed(rs[i].Opportunity) == 0 {
			rs[i].Rank = i + 1
		}
	}
	return rs
}

// Missing lists the fields an opportunity lacks that the method needs to
// score it, in the order the method's formula names them.
func Missing(method string, o Opportunity) []string {
	var out []string
	need := func(field string, have bool) {
		if !have {
			out = append(out, field)
		}
	}
	switch methodName(method) {
	case "rice":
		need("reach", o.Reach != nil)
		need("impact", level(o.Impact) > 0)
		need("confidence", o.Confidence != nil)
	case "weighted":
		need("scores", len(o.Scores) > 0)
	default:
		need("impact", level(o.Impact) > 0)
	}
	need("effort", level(o.Effort) > 0)
	return out
}

// MethodText says in words how the map ranks its opportunities.
func MethodText(method string) string {
	switch methodName(method) {
	case "rice":
		return "RICE: reach × impact × confidence / effort"
	case "weighted":
		return "weighted criteria: Σ weight × score / effort"
	}
	return "impact over effort, then votes"
}

// score works out an opportunity's score by the map's method, with the
// sum written out for people.
func score(m *Map, o Opportunity) (float64, bool, string) {
	if miss := Missing(m.Method, o); len(miss) > 0 {
		return 0, false, "no " + orList(miss) + ": not scored"
	}
	imp, eff := float64(level(o.Impact)), float64(level(o.Effort))
	effort := fmt.Sprintf("effort %s %s", o.Effort, Num(eff))
	var x float64
	var how string
	switch methodName(m.Method) {
	case "rice":
		x = *o.Reach * imp * *o.Confidence / eff
		how = fmt.Sprintf("reach %s × impact %s %s × confidence %s / %s",
			Num(*o.Reach), o.Impact, Num(imp), Num(*o.Confidence), effort)
	case "weighted":
		var terms []string
		sum := 0.0
		for _, s := range o.Scores {
			w := weightOf(m.Weights, s.Criterion)
			sum += w * s.Value
			terms = append(terms, fmt.Sprintf("%s × %s %s", Num(w), s.Criterion, Num(s.Value)))
		}
		x = sum / eff
		how = fmt.Sprintf("(%s) / %s", strings.Join(terms, " + "), effort)
	default:
		x = imp / eff
		how = fmt.Sprintf("impact %s %s / %s", o.Impact, Num(imp), effort)
	}
	return x, true, how + " = " + Num(x)
}

// weightOf is a criterion's weight; one the map does not name counts 1.
func weightOf(ws []Weight, criterion string) float64 {
	for _, w := range ws {
		if w.Criterion == criterion {
			return w.Value
		}
	}
	return 1
}

// Num writes a figure for people: at most two decimals, no trailing zeros.
func Num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// methodName is the method in effect: the map's, or impact-effort.
func methodName(method string) string {
	if method == "" {
		return "impact-effort"
	}
	return method
}

// level counts low, medium and high as 1, 2 and 3; anything else is 0, unrated.
func level(s string) int {
	switch s {
	case "low":
		return 1
	case "medium":
		return 2
	case "high":
		return 3
	}
	return 0
}

func unscored(r Ranked) int {
	if r.Scored {
		return 0
	}
	return 1
}

// closed is 1 for an opportunity no longer open, so it sorts after open ones.
func closed(o Opportunity) int {
	if o.Status == "done" || o.Status == "dropped" {
		return 1
	}
	return 0
}

// PathOf is the dotted path of a ranked opportunity, as get and set take
// it: stages.purchase.touchpoints.checkout.opportunities.show-shipping.
func PathOf(m *Map, r Ranked) string {
	s := m.Stages[r.Stage]
	p := []string{"stages", pathStep(r.Stage, keysFor(len(m.Stages), func(i int) string { return m.Stages[i].Key() }))}
	ops := s.Opportunities
	if r.Touchpoint >= 0 {
		ts := s.Touchpoints
		p = append(p, "touchpoints", pathStep(r.Touchpoint, keysFor(len(ts), func(i int) string { return ts[i].Key() })))
		ops = ts[r.Touchpoint].Opportunities
	}
	return strings.Join(append(p, "opportunities", pathStep(r.Index, keysFor(len(ops), func(i int) string { return ops[i].Key() }))), ".")
}

func keysFor(n int, key func(int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = key(i)
	}
	return out
}

// pathStep names item i of a list by its key when that finds it (the first
// item with the key, and not a number that would read as an index), else by
// its index.
func pathStep(i int, keys []string) string {
	k := keys[i]
	if k == "" || slices.Index(keys, k) != i {
		return strconv.Itoa(i)
	}
	if _, err := strconv.Atoi(k); err == nil {
		return strconv.Itoa(i)
	}
	return k
}

// RankedPain is a pain point in the map's ranking of what hurts most.
type RankedPain struct {
	PainPoint  PainPoint
	Stage      int
	Touchpoint int // -1: the stage's own
	Index      int
	Rank       int // 1..n
}

// PainRanking ranks every pain point by severity (critical first), then
// those where customers drop off, then votes; ties keep journey order.
// The portfolio ranks pain points across maps by the same ComparePains.
func PainRanking(m *Map) []RankedPain {
	if m == nil {
		return nil
	}
	var out []RankedPain
	add := func(ps []PainPoint, si, ti int) {
		for i, p := range ps {
			out = append(out, RankedPain{PainPoint: p, Stage: si, Touchpoint: ti, Index: i})
		}
	}
	for si, s := range m.Stages {
		add(s.PainPoints, si, -1)
		for ti, t := range s.Touchpoints {
			add(t.PainPoints, si, ti)
		}
	}
	slices.SortStableFunc(out, func(a, b RankedPain) int { return ComparePains(a.PainPoint, b.PainPoint) })
	for i := range out {
		out[i].Rank = i + 1
	}
	return out
}

// ComparePains orders pain points by what hurts most: severity (critical
// first, none last), then those where customers drop off, then votes.
func ComparePains(a, b PainPoint) int {
	return cmp.Or(
		cmp.Compare(painSeverity(a.Severity), painSeverity(b.Severity)),
		cmp.Compare(painDrop(a), painDrop(b)),
		cmp.Compare(b.Votes, a.Votes),
	)
}

// painSeverity is 0 for critical down to 3 for low, 4 for none.
func painSeverity(s string) int {
	if i := slices.Index(Severities, s); i >= 0 {
		return len(Severities) - 1 - i
	}
	return len(Severities)
}

func painDrop(p PainPoint) int {
	if p.DropOff {
		return 0
	}
	return 1
}
