package semdiff

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"go.yaml.in/yaml/v3"
)

var today = model.Date{Year: 2026, Month: 10, Day: 1}

func decode(t *testing.T, src string) *model.Map {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		t.Fatal(err)
	}
	m, diags := model.Decode("m.yaml", &root, model.Date{})
	if diags.HasErrors() {
		t.Fatalf("test map has errors:\n%v\n%s", diags, src)
	}
	return m
}

func base(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// edit replaces text in the base map, failing when it is not there, so a
// test never passes on an edit that did nothing.
func edit(t *testing.T, src string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(src, pairs[i]) {
			t.Fatalf("base map lacks %q", pairs[i])
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

func TestDiffNamesEachKindOfChange(t *testing.T) {
	tests := []struct {
		name  string
		edits []string
		want  []string
	}{
		{"emotion change",
			[]string{"emotion: -2\n", "emotion: 0\n"},
			[]string{"~ Checkout form: emotion -2 -> 0", "~ Purchase: mean emotion -1 -> 0"}},
		{"emotion added and a persona's emotion changed",
			[]string{"        channel: email\n        emotion: -1\n", "        channel: email\n", "emotions: { maya: -2 }", "emotions: { maya: -1 }"},
			[]string{"~ Checkout form: emotion of maya -2 -> -1", "~ Tracking email: emotion -1 -> (none)", "~ Delivery: mean emotion -1 -> (none)"}},
		{"renamed touchpoint keeps its id",
			[]string{"name: Checkout form", "name: Checkout on mobile"},
			[]string{`~ touchpoint checkout: renamed "Checkout form" -> "Checkout on mobile"`}},
		{"touchpoint moved to another stage",
			[]string{"      - id: cart\n        name: Cart\n        channel: web\n        emotion: 0\n", "",
				"    touchpoints:\n      - id: tracking", "    touchpoints:\n      - id: cart\n        name: Cart\n        channel: web\n        emotion: 0\n      - id: tracking"},
			// (0 + -2) / 2 = -1 before, -2 after; Delivery (-1 + 0) / 2.
			[]string{"~ Purchase: mean emotion -1 -> -2", "~ Cart: moved Purchase -> Delivery", "~ Delivery: mean emotion -1 -> -0.5"}},
		{"touchpoint added and removed",
			[]string{"      - id: search-ad\n        name: Search ad\n        channel: ads\n        emotion: 0\n", "      - id: tiktok\n        name: TikTok video\n"},
			[]string{`- touchpoint "Search ad" from Awareness`, `+ touchpoint "TikTok video" in Awareness`, "~ Awareness: mean emotion +0.5 -> +1"}},
		{"stage added, removed and renamed",
			[]string{"  - id: delivery\n    name: Delivery\n", "  - id: delivery\n    name: Shipping\n",
				"  - id: awareness\n    name: Awareness\n    reached: 12000\n", "  - id: discovery\n    name: Discovery\n    reached: 12000\n"},
			// A new id is a new stage: its touchpoints kept theirs, so they moved.
			[]string{`- stage "Awareness"`, `+ stage "Discovery"`, "~ Instagram story ad: moved Awareness -> Discovery",
				"~ Search ad: moved Awareness -> Discovery", `~ stage delivery: renamed "Delivery" -> "Shipping"`}},
		{"pain point severity, votes and drop-off",
			[]string{"            severity: high\n            drop_off: true\n            votes: 4\n", "            severity: critical\n            votes: 9\n"},
			[]string{"~ Checkout form: pain point late-shipping severity high -> critical",
				"~ Checkout form: pain point late-shipping drop-off yes -> no",
				"~ Checkout form: pain point late-shipping votes 4 -> 9"}},
		{"pain point without id: text edited, added, removed",
			[]string{"text: No delivery date", "text: No delivery date or gift note",
				"      - text: Half of the carts are abandoned\n        severity: high\n", "      - text: Coupon field distracts\n"},
			[]string{`~ Purchase: pain point "Half of the carts are abandoned" text "Half of the carts are abandoned" -> "Coupon field distracts"`,
				`~ Purchase: pain point "Coupon field distracts" severity high -> (none)`,
				`~ Checkout form: pain point "No delivery date" text "No delivery date" -> "No delivery date or gift note"`}},
		{"opportunity status and votes, and a new one",
			[]string{"            status: idea\n            votes: 2\n", "            status: planned\n            votes: 5\n          - text: Free shipping over 40 EUR\n"},
			[]string{"~ Checkout form: opportunity shipping-on-product-page status idea -> planned",
				"~ Checkout form: opportunity shipping-on-product-page votes 2 -> 5",
				`+ Checkout form: opportunity "Free shipping over 40 EUR"`}},
		{"goal value, history and status",
			[]string{"current: 3.7", "current: 4.3", "      - { date: 2026-09-01, value: 3.7 }\n", "      - { date: 2026-09-01, value: 4.3 }\n"},
			[]string{"~ goal Raise checkout CSAT: current 3.7/5 -> 4.3/5",
				"~ goal Raise checkout CSAT: measurement 2026-09-01 3.7/5 -> 4.3/5",
				// (3.7 - 3.6) / (4.2 - 3.6) and (4.3 - 3.6) / 0.6, raw.
				"~ goal Raise checkout CSAT: progress 16.7% -> 116.7%",
				"~ goal Raise checkout CSAT: status at risk -> achieved"}},
		{"metadata",
			[]string{"title: First purchase", "title: First online purchase", "state: current", "state: ideal",
				"updated: 2026-11-02", "updated: 2026-11-20", "owner: Shop team\n", "", "tags: [ecommerce, mobile]", "tags: [ecommerce, checkout]"},
			[]string{`~ title: "First purchase" -> "First online purchase"`, `~ owner: "Shop team" -> (none)`,
				"~ state: current -> ideal", "~ updated: 2026-11-02 -> 2026-11-20", `- tag "mobile"`, `+ tag "checkout"`}},
		{"stage figures and metrics",
			[]string{"reached: 1300", "reached: 1450", "metrics: { click_through: 0.02 }", "metrics: { click_through: 0.03, cpc: 0.7 }"},
			// 1 - 1300/12000 = 89.17%, 1 - 1450/12000 = 87.92%.
			[]string{"~ Awareness: metric click_through 0.02 -> 0.03", "+ Awareness: metric cpc 0.7", "~ Purchase: reached 1300 -> 1450",
				"~ Purchase: drop-off 89.2% -> 87.9%"}},
		{"persona changes and actions",
			[]string{"segment: first-time buyers", "segment: returning buyers", "actions: [Taps the ad]", "actions: [Taps the ad, Swipes up]"},
			[]string{`~ persona Maya, busy parent: segment "first-time buyers" -> "returning buyers"`, `+ Instagram story ad: action "Swipes up"`}},
		{"reformatting alone is no change",
			[]string{"tags: [ecommerce, mobile]", "tags:\n  - ecommerce\n  - mobile  # both", "emotion: 1", "emotion: +1"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := base(t)
			got := Diff(decode(t, b), decode(t, edit(t, b, tt.edits...)), today)
			var lines []string
			for _, c := range got {
				lines = append(lines, c.String())
			}
			if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDiffReportsReorderedStagesAndTouchpoints(t *testing.T) {
	old := decode(t, `journey: 1
title: T
stages:
  - {id: a, name: A, touchpoints: [{id: x, name: X}, {id: y, name: Y}, {id: z, name: Z}]}
  - {id: b, name: B}
`)
	new := decode(t, `journey: 1
title: T
stages:
  - {id: b, name: B}
  - {id: a, name: A, touchpoints: [{id: z, name: Z}, {id: x, name: X}, {id: w, name: W}]}
`)
	got := Text(Diff(old, new, today))
	want := `~ stage order: A, B -> B, A
- touchpoint "Y" from A
+ touchpoint "W" in A
~ A: touchpoint order X, Z -> Z, X
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestDiffOfAMapWithItselfIsEmpty(t *testing.T) {
	paths := []string{"testdata/base.yaml", "../../maps/online-shop.yaml", "../../maps/saas-trial.yaml", "../../maps/insurance-claim.yaml"}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if cs := Diff(decode(t, string(data)), decode(t, string(data)), today); len(cs) != 0 {
			t.Errorf("%s against itself: %v", p, cs)
		}
	}
}

func TestDiffAgainstNoMapListsEverythingAdded(t *testing.T) {
	got := Diff(nil, decode(t, "journey: 1\ntitle: T\nstages: [{id: a, name: A, touchpoints: [{id: x, name: X}]}]\n"), today)
	want := `~ format version: (none) -> 1
~ title: (none) -> "T"
+ stage "A"
+ touchpoint "X" in A
`
	if Text(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", Text(got), want)
	}
}

func TestDiffTextIsSafeForATerminal(t *testing.T) {
	old := decode(t, "journey: 1\ntitle: T\nstages: [{id: a, name: \"A\\e[2J\", touchpoints: [{id: x, name: \"X\\e]0;pwn\\a\", emotion: 1}]}]\n")
	new := decode(t, "journey: 1\ntitle: \"T\\e[31m\"\nstages: [{id: a, name: \"A\\e[2J\", touchpoints: [{id: x, name: \"X\\e]0;pwn\\a\", emotion: 2}]}]\n")
	out := Text(Diff(old, new, today)) + Markdown(Diff(old, new, today), "a\x1b", "b")
	if strings.ContainsAny(out, "\x1b\a") {
		t.Errorf("control characters reach the output: %q", out)
	}
	if !strings.Contains(out, `~ title: "T" -> "T\x1b[31m"`) {
		t.Errorf("escaped title missing: %q", out)
	}
}

func TestMarkdownPutsChangesInADiffBlock(t *testing.T) {
	b := base(t)
	cs := Diff(decode(t, b), decode(t, edit(t, b, "emotion: -2\n", "emotion: 0\n", "name: Cart", "name: Basket", "  - id: delivery\n", "  - id: delivery\n    x-n: 1\n")), today)
	got := Markdown(cs, "HEAD:map.yaml", "map.yaml")
	want := "### Journey map changes: `HEAD:map.yaml` → `map.yaml`\n\n2 changed, 1 derived.\n\n```diff\n" +
		"! touchpoint cart: renamed \"Cart\" -> \"Basket\"\n! Checkout form: emotion -2 -> 0\n! Purchase: mean emotion -1 -> 0\n```\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := Markdown(nil, "a", "b"); !strings.Contains(got, "No changes to the map.") {
		t.Errorf("empty diff: %s", got)
	}
}

func TestDiffReportsMovesInThePriorityRanking(t *testing.T) {
	old := decode(t, `journey: 1
title: T
stages:
  - id: s
    opportunities:
      - {id: a, text: A, impact: high, effort: low}
      - {id: b, text: B, impact: medium, effort: medium}
      - {id: c, text: C, impact: low, effort: high}
`)
	// c jumps to the top; a new opportunity d in second place shifts a
	// and b's ranks, but their order relative to each other holds. Moves
	// are listed in the new ranking's order.
	new := decode(t, `journey: 1
title: T
stages:
  - id: s
    opportunities:
      - {id: a, text: A, impact: high, effort: low}
      - {id: b, text: B, impact: medium, effort: medium}
      - {id: c, text: C, impact: high, effort: low, votes: 3}
      - {id: d, text: D, impact: high, effort: low, votes: 1}
`)
	got := Text(Diff(old, new, today))
	want := `~ s: opportunity c impact low -> high
~ s: opportunity c effort high -> low
~ s: opportunity c votes 0 -> 3
+ s: opportunity "D"
~ opportunity c: priority rank 3 -> 1
~ opportunity a: priority rank 1 -> 3
~ opportunity b: priority rank 2 -> 4
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestJSONGivesKindPathAndValues(t *testing.T) {
	b := base(t)
	cs := Diff(decode(t, b), decode(t, edit(t, b, "emotion: -2\n", "emotion: 0\n", "current: 3.7", "current: 3.9",
		"            votes: 4\n", "            votes: 6\n", "tags: [ecommerce, mobile]", "tags: [ecommerce]",
		"      - id: search-ad\n", "      - id: search-ad\n        x: 1\n")), today)
	got, err := JSON(cs)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Changes []struct {
			Kind, Path string
			Old, New   any
		}
	}
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	var lines []string
	for _, c := range doc.Changes {
		lines = append(lines, fmt.Sprintf("%s %s %v %v", c.Kind, c.Path, c.Old, c.New))
	}
	want := []string{
		"removed tags mobile <nil>",
		"changed goals.csat.current 3.7 3.9",
		// (3.7 - 3.6) / 0.6 and (3.9 - 3.6) / 0.6
		"derived goals.csat.progress 16.7 50",
		"changed stages.purchase.touchpoints.checkout.emotion -2 0",
		"changed stages.purchase.touchpoints.checkout.pain_points.late-shipping.votes 4 6",
		"derived stages.purchase.mean_emotion -1 0",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s\njson:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"), got)
	}
	if !strings.HasPrefix(string(got), "{\n  \"changes\": [\n    {\n      \"kind\": \"removed\",\n      \"path\": \"tags\",\n      \"old\": \"mobile\",\n      \"new\": null\n") {
		t.Errorf("layout:\n%s", got)
	}
	if empty, _ := JSON(nil); string(empty) != "{\n  \"changes\": []\n}\n" {
		t.Errorf("no changes: %s", empty)
	}
}
