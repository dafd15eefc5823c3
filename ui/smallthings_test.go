package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
)

// At 60x20 a status longer than the footer wraps onto a line of its own
// and is read whole, its last words included.
func TestLongStatusWrapsAt60x20(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 60, 20)
	s.keys(toCheckout...).keys("v").expectStatus("v votes for the one selected, ↓ ↑ pick another")
	s.expectLine("4 items on Checkout form on mobile: v votes for the one").expectLine("selected, ↓ ↑ pick another")
}

// A stage with no touchpoints keeps its column: the cards of the stage
// beside it are no wider than one column.
func TestEmptyStageKeepsItsColumn(t *testing.T) {
	src := `journey: 1
title: Two stages
stages:
  - id: browse
    name: Browse
    touchpoints:
      - id: search
        name: Search page
        channel: web, mobile app, in-store kiosk and the catalogue
        emotion: 1
  - id: empty
    name: Empty
`
	s := openEditingText(t, "two.yaml", []byte(src), 70, 24, false)
	col := board.LayoutBoard(s.a.layout.Board.W, s.a.layout.Board.H, 2).ColW
	s.expectLine("no touchpoints yet")
	for _, line := range strings.Split(s.screen(), "\n") {
		if strings.Contains(line, "▲+1") {
			if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > col-board.ColGap {
				t.Errorf("the card's line takes %d cells, more than its column's %d:\n%s", w, col-board.ColGap, s.screen())
			}
			return
		}
	}
	t.Fatalf("the card's emotion line is not on screen:\n%s", s.screen())
}

// v on a pain point in the priorities panel adds one vote to it, in the
// file once saved.
func TestVoteOnAPainPointInThePrioritiesPanel(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	for i := 0; i < 6; i++ {
		if s.a.onPanel && s.a.panels[s.a.panel].Name() == "priorities" {
			break
		}
		s.press("tab")
	}
	if !s.a.onPanel || s.a.panels[s.a.panel].Name() != "priorities" {
		t.Fatal("tab never reached the priorities panel")
	}
	m := mapFromYAML(t, "online-shop.yaml", []byte(s.disk()))
	worst := model.PainRanking(m)[0].PainPoint
	for range model.Priorities(m) {
		s.press("down") // past the opportunities, onto the worst pain point
	}
	s.press("v", "ctrl+s")
	after := mapFromYAML(t, "online-shop.yaml", []byte(s.disk()))
	for _, h := range model.PainRanking(after) {
		if h.PainPoint.Text == worst.Text {
			if h.PainPoint.Votes != worst.Votes+1 {
				t.Errorf("%q has %d votes in the file, want %d", worst.Text, h.PainPoint.Votes, worst.Votes+1)
			}
			return
		}
	}
	t.Fatalf("%q is gone from the file", worst.Text)
}
