package board

import (
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// MarkMoved marks a touchpoint that another stage had in the revision
// shown (journey view --changes).
const MarkMoved = "⇄"

// movedFrom is a touchpoint as the revision had it and the label of the
// stage it was in.
type movedFrom struct {
	tp    model.Touchpoint
	stage string
}

// findMoved lists the touchpoints of cur that old had in another stage,
// by key. A touchpoint is followed across stages only when its key names
// one touchpoint in each version, as journey diff follows it.
func findMoved(old, cur *model.Map) map[string]movedFrom {
	type place struct {
		stage string // the stage's key
		label string // the stage's label
		tp    *model.Touchpoint
		n     int
	}
	places := func(m *model.Map) map[string]*place {
		at := map[string]*place{}
		for si := range m.Stages {
			s := &m.Stages[si]
			for ti := range s.Touchpoints {
				k := s.Touchpoints[ti].Key()
				if p := at[k]; p != nil {
					p.n++
					continue
				}
				at[k] = &place{s.Key(), s.Label(), &s.Touchpoints[ti], 1}
			}
		}
		return at
	}
	was, is := places(old), places(cur)
	out := map[string]movedFrom{}
	for k, p := range is {
		if o := was[k]; o != nil && o.n == 1 && p.n == 1 && o.stage != p.stage {
			out[k] = movedFrom{*o.tp, o.label}
		}
	}
	return out
}

// movedFrom says where touchpoint item it was in the revision, when it
// was in another stage.
func (ch *Changes) movedFrom(it common.Item) (movedFrom, bool) {
	r, ok := common.Resolve(ch.cur, it)
	if !ok || it.Kind != common.KindTouchpoint {
		return movedFrom{}, false
	}
	mv, ok := ch.moved[r.Tp.Key()]
	return mv, ok
}
