package ui

import (
	"testing"

	"github.com/journey-maps/journey/model"
)

// A touchpoint that only gained items is marked with what it gained, its
// first pain point included; any other difference is a change; a line
// moving is none.
func TestTouchpointChange(t *testing.T) {
	e := -1
	old := model.Touchpoint{ID: "cart", Name: "Cart", Emotion: &e, Pos: model.Pos{Line: 3}}
	same := old
	same.Pos = model.Pos{Line: 9}
	if mark, _ := touchpointChange(old, same); mark != "" {
		t.Errorf("a moved line is marked %q", mark)
	}
	gained := old
	gained.PainPoints = []model.PainPoint{{Text: "Coupon field"}}
	if mark, says := touchpointChange(old, gained); mark != "✚ pain" || says != "+1 pain point" {
		t.Errorf("a first pain point is marked %q, %q", mark, says)
	}
	renamed := gained
	renamed.Name = "Basket"
	if mark, _ := touchpointChange(gained, renamed); mark != "Δ changed" {
		t.Errorf("a rename is marked %q", mark)
	}
}
