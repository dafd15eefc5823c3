package board

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Changes are what changed on the board since another version of the map
// (journey view --changes REV FILE): each touchpoint added or changed is
// marked on its card with a glyph and a word; touchpoints, pain points
// and opportunities removed since are ghosts on the board (see ghosts.go);
// ] and [ go from one change to the next, and the detail pane says what
// each field was.
type Changes struct {
	Marks map[[2]int]string      // the card's short mark: "✚ new", "Δ changed", "✚ pain"
	Says  map[common.Item]string // what the footer says of each change: "+1 pain point"
	Order []common.Item          // the changes ] and [ go through, in journey order
	// stages are the stages removed since, each drawn as a ghost column
	// (see ghoststages.go) and named in the footer.
	stages []ghostStage
	// cards are, per stage of the map, the touchpoints it no longer has
	// (and per ghost stage, its touchpoints); rows are, per touchpoint,
	// the pain points and opportunities it no longer has. All are drawn
	// as ghosts and never enter the map.
	cards map[int][]model.Touchpoint
	rows  map[[2]int][]ghostRow
	// ownGone are, per stage of the map, the stage's own pain points and
	// opportunities it no longer has: named in the footer and the
	// stage's details.
	ownGone map[int][]ghostRow
	// before is the old value of each item of the map that changed
	// (a model.Stage, Touchpoint, PainPoint or Opportunity); added are
	// the items the old version did not have.
	before map[common.Item]any
	added  map[common.Item]bool
	// moved are the touchpoints that went to another stage, by key: what
	// they were and the stage they were in. They are not removed from the
	// old stage nor new in the other, as journey diff says.
	moved map[string]movedFrom
	Since string     // the revision, as the user named it
	cur   *model.Map // the map the items are in

	// goalsGone are the goals the map no longer has (see goalchanges.go).
	goalsGone []*model.Goal
}

// ghostRow is a pain point or an opportunity its touchpoint no longer has.
type ghostRow struct {
	pain *model.PainPoint
	opp  *model.Opportunity
}

// changeKeys are ] and [, on only when a map is shown with its changes.
var (
	NextChange = key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next change"))
	PrevChange = key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous change"))
)

// DiffTouchpoints compares two versions of a map touchpoint by touchpoint,
// matching stages and touchpoints by id (or the slug of their name), and
// pain points and opportunities within them by id (or the slug of their
// text).
func DiffTouchpoints(old, cur *model.Map) *Changes {
	ch := &Changes{Marks: map[[2]int]string{}, Says: map[common.Item]string{}, cards: map[int][]model.Touchpoint{},
		rows: map[[2]int][]ghostRow{}, ownGone: map[int][]ghostRow{}, before: map[common.Item]any{}, added: map[common.Item]bool{}, cur: cur}
	if old == nil || cur == nil {
		return ch
	}
	oldStages := map[string]*model.Stage{}
	for i := range old.Stages {
		oldStages[old.Stages[i].Key()] = &old.Stages[i]
	}
	ch.goalsGone = diffItems(ch, old.Goals, cur.Goals, common.GoalItem)
	ch.moved = findMoved(old, cur)
	ch.findRemovedStages(old, cur)
	ch.addGhostStages(-1)
	for si := range cur.Stages {
		s := &cur.Stages[si]
		o, had := oldStages[s.Key()]
		it := common.StageItem(si)
		if !had {
			ch.added[it] = true
			ch.Says[it] = "a new stage: " + s.Label()
			o = &model.Stage{}
		} else if !sameFields(*o, *s) {
			ch.before[it] = *o
			ch.Says[it] = "changed stage: " + s.Label()
		}
		if gone := ch.diffOwnRows(si, o, s); had && len(gone) > 0 {
			ch.Says[it] = "changed stage: " + s.Label() + " (" + removedWords(gone) + ")"
		}
		if ch.Says[it] != "" {
			ch.Order = append(ch.Order, it)
		}
		ch.diffStage(si, o, s)
		ch.addGhostStages(si)
	}
	return ch
}

// diffStage compares the touchpoints of one stage with its old version.
func (ch *Changes) diffStage(si int, old, cur *model.Stage) {
	before := map[string]*model.Touchpoint{}
	for i := range old.Touchpoints {
		before[old.Touchpoints[i].Key()] = &old.Touchpoints[i]
	}
	seen := map[string]bool{}
	for ti := range cur.Touchpoints {
		t := &cur.Touchpoints[ti]
		seen[t.Key()] = true
		it := common.TouchpointItem(si, ti)
		o, had := before[t.Key()]
		mark, says := "✚ new", "a new touchpoint: "+t.Label()
		mv, moved := ch.moved[t.Key()]
		if moved {
			o, had = &mv.tp, true
		}
		if had {
			mark, says = TouchpointChange(*o, *t)
			switch fields := fieldChanges(*o, *t); {
			case mark == "Δ changed" && fields != "":
				says = "changed touchpoint: " + t.Label() + " (" + fields + ")"
			case mark == "Δ changed":
				says = "changed touchpoint: " + t.Label() + " (its pain points or opportunities)"
			case mark != "":
				says = t.Label() + ": " + says
			}
			if moved {
				mark, says = MarkMoved+" moved", "moved from "+mv.stage+": "+t.Label()
			}
			if !sameFields(*o, *t) {
				ch.before[it] = *o
			}
			ch.diffRows(si, ti, o, t)
		} else {
			ch.added[it] = true
		}
		if mark != "" {
			ch.Marks[[2]int{si, ti}], ch.Says[it] = mark, says
			ch.Order = append(ch.Order, it)
		}
		for g, r := range ch.rows[[2]int{si, ti}] {
			gi := ghostItem(si, ti, g, r)
			ch.Says[gi] = "removed " + r.kind() + ": " + r.text()
			ch.Order = append(ch.Order, gi)
		}
	}
	ch.addOwnRows(si, cur)
	for _, t := range old.Touchpoints {
		if _, moved := ch.moved[t.Key()]; !seen[t.Key()] && !moved {
			ch.addGhostCard(si, t)
		}
	}
}

// diffRows compares a touchpoint's pain points and opportunities with its
// old version's: each one changed keeps its old value, each one added is
// new, each one removed becomes a ghost row.
func (ch *Changes) diffRows(si, ti int, old, cur *model.Touchpoint) {
	k := [2]int{si, ti}
	for _, p := range diffItems(ch, old.PainPoints, cur.PainPoints, func(i int) common.Item { return common.PainPointItem(si, ti, i) }) {
		ch.rows[k] = append(ch.rows[k], ghostRow{pain: p})
	}
	for _, o := range diffItems(ch, old.Opportunities, cur.Opportunities, func(i int) common.Item { return common.OpportunityItem(si, ti, i) }) {
		ch.rows[k] = append(ch.rows[k], ghostRow{opp: o})
	}
}

// keyed is a pain point, an opportunity or a goal: matched across
// versions by its key.
type keyed interface {
	model.PainPoint | model.Opportunity | model.Goal
	Key() string
}

// diffItems records which of cur's items are new and which changed (with
// their old values), and returns the old items cur no longer has.
func diffItems[T keyed](ch *Changes, old, cur []T, item func(int) common.Item) []*T {
	before := map[string]*T{}
	for i := range old {
		before[old[i].Key()] = &old[i]
	}
	seen := map[string]bool{}
	for i, x := range cur {
		seen[x.Key()] = true
		switch o, had := before[x.Key()]; {
		case !had:
			ch.added[item(i)] = true
		case !sameFields(*o, x):
			ch.before[item(i)] = *o
		}
	}
	var gone []*T
	for i := range old {
		if !seen[old[i].Key()] {
			gone = append(gone, &old[i])
		}
	}
	return gone
}

// TouchpointChange says how a touchpoint changed (a short mark for its
// card, and words for the footer), or "" when it did not: pain points or
// opportunities added, or changed for anything else.
func TouchpointChange(o, t model.Touchpoint) (mark, says string) {
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
		parts = append(parts, fmt.Sprintf("+%d pain %s", pains, common.Plural(pains, "point", "points")))
		mark = "✚ pain"
	}
	if opps > 0 {
		parts = append(parts, fmt.Sprintf("+%d %s", opps, common.Plural(opps, "opportunity", "opportunities")))
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

// Summary is the footer's word on the changes.
func (ch *Changes) Summary(since string) string {
	var parts []string
	count := func(n int, one, many string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, common.Plural(n, one, many)))
		}
	}
	count(len(ch.Marks), "touchpoint changed", "touchpoints changed")
	stages, removed := map[int]bool{}, 0
	for _, it := range ch.Order {
		switch {
		case it.Ghost > 0:
			removed++
		case it.Touchpoint < 0:
			stages[it.Stage] = true
		}
	}
	for _, gone := range ch.ownGone {
		removed += len(gone)
	}
	count(len(stages), "stage changed", "stages changed")
	count(ch.goalsChanged(), "goal changed", "goals changed")
	count(removed+len(ch.goalsGone), "removed", "removed")
	s := "nothing changed since " + since
	if len(parts) > 0 {
		parts[0] += " since " + since
		s = strings.Join(parts, ", ")
	}
	if len(ch.Order) > 0 {
		s += " · ] next, [ previous"
	}
	if len(ch.stages) > 0 {
		names := make([]string, len(ch.stages))
		for i, g := range ch.stages {
			names[i] = g.stage.Label()
		}
		s += " · removed " + common.Plural(len(names), "stage", "stages") + ": " + common.Sanitize(strings.Join(names, ", "))
	}
	return s
}

// StepIndex is the index d steps from at among n, going round; from
// nowhere (at < 0), forward is the first and back the last.
func StepIndex(at, d, n int) int {
	switch {
	case at >= 0:
		return ((at+d)%n + n) % n
	case d < 0:
		return n - 1
	}
	return 0
}
