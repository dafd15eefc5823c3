package model

import (
	"runtime"
	"sync"
	"weak"
)

// derived keeps the figures the screens derive from a whole map (the
// funnel, the personas with a curve of their own) between edits that
// cannot change them, so that an emotion changed on a map of 50,000
// touchpoints does not walk all of them again. Only a map a Doc decoded
// has one: the Doc is the only thing that changes it, and it drops what
// an edit may have changed (patchDerived). A map built by hand has none
// and its figures are computed each time. What they hand out is shared
// between callers, as the map itself is: read-only.
//
// They live beside the map, not in it, so that two maps with the same
// content stay equal however their figures were asked for; an entry goes
// when its map is collected.
type derived struct {
	mu       sync.Mutex
	funnel   []FunnelStep
	personas []string
	links    bool
	hasF     bool
	hasP     bool
	hasL     bool
}

var derivedOf sync.Map // weak.Pointer[Map] → *derived

// keepDerived starts keeping the figures of a map a Doc decoded.
func keepDerived(m *Map) {
	k := weak.Make(m)
	derivedOf.Store(k, &derived{})
	runtime.AddCleanup(m, func(k weak.Pointer[Map]) { derivedOf.Delete(k) }, k)
}

func derivedFor(m *Map) *derived {
	if v, ok := derivedOf.Load(weak.Make(m)); ok {
		return v.(*derived)
	}
	return nil
}

// patchDerived forgets the figures that a patch of field may change. The
// fields patch takes are leaves: none is a persona's key or an emotion's
// persona, so the curve personas stay, and none adds or removes an item of
// a list, so whether an opportunity names a goal stays; the funnel counts
// `reached` and pain points' `drop_off`.
func patchDerived(m *Map, field string) {
	if dv := derivedFor(m); dv != nil && (field == "reached" || field == "drop_off") {
		dv.mu.Lock()
		dv.hasF = false
		dv.mu.Unlock()
	}
}

// kept is the figure compute derives from m, kept in the slot that field
// picks of m's derived figures until an edit drops it; a map without kept
// figures has it computed each time.
func kept[T any](m *Map, field func(*derived) (*T, *bool), compute func(*Map) T) T {
	dv := derivedFor(m)
	if dv == nil {
		return compute(m)
	}
	dv.mu.Lock()
	defer dv.mu.Unlock()
	v, has := field(dv)
	if !*has {
		*v, *has = compute(m), true
	}
	return *v
}

func funnelOf(m *Map) []FunnelStep {
	return kept(m, func(dv *derived) (*[]FunnelStep, *bool) { return &dv.funnel, &dv.hasF }, funnel)
}

func curvePersonasOf(m *Map) []string {
	ps := kept(m, func(dv *derived) (*[]string, *bool) { return &dv.personas, &dv.hasP }, curvePersonas)
	return append([]string(nil), ps...)
}

// LinksGoals reports whether any opportunity of the map names a goal in
// its goals, which most maps never do: the goals panel then skips ranking
// the opportunities on every edit.
func LinksGoals(m *Map) bool {
	return kept(m, func(dv *derived) (*bool, *bool) { return &dv.links, &dv.hasL }, linksGoals)
}

// linksGoals reads the items in place (a touchpoint copied per step would
// cost more than the scan) and stops at the first link.
func linksGoals(m *Map) bool {
	for si := range m.Stages {
		s := &m.Stages[si]
		for oi := range s.Opportunities {
			if len(s.Opportunities[oi].Goals) > 0 {
				return true
			}
		}
		for ti := range s.Touchpoints {
			t := &s.Touchpoints[ti]
			for oi := range t.Opportunities {
				if len(t.Opportunities[oi].Goals) > 0 {
					return true
				}
			}
		}
	}
	return false
}
