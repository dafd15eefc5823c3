package model

import "slices"

// derived keeps the figures the screens derive from a whole map (the
// funnel, the personas with a curve of their own) between edits that
// cannot change them, so that an emotion changed on a map of 50,000
// touchpoints does not walk all of them again. Only a map a Doc decoded
// has one: the Doc is the only thing that changes it, and it drops what
// an edit may have changed (patchDerived). A map built by hand has none
// and its figures are computed each time. What they hand out is shared
// between callers, as the map itself is: read-only.
type derived struct {
	funnel   []FunnelStep
	personas []string
	hasF     bool
	hasP     bool
}

// patchDerived forgets the figures that a patch of field may change. The
// fields patch takes are leaves: none is a persona's key or an emotion's
// persona, so the curve personas stay; the funnel counts `reached` and
// pain points' `drop_off`.
func patchDerived(m *Map, field string) {
	if m.derived != nil && (field == "reached" || field == "drop_off") {
		m.derived.hasF = false
	}
}

func funnelOf(m *Map) []FunnelStep {
	if m.derived == nil {
		return funnel(m)
	}
	if !m.derived.hasF {
		m.derived.funnel, m.derived.hasF = funnel(m), true
	}
	return m.derived.funnel
}

func curvePersonasOf(m *Map) []string {
	if m.derived == nil {
		return curvePersonas(m)
	}
	if !m.derived.hasP {
		m.derived.personas, m.derived.hasP = curvePersonas(m), true
	}
	return slices.Clone(m.derived.personas)
}
