package maps_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/journey-maps/journey/maps"
	"github.com/journey-maps/journey/model"
	"go.yaml.in/yaml/v3"
)

// The samples are written so that, on this day, each shows goals in
// every interesting state; the tests pass it in rather than read the clock.
var sampleDay = model.Date{Year: 2026, Month: 11, Day: 22}

type schemaObject struct {
	Schema     string                     `json:"$schema"`
	Required   []string                   `json:"required"`
	Properties map[string]json.RawMessage `json:"properties"`
	Defs       map[string]schemaObject    `json:"$defs"`
}

// schemaDefs names the $defs entry describing each kind of mapping the
// model knows; "map" is the schema's top level.
var schemaDefs = map[string]string{
	"persona":       "persona",
	"goal":          "goal",
	"history entry": "measurement",
	"stage":         "stage",
	"touchpoint":    "touchpoint",
	"pain point":    "pain_point",
	"opportunity":   "opportunity",
	"experiment":    "experiment",
	"priorities":    "priorities",
}

func TestSchemaNamesEveryKey(t *testing.T) {
	var s schemaObject
	if err := json.Unmarshal(maps.Schema, &s); err != nil {
		t.Fatalf("schema is not valid JSON: %v", err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q, want draft 2020-12", s.Schema)
	}
	if !slices.Equal(s.Required, []string{"journey", "title"}) {
		t.Errorf("required = %v, want [journey title]", s.Required)
	}
	for kind, keys := range model.KnownKeys {
		obj := s
		if kind != "map" {
			def, ok := schemaDefs[kind]
			if !ok {
				t.Errorf("the model knows %q mappings, the schema has no $defs entry for them", kind)
				continue
			}
			obj = s.Defs[def]
		}
		for _, k := range keys {
			if _, ok := obj.Properties[k]; !ok {
				t.Errorf("schema %s has no property %q", kind, k)
			}
		}
		for k := range obj.Properties {
			if !slices.Contains(keys, k) {
				t.Errorf("schema %s property %q is not a key the model reads", kind, k)
			}
		}
	}
}

func TestTemplateNamesListEveryTemplate(t *testing.T) {
	files, err := filepath.Glob("templates/*.yaml.tmpl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates on disk: %v", err)
	}
	var want []string
	for _, f := range files {
		want = append(want, strings.TrimSuffix(filepath.Base(f), ".yaml.tmpl"))
	}
	if got := maps.TemplateNames(); !slices.Equal(got, want) {
		t.Errorf("TemplateNames() = %v, want %v", got, want)
	}
	for _, name := range []string{"blank", "ecommerce"} {
		if !slices.Contains(maps.TemplateNames(), name) {
			t.Errorf("template %q is missing", name)
		}
	}
	for _, name := range want {
		got, ok := maps.Template(name)
		disk, _ := os.ReadFile(filepath.Join("templates", name+".yaml.tmpl"))
		if !ok || !bytes.Equal(got, disk) {
			t.Errorf("Template(%q) does not return the file on disk", name)
		}
	}
	for _, name := range []string{"", "nope", "blank.yaml", "blank.yaml.tmpl", "../templates/blank", "templates/blank"} {
		if _, ok := maps.Template(name); ok {
			t.Errorf("Template(%q) found something", name)
		}
	}
}

func TestEverySampleIsEmbedded(t *testing.T) {
	files, err := filepath.Glob("*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("want at least three sample maps, found %v", files)
	}
	if got := maps.Samples(); !slices.Equal(got, files) {
		t.Errorf("Samples() = %v, want %v", got, files)
	}
	for _, f := range files {
		got, ok := maps.Sample(f)
		disk, _ := os.ReadFile(f)
		if !ok || !bytes.Equal(got, disk) {
			t.Errorf("Sample(%q) does not return the file on disk", f)
		}
		first, _, _ := strings.Cut(string(disk), "\n")
		if want := "# yaml-language-server: $schema=" + maps.SchemaFile; first != want {
			t.Errorf("%s starts with %q, want %q", f, first, want)
		}
	}
	if _, ok := maps.Sample("../go.mod"); ok {
		t.Error("Sample reads outside the samples")
	}
}

// staleSample is the one sample whose review is overdue on sampleDay, so
// that the portfolio has a stale map to show; lint rightly warns about it.
const staleSample = "card-activation.yaml"

// reviewOverdue is the start of lint's warning about an overdue review.
const reviewOverdue = "map last reviewed "

// lint decodes a map the way `journey lint` does and fails on any
// diagnostic, warnings included, but the overdue review of staleSample.
func lint(t *testing.T, name string, data []byte) *model.Map {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m, diags := model.Decode(name, &root, sampleDay)
	for _, d := range diags {
		if name == staleSample && d.Severity == model.Warning && strings.HasPrefix(d.Message, reviewOverdue) {
			continue
		}
		t.Errorf("%s", d)
	}
	return m
}

func TestSamplesLintClean(t *testing.T) {
	for _, name := range maps.Samples() {
		t.Run(name, func(t *testing.T) {
			data, _ := maps.Sample(name)
			lint(t, name, data)
		})
	}
}

// One sample is overdue for review and lint says so; the others are not.
func TestOneSampleIsOverdueForReview(t *testing.T) {
	for _, name := range maps.Samples() {
		data, _ := maps.Sample(name)
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		_, diags := model.Decode(name, &root, sampleDay)
		warned := slices.ContainsFunc(diags, func(d model.Diagnostic) bool { return strings.HasPrefix(d.Message, reviewOverdue) })
		if warned != (name == staleSample) {
			t.Errorf("%s: review overdue warning = %v, want %v", name, warned, name == staleSample)
		}
	}
}

// Each sample shows a goal achieved, one on track and one at risk, and at
// least one sample has a goal that reduces its metric.
func TestSamplesShowEveryGoalState(t *testing.T) {
	reduce := false
	for _, name := range maps.Samples() {
		data, _ := maps.Sample(name)
		m := lint(t, name, data)
		seen := map[model.GoalStatus]bool{}
		for _, g := range m.Goals {
			f := model.GoalProgress(g, sampleDay)
			seen[f.Status] = true
			reduce = reduce || f.Direction == model.Reduce
		}
		for _, st := range []model.GoalStatus{model.Achieved, model.OnTrack, model.AtRisk} {
			if !seen[st] {
				t.Errorf("%s: no goal is %s on %s", name, st, sampleDay)
			}
		}
	}
	if !reduce {
		t.Error("no sample has a goal that reduces its metric")
	}
}

func TestFillMakesAValidMap(t *testing.T) {
	titles := []struct{ in, want string }{
		{"Checkout workshop", "Checkout workshop"},
		{"Checkout: v2 # draft", "Checkout: v2 # draft"},
		{"2026", "2026"},
		{"yes", "yes"},
		{"null", "null"},
		{"- dash", "- dash"},
		{"'quoted'", "'quoted'"},
		{`She said "free shipping"`, `She said "free shipping"`},
		{"Two\nlines", "Two\nlines"},
		{"Tab\there", "Tab\there"},
		{"{{date}} planning", "{{date}} planning"},
		{"  padded  ", "  padded  "},
		{"Café – été 🌿", "Café – été 🌿"},
		{"A very long workshop title that goes on and on about the checkout, the delivery and the returns",
			"A very long workshop title that goes on and on about the checkout, the delivery and the returns"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	const date = "2026-11-22"
	for _, name := range maps.TemplateNames() {
		tmpl, _ := maps.Template(name)
		for _, tt := range titles {
			title := tt.in
			out := maps.Fill(tmpl, title, date, "../maps/journey.schema.json")
			if bytes.Contains(out, []byte("{{schema}}")) || bytes.Contains(out, []byte("{{title}}")) {
				t.Errorf("%s with %q: placeholders left:\n%s", name, title, out)
			}
			if !bytes.HasPrefix(out, []byte("# yaml-language-server: $schema=../maps/journey.schema.json\n")) {
				t.Errorf("%s: schema line not filled in:\n%.80s", name, out)
			}
			m := lint(t, name+" "+title, out)
			if m.Title != tt.want {
				t.Errorf("%s: title reads back as %q, want %q", name, m.Title, tt.want)
			}
			if m.Updated.String() != date {
				t.Errorf("%s: updated reads back as %q, want %q", name, m.Updated, date)
			}
			if len(m.Stages) < 5 {
				t.Errorf("%s: %d stages, want at least five", name, len(m.Stages))
			}
		}
		out := maps.Fill(tmpl, "No schema", date, "")
		if bytes.Contains(out, []byte("yaml-language-server")) {
			t.Errorf("%s: an empty schema path should drop the schema line:\n%.80s", name, out)
		}
		lint(t, name+" without schema", out)
	}
}
