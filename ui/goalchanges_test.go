package ui

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/ui/common"
)

// goalsBefore has three goals and one stage; goalsNow raised the
// conversion's current value, dropped the CSAT goal (its name carrying an
// escape sequence) and added a retention goal, the board left alone.
const goalsBefore = `journey: 1
title: Checkout
goals:
  - id: conversion
    name: Lift conversion
    metric: conversion rate
    baseline: 40
    target: 60
    current: 50
  - name: Hold AOV
    baseline: 30
    target: 40
    current: 35
  - id: csat
    name: "CSAT \x1b[31mup"
    baseline: 3
    target: 4
    current: 3.5
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout form
        emotion: 1
`

var goalsNow = strings.NewReplacer("current: 50", "current: 52", `  - id: csat
    name: "CSAT \x1b[31mup"
    baseline: 3
    target: 4
    current: 3.5
`, `  - id: retention
    name: Keep customers
    baseline: 20
    target: 30
    current: 22
`).Replace(goalsBefore)

// In journey view --changes the goals panel marks a goal changed and one
// added with a glyph and a word, lists the removed one as a ghost row at
// its end, the footer counts them, and a changed goal's details give its
// old and new values; the goal that did not change carries no mark.
func TestGoalChangesAreMarkedInTheGoalsPanel(t *testing.T) {
	s := changesApp(t, goalsBefore, goalsNow, 120, 40)
	s.expectLine("2 goals changed since HEAD, 1 removed").expectNo("0 touchpoints")
	s.expectLine("Lift conversion Δ changed").expectLine("Keep customers ✚ new").
		expectLine("⊘ removed  CSAT up")
	if l := lineWith(s.screen(), "Hold AOV"); l == "" || strings.ContainsAny(l, "Δ✚") {
		t.Errorf("an unchanged goal is marked:\n%s", s.screen())
	}
	if strings.Contains(s.a.View(), "\x1b[31m") {
		t.Error("a removed goal's name reaches the terminal unsanitized")
	}
	// The ghost row comes after every goal of the map.
	screen := s.screen()
	if strings.Index(screen, "⊘ removed  CSAT up") < strings.Index(screen, "Keep customers") {
		t.Errorf("the removed goal is not at the panel's end:\n%s", screen)
	}
	s.press("]").expectLine("nothing changed on the board; the goals changed: tab to the goals panel")
	s.press("tab").expectSelected(common.GoalItem(0)).press("enter")
	s.expectLine("Δ changed since HEAD:").expectLine("current    was 50 → 52").expectNo("baseline   was")
	s.press("esc", "down", "enter").expectSelected(common.GoalItem(1)).expectNo("since HEAD:").press("esc")
	s.press("down", "enter").expectSelected(common.GoalItem(2)).expectLine("✚ new since HEAD")
	// Down stops at the last goal: the ghost is shown, never selected.
	s.press("esc", "down").expectSelected(common.GoalItem(2))
}

// Without --changes the goals panel marks nothing, whatever the map.
func TestPlainGoalsPanelHasNoChangeMarks(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 120, 40, true)
	s.expectLine("Lift checkout conversion").expectNo("Δ changed").expectNo("✚ new").expectNo("⊘ removed")
}

// lineWith is the first line of screen that holds s.
func lineWith(screen, s string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
