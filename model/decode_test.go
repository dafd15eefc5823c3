package model

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// formatExample is the example at the end of FORMAT.md, verbatim.
const formatExample = `# yaml-language-server: $schema=../journey.schema.json
journey: 1
title: First online purchase
state: current
updated: 2026-11-02

personas:
  - id: maya
    name: Maya, busy parent
    segment: first-time buyers

goals:
  - id: csat
    name: Raise checkout CSAT by 15%
    metric: CSAT
    unit: /5
    baseline: 3.6
    target: 4.14
    current: 3.9
    start: 2026-06-01
    due: 2026-12-01

stages:
  - id: awareness
    name: Awareness
    reached: 12000
    touchpoints:
      - id: instagram-ad
        name: Instagram story ad
        channel: social
        emotion: 1
        feeling: curious
        pain_points:
          - text: Ad promises free shipping, the landing page never mentions it
            severity: high

  - id: purchase
    name: Purchase
    reached: 1300
    touchpoints:
      - id: checkout
        name: Checkout form
        channel: web
        emotion: -2   # the low point of the journey
        pain_points:
          - text: Shipping cost appears only at the last step
            severity: critical
            drop_off: true
        opportunities:
          - text: Show shipping cost on the product page
            impact: high
            effort: low
            status: planned
`

func pointerTo[T any](v T) *T { return &v }

func TestDecodeFormatExample(t *testing.T) {
	got, diags := decodeSource(t, "example.yaml", []byte(formatExample))
	if len(diags) != 0 {
		t.Fatalf("the format's own example has problems:\n%s", diagLines(diags))
	}
	want := &Map{
		Journey: 1,
		Title:   "First online purchase",
		State:   "current",
		Updated: Date{2026, time.November, 2},
		Personas: []Persona{{
			ID: "maya", Name: "Maya, busy parent", Segment: "first-time buyers", Pos: Pos{8, 5},
		}},
		Goals: []Goal{{
			ID: "csat", Name: "Raise checkout CSAT by 15%", Metric: "CSAT", Unit: "/5",
			Baseline: pointerTo(3.6), Target: pointerTo(4.14), Current: pointerTo(3.9),
			Start: Date{2026, time.June, 1}, Due: Date{2026, time.December, 1}, Pos: Pos{13, 5},
		}},
		Stages: []Stage{{
			ID: "awareness", Name: "Awareness", Reached: pointerTo(12000), Pos: Pos{24, 5},
			Touchpoints: []Touchpoint{{
				ID: "instagram-ad", Name: "Instagram story ad", Channel: "social",
				Emotion: pointerTo(1), Feeling: "curious", Pos: Pos{28, 9},
				PainPoints: []PainPoint{{
					Text:     "Ad promises free shipping, the landing page never mentions it",
					Severity: "high", Pos: Pos{34, 13},
				}},
			}},
		}, {
			ID: "purchase", Name: "Purchase", Reached: pointerTo(1300), Pos: Pos{37, 5},
			Touchpoints: []Touchpoint{{
				ID: "checkout", Name: "Checkout form", Channel: "web", Emotion: pointerTo(-2), Pos: Pos{41, 9},
				PainPoints: []PainPoint{{
					Text: "Shipping cost appears only at the last step", Severity: "critical",
					DropOff: true, Pos: Pos{46, 13},
				}},
				Opportunities: []Opportunity{{
					Text: "Show shipping cost on the product page", Impact: "high", Effort: "low",
					Status: "planned", Pos: Pos{50, 13},
				}},
			}},
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, want)
	}
}

// TestDecodeValidFixture checks the values of the fixture that uses every
// field and YAML's anchors, aliases and merge keys.
func TestDecodeValidFixture(t *testing.T) {
	src, err := os.ReadFile("testdata/lint/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, diags := decodeSource(t, "valid.yaml", src)
	if len(diags) != 0 {
		t.Fatalf("unexpected problems:\n%s", diagLines(diags))
	}
	if m.Updated != (Date{2026, time.November, 2}) || m.ReviewEvery != 30 {
		t.Errorf("quoted date or cadence misread: %v, %d", m.Updated, m.ReviewEvery)
	}
	if !reflect.DeepEqual(m.Tags, []string{"ecommerce", "2026"}) {
		t.Errorf("tags = %q", m.Tags)
	}
	if len(m.Personas) != 2 || m.Personas[1].Key() != "sam" || m.Personas[0].Quote != "I just want to know what I'll pay." {
		t.Errorf("personas = %+v", m.Personas)
	}
	g := m.Goals[0]
	wantHistory := []Measurement{{Date{2026, time.July, 1}, 3.7}, {Date{2026, time.September, 1}, 3.9}}
	if !reflect.DeepEqual(g.History, wantHistory) || !reflect.DeepEqual(g.Stages, []string{"purchase"}) {
		t.Errorf("goal history %v, stages %v", g.History, g.Stages)
	}
	if h := m.Goals[1]; h.Current != nil || *h.Baseline != 300 || *h.Target != 240 {
		t.Errorf("reduce goal = %+v", h)
	}
	s := m.Stages[0]
	if !reflect.DeepEqual(s.Metrics, []Metric{{"bounce_rate", 0.62}, {"conversion", 0.031}}) {
		t.Errorf("metrics = %v", s.Metrics)
	}
	ad := s.Touchpoints[0]
	if !reflect.DeepEqual(ad.Emotions, []PersonaEmotion{{"maya", 2}, {"sam", -1}}) {
		t.Errorf("emotions = %v", ad.Emotions)
	}
	if v, _ := ad.EmotionFor("sam"); v != -1 {
		t.Errorf("sam's emotion = %d", v)
	}
	p := m.Stages[1]
	if p.Key() != "purchase" || *p.Reached != 1300 || p.Description != "Cart and checkout.\n" {
		t.Errorf("purchase stage = %+v", p)
	}
	co := p.Touchpoints[0]
	if co.Channel != "web" || co.Owner != "product" || co.Notes != p.Description || *co.Emotion != -2 {
		t.Errorf("merged or aliased fields not read: %+v", co)
	}
	opp := co.Opportunities[0]
	if opp.Votes != 7 || opp.Tactic != "special-offer" || len(opp.Addresses) != 2 {
		t.Errorf("opportunity = %+v", opp)
	}
	if len(p.Opportunities) != 1 || p.Opportunities[0].Status != "idea" {
		t.Errorf("stage opportunities = %+v", p.Opportunities)
	}
}

// TestDecodeBestEffort checks that a map with errors still gives the
// editor everything that could be read.
func TestDecodeBestEffort(t *testing.T) {
	src, err := os.ReadFile("testdata/lint/types.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m, diags := decodeSource(t, "types.yaml", src)
	if !diags.HasErrors() {
		t.Fatal("expected errors")
	}
	if m.Journey != 1 || m.Title != "" || m.Updated != (Date{2026, time.November, 1}) {
		t.Errorf("top level = %+v", m)
	}
	if len(m.Stages) != 2 || m.Stages[0].ID != "awareness" || m.Stages[0].Reached != nil {
		t.Fatalf("stages = %+v", m.Stages)
	}
	tp := m.Stages[0].Touchpoints[0]
	if tp.ID != "ad" || tp.Emotion != nil || len(tp.PainPoints) != 1 || tp.PainPoints[0].Text != "slow" {
		t.Errorf("touchpoint = %+v", tp)
	}
	if !reflect.DeepEqual(m.Personas[0].Frustrations, []string{"ok"}) {
		t.Errorf("frustrations = %q", m.Personas[0].Frustrations)
	}
	if got := m.Stages[1].Metrics; !reflect.DeepEqual(got, []Metric{{"bounce_rate", 0.62}}) {
		t.Errorf("metrics = %v", got)
	}
}

// TestDecodeColumnsCountRunes checks that a value after multi-byte text is
// located by rune, as editors count columns.
func TestDecodeColumnsCountRunes(t *testing.T) {
	line := `      - {name: "Café ☕ 日本", emotion: 9}`
	src := "journey: 1\ntitle: t\nstages:\n  - id: s\n    touchpoints:\n" + line + "\n"
	_, diags := decodeSource(t, "f.yaml", []byte(src))
	wantCol := utf8.RuneCountInString(line[:strings.Index(line, "9")]) + 1
	if len(diags) != 1 || diags[0].Line != 6 || diags[0].Col != wantCol {
		t.Fatalf("got %s, want one problem at 6:%d", diagLines(diags), wantCol)
	}
}

func TestDecodeEmptyRoots(t *testing.T) {
	for name, root := range map[string]*yaml.Node{
		"nil":            nil,
		"zero node":      {},
		"empty document": {Kind: yaml.DocumentNode},
	} {
		t.Run(name, func(t *testing.T) {
			m, diags := Decode("f.yaml", root, lintToday)
			if m == nil || len(diags) != 1 || diags[0].Line != 1 || diags[0].Col != 1 || !strings.Contains(diags[0].Message, "empty file") {
				t.Errorf("got %s", diagLines(diags))
			}
		})
	}
}

func TestDecodeStalenessNeedsToday(t *testing.T) {
	src := "journey: 1\ntitle: t\nupdated: 2020-01-01\n"
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		t.Fatal(err)
	}
	if _, diags := Decode("f.yaml", &root, Date{}); len(diags) != 0 {
		t.Errorf("with no today there is nothing to be stale against, got %s", diagLines(diags))
	}
}
