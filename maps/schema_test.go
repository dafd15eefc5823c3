package maps_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/journey-maps/journey/maps"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
)

// schemaVerdict validates a map against the shipped JSON Schema, as an
// editor with yaml-language-server would, and returns the schema's errors.
// Unknown keys (additionalProperties) are left out: the schema is strict
// about them while lint only warns, which TestUnknownKeysAreSchemaErrors
// AndLintWarnings holds apart.
func schemaVerdict(t *testing.T, sch *jsonschema.Schema, file string, src []byte) []string {
	t.Helper()
	var out []string
	for _, e := range schemaLeaves(t, sch, file, src) {
		if _, unknown := e.ErrorKind.(*kind.AdditionalProperties); !unknown {
			out = append(out, "/"+strings.Join(e.InstanceLocation, "/")+": "+e.Error())
		}
	}
	return out
}

// schemaLeaves validates a map against the schema and returns every
// error it finds, unknown keys included.
func schemaLeaves(t *testing.T, sch *jsonschema.Schema, file string, src []byte) []*jsonschema.ValidationError {
	t.Helper()
	doc, err := model.Parse(file, src, model.Date{Year: 2026, Month: 11, Day: 22})
	if doc == nil {
		t.Fatalf("%s does not parse: %v", file, err)
	}
	js, err := export.JSON(file, doc.Text().Node())
	if err != nil {
		t.Fatalf("%s as JSON: %v", file, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	var ve *jsonschema.ValidationError
	if err := sch.Validate(inst); !errors.As(err, &ve) {
		return nil
	}
	var out []*jsonschema.ValidationError
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, e)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return out
}

func lintErrors(file string, src []byte) []string {
	doc, err := model.Parse(file, src, model.Date{Year: 2026, Month: 11, Day: 22})
	var ds model.Diagnostics
	if doc != nil {
		ds = doc.Diagnostics()
	} else if !errors.As(err, &ds) {
		return []string{err.Error()}
	}
	var out []string
	for _, d := range ds {
		if d.Severity == model.Error {
			out = append(out, d.String())
		}
	}
	return out
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(maps.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("journey.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("journey.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// The JSON Schema and lint give the same verdict: on every sample map
// (both pass), and on a corpus of broken maps (both refuse) wherever the
// schema can express the rule; where it cannot (references, duplicate ids,
// calendar dates), lint alone refuses, and the corpus says why.
func TestSchemaAgreesWithLint(t *testing.T) {
	sch := compileSchema(t)
	samples, _ := filepath.Glob("*.yaml")
	ideals, _ := filepath.Glob("ideal/*.yaml")
	if len(samples) < 3 {
		t.Fatalf("found %d sample maps", len(samples))
	}
	for _, f := range append(samples, ideals...) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if errs := lintErrors(f, src); len(errs) > 0 {
			t.Errorf("lint refuses sample %s: %v", f, errs)
		}
		if errs := schemaVerdict(t, sch, f, src); len(errs) > 0 {
			t.Errorf("the schema refuses sample %s: %v", f, errs)
		}
	}

	const head = "journey: 1\ntitle: T\n"
	stage := func(s string) string { return head + "stages:\n  - id: s\n    name: S\n" + s }
	tp := func(s string) string { return stage("    touchpoints:\n      - id: t\n        name: T\n" + s) }
	opp := func(s string) string {
		return stage("    opportunities:\n      - id: o\n        text: O\n" + s)
	}
	goal := func(s string) string { return head + "goals:\n  - id: g\n    name: G\n" + s }
	tests := []struct {
		name, src string
		bad       bool
		lintOnly  string // why the schema cannot say so, where only lint refuses
	}{
		{"minimal", head, false, ""},
		{"unknown keys warn only", head + "titel: x\nstages:\n  - id: s\n    touchpionts: []\n", false, ""},
		{"x- keys anywhere", head + "x-team: {a: [1, 2]}\n" + "stages:\n  - id: s\n    x-note: 3\n", false, ""},
		{"null emotion", tp("        emotion:\n"), false, ""},
		{"every field", "", false, ""},
		{"no journey", "title: T\n", true, ""},
		{"no title", "journey: 1\n", true, ""},
		{"empty title", "journey: 1\ntitle: \"\"\n", true, ""},
		{"version 2", "journey: 2\ntitle: T\n", true, ""},
		{"bad state", head + "state: someday\n", true, ""},
		{"month 13", head + "updated: 2026-13-01\n", true, ""},
		{"day 32", head + "updated: 2026-01-32\n", true, ""},
		{"not a date", head + "updated: yesterday\n", true, ""},
		{"february 30", head + "updated: 2026-02-30\n", true, "a pattern cannot know the days of each month"},
		{"negative review_every", head + "review_every: -3\n", true, ""},
		{"tags not a list", head + "tags: web\n", true, ""},
		{"stages not a list", head + "stages: {a: 1}\n", true, ""},
		{"bad stage id", head + "stages:\n  - id: Bad Id\n", true, ""},
		{"negative reached", stage("    reached: -5\n"), true, ""},
		{"emotion 7", tp("        emotion: 7\n"), true, ""},
		{"emotion 1.5", tp("        emotion: 1.5\n"), true, ""},
		{"emotion word", tp("        emotion: happy\n"), true, ""},
		{"persona emotion 3", head + "personas:\n  - id: maya\n" + tp("        emotions: {maya: 3}\n")[len(head):], true, ""},
		{"pain point without text", tp("        pain_points:\n          - severity: high\n"), true, ""},
		{"catastrophic", tp("        pain_points:\n          - text: P\n            severity: catastrophic\n"), true, ""},
		{"negative votes", tp("        pain_points:\n          - text: P\n            votes: -1\n"), true, ""},
		{"huge impact", opp("        impact: huge\n"), true, ""},
		{"status maybe", opp("        status: maybe\n"), true, ""},
		{"confidence 1.5", opp("        confidence: 1.5\n"), true, ""},
		{"score 4", opp("        scores: {satisfaction: 4}\n"), true, ""},
		{"experiment result", opp("        experiment: {name: E, result: maybe}\n"), true, ""},
		{"metric word", stage("    metrics: {nps: high}\n"), true, ""},
		{"history without date", goal("    history:\n      - value: 1\n"), true, ""},
		{"null persona emotion", head + "personas:\n  - id: maya\n" + tp("        emotions: {maya: ~}\n")[len(head):], false, ""},
		{"history without value", goal("    history:\n      - date: 2026-01-01\n"), true, ""},
		{"history value word", goal("    history:\n      - date: 2026-01-01\n        value: x\n"), true, ""},
		{"history bad date", goal("    history:\n      - date: 2026-01-99\n        value: 1\n"), true, ""},
		{"baseline word", goal("    baseline: high\n"), true, ""},
		{"method magic", head + "priorities: {method: magic}\n", true, ""},
		{"unknown stage", goal("    stages: [nowhere]\n"), true, "a reference to an id is checked against the map"},
		{"duplicate stage ids", head + "stages:\n  - id: s\n  - id: s\n", true, "uniqueness of ids across items"},
	}
	full, err := os.ReadFile("online-shop.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		src := []byte(tt.src)
		if tt.name == "every field" {
			src = full
		}
		lint := lintErrors("m.yaml", src)
		schema := schemaVerdict(t, sch, "m.yaml", src)
		switch {
		case tt.bad && len(lint) == 0:
			t.Errorf("%s: lint passes it", tt.name)
		case !tt.bad && len(lint) > 0:
			t.Errorf("%s: lint refuses it: %v", tt.name, lint)
		}
		switch {
		case tt.lintOnly != "":
			if len(schema) > 0 {
				t.Errorf("%s: the schema refuses it too (%v); it is no longer lint's alone", tt.name, schema)
			}
		case tt.bad && len(schema) == 0:
			t.Errorf("%s: the schema passes what lint refuses: %v", tt.name, lint)
		case !tt.bad && len(schema) > 0:
			t.Errorf("%s: the schema refuses what lint passes: %v", tt.name, schema)
		}
	}
}

// An unknown key is an error to the schema (additionalProperties: false,
// so an editor underlines a typo) and only a warning to lint (so a map
// with a key from a later version still opens and passes CI); an x- key
// is neither, at every level.
func TestUnknownKeysAreSchemaErrorsAndLintWarnings(t *testing.T) {
	sch := compileSchema(t)
	const src = `journey: 1
title: T
titel: typo
x-team: ops
stages:
  - id: s
    name: S
    touchpionts: []
    x-segment: checkout
    touchpoints:
      - id: t
        name: T
        emotoin: 1
        x-tool: figma
        pain_points:
          - text: Slow
            severty: high
            x-ticket: 42
goals:
  - id: g
    name: G
    histroy: []
    x-owner: sales
`
	unknown := []string{"titel", "touchpionts", "emotoin", "severty", "histroy"}
	var schemaKeys []string
	for _, e := range schemaLeaves(t, sch, "keys.yaml", []byte(src)) {
		k, ok := e.ErrorKind.(*kind.AdditionalProperties)
		if !ok {
			t.Errorf("the schema refuses more than unknown keys: %v", e)
			continue
		}
		schemaKeys = append(schemaKeys, k.Properties...)
	}
	slices.Sort(schemaKeys) // the validator's order is not the file's
	if strings.Join(schemaKeys, " ") != strings.Join(slices.Sorted(slices.Values(unknown)), " ") {
		t.Errorf("the schema refuses the keys %q, want %q", schemaKeys, unknown)
	}

	doc, err := model.Parse("keys.yaml", []byte(src), model.Date{Year: 2026, Month: 11, Day: 22})
	if doc == nil {
		t.Fatalf("lint refuses the map: %v", err)
	}
	var warned []string
	for _, d := range doc.Diagnostics() {
		if d.Severity == model.Error {
			t.Errorf("lint: an error where a warning is due: %s", d)
		}
		if _, rest, ok := strings.Cut(d.Message, " key "); ok && strings.HasPrefix(d.Message, "unknown ") {
			warned = append(warned, strings.Trim(strings.Fields(rest)[0], `"`))
		}
		if strings.Contains(d.Message, "x-") {
			t.Errorf("lint reports an x- key: %s", d)
		}
	}
	if strings.Join(warned, " ") != strings.Join(unknown, " ") {
		t.Errorf("lint warns of the keys %q, want %q", warned, unknown)
	}
}
