package model

import (
	"fmt"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// agreesWithParse fails the test when the document's typed map (at the
// file's lines), its diagnostics or its kept figures differ from a fresh
// parse of its text.
func agreesWithParse(t *testing.T, d *Doc, what string) {
	t.Helper()
	fresh, err := Parse(d.path, d.Bytes(), d.today)
	if err != nil {
		t.Fatalf("%s: the text no longer loads: %v", what, err)
	}
	if diff := firstDiff("Map", reflect.ValueOf(d.Map()), reflect.ValueOf(fresh.Map()), d, fresh); diff != "" {
		t.Fatalf("%s: map differs from a fresh decode: %s", what, diff)
	}
	if got, want := diagLines(d.Diagnostics()), diagLines(fresh.Diagnostics()); got != want {
		t.Fatalf("%s: diagnostics\n--- got\n%s\n--- want\n%s", what, got, want)
	}
	if got, want := fmt.Sprint(Funnel(d.Map()), CurvePersonas(d.Map()), LinksGoals(d.Map())),
		fmt.Sprint(Funnel(fresh.Map()), CurvePersonas(fresh.Map()), LinksGoals(fresh.Map())); got != want {
		t.Fatalf("%s: derived figures %s, a fresh decode gives %s", what, got, want)
	}
}

func itemNode(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatal(err)
	}
	return n.Content[0]
}

const reviewMap = `journey: 1
title: Review
personas:
  - name: José
stages:
  - id: s1
    name: One
    pain_points:
      - text: First pain
    touchpoints:
      - id: t1
        name: Touch
        pain_points:
          - text: Deep pain
      - id: t2
        name: Other
  - id: s2
    name: Two
    opportunities:
      - text: Fix it
        addresses: [first-pain]
        impact: high
        effort: low
`

// Lines an insert brings are numbered between their neighbours'; after
// some twenty inserts at one place there is no room left and the whole
// text is numbered afresh. The items the patch did not touch must then
// not keep positions in the old numbering.
func TestStructuralPatchAfterLinesNumberedAfresh(t *testing.T) {
	d, err := Parse("review.yaml", []byte(reviewMap), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	list := yamldoc.Path{"stages", "0", "pain_points"}
	for i := range 30 {
		a, err := Add(d, list, 0, fmt.Sprintf("Pain %d", i))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Apply(a.Edit); err != nil {
			t.Fatal(err)
		}
		agreesWithParse(t, d, fmt.Sprintf("insert %d", i))
	}
}

// A touchpoint's emotions key names a persona even when its value is
// empty: a full decode checks that reference, so an insert naming no
// persona is refused, as it would be without the patch.
func TestStructuralInsertWithEmptyEmotionForNobody(t *testing.T) {
	d, err := Parse("review.yaml", []byte(reviewMap), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Add(d, yamldoc.Path{"stages", "0", "touchpoints", "1", "pain_points"}, -1, "Slow page")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	ins := yamldoc.Insert(yamldoc.Path{"stages", "0", "touchpoints"}, 2, itemNode(t, "name: New\nemotions:\n  nobody:\n"))
	ref, _ := Parse("review.yaml", d.Bytes(), docTodayModel)
	ref.shared = true // decodes every edit in full
	_, rerr := ref.Apply(ins)
	_, err = d.Apply(ins)
	if fmt.Sprint(err) != fmt.Sprint(rerr) {
		t.Fatalf("insert: %v; a full decode gives %v", err, rerr)
	}
	agreesWithParse(t, d, "insert")
}

// An empty emotion written with a persona's slug from before
// transliteration is warned about; the warning goes with its touchpoint.
func TestStructuralDeleteOfEmptyOldSlugEmotion(t *testing.T) {
	src := reviewMap + `    touchpoints:
      - id: t3
        name: Third
        emotions:
          jos:
      - id: t4
        name: Fourth
`
	d, err := Parse("review.yaml", []byte(src), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics()) != 1 {
		t.Fatalf("diagnostics\n%s\nwant the old slug's warning", diagLines(d.Diagnostics()))
	}
	a, err := Add(d, yamldoc.Path{"stages", "1", "touchpoints", "1", "pain_points"}, -1, "Slow page")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	agreesWithParse(t, d, "add")
	if _, err := d.Apply(yamldoc.Delete(yamldoc.Path{"stages", "1", "touchpoints", "0"})); err != nil {
		t.Fatal(err)
	}
	agreesWithParse(t, d, "delete")
}

// The warning about an opportunity its map's method cannot score quotes
// its text: a new text must show in it.
func TestTextOfUnscoredOpportunityShowsInItsWarning(t *testing.T) {
	src := `journey: 1
title: Review
stages:
  - id: s1
    name: One
    opportunities:
      - id: o1
        text: Old words
        impact: high
`
	d, err := Parse("review.yaml", []byte(src), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	a, err := SetField(d, yamldoc.Path{"stages", "0", "opportunities", "0"}, "text", "New words")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	agreesWithParse(t, d, "set text")
}
