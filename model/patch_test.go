package model_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/modeltest"
	"github.com/journey-maps/journey/model/yamldoc"
)

// patchFields are the leaf fields the editor sets most often, by the kind
// of item that holds them, with values that probe the edges of reading
// them: octal-looking and underscored numbers, blank text, other types.
var patchFields = map[string]map[string][]string{
	"stage": {
		"name": {"Checkout", "", "  "}, "description": {"Looks around", "multi\nline\n"},
		"customer_goal": {"Buy"}, "reached": {"1200", "010", "1_000", "-3", "+5", "0x10"},
	},
	"touchpoint": {
		"name": {"Ad", " "}, "channel": {"web", "42"}, "owner": {"sales"}, "feeling": {"calm"},
		"evidence": {"tickets"}, "notes": {"one\ntwo\n", "yes"}, "emotion": {"-2", "2", "3", "010", "+1", "1.0"},
	},
	"pain point": {
		"text": {"Slow", " ", ""}, "severity": {"high", "bad"}, "votes": {"3", "011", "-1"},
		"evidence": {"survey"}, "drop_off": {"true", "false", "True"},
	},
	"opportunity": {
		"text": {"Faster", "\t"}, "impact": {"low", "huge"}, "effort": {"high"}, "status": {"done", "later"},
		"owner": {"product"}, "tactic": {"loyalty"}, "votes": {"7", "012"},
	},
	"goal": {
		"name": {"CSAT up"}, "metric": {"NPS"}, "unit": {"%"},
		"baseline": {"3.5", "010", "1_000", "1e2"}, "target": {"4", "012.5", ".5"}, "current": {"3.9", "011", "-0"},
	},
}

// patchSpot is a field of one item, by path.
type patchSpot struct {
	path yamldoc.Path
	kind string
}

// patchSpots lists every item of m that holds patchable fields.
func patchSpots(m *model.Map) []patchSpot {
	var out []patchSpot
	p := func(parts ...any) yamldoc.Path {
		var path yamldoc.Path
		for _, x := range parts {
			path = append(path, fmt.Sprint(x))
		}
		return path
	}
	for gi := range m.Goals {
		out = append(out, patchSpot{p("goals", gi), "goal"})
	}
	for si, s := range m.Stages {
		out = append(out, patchSpot{p("stages", si), "stage"})
		for i := range s.PainPoints {
			out = append(out, patchSpot{p("stages", si, "pain_points", i), "pain point"})
		}
		for i := range s.Opportunities {
			out = append(out, patchSpot{p("stages", si, "opportunities", i), "opportunity"})
		}
		for ti, t := range s.Touchpoints {
			out = append(out, patchSpot{p("stages", si, "touchpoints", ti), "touchpoint"})
			for i := range t.PainPoints {
				out = append(out, patchSpot{p("stages", si, "touchpoints", ti, "pain_points", i), "pain point"})
			}
			for i := range t.Opportunities {
				out = append(out, patchSpot{p("stages", si, "touchpoints", ti, "opportunities", i), "opportunity"})
			}
		}
	}
	return out
}

// sharedMap has an item merged into another and a value used twice, so
// that a change to one place shows in two.
const sharedMap = `journey: 1
title: Shared
goals:
  - &g {id: csat, name: CSAT, baseline: 3, target: 4}
  - <<: *g
    id: nps
stages:
  - id: one
    name: One
    touchpoints:
      - &tp
        id: a
        name: &n A
        channel: web
        emotion: 1
        pain_points: [{text: Slow, votes: 2}]
      - <<: *tp
        id: b
        name: *n
      - {id: c, name: C, emotion: 0}
`

// flowMap has items side by side on one line, so that a longer value
// moves the ones after it.
const flowMap = `journey: 1
title: Flow
updated: 2020-01-01
goals: [{id: g, name: G, baseline: 1, target: 2, current: 1.5}, {id: h, current: 3}]
stages:
  - id: one
    touchpoints: [{id: a, name: A, emotion: 1, pain_points: [{id: p, text: T}, {text: U, votes: 1}]}, {id: b, name: B}]
    opportunities: [{id: o, text: O}, {id: q, text: Q, impact: high}]
`

// nullMap has fields written but empty, which a set fills in place.
const nullMap = `journey: 1
title: Nulls
goals:
  - id: g
    baseline: 1
    target: ~
    current: null
stages:
  - id: one
    reached: ~
    touchpoints:
      - id: a
        emotion: ~
        pain_points:
          - id: p
            text: Slow
            votes: ~
        opportunities:
          - id: o
            text: Faster
            votes: null
`

// TestPatchedMapEqualsFullDecode makes random leaf sets and undoes some,
// the edits the typed map is patched for in place, and checks after each
// that the map and its diagnostics are exactly what reading the text
// afresh gives.
func TestPatchedMapEqualsFullDecode(t *testing.T) {
	sources := map[string]string{"shared.yaml": sharedMap, "flow.yaml": flowMap, "null.yaml": nullMap}
	names, _ := filepath.Glob("../maps/*.yaml")
	more, _ := filepath.Glob("../testdata/roundtrip/*.yaml")
	for _, n := range append(names, more...) {
		sources[filepath.Base(n)] = readText(t, n)
	}
	applied := 0
	for name, src := range sources {
		for seed := int64(0); seed < 12; seed++ {
			r := rand.New(rand.NewSource(seed))
			doc, err := model.Parse(name, []byte(src), docToday)
			if doc == nil {
				t.Fatalf("%s: %v", name, err)
			}
			for step := 0; step < 15; step++ {
				spots := patchSpots(doc.Map())
				if len(spots) == 0 {
					break
				}
				s := spots[r.Intn(len(spots))]
				fields := patchFields[s.kind]
				keys := make([]string, 0, len(fields))
				for k := range fields {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				field := keys[r.Intn(len(keys))]
				values := fields[field]
				value := values[r.Intn(len(values))]
				path := append(append(yamldoc.Path{}, s.path...), field)
				edit := yamldoc.Set(path, yamldoc.Scalar("", value))
				if r.Intn(2) == 0 {
					edit = yamldoc.Set(path, yamldoc.Scalar("!!str", value))
				}
				inv, err := doc.Apply(edit)
				if err != nil {
					continue
				}
				applied++
				if r.Intn(3) == 0 {
					// An undo patches the map the same way.
					if _, err := doc.Restore(inv); err != nil {
						t.Fatalf("%s seed %d: undo set %s = %q: %v", name, seed, path, value, err)
					}
				}
				fresh, _ := model.Parse(name, doc.Bytes(), docToday)
				if fresh == nil {
					t.Fatalf("%s seed %d: set %s = %q: the text no longer parses", name, seed, path, value)
				}
				if !reflect.DeepEqual(modeltest.AtFile(doc), modeltest.AtFile(fresh)) {
					t.Fatalf("%s seed %d: set %s = %q: the map differs from a fresh read:\n%s", name, seed, path, value, jsonDiff(doc.Map(), fresh.Map()))
				}
				if !reflect.DeepEqual(doc.Diagnostics(), fresh.Diagnostics()) {
					t.Fatalf("%s seed %d: set %s = %q: diagnostics differ from a fresh read:\n%s", name, seed, path, value, jsonDiff(doc.Diagnostics(), fresh.Diagnostics()))
				}
			}
		}
	}
	t.Logf("%d sets applied", applied)
	if applied < 300 {
		t.Errorf("only %d sets applied; the test exercises too little", applied)
	}
}

func readText(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsonDiff shows the lines where two values differ.
func jsonDiff(a, b any) string {
	ja, _ := json.MarshalIndent(a, "", " ")
	jb, _ := json.MarshalIndent(b, "", " ")
	removed, added := yamldoc.ChangedLines(string(ja), string(jb))
	return "patched:\n" + strings.Join(removed, "") + "fresh:\n" + strings.Join(added, "")
}

// TestRestoredTextIsNotPatchedWhereShared restores recovered text that
// merges one touchpoint into another over a map that had no aliases: a
// set on the first must still show in the second.
func TestRestoredTextIsNotPatchedWhereShared(t *testing.T) {
	doc := parseText(t, "journey: 1\ntitle: Plain\n")
	if err := doc.RestoreText([]byte(sharedMap)); err != nil {
		t.Fatal(err)
	}
	path := yamldoc.Path{"stages", "0", "touchpoints", "0", "emotion"}
	if _, err := doc.Apply(yamldoc.Set(path, yamldoc.Scalar("!!int", "-2"))); err != nil {
		t.Fatal(err)
	}
	got := doc.Map().Stages[0].Touchpoints[1]
	if v, ok := got.EmotionFor(""); got.ID != "b" || !ok || v != -2 {
		t.Errorf("touchpoint %q merged from the one set has emotion %d, want -2", got.ID, v)
	}
}
