package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

// sampleValue is a valid value for each field, as a person would type it.
var sampleValue = map[string]string{
	"name": "Renamed", "text": "Reworded", "id": "renamed-x", "channel": "kiosk", "owner": "ops",
	"actions": "Looks\nClicks", "thoughts": "Hm?\nAha", "backstage": "CRM\nWMS", "emotion": "1",
	"feeling": "calm", "evidence": "survey", "notes": "A note\non two lines", "description": "Described",
	"customer_goal": "Get it done", "journey": "sub/checkout.yaml", "reached": "5000", "metrics": "nps: 42\nbounce_rate: 0.5",
	"severity": "low", "votes": "3", "impact": "low", "effort": "high", "status": "done", "tactic": "loyalty",
	"addresses": "forced-account", "metric": "NPS", "unit": "pts", "baseline": "1", "target": "9",
	"current": "5", "start": "2026-01-01", "due": "2026-12-31", "stages": "purchase\ndelivery",
	"history": "2026-02-01 3\n2026-03-01 4", "summary": "Busy", "segment": "new", "quote": "Quick, please",
	"goals": "Fast\nCheap", "frustrations": "Waiting", "reach": "1200", "confidence": "0.8",
	"scores": "satisfaction: 3\nrevenue: 1", "experiment": "name: Guest checkout A/B\nresult: won\nend: 2026-10-31",
}

// kindValue is a valid value where a field means something else for a
// kind: an opportunity's goals are goal ids.
var kindValue = map[string]string{"opportunity/goals": "checkout-conversion\nfirst-order-csat"}

// Every field the format defines for an item is a row of its form, and
// every row takes a valid value typed into it.
func TestEveryFieldIsEditableInPlace(t *testing.T) {
	tests := []struct {
		kind string
		keys []string // from the board to the item's details
	}{
		{"touchpoint", append(slices.Clone(toCheckout), "enter")},
		{"stage", []string{"6", "enter"}},
		{"pain point", append(slices.Clone(toFirstPain), "enter")},
		{"opportunity", append(slices.Clone(toCheckout), "enter", "G", "enter")},
		{"goal", []string{"tab", "enter"}},
		{"persona", []string{"tab", "tab", "tab", "tab", "enter"}},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			s := openEditing(t, "online-shop.yaml", 120, 40)
			s.keys(tt.keys...)
			s.a.View()
			rows := map[string]bool{}
			for _, r := range s.a.detail.Rows {
				rows[strings.Split(r.Key, "/")[0]] = true
			}
			for _, f := range model.KnownKeys[tt.kind] {
				if f != "touchpoints" && f != "pain_points" && f != "opportunities" && !rows[f] {
					t.Errorf("the %s form has no row for %s", tt.kind, f)
				}
			}
			for _, r := range slices.Clone(s.a.detail.Rows) {
				field := r.Key
				if strings.HasPrefix(field, "pain_points/") || strings.HasPrefix(field, "opportunities/") {
					continue
				}
				s.a.detail.SetCursor(field)
				if field == "drop_off" {
					s.keys("e").expectStatus("drop off")
					continue
				}
				v, ok := sampleValue[field]
				if kv, kind := kindValue[tt.kind+"/"+field]; kind {
					v = kv
				}
				if strings.HasPrefix(field, "emotions/") {
					v, ok = "-1", true
				}
				if !ok {
					t.Fatalf("no sample value for %s", field)
				}
				s.keys("e").expectField(true)
				f := s.a.editing.field
				done := "enter"
				if f.Multi {
					f.Area.SetValue(v)
					done = "ctrl+s"
				} else {
					f.Input.SetValue(v)
				}
				s.keys(done)
				if field == "id" && s.a.ask != nil {
					s.keys("esc") // the old id is named elsewhere: keep it rather than rename the references
					continue
				}
				if field == "id" && s.a.editing != nil && strings.Contains(s.a.editing.field.Err, "cannot be renamed") {
					s.keys("esc") // a persona named by emotions' keys: renaming it would break them
					continue
				}
				if s.a.editing != nil {
					t.Fatalf("%s %s: %q refused: %s", tt.kind, field, v, s.a.editing.field.Err)
				}
				it, _ := s.a.detail.Item()
				path := sub(it.Path(), strings.Split(field, "/")...)
				got := s.a.rawValue(path)
				if field == "metrics" {
					v = "nps: 42\nbounce_rate: 0.5"
				}
				if strings.TrimRight(got, "\n") != v {
					t.Errorf("%s %s reads back %q, want %q", tt.kind, field, got, v)
				}
			}
			s.undoAll()
			if s.text() != string(s.orig) {
				t.Error("undoing every field did not give back the file")
			}
		})
	}
}
