package model

import (
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// patch updates the typed map for a set of one leaf field that nothing
// else refers to (an emotion, a vote count, a name, a severity), so that
// the editor's most frequent edits cost the same on a map of any size. It
// reports false when the map must be decoded again: ids, references,
// lists, dates that feed warnings, and anything it does not know.
func patch(m *Map, p yamldoc.Path, v *yaml.Node) bool {
	if v == nil || v.Kind != yaml.ScalarNode || len(p) < 2 {
		return false
	}
	idx := func(s string, n int) (int, bool) {
		i, err := strconv.Atoi(s)
		return i, err == nil && i >= 0 && i < n
	}
	field := p[len(p)-1]
	switch {
	case p[0] == "stages" && len(p) == 3:
		si, ok := idx(p[1], len(m.Stages))
		return ok && patchStage(&m.Stages[si], field, v)
	case p[0] == "stages" && len(p) == 5 && p[2] == "touchpoints":
		si, ok := idx(p[1], len(m.Stages))
		if !ok {
			return false
		}
		ti, ok := idx(p[3], len(m.Stages[si].Touchpoints))
		return ok && patchTouchpoint(&m.Stages[si].Touchpoints[ti], field, v)
	case p[0] == "stages" && len(p) == 7 && p[2] == "touchpoints":
		si, ok := idx(p[1], len(m.Stages))
		if !ok {
			return false
		}
		ti, ok := idx(p[3], len(m.Stages[si].Touchpoints))
		if !ok {
			return false
		}
		t := &m.Stages[si].Touchpoints[ti]
		switch p[4] {
		case "pain_points":
			i, ok := idx(p[5], len(t.PainPoints))
			return ok && patchPain(&t.PainPoints[i], field, v)
		case "opportunities":
			i, ok := idx(p[5], len(t.Opportunities))
			return ok && patchOpportunity(&t.Opportunities[i], m.Method, field, v)
		}
	case p[0] == "stages" && len(p) == 5:
		si, ok := idx(p[1], len(m.Stages))
		if !ok {
			return false
		}
		s := &m.Stages[si]
		switch p[2] {
		case "pain_points":
			i, ok := idx(p[3], len(s.PainPoints))
			return ok && patchPain(&s.PainPoints[i], field, v)
		case "opportunities":
			i, ok := idx(p[3], len(s.Opportunities))
			return ok && patchOpportunity(&s.Opportunities[i], m.Method, field, v)
		}
	case p[0] == "goals" && len(p) == 3:
		gi, ok := idx(p[1], len(m.Goals))
		return ok && patchGoal(&m.Goals[gi], field, v)
	}
	return false
}

func patchStage(s *Stage, field string, v *yaml.Node) bool {
	switch field {
	case "name":
		return s.ID != "" && setString(&s.Name, v)
	case "description":
		return setString(&s.Description, v)
	case "customer_goal":
		return setString(&s.CustomerGoal, v)
	case "journey":
		return setString(&s.Journey, v)
	case "reached":
		var n int
		if !setCount(&n, v) {
			return false
		}
		s.Reached = &n
		return true
	}
	return false
}

func patchTouchpoint(t *Touchpoint, field string, v *yaml.Node) bool {
	switch field {
	case "name":
		return t.ID != "" && setString(&t.Name, v)
	case "channel":
		return setString(&t.Channel, v)
	case "owner":
		return setString(&t.Owner, v)
	case "feeling":
		return setString(&t.Feeling, v)
	case "evidence":
		return setString(&t.Evidence, v)
	case "notes":
		return setString(&t.Notes, v)
	case "emotion":
		var n int
		if v.ShortTag() != "!!int" || decodeScalar(v, &n) != nil || n < MinEmotion || n > MaxEmotion {
			return false
		}
		t.Emotion = &n
		return true
	}
	return false
}

func patchPain(pp *PainPoint, field string, v *yaml.Node) bool {
	switch field {
	case "text":
		return pp.ID != "" && strings.TrimSpace(v.Value) != "" && setString(&pp.Text, v)
	case "severity":
		return setEnum(&pp.Severity, v, Severities)
	case "votes":
		return setCount(&pp.Votes, v)
	case "evidence":
		return setString(&pp.Evidence, v)
	case "drop_off":
		if v.ShortTag() != "!!bool" {
			return false
		}
		pp.DropOff = v.Value == "true"
		return v.Value == "true" || v.Value == "false"
	}
	return false
}

func patchOpportunity(o *Opportunity, method, field string, v *yaml.Node) bool {
	switch field {
	case "text":
		// The warning about an opportunity the method cannot score
		// quotes its text.
		unscored := closed(*o) == 0 && len(Missing(method, *o)) > 0
		return o.ID != "" && !unscored && strings.TrimSpace(v.Value) != "" && setString(&o.Text, v)
	// Lint warns about an open opportunity its map's method cannot score:
	// an impact or effort appearing, or a status opening or closing it,
	// may settle or bring that warning.
	case "impact":
		return o.Impact != "" && setEnum(&o.Impact, v, Levels)
	case "effort":
		return o.Effort != "" && setEnum(&o.Effort, v, Levels)
	case "status":
		was := closed(*o)
		return setEnum(&o.Status, v, Statuses) && closed(*o) == was
	case "owner":
		return setString(&o.Owner, v)
	case "tactic":
		return setString(&o.Tactic, v)
	case "votes":
		return setCount(&o.Votes, v)
	}
	return false
}

func patchGoal(g *Goal, field string, v *yaml.Node) bool {
	switch field {
	case "name":
		return g.ID != "" && setString(&g.Name, v)
	case "metric":
		return setString(&g.Metric, v)
	case "unit":
		return setString(&g.Unit, v)
	case "current", "baseline", "target":
		dst := map[string]**float64{"current": &g.Current, "baseline": &g.Baseline, "target": &g.Target}[field]
		var f float64
		t := v.ShortTag()
		if t != "!!int" && t != "!!float" || decodeScalar(v, &f) != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return false
		}
		if *dst == nil {
			// A figure appearing can bring or settle the warning about
			// a goal with a current value but no baseline or target.
			return false
		}
		*dst = &f
		return true
	}
	return false
}

func setString(dst *string, v *yaml.Node) bool {
	if v.ShortTag() != "!!str" {
		return false
	}
	*dst = v.Value
	return true
}

func setEnum(dst *string, v *yaml.Node, allowed []string) bool {
	for _, a := range allowed {
		if v.Value == a && v.ShortTag() == "!!str" {
			*dst = v.Value
			return true
		}
	}
	return false
}

// setCount reads a whole number of 0 or more with yaml's own rules, as a
// full decode does (010 is 8).
func setCount(dst *int, v *yaml.Node) bool {
	var n int
	if v.ShortTag() != "!!int" || decodeScalar(v, &n) != nil || n < 0 {
		return false
	}
	*dst = n
	return true
}
