package ui

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

// smallMap has some of the top-level fields and lacks others, so that
// edits both change keys in place and add them where the format lists
// them. (A key inserted before a blank line takes that blank line as its
// neighbours' separator too: yamldoc's rule, not tested here.)
const smallMap = `# Checkout, as the web team sees it
journey: 1
title: Checkout
owner: Web team # who to ask
state: current
stages:
  - name: Buy
`

// The map's own fields are edited in the details that m opens, and each
// edit touches only its own lines.
func TestMapDetailsEditTopLevelFields(t *testing.T) {
	tests := []struct {
		name    string
		down    int // rows below the title
		text    string
		done    string
		removed []string
		added   []string
	}{
		{"title", 0, "Checkout v2", "enter", []string{"title: Checkout\n"}, []string{"title: Checkout v2\n"}},
		{"description added after the title", 1, "First buyers on mobile", "ctrl+s", nil, []string{"description: First buyers on mobile\n"}},
		{"owner keeps its comment", 2, "Payments", "enter", []string{"owner: Web team # who to ask\n"}, []string{"owner: Payments # who to ask\n"}},
		{"state", 3, "ideal", "enter", []string{"state: current\n"}, []string{"state: ideal\n"}},
		{"updated added after state", 4, "2026-11-02", "enter", nil, []string{"updated: 2026-11-02\n"}},
		{"review_every added after state", 5, "30", "enter", nil, []string{"review_every: 30\n"}},
		{"tags, one per line", 6, "mobile\ncheckout", "ctrl+s", nil, []string{"tags:\n", "  - mobile\n", "  - checkout\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEditingText(t, "small.yaml", []byte(smallMap), 100, 30, false)
			s.keys("m").expectLine("Journey map")
			for range tt.down {
				s.keys("j")
			}
			s.keys("e").expectField(true).keys("ctrl+u").typeText(tt.text).keys(tt.done).expectField(false)
			removed, added := model.ChangedLines(smallMap, s.text())
			if strings.Join(removed, "") != strings.Join(tt.removed, "") || strings.Join(added, "") != strings.Join(tt.added, "") {
				t.Fatalf("changed\n- %q\n+ %q\nwant\n- %q\n+ %q", removed, added, tt.removed, tt.added)
			}
			s.keys("u")
			if s.text() != smallMap {
				t.Fatalf("undo left\n%s", s.text())
			}
			s.keys("ctrl+r")
			if _, again := model.ChangedLines(smallMap, s.text()); strings.Join(again, "") != strings.Join(tt.added, "") {
				t.Fatalf("redo made %q", again)
			}
		})
	}
}

// A new title shows in the header at once, and the form stays on it.
func TestMapTitleUpdatesTheHeader(t *testing.T) {
	s := openEditingText(t, "small.yaml", []byte(smallMap), 100, 30, false)
	s.keys("m", "e", "ctrl+u").typeText("Checkout for the room").keys("enter")
	if got := firstLine(s.screen()); !strings.Contains(got, "Checkout for the room") {
		t.Fatalf("header %q", got)
	}
	s.expectStatus("title → Checkout for the room")
	s.keys("esc").expectLine("Buy")
}

// Tags typed one per line change a flow list in place, on its one line.
func TestMapTagsAddToAFlowList(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("m", "G", "e").typeText("\nloyalty").keys("ctrl+s")
	removed, added := model.ChangedLines(string(s.orig), s.text())
	if len(removed) != 1 || len(added) != 1 || !strings.Contains(added[0], "checkout, loyalty]") {
		t.Fatalf("changed\n- %q\n+ %q", removed, added)
	}
}

// A value the format refuses keeps the field open with the reason beside
// it, and the map unchanged.
func TestMapDetailsRefuseBadValues(t *testing.T) {
	tests := []struct {
		name string
		down int
		text string
		why  string
	}{
		{"an empty title", 0, "  ", "a map needs a title"},
		{"a state that is neither", 3, "someday", "state must be one of current, ideal"},
		{"a date that is not one", 4, "2026-13-45", `"2026-13-45" is not a date`},
		{"no review at all", 5, "0", "review_every must be 1 day or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEditingText(t, "small.yaml", []byte(smallMap), 100, 30, false)
			s.keys("m")
			for range tt.down {
				s.keys("j")
			}
			s.keys("e", "ctrl+u").typeText(tt.text).keys("enter").expectField(true)
			msg := s.a.editing.field.Err
			if !strings.Contains(msg, tt.why) {
				t.Fatalf("refused with %q, want %q", msg, tt.why)
			}
			s.expectLine("✗ " + msg[:min(len(msg), 30)])
			if s.text() != smallMap {
				t.Fatal("the refused value reached the map")
			}
			s.keys("esc").expectField(false)
		})
	}
}

// The map itself is not an item of a list: the keys that delete or move
// one say so instead of acting.
func TestMapDetailsRefuseDeleteAndMove(t *testing.T) {
	s := openEditingText(t, "small.yaml", []byte(smallMap), 100, 30, false)
	for _, k := range []string{"d", "J", "K", "H", "L", "a"} {
		s.keys("m", k)
		if s.text() != smallMap || !s.a.statusBad {
			t.Fatalf("%s on the map's title: status %q, text\n%s", k, s.a.status, s.text())
		}
	}
	s.keys("j", "j", "d") // clears the owner, as d clears any field
	if _, added := model.ChangedLines(smallMap, s.text()); len(added) != 0 || strings.Contains(s.text(), "owner") {
		t.Fatalf("owner not cleared:\n%s", s.text())
	}
}

// Read-only, m shows the map's fields to read; nothing edits them.
func TestMapDetailsReadOnly(t *testing.T) {
	s := openEditingAs(t, "online-shop.yaml", 120, 40, true)
	s.keys("m").expectLine("Journey map").expectLine("E-commerce team").expectLine("every 90 days")
	for _, k := range []string{"e", "enter", "d", "j", "e", "ctrl+s"} {
		s.keys(k).expectField(false)
	}
	if s.text() != string(s.orig) || s.disk() != string(s.orig) {
		t.Fatal("read-only mode changed the map")
	}
}
