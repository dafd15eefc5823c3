package ui

import "testing"

// In the room view a card shows its pain points' and opportunities' whole
// text, wrapped, where the board cuts each to one line.
func TestRoomViewShowsCardsFullText(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 200, 60)
	s.keys("z").expectLine("40 EUR threshold") // the end of the ad's pain point
	s.keys("z").expectNo("40 EUR threshold")
}

// The selected card's rows wrap on the board too when they fit.
func TestOpenedCardWrapsItsRows(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 200, 60)
	s.keys("3", "j", "j").expectLine("required before payment")
	s.keys("k").expectNo("required before payment")
}
