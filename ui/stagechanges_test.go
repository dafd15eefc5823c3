package ui

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/ui/common"
)

// stageBefore is a map whose Purchase stage has its own pain points.
const stageBefore = `journey: 1
title: Shop
stages:
  - id: browse
    name: Browse
    touchpoints:
      - id: search
        name: Search page
        emotion: 1
  - id: purchase
    name: Purchase
    reached: 2350
    touchpoints:
      - id: cart
        name: Cart
        emotion: 0
    pain_points:
      - text: Carts are abandoned
        severity: high
      - text: Coupons hard to find
        severity: low
`

// stageNow is stageBefore with Purchase's reached count changed, its
// first pain point removed, its second made worse and a third added.
var stageNow = strings.NewReplacer("reached: 2350", "reached: 2500",
	"      - text: Carts are abandoned\n        severity: high\n", "",
	"severity: low\n", "severity: medium\n      - text: Carts expire after a day\n        severity: low\n").Replace(stageBefore)

// What changed in a stage itself (its reached count, its own pain points)
// is a change on the board like a touchpoint's: counted in the footer,
// marked on its header and rows, reached by ] with what was removed named,
// and its old values in the details.
func TestStageChangesAreOnTheBoard(t *testing.T) {
	s := changesApp(t, stageBefore, stageNow, 120, 40)
	s.expectLine("1 stage changed since HEAD, 1 removed").expectNo("0 touchpoints")
	s.expectLine("2 Purchase Δ").expectLine("│ Δ changed  medium").expectLine("│ ✚ new  low")
	s.press("]").expectSelected(common.StageItem(1)).
		expectLine("change 1 of 3: changed stage: Purchase (removed pain point: Carts are abandoned)")
	s.press("enter").expectLine("Δ changed since HEAD:").expectLine("reached    was 2350 → 2500").
		expectLine("⊘ removed pain point: Carts are abandoned").press("esc")
	s.press("]").expectSelected(common.PainPointItem(1, -1, 0)).expectLine("change 2 of 3: changed pain point: Coupons hard to find")
	s.press("enter").expectLine("severity   was low → medium").press("esc")
	s.press("]").expectSelected(common.PainPointItem(1, -1, 1)).expectLine("change 3 of 3: a new pain point: Carts expire after a day")
}
