package model_test

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// slugMap names its items in every way a path can: by id, by the slug of a
// name or a text, and only by position.
const slugMap = `journey: 1
title: Slugs
personas:
  - name: Maya, busy parent
stages:
  - name: Sign up
    touchpoints:
      - name: Sign-up form (web)
        emotion: 0
        pain_points:
          - text: Asks for a card up front
            severity: high
          - severity: low
            text: Password rules are hidden
  - id: "2"
    name: Second
  - id: onboarding
    name: Onboarding
    metrics:
      activation: 0.3
    touchpoints:
      - id: welcome
        name: Welcome email
        emotions:
          maya-busy-parent: 1
`

func TestResolve(t *testing.T) {
	doc := parseText(t, slugMap)
	tests := []struct {
		dotted   string
		forWrite bool
		want     string
	}{
		{dotted: "title", want: "title"},
		{dotted: "stages.onboarding", want: "stages.2"},
		{dotted: "stages.onboarding.touchpoints.welcome.name", want: "stages.2.touchpoints.0.name"},
		{dotted: "stages.onboarding.touchpoints.welcome.emotions.maya-busy-parent", want: "stages.2.touchpoints.0.emotions.maya-busy-parent"},
		{dotted: "stages.onboarding.metrics.activation", want: "stages.2.metrics.activation"},
		// the slug of a name or a text stands in for a missing id
		{dotted: "personas.maya-busy-parent", want: "personas.0"},
		{dotted: "stages.sign-up.touchpoints.sign-up-form-web.emotion", want: "stages.0.touchpoints.0.emotion"},
		{dotted: "stages.sign-up.touchpoints.sign-up-form-web.pain_points.password-rules-are-hidden.severity", want: "stages.0.touchpoints.0.pain_points.1.severity"},
		// 0-based indexes
		{dotted: "stages.0.touchpoints.0.pain_points.1.text", want: "stages.0.touchpoints.0.pain_points.1.text"},
		// an id that looks like an index is found by that id first
		{dotted: "stages.2", want: "stages.1"},
		{dotted: "stages.1.name", want: "stages.1.name"},
		// forWrite: the last step may be missing
		{dotted: "stages.onboarding.touchpoints.welcome.notes", forWrite: true, want: "stages.2.touchpoints.0.notes"},
		{dotted: "stages.onboarding.touchpoints.welcome.pain_points", forWrite: true, want: "stages.2.touchpoints.0.pain_points"},
		{dotted: "stages.onboarding.touchpoints.welcome.emotions.tom", forWrite: true, want: "stages.2.touchpoints.0.emotions.tom"},
		{dotted: "updated", forWrite: true, want: "updated"},
		{dotted: "x-reviewed-by", forWrite: true, want: "x-reviewed-by"},
		{dotted: "stages.sign-up.x-source", forWrite: true, want: "stages.0.x-source"},
		{dotted: "stages.onboarding.metrics.nps", forWrite: true, want: "stages.2.metrics.nps"},
		// and so may the emotions or metrics mapping holding it
		{dotted: "stages.sign-up.touchpoints.sign-up-form-web.emotions.maya-busy-parent", forWrite: true, want: "stages.0.touchpoints.0.emotions.maya-busy-parent"},
		{dotted: "stages.sign-up.metrics.completion", forWrite: true, want: "stages.0.metrics.completion"},
		// existing paths resolve the same for writing
		{dotted: "stages.onboarding.touchpoints.welcome.name", forWrite: true, want: "stages.2.touchpoints.0.name"},
	}
	for _, tt := range tests {
		got, err := doc.Resolve(tt.dotted, tt.forWrite)
		if err != nil {
			t.Errorf("Resolve(%s, %v): %v", tt.dotted, tt.forWrite, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("Resolve(%s, %v) = %s, want %s", tt.dotted, tt.forWrite, got, tt.want)
		}
		// Whatever resolves for reading names a node that is there.
		if !tt.forWrite {
			if _, err := doc.Text().Get(got); err != nil {
				t.Errorf("Resolve(%s) = %s, which names nothing: %v", tt.dotted, got, err)
			}
		}
	}
}

func TestResolveRefuses(t *testing.T) {
	doc := parseText(t, slugMap)
	tests := []struct {
		dotted   string
		forWrite bool
		errs     []string // all in the message
	}{
		{dotted: "", errs: []string{"empty path"}},
		{dotted: "titel", errs: []string{"titel", "no such field", `did you mean "title"`}},
		{dotted: "stages.onbording", errs: []string{"stages.onbording", `no item "onbording"`, `did you mean "onboarding"`}},
		{dotted: "stages.onboarding.touchpoints.welcom.name", errs: []string{`no item "welcom"`, `did you mean "welcome"`}},
		{dotted: "stages.onboarding.touchpoints.welcome.emotoin", errs: []string{"emotoin", `did you mean "emotions"`}},
		{dotted: "stages.onboarding.touchpoints.welcome.notes", errs: []string{"no such field"}},
		{dotted: "stages.9", errs: []string{`no item "9"`}},
		{dotted: "stages.-1", errs: []string{`no item "-1"`}},
		{dotted: "stages..name", errs: []string{`no item ""`}},
		{dotted: "title.text", errs: []string{"title", "single value"}},
		{dotted: "title.text", forWrite: true, errs: []string{"title", "single value"}},
		{dotted: "stages.onboarding.touchpoints.welcome.emotion.x", forWrite: true, errs: []string{"no such field"}},
		// only the last step may be missing, even for writing
		{dotted: "stages.sign-up.opportunities.0.text", forWrite: true, errs: []string{"opportunities", "no such field"}},
		{dotted: "stages.sign-up.touchpoints.0.emotions.maya-busy-parent", errs: []string{"emotions", "no such field"}},
		{dotted: "stages.sign-up.metrics.a.b", forWrite: true, errs: []string{"metrics", "no such field"}},
		// a missing field must be one the format knows
		{dotted: "stages.onboarding.touchpoints.welcome.emotoin", forWrite: true, errs: []string{"a touchpoint has no field", `"emotoin"`, `did you mean "emotion"`}},
		{dotted: "titel", forWrite: true, errs: []string{"a map has no field", `did you mean "title"`}},
		{dotted: "stages.sign-up.touchpoints.0.pain_points.0.serverity", forWrite: true, errs: []string{"a pain point has no field", `did you mean "severity"`}},
		{dotted: "stages.onboarding.touchpoints.welcome.metrics.nps", forWrite: true, errs: []string{"a touchpoint has no field", `"metrics"`}},
		{dotted: "nothing.like.this", errs: []string{"nothing", "no such field"}},
	}
	for _, tt := range tests {
		got, err := doc.Resolve(tt.dotted, tt.forWrite)
		if err == nil {
			t.Errorf("Resolve(%q, %v) = %s; want an error", tt.dotted, tt.forWrite, got)
			continue
		}
		for _, want := range tt.errs {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Resolve(%q, %v) error %q does not say %q", tt.dotted, tt.forWrite, err, want)
			}
		}
	}
}

func TestResolveRefusesAliases(t *testing.T) {
	doc, _ := loadCopy(t, "../testdata/roundtrip/anchors.yaml")
	for _, dotted := range []string{"x-again.0", "x-again.1"} {
		for _, forWrite := range []bool{false, true} {
			_, err := doc.Resolve(dotted, forWrite)
			if err == nil || !strings.Contains(err.Error(), "alias") || !strings.Contains(err.Error(), "anchor") {
				t.Errorf("Resolve(%s, %v) = %v; want a refusal naming the alias and its anchor", dotted, forWrite, err)
			}
		}
	}
	// The anchor itself can be reached and edited.
	if p, err := doc.Resolve("x-cycle-free.0", false); err != nil || p.String() != "x-cycle-free.0" {
		t.Errorf("Resolve(x-cycle-free.0) = %v, %v", p, err)
	}
}

func TestIDTaken(t *testing.T) {
	doc, _ := loadCopy(t, "../maps/online-shop.yaml")
	tests := []struct {
		list  string
		taken []string
		free  []string
	}{
		// touchpoint ids are unique across the whole map
		{list: "stages.0.touchpoints", taken: []string{"instagram-ad", "cart", "care-emails"}, free: []string{"checkout", "awareness"}},
		{list: "stages.2.touchpoints.1.pain_points", taken: []string{"forced-account", "soil-spills"}, free: []string{"new-pain"}},
		{list: "stages.2.opportunities", taken: []string{"guest-checkout", "abandoned-cart-email"}, free: []string{"new-idea"}},
		{list: "stages", taken: []string{"awareness", "advocacy"}, free: []string{"loyalty", "cart"}},
		{list: "personas", taken: []string{"maya", "grace"}, free: []string{"sam"}},
		{list: "goals", taken: []string{"first-order-csat"}, free: []string{"maya"}},
	}
	for _, tt := range tests {
		taken := doc.IDTaken(dotted(tt.list))
		for _, id := range tt.taken {
			if !taken(id) {
				t.Errorf("IDTaken(%s)(%s) = false; the id is in use", tt.list, id)
			}
		}
		for _, id := range tt.free {
			if taken(id) {
				t.Errorf("IDTaken(%s)(%s) = true; the id is free", tt.list, id)
			}
		}
	}
	// A new item gets an id that lints clean.
	list := yamldoc.Path{"stages", "0", "touchpoints"}
	item, err := model.NewItem(list, [][2]string{{"name", "Cart"}}, doc.IDTaken(list))
	if err != nil {
		t.Fatal(err)
	}
	if got := item.Content[1].Value; got != "cart-2" {
		t.Errorf("a second touchpoint named Cart got id %q, want cart-2", got)
	}
	if _, err := doc.Apply(yamldoc.Insert(list, -1, item)); err != nil {
		t.Errorf("adding it was refused: %v", err)
	}
}
