package model

// mapIndex is what a full decode's map-wide checks know of the typed map,
// kept beside it for the structural patch: how many items claim each key
// of each scope, and how many references name each key of each kind. It
// is built from the typed map after a full decode, updated by each patch,
// and dropped by the next full decode.
type mapIndex struct {
	keys map[scopedKey]int
	refs map[scopedKey]int
	// legacy tells that some reference resolves only through the slug
	// its target's name had before transliteration, a warning the patch
	// does not keep.
	legacy bool
}

type scopedKey struct{ scope, key string }

// The scopes of keys. A pain point's key (its id or the slug of its
// text) is what references name; its id alone must be unique.
const (
	scopePersona = "persona"
	scopeGoal    = "goal"
	scopeStage   = "stage"
	scopeTouch   = "touchpoint"
	scopePainID  = "pain point id"
	scopeOppID   = "opportunity id"
	scopePainKey = "pain point"
	scopeOppKey  = "opportunity" // an opportunity's id or the slug of its text
)

// uniqueScopes are the scopes whose keys a decode claims once.
var uniqueScopes = []string{scopeTouch, scopePainID, scopeOppID}

func buildIndex(m *Map) *mapIndex {
	x := &mapIndex{keys: map[scopedKey]int{}, refs: map[scopedKey]int{}}
	for _, p := range m.Personas {
		x.claim(scopePersona, p.Key(), 1)
	}
	for _, g := range m.Goals {
		x.claim(scopeGoal, g.Key(), 1)
		for _, s := range g.Stages {
			x.refs[scopedKey{scopeStage, s}]++
		}
	}
	for _, s := range m.Stages {
		x.claim(scopeStage, s.Key(), 1)
		for _, t := range s.Touchpoints {
			x.add(t, 1)
		}
		for _, p := range s.PainPoints {
			x.add(p, 1)
		}
		for _, o := range s.Opportunities {
			x.add(o, 1)
		}
	}
	for r, n := range x.refs {
		if n > 0 && x.keys[r] == 0 {
			x.legacy = true
		}
	}
	return x
}

func (x *mapIndex) claim(scope, key string, by int) {
	if key != "" {
		x.keys[scopedKey{scope, key}] += by
	}
}

// each calls fn for every key an item (a touchpoint with what it holds, a
// pain point or an opportunity) claims, and ref for every reference in it.
func eachKey(v any, fn func(scope, key string), ref func(kind, key string)) {
	pain := func(p PainPoint) {
		if p.ID != "" {
			fn(scopePainID, p.ID)
		}
		if k := p.Key(); k != "" {
			fn(scopePainKey, k)
		}
	}
	opp := func(o Opportunity) {
		if o.ID != "" {
			fn(scopeOppID, o.ID)
		}
		if k := o.Key(); k != "" {
			fn(scopeOppKey, k)
		}
		for _, a := range o.Addresses {
			ref(scopePainKey, a)
		}
		for _, g := range o.Goals {
			ref(scopeGoal, g)
		}
	}
	switch it := v.(type) {
	case Touchpoint:
		if k := it.Key(); k != "" {
			fn(scopeTouch, k)
		}
		for _, e := range it.Emotions {
			ref(scopePersona, e.Persona)
		}
		for _, p := range it.PainPoints {
			pain(p)
		}
		for _, o := range it.Opportunities {
			opp(o)
		}
	case PainPoint:
		pain(it)
	case Opportunity:
		opp(it)
	}
}

// add counts an item's keys and references in (by 1) or out (by -1).
func (x *mapIndex) add(v any, by int) {
	eachKey(v,
		func(scope, key string) { x.keys[scopedKey{scope, key}] += by },
		func(kind, key string) { x.refs[scopedKey{kind, key}] += by })
}

// taken reports whether an item claims a key another item has.
func (x *mapIndex) taken(v any) bool {
	clash := false
	eachKey(v, func(scope, key string) {
		for _, u := range uniqueScopes {
			if scope == u && x.keys[scopedKey{scope, key}] > 0 {
				clash = true
			}
		}
	}, func(string, string) {})
	return clash
}

// orphans reports whether an item just counted out took with it the last
// key that a reference names.
func (x *mapIndex) orphans(v any) bool {
	lost := false
	eachKey(v, func(scope, key string) {
		k := scopedKey{scope, key}
		if x.keys[k] == 0 && x.refs[k] > 0 {
			lost = true
		}
	}, func(string, string) {})
	return lost
}

// resolvesAll reports whether every reference a decoder recorded names a
// key the map has now.
func (x *mapIndex) resolvesAll(refs []mapRef) bool {
	for _, r := range refs {
		if x.keys[scopedKey{r.kind, r.key}] == 0 {
			return false
		}
	}
	return true
}
