package common

import "github.com/journey-maps/journey/model"

// ItemKind says what an Item points at.
type ItemKind int

// The kinds of item a selection can point at.
const (
	KindNone ItemKind = iota
	KindStage
	KindTouchpoint
	KindPainPoint
	KindOpportunity
	KindGoal
	KindPersona
	KindMap // the map's own fields: title, state, owner, tags
)

// Item locates one selectable thing in a map by indexes, so that the
// detail pane can show it and edits (issue 4) can address it.
//
// Stage and Touchpoint locate stages, touchpoints and what hangs off them;
// Touchpoint is -1 for a stage's own pain points and opportunities. Index
// is the position in the list the kind names: the pain point or
// opportunity within its owner, the goal in Map.Goals, the persona in
// Map.Personas.
type Item struct {
	Kind       ItemKind
	Stage      int
	Touchpoint int
	Index      int
	// Ghost, from 1, is an item another version of the map had and this
	// one has not (journey view --changes): it is shown, never resolved.
	Ghost int
}

// StageItem is the item for a stage.
func StageItem(s int) Item { return Item{Kind: KindStage, Stage: s, Touchpoint: -1} }

// TouchpointItem is the item for a touchpoint.
func TouchpointItem(s, t int) Item { return Item{Kind: KindTouchpoint, Stage: s, Touchpoint: t} }

// GoalItem is the item for a goal.
func GoalItem(i int) Item { return Item{Kind: KindGoal, Stage: -1, Touchpoint: -1, Index: i} }

// PersonaItem is the item for a persona.
func PersonaItem(i int) Item { return Item{Kind: KindPersona, Stage: -1, Touchpoint: -1, Index: i} }

// MapItem is the item for the map itself, its top-level fields.
func MapItem() Item { return Item{Kind: KindMap, Stage: -1, Touchpoint: -1} }

// PainPointItem is the item for a pain point of a touchpoint (t >= 0) or of
// a stage (t == -1).
func PainPointItem(s, t, i int) Item {
	return Item{Kind: KindPainPoint, Stage: s, Touchpoint: t, Index: i}
}

// OpportunityItem is the item for an opportunity of a touchpoint (t >= 0)
// or of a stage (t == -1).
func OpportunityItem(s, t, i int) Item {
	return Item{Kind: KindOpportunity, Stage: s, Touchpoint: t, Index: i}
}

// Selector is what a pane implements when its selection can be shown in
// the detail pane (the board, and the panels that list items).
type Selector interface {
	Selected() (Item, bool)
}

// resolved is an Item looked up in a map; only the field its kind names is
// set. Lookups are bounds-checked because a reload can shrink the map
// under a stale selection.
type resolved struct {
	Stage   *model.Stage
	Tp      *model.Touchpoint
	Pain    *model.PainPoint
	Opp     *model.Opportunity
	Goal    *model.Goal
	Persona *model.Persona
}

func Resolve(m *model.Map, it Item) (resolved, bool) {
	var r resolved
	if m == nil || it.Ghost > 0 {
		return r, false
	}
	switch it.Kind {
	case KindGoal:
		if it.Index < 0 || it.Index >= len(m.Goals) {
			return r, false
		}
		r.Goal = &m.Goals[it.Index]
		return r, true
	case KindPersona:
		if it.Index < 0 || it.Index >= len(m.Personas) {
			return r, false
		}
		r.Persona = &m.Personas[it.Index]
		return r, true
	case KindMap:
		return r, true
	case KindNone:
		return r, false
	}
	if it.Stage < 0 || it.Stage >= len(m.Stages) {
		return r, false
	}
	r.Stage = &m.Stages[it.Stage]
	pains, opps := r.Stage.PainPoints, r.Stage.Opportunities
	if it.Touchpoint >= 0 {
		if it.Touchpoint >= len(r.Stage.Touchpoints) {
			return r, false
		}
		r.Tp = &r.Stage.Touchpoints[it.Touchpoint]
		pains, opps = r.Tp.PainPoints, r.Tp.Opportunities
	}
	switch it.Kind {
	case KindStage:
		return r, true
	case KindTouchpoint:
		return r, r.Tp != nil
	case KindPainPoint:
		if it.Index < 0 || it.Index >= len(pains) {
			return r, false
		}
		r.Pain = &pains[it.Index]
		return r, true
	case KindOpportunity:
		if it.Index < 0 || it.Index >= len(opps) {
			return r, false
		}
		r.Opp = &opps[it.Index]
		return r, true
	}
	return r, false
}
