package portfolio

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

func loadAll(t *testing.T, paths ...string) map[string]*model.Doc {
	t.Helper()
	out := map[string]*model.Doc{}
	for _, p := range paths {
		d, err := model.Load(p, today)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[p] = d
	}
	return out
}

// A cycle of sub-journeys is reported at both stages that make it.
func TestSubJourneyCycleIsReportedAtBothLocations(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "sub", "b.yaml")
	writeFile(t, a, "journey: 1\ntitle: A\nstages:\n  - id: one\n  - id: pay\n    journey: sub/b.yaml\n")
	writeFile(t, b, "journey: 1\ntitle: B\nstages:\n  - id: back\n    journey: ../a.yaml\n")
	ds := CheckSubJourneys(loadAll(t, a), today)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		a + `:5:5: error: stage "pay": sub-journeys form a cycle: ` + a + " → " + b + " → " + a,
		b + `:4:5: error: stage "back": sub-journeys form a cycle: ` + a + " → " + b + " → " + a,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSubJourneyMustExistAndBeAMap(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yaml")
	writeFile(t, a, "journey: 1\ntitle: A\nstages:\n  - id: one\n    journey: missing.yaml\n  - id: two\n    journey: ci.yml\n  - id: three\n    journey: ok.yaml\n  - id: four\n    journey: a.yaml\n")
	writeFile(t, filepath.Join(dir, "ci.yml"), "on: push\n")
	writeFile(t, filepath.Join(dir, "ok.yaml"), "journey: 1\ntitle: OK\nstages: []\n")
	var got []string
	for _, d := range CheckSubJourneys(loadAll(t, a), today) {
		got = append(got, d.Message)
	}
	want := []string{
		`stage "one": sub-journey ` + filepath.Join(dir, "missing.yaml") + ": no such file or directory",
		`stage "two": sub-journey ` + filepath.Join(dir, "ci.yml") + " is not a journey map (no top-level journey:)",
		`stage "four": sub-journeys form a cycle: ` + a + " → " + a,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
