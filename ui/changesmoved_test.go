package ui

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/ui/common"
)

// movedBefore has a quiz in Browse; movedNow has it in Purchase, its
// emotion lowered.
const movedBefore = `journey: 1
title: Shop
stages:
  - id: browse
    name: Browse
    touchpoints:
      - id: search
        name: Search page
        emotion: 1
      - id: quiz
        name: Plant finder quiz
        emotion: 2
  - id: purchase
    name: Purchase
    touchpoints:
      - id: cart
        name: Cart
        emotion: 0
`

var movedNow = strings.Replace(strings.Replace(movedBefore, `      - id: quiz
        name: Plant finder quiz
        emotion: 2
`, "", 1), "        emotion: 0\n", "        emotion: 0\n      - id: quiz\n        name: Plant finder quiz\n        emotion: 1\n", 1)

// A touchpoint moved to another stage is one change, marked moved where it
// is now, as journey diff reports it; it is neither a ghost removed from
// its old stage nor a new touchpoint.
func TestMovedTouchpointIsOneChange(t *testing.T) {
	s := changesApp(t, movedBefore, movedNow, 120, 40)
	s.expectLine("1 touchpoint changed since HEAD").expectNo("removed").expectNo("✚ new")
	s.press("]").expectSelected(common.TouchpointItem(1, 1)).expectLine("change 1 of 1: moved from Browse: Plant finder quiz")
	s.expectLine("⇄ moved")
	s.press("enter").expectLine("⇄ moved since HEAD from Browse").expectLine("emotion    was 2 → 1")
}
