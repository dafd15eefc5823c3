package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
)

// cliToday is the date maps are loaded on in these tests' own checks.
var cliToday = model.Date{Year: 2026, Month: 11, Day: 22}

// jrun runs the journey command line in-process and returns the exit code
// and what it printed.
func jrun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

// sampleCopy copies a sample map from maps/ into a temporary directory.
func sampleCopy(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../../maps", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func fileText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// loadMap loads a map file for checking what a command did to it.
func loadMap(t *testing.T, path string) *model.Map {
	t.Helper()
	doc, err := model.Load(path, cliToday)
	if err != nil {
		t.Fatalf("the map no longer loads: %v", err)
	}
	return doc.Map()
}

func TestGetScalar(t *testing.T) {
	shop := "../../maps/online-shop.yaml"
	tests := []struct{ path, want string }{
		{"title", "First purchase at Leafline\n"},
		{"stages.purchase.touchpoints.checkout-form.emotion", "-2\n"},
		{"stages.2.touchpoints.2.pain_points.0.severity", "critical\n"},
		{"goals.first-order-csat.unit", "/5\n"},
		{"personas.maya.quote", "If I have to make an account, I'm closing the tab.\n"},
		{"stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.drop_off", "true\n"},
		{"description", "How a new customer finds Leafline, our online plant shop, buys a first plant and (we hope) comes back for a second. Built from the September 2026 checkout interviews and the GA4 funnel for Q3.\n"},
	}
	for _, tt := range tests {
		code, out, errOut := jrun(t, "get", shop, tt.path)
		if code != 0 || out != tt.want {
			t.Errorf("get %s = %d %q (stderr %q), want %q", tt.path, code, out, errOut, tt.want)
		}
	}
}

func TestGetSubtreeIsYAML(t *testing.T) {
	code, out, errOut := jrun(t, "get", "../../maps/online-shop.yaml", "goals.checkout-conversion")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var goal struct {
		ID       string   `yaml:"id"`
		Baseline float64  `yaml:"baseline"`
		Stages   []string `yaml:"stages"`
		History  []struct {
			Value float64 `yaml:"value"`
		} `yaml:"history"`
	}
	if err := yaml.Unmarshal([]byte(out), &goal); err != nil {
		t.Fatalf("output is not YAML: %v\n%s", err, out)
	}
	if goal.ID != "checkout-conversion" || goal.Baseline != 46 || len(goal.Stages) != 1 || len(goal.History) != 5 {
		t.Errorf("subtree = %+v", goal)
	}
	code, out, _ = jrun(t, "get", "../../maps/online-shop.yaml", "stages.purchase.touchpoints.cart.actions")
	var actions []string
	if code != 0 || yaml.Unmarshal([]byte(out), &actions) != nil || len(actions) != 1 {
		t.Errorf("a list prints as a YAML list, got %d %q", code, out)
	}
}

func TestGetErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("journey: 1\ntitle: Broken\nstages:\n  - id: a\n    touchpoints:\n      - id: x\n        emotion: 7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		errs []string
	}{
		{[]string{"get", "../../maps/online-shop.yaml", "stages.purchse"}, 2, []string{"purchse", `did you mean "purchase"`}},
		{[]string{"get", "../../maps/online-shop.yaml", "titel"}, 2, []string{`did you mean "title"`}},
		{[]string{"get", filepath.Join(dir, "missing.yaml"), "title"}, 2, []string{"missing.yaml"}},
		{[]string{"get", "../../maps/online-shop.yaml"}, 2, []string{"2 arguments"}},
	}
	for _, tt := range tests {
		code, out, errOut := jrun(t, tt.args...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errOut)
		}
		if out != "" {
			t.Errorf("%v printed %q on stdout", tt.args, out)
		}
		for _, want := range tt.errs {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: stderr %q does not say %q", tt.args, errOut, want)
			}
		}
	}
}

func TestSetChangesOneLine(t *testing.T) {
	tests := []struct {
		path, value string
		line        string // the changed line, trimmed
	}{
		// a negative value is a value, not a flag
		{"stages.purchase.touchpoints.checkout-form.emotion", "-1", "emotion: -1   # the low point of the journey"},
		{"goals.checkout-conversion.current", "51.5", "current: 51.5"},
		{"stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.severity", "high", "severity: high"},
		{"stages.2.touchpoints.2.pain_points.1.drop_off", "false", "drop_off: false"},
		{"updated", "2026-11-21", "updated: 2026-11-21"},
		{"personas.maya.quote", "Just let me pay.", `quote: "Just let me pay."`},
		{"title", "2027", `title: "2027"`},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, out, errOut := jrun(t, "set", path, tt.path, tt.value)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if out != "" {
				t.Errorf("set printed %q", out)
			}
			removed, added := model.ChangedLines(before, fileText(t, path))
			if len(removed) != 1 || len(added) != 1 || strings.TrimSpace(added[0]) != tt.line {
				t.Errorf("diff: -%q +%q; want one line %q", removed, added, tt.line)
			}
			code, out, _ = jrun(t, "get", path, tt.path)
			if code != 0 || strings.TrimSpace(out) != tt.value {
				t.Errorf("get after set = %d %q, want %q", code, out, tt.value)
			}
		})
	}
}

func TestSetAddsAMissingField(t *testing.T) {
	tests := []struct {
		path, value string
		check       func(m *model.Map) bool
	}{
		{"stages.purchase.touchpoints.cart.notes", "Check with the web team", func(m *model.Map) bool {
			return m.Stages[2].Touchpoints[0].Notes == "Check with the web team"
		}},
		// the first persona emotion of a touchpoint creates its emotions
		{"stages.purchase.touchpoints.cart.emotions.maya", "-1", func(m *model.Map) bool {
			e := m.Stages[2].Touchpoints[0].Emotions
			return len(e) == 1 && e[0] == model.PersonaEmotion{Persona: "maya", Value: -1}
		}},
		{"stages.purchase.touchpoints.checkout-form.emotions.grace", "-2", func(m *model.Map) bool {
			e := m.Stages[2].Touchpoints[2].Emotions
			return len(e) == 2 && e[1] == model.PersonaEmotion{Persona: "grace", Value: -2}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, _, errOut := jrun(t, "set", path, tt.path, tt.value)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			removed, added := model.ChangedLines(before, fileText(t, path))
			if len(removed) != 0 || len(added) == 0 {
				t.Errorf("diff: -%q +%q; want only added lines", removed, added)
			}
			if !tt.check(loadMap(t, path)) {
				t.Errorf("the map does not hold the new value:\n%s", strings.Join(added, ""))
			}
		})
	}
}

func TestSetSameValueLeavesFileUntouched(t *testing.T) {
	for _, tt := range [][2]string{
		{"stages.purchase.touchpoints.checkout-form.emotion", "-2"},
		{"title", "First purchase at Leafline"},
		{"stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.severity", "critical"},
		{"goals.first-order-csat.baseline", "3.8"},
	} {
		path := sampleCopy(t, "online-shop.yaml")
		before := fileText(t, path)
		old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := jrun(t, "set", path, tt[0], tt[1])
		if code != 0 {
			t.Errorf("set %s %s: exit %d: %s", tt[0], tt[1], code, errOut)
		}
		if fileText(t, path) != before {
			t.Errorf("set %s to its own value changed the file", tt[0])
		}
		if info, _ := os.Stat(path); !info.ModTime().Equal(old) {
			t.Errorf("set %s to its own value wrote the file", tt[0])
		}
		if extra, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*")); len(extra) > 0 {
			t.Errorf("left %v", extra)
		}
	}
}

func TestSetRefuses(t *testing.T) {
	tests := []struct {
		path, value string
		code        int
		errs        []string
	}{
		{"stages.purchase.touchpoints.checkout-form.emotion", "7", 1, []string{"refused", "emotion", "-2 to 2"}},
		{"stages.purchase.touchpoints.checkout-form.emotions.tom", "-3", 1, []string{"refused", "tom", "-2 to 2"}},
		{"stages.purchase.touchpoints.checkout-form.pain_points.0.severity", "catastrophic", 1, []string{"refused", "low, medium, high, critical"}},
		{"updated", "2026-13-45", 1, []string{"refused", "2026-13-45"}},
		{"stages.purchase.reached", "lots", 1, []string{"refused", "whole number"}},
		{"stages.delivery.touchpoints.unboxing.id", "cart", 1, []string{"refused", "duplicate", "cart"}},
		{"stages.purchase.touchpoints.cart.emotions.nobody", "1", 1, []string{"refused", "nobody"}},
		{"goals.checkout-conversion.due", "2026-01-01", 1, []string{"refused", "before"}},
		{"stages.purchse.name", "x", 2, []string{"purchse", `did you mean "purchase"`}},
		{"stages.purchase.touchpoints.chekout-form.emotion", "1", 2, []string{`did you mean "checkout-form"`}},
		{"stages.purchase.touchpoints.checkout-form.emotoin", "1", 2, []string{"emotoin", `did you mean "emotion"`}},
		{"stages.purchase.touchpoints.checkout-form.metrics.nps", "1", 2, []string{"a touchpoint has no field", "metrics"}},
		{"stages.purchase.metrics.nps", "high", 1, []string{"refused", "nps", "number"}},
		{"stages.purchase.touchpoints", "x", 2, []string{"list or a mapping"}},
		{"title.x", "x", 2, []string{"single value"}},
	}
	for _, tt := range tests {
		t.Run(tt.path+"="+tt.value, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, out, errOut := jrun(t, "set", path, tt.path, tt.value)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
			for _, want := range tt.errs {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q does not say %q", errOut, want)
				}
			}
			if fileText(t, path) != before {
				t.Errorf("a refused set changed the file")
			}
		})
	}
}

func TestSetUsage(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	for _, args := range [][]string{
		{"set", path, "title"},
		{"set", path},
		{"set", path, "title", "a", "b"},
		{"set", filepath.Join(t.TempDir(), "missing.yaml"), "title", "x"},
	} {
		if code, _, errOut := jrun(t, args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a reason", args[1:], code, errOut)
		}
	}
}

// Repair mode: a map with a bad value is read and edited all the same. An
// edit that fixes the problem or leaves it is made; one that adds a
// problem is refused; a file that does not parse at all is not touched.
func TestQuickEditsRepairABrokenMap(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.yaml")
	src := "journey: 1\ntitle: Broken\nstate: someday\nstages:\n  - id: a\n    touchpoints:\n      - id: x\n        emotion: 7\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := jrun(t, "get", path, "stages.a.touchpoints.x.emotion"); code != 0 || out != "7\n" || errOut != "" {
		t.Errorf("get on a broken map = %d %q %q; want the bad value as it is", code, out, errOut)
	}
	code, _, errOut := jrun(t, "set", path, "title", "Fixed")
	if code != 0 || !strings.Contains(errOut, "broken.yaml:3:8: error:") || !strings.Contains(errOut, "repair mode") {
		t.Errorf("set leaving the problems: exit %d, stderr %q; want 0 and the problems listed", code, errOut)
	}
	before := fileText(t, path)
	if !strings.Contains(before, "title: Fixed\n") {
		t.Fatalf("the title was not set:\n%s", before)
	}
	code, _, errOut = jrun(t, "set", path, "updated", "last tuesday")
	if code != 1 || fileText(t, path) != before {
		t.Errorf("a set adding a problem: exit %d, stderr %q; want 1 and the file untouched", code, errOut)
	}
	if code, _, errOut := jrun(t, "add", path, "stages", "name=B", "reached=-5"); code != 1 || fileText(t, path) != before {
		t.Errorf("an add bringing a problem: exit %d, stderr %q; want 1 and the file untouched", code, errOut)
	}
	for _, args := range [][]string{
		{"set", path, "stages.a.touchpoints.x.emotion", "2"},
		{"set", path, "state", "current"},
	} {
		if code, _, errOut := jrun(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args[2:], code, errOut)
		}
	}
	if m := loadMap(t, path); m.Stages[0].Touchpoints[0].Emotion == nil || *m.Stages[0].Touchpoints[0].Emotion != 2 {
		t.Errorf("the repaired map reads %+v", m.Stages[0].Touchpoints[0])
	}
	if code, _, errOut := jrun(t, "set", path, "title", "Again"); code != 0 || errOut != "" {
		t.Errorf("a set on the repaired map: exit %d, stderr %q", code, errOut)
	}

	unparsable := filepath.Join(dir, "unparsable.yaml")
	bad := "journey: 1\ntitle: [unclosed\n"
	if err := os.WriteFile(unparsable, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"get", unparsable, "title"}, {"set", unparsable, "title", "X"}} {
		code, out, errOut := jrun(t, args...)
		if code != 1 || out != "" || !strings.Contains(errOut, "unparsable.yaml:") || !strings.Contains(errOut, "not a valid map") {
			t.Errorf("%v on a file that does not parse: exit %d, stdout %q, stderr %q", args[0], code, out, errOut)
		}
	}
	if fileText(t, unparsable) != bad {
		t.Errorf("a file that does not parse was changed")
	}
}

// Edits from the shell keep CRLF files CRLF.
func TestQuickEditsKeepCRLF(t *testing.T) {
	data, err := os.ReadFile("../../testdata/roundtrip/crlf.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "crlf.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"set", path, "stages.one.touchpoints.tp.emotion", "-1"},
		{"add", path, "stages.one.touchpoints", "name=Call", "emotion=1"},
		{"add", path, "stages.two.touchpoints", "name=Letter"},
		{"rm", path, "stages.one.touchpoints.tp"},
	} {
		if code, _, errOut := jrun(t, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
	}
	after := fileText(t, path)
	if strings.Count(after, "\n") != strings.Count(after, "\r\n") {
		t.Errorf("bare LF line breaks after edits:\n%q", after)
	}
	m := loadMap(t, path)
	if len(m.Stages[0].Touchpoints) != 1 || m.Stages[0].Touchpoints[0].ID != "call" || len(m.Stages[1].Touchpoints) != 1 {
		t.Errorf("edits missing:\n%q", after)
	}
}

// What get prints stands on its own: an alias prints as the value it
// names, not as a reference to an anchor the output does not hold.
func TestGetExpandsAliases(t *testing.T) {
	anchors := "../../testdata/roundtrip/anchors.yaml"
	code, out, errOut := jrun(t, "get", anchors, "stages.one.touchpoints.a.owner")
	if code != 0 || out != "service-design\n" {
		t.Errorf("get of an alias = %d %q %q; want the anchored value", code, out, errOut)
	}
	for _, path := range []string{"stages.one", "x-again", "stages"} {
		code, out, errOut := jrun(t, "get", anchors, path)
		if code != 0 {
			t.Fatalf("get %s: exit %d: %s", path, code, errOut)
		}
		var v any
		if err := yaml.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("get %s printed YAML that does not read on its own: %v\n%s", path, err, out)
		}
		if strings.Contains(out, "*") || strings.Contains(out, "&") {
			t.Errorf("get %s printed anchors or aliases:\n%s", path, out)
		}
	}
}

// An alias is changed through its anchor; set says so rather than calling
// it a list.
func TestSetOnAnAlias(t *testing.T) {
	data, err := os.ReadFile("../../testdata/roundtrip/anchors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "anchors.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := jrun(t, "set", path, "stages.one.touchpoints.a.owner", "ops")
	if code != 1 || !strings.Contains(errOut, "alias") || !strings.Contains(errOut, "anchor") {
		t.Errorf("set on an alias: exit %d, stderr %q; want 1 and a pointer to the anchor", code, errOut)
	}
	if fileText(t, path) != string(data) {
		t.Fatalf("a refused set changed the file")
	}
	// Setting the anchor changes every use of it, in one line.
	if code, _, errOut := jrun(t, "set", path, "owner", "ops"); code != 0 {
		t.Fatalf("set the anchor: exit %d: %s", code, errOut)
	}
	removed, added := model.ChangedLines(string(data), fileText(t, path))
	if len(removed) != 1 || len(added) != 1 || added[0] != "owner: &team ops\n" {
		t.Errorf("diff -%q +%q", removed, added)
	}
	if code, out, _ := jrun(t, "get", path, "stages.one.touchpoints.b.owner"); code != 0 || out != "ops\n" {
		t.Errorf("the alias reads %q after its anchor changed", out)
	}
}

// Fields a touchpoint takes from a merge key are its fields for get, as
// they are for export and the editor.
func TestGetSeesMergeKeys(t *testing.T) {
	path := filepath.Join(t.TempDir(), "merge.yaml")
	src := "journey: 1\ntitle: Merge\nx-base: &base\n  channel: web\n  emotion: 1\n  id: shared\n" +
		"stages:\n  - id: s\n    touchpoints:\n      - id: t\n        <<: *base\n      - <<: [*base]\n        name: Merged only\n        emotion: -1\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for path2, want := range map[string]string{
		"stages.s.touchpoints.t.emotion":      "1\n",
		"stages.s.touchpoints.t.channel":      "web\n",
		"stages.s.touchpoints.1.emotion":      "-1\n",  // its own key wins over the merged one
		"stages.s.touchpoints.shared.channel": "web\n", // an id from the merge names the item
		"stages.s.touchpoints.t":              "id: t\nchannel: web\nemotion: 1\n",
		"stages.s.touchpoints.1":              "channel: web\nid: shared\nname: Merged only\nemotion: -1\n",
	} {
		code, out, errOut := jrun(t, "get", path, path2)
		if code != 0 || out != want {
			t.Errorf("get %s = %d %q (stderr %q), want %q", path2, code, out, errOut, want)
		}
	}
	if code, _, errOut := jrun(t, "get", path, "stages.s.touchpoints.t.emotio"); code != 2 || !strings.Contains(errOut, `did you mean "emotion"`) {
		t.Errorf("a misspelt merged field: exit %d, stderr %q", code, errOut)
	}
}

// rm of a stage a goal names says which goal and where; set --rename
// changes an id and every reference to it in one go.
func TestQuickEditsAndReferences(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, path)
	code, _, errOut := jrun(t, "rm", path, "stages.purchase")
	if code != 1 || !strings.Contains(errOut, `stage "purchase" cannot be removed: goal "checkout-conversion" refers to it (`+path+":") || fileText(t, path) != before {
		t.Errorf("rm of a referenced stage: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := jrun(t, "set", path, "stages.purchase.id", "buy"); code != 1 || !strings.Contains(errOut, "--rename") {
		t.Errorf("set of a referenced id: exit %d, stderr %q; want 1 and a pointer to --rename", code, errOut)
	}
	if code, _, errOut := jrun(t, "set", "--rename", path, "stages.purchase.id", "buy"); code != 0 {
		t.Fatalf("set --rename: exit %d: %s", code, errOut)
	}
	m := loadMap(t, path)
	for _, g := range m.Goals {
		for _, s := range g.Stages {
			if s == "purchase" {
				t.Errorf("goal %s still names stage purchase", g.Key())
			}
		}
	}
	if code, out, _ := jrun(t, "get", path, "goals.checkout-conversion.stages"); code != 0 || !strings.Contains(out, "buy") {
		t.Errorf("the goal's stages after the rename: %q", out)
	}
}

// get --format json prints any value as JSON a script can read: numbers as
// numbers, dates as strings, merges applied, zero-width characters escaped.
func TestGetFormatJSON(t *testing.T) {
	shop := "../../maps/online-shop.yaml"
	code, out, errOut := jrun(t, "get", "--format", "json", shop, "goals.first-order-csat")
	var goal struct {
		ID       string  `json:"id"`
		Baseline float64 `json:"baseline"`
		Start    string  `json:"start"`
		History  []struct {
			Date  string  `json:"date"`
			Value float64 `json:"value"`
		} `json:"history"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &goal) != nil || goal.ID != "first-order-csat" || goal.Baseline != 3.8 || goal.Start != "2026-06-01" || len(goal.History) == 0 {
		t.Errorf("get --format json of a goal = %d %q (stderr %q)", code, out, errOut)
	}
	for path, want := range map[string]string{
		"stages.purchase.touchpoints.checkout-form.emotion": "-2\n",
		"title": "\"First purchase at Leafline\"\n",
	} {
		if code, out, _ := jrun(t, "get", "-f", "json", shop, path); code != 0 || out != want {
			t.Errorf("get -f json %s = %d %q, want %q", path, code, out, want)
		}
	}
	dir := t.TempDir()
	odd := filepath.Join(dir, "odd.yaml")
	if err := os.WriteFile(odd, []byte("journey: 1\ntitle: \"Zero\u200bwidth\"\nx-base: &b {owner: ops}\nx-item:\n  <<: *b\n  id: i\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := jrun(t, "get", "-f", "json", odd, "title"); code != 0 || out != "\"Zero\\u200bwidth\"\n" {
		t.Errorf("a zero-width character in JSON: %q", out)
	}
	if code, out, _ := jrun(t, "get", "-f", "json", odd, "x-item"); code != 0 || out != "{\n  \"owner\": \"ops\",\n  \"id\": \"i\"\n}\n" {
		t.Errorf("a merge in JSON: %d %q", code, out)
	}
	if code, out, errOut := jrun(t, "get", "--format", "yaml", shop, "title"); code != 2 || out != "" || !strings.Contains(errOut, "text or json") {
		t.Errorf("an unknown format: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// A position past the end of the list is refused, not read as "at the
// end": in its own list the item can go to 0..n-1, in another to 0..n.
func TestMvRefusesAPositionPastTheEnd(t *testing.T) {
	shop := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, shop)
	code, _, stderr := jrun(t, "mv", shop, "stages.purchase.touchpoints.payment", "--at", "4")
	if code != 2 || !strings.Contains(stderr, "--at 4 is past the end of the list: it takes 0 to 3") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	n := len(loadMap(t, shop).Stages[3].Touchpoints)
	code, _, stderr = jrun(t, "mv", shop, "stages.purchase.touchpoints.payment", "--to", "stages.delivery.touchpoints", "--at", strconv.Itoa(n+1))
	if code != 2 || !strings.Contains(stderr, "past the end") {
		t.Errorf("into another list: exit %d, %q", code, stderr)
	}
	if fileText(t, shop) != before {
		t.Fatal("a refused move changed the file")
	}
	if code, _, stderr := jrun(t, "mv", shop, "stages.purchase.touchpoints.payment", "--to", "stages.delivery.touchpoints", "--at", strconv.Itoa(n)); code != 0 {
		t.Errorf("a move to the end of another list was refused: %d %s", code, stderr)
	}
	if m := loadMap(t, shop); m.Stages[3].Touchpoints[n].ID != "payment" {
		t.Errorf("the payment touchpoint is not last in delivery: %+v", m.Stages[3].Touchpoints[n].ID)
	}
}
