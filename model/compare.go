package model

// Comparison is a current map set beside its ideal counterpart: the
// "current vs ideal" view the seed articles' step "define the ideal
// journey" asks for.
type Comparison struct {
	Stages []StageGap
	// OnlyCurrent and OnlyIdeal are touchpoints one map has and the other
	// does not, matched by key across the whole map.
	OnlyCurrent, OnlyIdeal []TouchRef
	// Closed are the current map's pain points the ideal no longer has.
	Closed []PainRef
	// Closing are the opportunities (of either map) whose addresses name a
	// pain point in Closed: the work that gets from one map to the other.
	Closing []OppRef
}

// StageGap is one stage's mean emotion in each map; a stage that only one
// map has, or that has no emotions in a map, has nil there and no gap.
type StageGap struct {
	Key, Name      string
	Current, Ideal *float64
	Gap            *float64 // Ideal - Current: positive when the ideal is better
	// In is the stage's index in the current map and in the ideal, -1
	// where that map has no such stage.
	In [2]int
}

// TouchRef names a touchpoint and its stage.
type TouchRef struct{ Stage, Key, Name string }

// PainRef names a pain point and where it is: Touchpoint is "" for a
// stage's own pain point.
type PainRef struct {
	Stage, Touchpoint string
	Key, Text         string
}

// OppRef names an opportunity, where it is, and the closed pain points it
// addresses.
type OppRef struct {
	Map               string // "current" or "ideal"
	Stage, Touchpoint string
	Key, Text         string
	Addresses         []string
}

// Place is where the pain point is: its stage, then its touchpoint.
func (p PainRef) Place() string { return place(p.Stage, p.Touchpoint) }

// Place is where the opportunity is: its stage, then its touchpoint.
func (o OppRef) Place() string { return place(o.Stage, o.Touchpoint) }

func place(stage, touchpoint string) string {
	if touchpoint == "" {
		return stage
	}
	return stage + " › " + touchpoint
}

// Compare sets a current map beside its ideal. Stages are matched by key
// (id, else the slug of the name), in the current map's order, then the
// stages only the ideal has. Means are of the touchpoints' own emotions,
// as the board's curve shows them.
func Compare(cur, ideal *Map) Comparison {
	var c Comparison
	cm, im := StageMeans(cur, ""), StageMeans(ideal, "")
	seen := map[string]bool{}
	mean := func(ms []StageMean, i int) *float64 {
		if ms[i].N == 0 {
			return nil
		}
		v := ms[i].Mean
		return &v
	}
	for i, j := range MatchStages(cur, ideal) {
		s := cur.Stages[i]
		g := StageGap{Key: s.Key(), Name: s.Label(), Current: mean(cm, i), In: [2]int{i, j}}
		if j >= 0 {
			g.Ideal = mean(im, j)
		}
		seen[s.Key()] = true
		if g.Current != nil && g.Ideal != nil {
			gap := *g.Ideal - *g.Current
			g.Gap = &gap
		}
		c.Stages = append(c.Stages, g)
	}
	for j, s := range ideal.Stages {
		if !seen[s.Key()] {
			seen[s.Key()] = true
			c.Stages = append(c.Stages, StageGap{Key: s.Key(), Name: s.Label(), Ideal: mean(im, j), In: [2]int{-1, j}})
		}
	}

	ct, it := touchKeys(cur), touchKeys(ideal)
	c.OnlyCurrent, c.OnlyIdeal = onlyIn(cur, it), onlyIn(ideal, ct)

	ip := map[string]bool{}
	eachPain(ideal, func(p PainRef) { ip[p.Key] = true })
	closed := map[string]bool{}
	eachPain(cur, func(p PainRef) {
		if !ip[p.Key] {
			c.Closed = append(c.Closed, p)
			closed[p.Key] = true
		}
	})
	done := map[string]bool{}
	for _, side := range []struct {
		name string
		m    *Map
	}{{"current", cur}, {"ideal", ideal}} {
		eachOpp(side.m, func(o OppRef) {
			var hits []string
			for _, a := range o.Addresses {
				if closed[a] {
					hits = append(hits, a)
				}
			}
			where := o.Stage + "/" + o.Touchpoint + "/" + o.Key
			if len(hits) > 0 && !done[where] {
				done[where] = true
				o.Map, o.Addresses = side.name, hits
				c.Closing = append(c.Closing, o)
			}
		})
	}
	return c
}

// MatchStages is, for each stage of cur, the index of the ideal's stage
// with the same key (id, else the slug of the name), or -1; a key the
// current map repeats matches only its first stage.
func MatchStages(cur, ideal *Map) []int {
	at := map[string]int{}
	for i, s := range ideal.Stages {
		if _, dup := at[s.Key()]; !dup {
			at[s.Key()] = i
		}
	}
	out := make([]int, len(cur.Stages))
	seen := map[string]bool{}
	for i, s := range cur.Stages {
		out[i] = -1
		if j, ok := at[s.Key()]; ok && !seen[s.Key()] {
			out[i] = j
		}
		seen[s.Key()] = true
	}
	return out
}

func touchKeys(m *Map) map[string]bool {
	at := map[string]bool{}
	for _, s := range m.Stages {
		for _, t := range s.Touchpoints {
			at[t.Key()] = true
		}
	}
	return at
}

func onlyIn(m *Map, other map[string]bool) []TouchRef {
	var out []TouchRef
	for _, s := range m.Stages {
		for _, t := range s.Touchpoints {
			if !other[t.Key()] {
				out = append(out, TouchRef{Stage: s.Label(), Key: t.Key(), Name: t.Label()})
			}
		}
	}
	return out
}

func eachPain(m *Map, f func(PainRef)) {
	for _, s := range m.Stages {
		for _, p := range s.PainPoints {
			f(PainRef{Stage: s.Label(), Key: p.Key(), Text: p.Text})
		}
		for _, t := range s.Touchpoints {
			for _, p := range t.PainPoints {
				f(PainRef{Stage: s.Label(), Touchpoint: t.Label(), Key: p.Key(), Text: p.Text})
			}
		}
	}
}

func eachOpp(m *Map, f func(OppRef)) {
	for _, s := range m.Stages {
		for _, o := range s.Opportunities {
			f(OppRef{Stage: s.Label(), Key: o.Key(), Text: o.Text, Addresses: o.Addresses})
		}
		for _, t := range s.Touchpoints {
			for _, o := range t.Opportunities {
				f(OppRef{Stage: s.Label(), Touchpoint: t.Label(), Key: o.Key(), Text: o.Text, Addresses: o.Addresses})
			}
		}
	}
}
