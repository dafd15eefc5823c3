package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// csatLoop is a map in the middle of the seeds' loop: a CSAT goal with a
// time frame, two months measured, and the opportunity meant to move it
// under test.
const csatLoop = `journey: 1
title: Checkout
goals:
  - id: csat
    name: Raise checkout CSAT by 15% within six months
    metric: CSAT
    unit: /5
    baseline: 3.6
    target: 4.14
    current: 3.8   # October survey
    start: 2026-06-01
    due: 2026-12-01
    history:
      - { date: 2026-09-01, value: 3.7 }
      - { date: 2026-10-01, value: 3.8 }
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout form
        channel: web
        emotion: -2
        opportunities:
          - id: shipping-upfront
            text: Show the shipping cost on the product page
            impact: high
            effort: low
            status: done
            goals: [csat]
            experiment:
              name: Shipping cost upfront
              metric: CSAT
              result: won
`

// The seeds' loop in the editor: the test was won, November's CSAT comes
// in, and the goal turns from at risk to on track where everyone sees it.
// Undo gives back the file as it was.
func TestRecordInGoalsPanelTurnsTheGoal(t *testing.T) {
	s := openEditingText(t, "checkout.yaml", []byte(csatLoop), 80, 24, false)
	s.keys("tab") // the goals panel
	s.expectLine("at risk")
	s.expectLine("↳ Show the shipping cost on the product page  done · test won")
	s.keys("r").expectField(true).typeText("4.13").keys("enter").expectField(false)
	s.expectStatus("Raise checkout CSAT by 15% within six months: recorded 4.13 on 2026-11-22 · at risk → on track")
	want := strings.Replace(csatLoop, "current: 3.8   # October survey", "current: 4.13   # October survey", 1)
	want = strings.Replace(want, "      - { date: 2026-10-01, value: 3.8 }\n", "      - { date: 2026-10-01, value: 3.8 }\n      - { date: 2026-11-22, value: 4.13 }\n", 1)
	if s.text() != want {
		t.Fatalf("after r:\n%s", s.text())
	}
	golden.RequireEqual(t, []byte(ansi.Strip(s.a.panels[s.a.panel].View())))
	s.keys("u")
	if s.text() != csatLoop {
		t.Fatalf("undo did not give back the file:\n%s", s.text())
	}
	s.expectLine("at risk")
}

func TestRecordRefusesWhatIsNotANumber(t *testing.T) {
	s := openEditingText(t, "checkout.yaml", []byte(csatLoop), 80, 24, false)
	s.keys("tab", "r").typeText("good").keys("enter")
	s.expectField(true) // the field stays open with the reason
	if !strings.Contains(s.screen(), "value must be a number") {
		t.Errorf("no reason shown:\n%s", s.screen())
	}
	s.keys("esc")
	if s.text() != csatLoop {
		t.Error("a refused value changed the map")
	}
	// On the board, r says where it works.
	b := openEditingText(t, "checkout.yaml", []byte(csatLoop), 80, 24, false)
	b.keys("r").expectField(false).expectStatus("select a goal in the goals panel")
}
