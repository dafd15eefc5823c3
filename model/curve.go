package model

import (
	"strconv"
	"strings"
)

// CurvePoint is one touchpoint's emotion in journey order.
type CurvePoint struct {
	Stage, Touchpoint int  // indexes in Map.Stages and the stage's Touchpoints
	Value             int  // -2..2
	OK                bool // false: no emotion recorded
}

// EmotionCurve is every touchpoint's emotion for a persona in journey order
// (stages in order, touchpoints in order); persona "" is the default
// emotion. Touchpoints without an emotion keep their place with OK false,
// so that a curve's points line up with the touchpoints drawn beside it.
func EmotionCurve(m *Map, persona string) []CurvePoint {
	if m == nil {
		return nil
	}
	var pts []CurvePoint
	for si, s := range m.Stages {
		for ti, t := range s.Touchpoints {
			v, ok := t.EmotionFor(persona)
			pts = append(pts, CurvePoint{Stage: si, Touchpoint: ti, Value: v, OK: ok})
		}
	}
	return pts
}

// StageMean is one stage's mean emotion.
type StageMean struct {
	Stage int     // index in Map.Stages
	Mean  float64 // 0 when N == 0
	N     int     // touchpoints with an emotion
}

// StageMeans is each stage's mean emotion for a persona, one per stage in
// order; touchpoints without an emotion are left out of the mean rather
// than counted as neutral.
func StageMeans(m *Map, persona string) []StageMean {
	if m == nil {
		return nil
	}
	means := make([]StageMean, len(m.Stages))
	for si := range m.Stages {
		means[si] = StageMeanOf(m, si, func(t Touchpoint) (float64, bool) {
			v, ok := t.EmotionFor(persona)
			return float64(v), ok
		})
	}
	return means
}

// StageMeanOf is stage si's mean emotion as emotion reads each touchpoint
// (a persona's, a segment's mean), so that a screen showing one stage
// costs that stage and not the map.
func StageMeanOf(m *Map, si int, emotion func(Touchpoint) (float64, bool)) StageMean {
	sum, n := 0.0, 0
	for _, t := range m.Stages[si].Touchpoints {
		if v, ok := emotion(t); ok {
			sum += v
			n++
		}
	}
	if n == 0 {
		return StageMean{Stage: si}
	}
	return StageMean{Stage: si, Mean: sum / float64(n), N: n}
}

// CurvePersonas lists the personas that have a curve of their own: the ids
// named in any touchpoint's `emotions`, in the order of Map.Personas, then
// ids no persona carries (which lint reports) in first-seen order, so that
// a typo still shows as a curve the author can spot. A persona is matched
// by its Key (its id, or the slug of its name). An empty id is skipped:
// its curve would be the default one.
func CurvePersonas(m *Map) []string {
	if m == nil {
		return nil
	}
	return curvePersonasOf(m)
}

func curvePersonas(m *Map) []string {
	named := map[string]bool{}
	var seen []string
	for _, s := range m.Stages {
		for _, t := range s.Touchpoints {
			for _, e := range t.Emotions {
				if e.Persona != "" && !named[e.Persona] {
					named[e.Persona] = true
					seen = append(seen, e.Persona)
				}
			}
		}
	}
	var ids []string
	listed := map[string]bool{}
	for _, p := range m.Personas {
		if k := p.Key(); named[k] && !listed[k] {
			listed[k] = true
			ids = append(ids, k)
		}
	}
	for _, id := range seen {
		if !listed[id] {
			ids = append(ids, id)
		}
	}
	return ids
}

// FormatMean is a mean emotion or a gap of means with its sign and up to
// two decimals ("+0.67", "-0.5", "0"), as every screen and report shows it.
func FormatMean(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	switch {
	case s == "-0" || s == "0":
		return "0"
	case f > 0:
		return "+" + s
	}
	return s
}
