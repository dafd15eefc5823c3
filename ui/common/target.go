package common

import (
	"strconv"

	"github.com/journey-maps/journey/model"
)

// Where an Item lives in the document, so that the editor can turn a
// selection into an edit. The typed map's lists follow the file's lists
// item for item, so an index in one is an index in the other.

// LocOf is the model's name for a board item.
func LocOf(it Item) model.Loc {
	l := model.Loc{Stage: it.Stage, Touchpoint: it.Touchpoint, Item: -1}
	switch it.Kind {
	case KindStage:
		l.Touchpoint = -1
	case KindPainPoint:
		l.Kind, l.Item = "pain_points", it.Index
	case KindOpportunity:
		l.Kind, l.Item = "opportunities", it.Index
	}
	return l
}

// Path is the item's address in the document, which the session's edits
// take.
func (it Item) Path() model.Path {
	switch it.Kind {
	case KindGoal:
		return model.Path{"goals", strconv.Itoa(it.Index)}
	case KindPersona:
		return model.Path{"personas", strconv.Itoa(it.Index)}
	case KindMap:
		return model.Path{}
	}
	return LocOf(it).Path()
}

// ListOf is the list an item sits in and its index there.
func ListOf(it Item) (model.Path, int) {
	p := it.Path()
	i, _ := strconv.Atoi(p[len(p)-1])
	return append(model.Path{}, p[:len(p)-1]...), i
}

// At is the item at index i of the same list.
func (it Item) At(i int) Item {
	switch it.Kind {
	case KindStage:
		it.Stage = i
	case KindTouchpoint:
		it.Touchpoint = i
	default:
		it.Index = i
	}
	return it
}

// Owner is the touchpoint a pain point or opportunity belongs to, or its
// stage when it belongs to the stage itself.
func (it Item) Owner() Item {
	if it.Touchpoint >= 0 {
		return TouchpointItem(it.Stage, it.Touchpoint)
	}
	return StageItem(it.Stage)
}

// ListLen is the length of the list an item sits in.
func ListLen(m *model.Map, it Item) int {
	switch it.Kind {
	case KindStage:
		return len(m.Stages)
	case KindGoal:
		return len(m.Goals)
	case KindPersona:
		return len(m.Personas)
	}
	if it.Stage < 0 || it.Stage >= len(m.Stages) {
		return 0
	}
	s := &m.Stages[it.Stage]
	if it.Kind == KindTouchpoint {
		return len(s.Touchpoints)
	}
	pains, opps := s.PainPoints, s.Opportunities
	if it.Touchpoint >= 0 {
		if it.Touchpoint >= len(s.Touchpoints) {
			return 0
		}
		pains, opps = s.Touchpoints[it.Touchpoint].PainPoints, s.Touchpoints[it.Touchpoint].Opportunities
	}
	if it.Kind == KindPainPoint {
		return len(pains)
	}
	return len(opps)
}

// KindName is what people call an item's kind.
func KindName(k ItemKind) string {
	return [...]string{"item", "stage", "touchpoint", "pain point", "opportunity", "goal", "persona", "map"}[k]
}

// NameOf is an item's name for status lines and labels, shortened.
func NameOf(m *model.Map, it Item) string {
	r, ok := Resolve(m, it)
	if !ok {
		return KindName(it.Kind)
	}
	var s string
	switch it.Kind {
	case KindStage:
		s = r.Stage.Label()
	case KindTouchpoint:
		s = r.Tp.Label()
	case KindPainPoint:
		s = r.Pain.Text
	case KindOpportunity:
		s = r.Opp.Text
	case KindGoal:
		s = r.Goal.Label()
	case KindPersona:
		s = r.Persona.Label()
	case KindMap:
		s = m.Title
	}
	if r := []rune(s); len(r) > 30 {
		s = string(r[:29]) + Ellipsis
	}
	return s
}

// NameField is the field that names an item: text for pain points and
// opportunities, title for the map, name for the rest.
func NameField(k ItemKind) string {
	switch k {
	case KindPainPoint, KindOpportunity:
		return "text"
	case KindMap:
		return "title"
	}
	return "name"
}

// ItemAt is the board item a document path points into: the touchpoint
// for anything inside one, a stage's own pain point or opportunity, or
// the stage. ok is false for paths outside the stages.
func ItemAt(p model.Path) (Item, bool) {
	num := func(i int) (int, bool) {
		if i >= len(p) {
			return 0, false
		}
		n, err := strconv.Atoi(p[i])
		return n, err == nil && n >= 0
	}
	if len(p) < 2 || p[0] != "stages" {
		return Item{}, false
	}
	s, ok := num(1)
	if !ok {
		return Item{}, false
	}
	if len(p) >= 4 {
		i, ok := num(3)
		switch {
		case !ok:
		case p[2] == "touchpoints":
			return TouchpointItem(s, i), true
		case p[2] == "pain_points":
			return PainPointItem(s, -1, i), true
		case p[2] == "opportunities":
			return OpportunityItem(s, -1, i), true
		}
	}
	return StageItem(s), true
}
