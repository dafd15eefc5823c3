package ui

import "testing"

// The room view hides the panels: tab there keeps the board's selection
// and the stage in the header, and says how to get the panels back,
// instead of moving the focus into a panel no one can see. The footer
// does not offer tab.
func TestTabInTheRoomViewKeepsTheBoard(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("z", "3").expectLine("━━ Stage 3 of 6 · Purchase ━━").expectNo("tab next panel")
	s.keys("tab").expectLine("━━ Stage 3 of 6 · Purchase ━━").expectLine("z for the panels")
	s.keys("j", "+").expectLine("unsaved") // the board still has the keys
}

// Turning the room view on from a panel gives the focus back to the board.
func TestRoomViewFromAPanelFocusesTheBoard(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("3", "tab", "z").expectLine("━━ Stage 3 of 6 · Purchase ━━")
	s.keys("j", "+").expectLine("unsaved")
}
