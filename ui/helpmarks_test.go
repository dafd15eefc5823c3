package ui

import (
	"strings"
	"testing"
)

// ? explains every mark a reviewer or a repair can put on a card.
func TestHelpNamesReviewAndRepairMarks(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 120, 60, false)
	s.press("?")
	screen := s.screen()
	for _, mark := range []string{"⊘ removed", "Δ changed", "✚ new", "! problem", "◎ match", "○ the ideal's"} {
		if !strings.Contains(screen, mark) {
			t.Errorf("the help does not explain %q:\n%s", mark, screen)
		}
	}
}
