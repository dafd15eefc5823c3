package ui

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/journey-maps/journey/model"
)

// Changes are what changed on the board since another version of the map
// (journey view --changes REV FILE): each touchpoint added or changed is
// marked on its card with a glyph and a word, ] and [ go from one to the
// next, and what was removed is named in the footer.
type Changes struct {
	marks   map[[2]int]string // the card's short mark: "✚ new", "Δ changed", "✚ pain"
	says    map[[2]int]string // what the footer says of it: "+1 pain point"
	order   []Item            // the marked touchpoints, in journey order
	removed []string
}

// changeKeys are ] and [, on only when a map is shown with its changes.
var (
	nextChange = key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next change"))
	prevChange = key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous change"))
)

// diffTouchpoints compares two versions of a map touchpoint by touchpoint,
// matching stages and touchpoints by id (or the slug of their name).
func diffTouchpoints(old, cur *model.Map) *Changes {
	ch := &Changes{marks: map[[2]int]string{}, says: map[[2]int]string{}}
	if old == nil || cur == nil {
		return ch
	}
	before := map[string]model.Touchpoint{}
	for _, s := range old.Stages {
		for _, t := range s.Touchpoints {
			before[s.Key()+"/"+t.Key()] = t
		}
	}
	seen := map[string]bool{}
	for si, s := range cur.Stages {
		for ti, t := range s.Touchpoints {
			k := s.Key() + "/" + t.Key()
			seen[k] = true
			o, had := before[k]
			mark, says := "✚ new", "a new touchpoint"
			if had {
				mark, says = touchpointChange(o, t)
			}
			if mark != "" {
				ch.marks[[2]int{si, ti}], ch.says[[2]int{si, ti}] = mark, says
				ch.order = append(ch.order, TouchpointItem(si, ti))
			}
		}
	}
	for _, s := range old.Stages {
		for _, t := range s.Touchpoints {
			if !seen[s.Key()+"/"+t.Key()] {
				ch.removed = append(ch.removed, t.Label())
			}
		}
	}
	return ch
}

// touchpointChange says how a touchpoint changed (a short mark for its
// card, and words for the footer), or "" when it did not: pain points or
// opportunities added, or changed for anything else.
func touchpointChange(o, t model.Touchpoint) (mark, says string) {
	a, b := withoutPositions(o), withoutPositions(t)
	if reflect.DeepEqual(a, b) {
		return "", ""
	}
	pains, opps := len(b.PainPoints)-len(a.PainPoints), len(b.Opportunities)-len(a.Opportunities)
	// Only added: the old items are the new ones' head and nothing else moved.
	onlyAdded := pains >= 0 && opps >= 0 && pains+opps > 0 &&
		(len(a.PainPoints) == 0 || reflect.DeepEqual(a.PainPoints, b.PainPoints[:len(a.PainPoints)])) &&
		(len(a.Opportunities) == 0 || reflect.DeepEqual(a.Opportunities, b.Opportunities[:len(a.Opportunities)]))
	a.PainPoints, b.PainPoints, a.Opportunities, b.Opportunities = nil, nil, nil, nil
	if !onlyAdded || !reflect.DeepEqual(a, b) {
		return "Δ changed", "changed"
	}
	var parts []string
	mark = "✚ opp"
	if pains > 0 {
		parts = append(parts, fmt.Sprintf("+%d pain %s", pains, plural(pains, "point", "points")))
		mark = "✚ pain"
	}
	if opps > 0 {
		parts = append(parts, fmt.Sprintf("+%d %s", opps, plural(opps, "opportunity", "opportunities")))
	}
	return mark, strings.Join(parts, ", ")
}

// withoutPositions is t with every position zeroed: a line moving is not
// a change.
func withoutPositions(t model.Touchpoint) model.Touchpoint {
	t.Pos = model.Pos{}
	t.PainPoints = append([]model.PainPoint(nil), t.PainPoints...)
	for i := range t.PainPoints {
		t.PainPoints[i].Pos = model.Pos{}
	}
	t.Opportunities = append([]model.Opportunity(nil), t.Opportunities...)
	for i := range t.Opportunities {
		t.Opportunities[i].Pos = model.Pos{}
	}
	return t
}

// summary is the footer's word on the changes.
func (ch *Changes) summary(since string) string {
	s := fmt.Sprintf("%d %s since %s", len(ch.order), plural(len(ch.order), "touchpoint changed", "touchpoints changed"), since)
	if len(ch.order) > 0 {
		s += " · ] next, [ previous"
	}
	if len(ch.removed) > 0 {
		s += " · removed: " + strings.Join(ch.removed, ", ")
	}
	return s
}

// stepChange moves the board's selection to the next (d 1) or previous
// (d -1) changed touchpoint, going round.
func (a *App) stepChange(d int) {
	ch := a.changes
	if ch == nil || len(ch.order) == 0 {
		a.status = "nothing changed on the board"
		return
	}
	cur, _ := a.board.Selected()
	at := -1
	for i, it := range ch.order {
		if it.Stage == cur.Stage && it.Touchpoint == cur.Touchpoint {
			at = i
		}
	}
	next := 0
	switch {
	case at >= 0:
		next = (at + d + len(ch.order)) % len(ch.order)
	case d < 0:
		next = len(ch.order) - 1
	}
	a.focusBoard()
	a.board.SelectItem(ch.order[next])
	a.status = fmt.Sprintf("change %d of %d: %s", next+1, len(ch.order), ch.says[[2]int{ch.order[next].Stage, ch.order[next].Touchpoint}])
}
