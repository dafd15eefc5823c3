package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/journey-maps/journey/maps"
	"github.com/journey-maps/journey/model"
)

// lineDiff is what changed between two texts, line by line (a longest
// common subsequence): the lines only in a and the lines only in b.
func lineDiff(a, b string) (removed, added []string) {
	al, bl := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	n, m := len(al), len(bl)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if al[i] == bl[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && al[i] == bl[j]:
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			added = append(added, bl[j])
			j++
		default:
			removed = append(removed, al[i])
			i++
		}
	}
	return removed, added
}

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Recording a goal on every sample changes its current line and adds one
// history line; every other byte stays.
func TestRecordTouchesOnlyItsLines(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-12-31")
	for _, sample := range maps.Samples() {
		for _, g := range loadMap(t, filepath.Join("../../maps", sample)).Goals {
			path := sampleCopy(t, sample)
			before := fileText(t, path)
			code, out, errOut := jrun(t, "record", path, g.Key(), "77.5")
			if code != 0 {
				t.Fatalf("%s %s: exit %d: %s", sample, g.Key(), code, errOut)
			}
			if !strings.HasPrefix(out, g.Key()+": ") || !strings.Contains(out, "history +1") {
				t.Errorf("%s %s: output %q", sample, g.Key(), out)
			}
			removed, added := lineDiff(before, fileText(t, path))
			for _, l := range removed {
				if !strings.Contains(l, "current:") {
					t.Errorf("%s %s: removed %q", sample, g.Key(), l)
				}
			}
			var curLines, histLines int
			for _, l := range added {
				switch {
				case strings.Contains(l, "current: 77.5"):
					curLines++
				case strings.Contains(l, "2026-12-31") && strings.Contains(l, "77.5"):
					histLines++
				case strings.TrimSpace(l) == "history:":
				default:
					t.Errorf("%s %s: added %q", sample, g.Key(), l)
				}
			}
			if curLines != 1 || histLines != 1 || len(removed) > 1 {
				t.Errorf("%s %s: -%q +%q", sample, g.Key(), removed, added)
			}
			after := loadMap(t, path)
			var got model.Goal
			for _, a := range after.Goals {
				if a.Key() == g.Key() {
					got = a
				}
			}
			last := got.History[len(got.History)-1]
			if got.Current == nil || *got.Current != 77.5 || last.Date.String() != "2026-12-31" || last.Value != 77.5 {
				t.Errorf("%s %s: current %v, last history %v", sample, g.Key(), got.Current, last)
			}
		}
	}
}

const crlfMap = "# Checkout, kept by the e-commerce team\r\n" +
	"journey: 1\r\n" +
	"title: Checkout\r\n" +
	"goals:\r\n" +
	"  - id: csat   # the survey after delivery\r\n" +
	"    baseline: 3.6\r\n" +
	"    target: 4.2\r\n" +
	"    current: 3.7  # October\r\n" +
	"    start: 2026-09-01\r\n" +
	"    due: 2027-03-01\r\n" +
	"    history:\r\n" +
	"      # monthly survey\r\n" +
	"      - date: 2026-09-01\r\n" +
	"        value: 3.6\r\n" +
	"      - date: 2026-10-01\r\n" +
	"        value: 3.7\r\n" +
	"stages:\r\n" +
	"  - name: Buy   # one stage is enough\r\n"

func TestRecordKeepsCRLFAndComments(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-11-02")
	path := writeTemp(t, "crlf.yaml", crlfMap)
	if code, _, errOut := jrun(t, "record", path, "csat", "3.8"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := strings.Replace(crlfMap, "current: 3.7  # October", "current: 3.8  # October", 1)
	want = strings.Replace(want, "        value: 3.7\r\n", "        value: 3.7\r\n      - date: 2026-11-02\r\n        value: 3.8\r\n", 1)
	if got := fileText(t, path); got != want {
		t.Errorf("after record:\n%q\nwant\n%q", got, want)
	}
	// An older measurement goes into its place and leaves current alone.
	if code, out, errOut := jrun(t, "record", path, "csat", "3.65", "--date", "2026-09-15"); code != 0 || !strings.Contains(out, "3.8/") && !strings.Contains(out, "(3.8,") {
		t.Fatalf("exit %d, out %q: %s", code, out, errOut)
	}
	want = strings.Replace(want, "        value: 3.6\r\n", "        value: 3.6\r\n      - date: 2026-09-15\r\n        value: 3.65\r\n", 1)
	if got := fileText(t, path); got != want {
		t.Errorf("after an older record:\n%q\nwant\n%q", got, want)
	}
	// The same day again replaces that day's value.
	if code, _, errOut := jrun(t, "record", path, "csat", "3.9"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want = strings.Replace(want, "current: 3.8  # October", "current: 3.9  # October", 1)
	want = strings.Replace(want, "        value: 3.8\r\n", "        value: 3.9\r\n", 1)
	if got := fileText(t, path); got != want {
		t.Errorf("after recording the same day:\n%q\nwant\n%q", got, want)
	}
}

func TestRecordRefusals(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, path)
	for _, tt := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"first-order-csat", "high"}, 1, `value must be a number, got "high"`},
		{[]string{"first-order-csatt", "4"}, 2, `no goal "first-order-csatt"; did you mean "first-order-csat"?`},
		{[]string{"first-order-csat", "4", "--date", "2026-02-30"}, 2, "--date"},
		{[]string{"first-order-csat"}, 2, "takes 3 arguments"},
		{[]string{"first-order-csat", "4", "--when", "x"}, 2, "unknown flag: --when"},
	} {
		code, _, errOut := jrun(t, append([]string{"record", path}, tt.args...)...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("record %v: exit %d, %q; want %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	if fileText(t, path) != before {
		t.Error("a refused record changed the file")
	}
	if code, _, _ := jrun(t, "record", filepath.Join(t.TempDir(), "none.yaml"), "x", "1"); code != 2 {
		t.Errorf("record on a missing map: exit %d, want 2", code)
	}
}

// A negative value is a value, not a flag (an NPS can fall below zero).
func TestRecordNegativeValue(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-11-02")
	path := writeTemp(t, "nps.yaml", "journey: 1\ntitle: T\ngoals:\n  - id: nps\n    baseline: -10\n    target: 20\n")
	code, out, errOut := jrun(t, "record", path, "nps", "-4")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "journey: 1\ntitle: T\ngoals:\n  - id: nps\n    baseline: -10\n    target: 20\n    current: -4\n    history:\n      - date: 2026-11-02\n        value: -4\n"
	if got := fileText(t, path); got != want {
		t.Errorf("file:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(out, "nps: not started → on track (-4, progress 20%, history +1)") {
		t.Errorf("output %q", out)
	}
}

func TestIngestOneBadRowChangesNothing(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, path)
	data := writeTemp(t, "nightly.csv", "path,value,date\n"+
		"goals.checkout-conversion,51,2026-12-01\n"+
		"stages.awareness.reached,50000,2026-12-01\n"+
		"stages.awareness.reachd,50000,2026-12-01\n"+
		"goals.first-order-csat,4.5,2026-12-01\n")
	code, out, errOut := jrun(t, "ingest", path, data)
	if code != 1 || out != "" {
		t.Errorf("exit %d, out %q; want 1 and nothing", code, out)
	}
	if want := data + `:4: stages.awareness.reachd: a stage has no field "reachd"; did you mean "reached"?`; !strings.Contains(errOut, want) {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	if fileText(t, path) != before {
		t.Error("the map changed although a row was bad")
	}
}

func TestIngestRowErrorsNameTheirLines(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, path)
	for _, tt := range []struct {
		name, data string
		want       []string
	}{
		{"same goal and day twice", "path,value,date\ngoals.first-order-csat,4.5,2026-12-01\nstages.awareness.reached,1,\ngoals.first-order-csat,4.6,2026-12-01\n",
			[]string{":4: goals.first-order-csat is measured twice on 2026-12-01, on lines 2 and 4; keep one"}},
		{"wrong types and dates", "value,path,date\n4.x,goals.first-order-csat,\n1,stages.awareness.touchpoints,\n2,goals.first-order-csat,2026-13-01\n",
			[]string{":2: goals.first-order-csat: value must be a number", ":3: stages.awareness.touchpoints is a list or a mapping", `:4: goals.first-order-csat: bad date "2026-13-01"`}},
		{"a header is required", "goals.first-order-csat,4.5\n", []string{`:1: unknown column "goals.first-order-csat"`}},
		{"a quoted CSV field spans lines", "path,value\n\"stages.awareness.description\",\"two\nlines\"\ngoals.nope,1\n", []string{`:4: goals.nope: no item "nope" in goals`}},
		{"JSON: a string where a number goes", `[
  {"path": "goals.first-order-csat", "value": 4.5},
  {"path": "stages.awareness.reached",
   "value": "50000"},
  {"path": "goals.first-order-csat", "value": 4.6, "date": "2026-12-01", "source": "survey"}
]`, []string{":3: stages.awareness.reached takes a JSON number, got a string", `:5: unknown key "source"`}},
		{"goal recorded and its current set", "path,value\ngoals.first-order-csat,4.5\ngoals.first-order-csat.current,4.4\n",
			[]string{":3: goals.first-order-csat.current is also recorded by line 2"}},
	} {
		data := writeTemp(t, "data", tt.data)
		code, _, errOut := jrun(t, "ingest", path, data)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", tt.name, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, data+w) {
				t.Errorf("%s: stderr\n%s\nwant a line with %q", tt.name, errOut, data+w)
			}
		}
		if fileText(t, path) != before {
			t.Fatalf("%s: the map changed", tt.name)
		}
	}
	if code, _, _ := jrun(t, "ingest", path, filepath.Join(t.TempDir(), "none.csv")); code != 2 {
		t.Errorf("ingest of a missing file: exit %d, want 2", code)
	}
}

// The seeds' loop from a nightly export: goals recorded, a funnel count
// updated, and the summary says which goal's status moved.
func TestIngestAppliesAllAndSaysWhatMoved(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-12-02")
	path := sampleCopy(t, "online-shop.yaml")
	before := fileText(t, path)
	data := writeTemp(t, "nightly.json", `[
  {"path": "goals.checkout-conversion", "value": 53, "date": "2026-12-01"},
  {"path": "goals.checkout-conversion", "value": 49.6, "date": "2026-10-15"},
  {"path": "stages.awareness.reached", "value": 51000, "date": "2026-12-01"},
  {"path": "stages.awareness.reached", "value": 49000, "date": "2026-11-30"},
  {"path": "stages.purchase.touchpoints.checkout-form.feeling", "value": "hopeful"}
]`)
	code, out, errOut := jrun(t, "ingest", path, data, "--dry-run")
	if code != 0 || fileText(t, path) != before {
		t.Fatalf("dry run: exit %d (%s), or the file changed", code, errOut)
	}
	wantOut := "checkout-conversion: at risk → on track (53%, progress 58%, history +2)\n" +
		"stages.awareness.reached: 48000 → 51000\n" +
		"stages.purchase.touchpoints.checkout-form.feeling: frustrated → hopeful\n"
	if out != wantOut+"dry run: would apply 5 rows to "+path+"\n" {
		t.Errorf("dry run said\n%s", out)
	}
	code, out, errOut = jrun(t, "ingest", path, data)
	if code != 0 || out != wantOut+"applied 5 rows to "+path+"\n" {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	removed, added := lineDiff(before, fileText(t, path))
	wantRemoved := []string{"    current: 50\n", "    reached: 48000\n", "        feeling: frustrated\n"}
	wantAdded := []string{"    current: 53\n", "      - { date: 2026-10-15, value: 49.6 }\n", "      - { date: 2026-12-01, value: 53 }\n",
		"    reached: 51000\n", "        feeling: hopeful\n"}
	if !slices.Equal(removed, wantRemoved) || !slices.Equal(added, wantAdded) {
		t.Errorf("changed lines -%q +%q", removed, added)
	}
}

// Every journey command in docs/measure.md and in the --help of record,
// ingest and priorities runs as documented, in a scratch copy of the
// samples and the example data.
func TestMeasureExamplesRun(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-12-02")
	doc, err := os.ReadFile("../../docs/measure.md")
	if err != nil {
		t.Fatal(err)
	}
	var examples []string
	inShell := false
	for _, l := range strings.Split(string(doc), "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			inShell = l == "```sh"
		case inShell && strings.HasPrefix(l, "journey "):
			examples = append(examples, l)
		}
	}
	root := newRootCmd(env{})
	for _, name := range []string{"record", "ingest", "priorities"} {
		c, _, err := root.Find([]string{name})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(c.Example, "\n") {
			examples = append(examples, strings.TrimSpace(l))
		}
	}
	if len(examples) < 10 {
		t.Fatalf("found only %d examples: %q", len(examples), examples)
	}
	dir := t.TempDir()
	for _, f := range []string{"maps/online-shop.yaml", "maps/saas-trial.yaml", "testdata/measure/nightly.csv", "testdata/measure/nightly.json"} {
		data, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, ex := range examples {
		args := strings.Fields(strings.TrimPrefix(ex, "journey "))
		if code, _, errOut := jrun(t, args...); code != 0 {
			t.Errorf("%s: exit %d: %s", ex, code, errOut)
		}
	}
}
