package model

// FunnelStep is one stage of the funnel.
type FunnelStep struct {
	Stage      int // index in Map.Stages
	Reached    int
	HasReached bool
	DropOff    float64 // fraction lost since the previous stage that has a reached count (0.25 = 25%); may be negative when more customers arrive than left the previous stage
	HasDropOff bool    // false for the first stage with a count, or when this stage has none, or the previous count is 0
	Conversion float64 // Reached / first stage's Reached
	Abandons   int     // number of drop_off pain points in the stage (stage-level and its touchpoints)
}

// Funnel derives one step per stage, in order. For a map a Doc decoded
// the steps are kept between edits and shared: treat them as read-only.
//
// Stages without a `reached` count are skipped over rather than read as
// zero: a gap in the data is not a stage everyone left. Drop-off therefore
// compares a stage with the nearest earlier stage that has a count, and
// conversion is measured against the first stage that has one. A previous
// count of 0 (or below, which lint reports) gives no drop-off, and a first
// count of 0 gives a conversion of 0, since there is nothing to divide by.
func Funnel(m *Map) []FunnelStep {
	if m == nil {
		return nil
	}
	return funnelOf(m)
}

func funnel(m *Map) []FunnelStep {
	steps := make([]FunnelStep, len(m.Stages))
	var first, prev *int
	for i, s := range m.Stages {
		st := FunnelStep{Stage: i, Abandons: abandons(s)}
		if s.Reached != nil {
			n := *s.Reached
			st.Reached, st.HasReached = n, true
			if first == nil {
				first = s.Reached
			}
			if *first > 0 {
				st.Conversion = float64(n) / float64(*first)
			}
			if prev != nil && *prev > 0 {
				st.DropOff = float64(*prev-n) / float64(*prev)
				st.HasDropOff = true
			}
			prev = s.Reached
		}
		steps[i] = st
	}
	return steps
}

func abandons(s Stage) int {
	n := countDropOffs(s.PainPoints)
	for _, t := range s.Touchpoints {
		n += countDropOffs(t.PainPoints)
	}
	return n
}

func countDropOffs(pps []PainPoint) int {
	n := 0
	for _, p := range pps {
		if p.DropOff {
			n++
		}
	}
	return n
}

// WorstStep is the index of the step with the largest drop-off, -1 if none.
// Only a step that loses customers counts: when every stage gains, there is
// no leak to point at. Of equal drop-offs the earliest wins, because fixing
// a leak upstream changes everything below it.
func WorstStep(steps []FunnelStep) int {
	worst := -1
	for i, s := range steps {
		if s.HasDropOff && s.DropOff > 0 && (worst < 0 || s.DropOff > steps[worst].DropOff) {
			worst = i
		}
	}
	return worst
}
