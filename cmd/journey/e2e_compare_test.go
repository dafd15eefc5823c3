package main

// End-to-end test of journey compare on a real terminal: the read-only
// comparison screen of a map and its ideal.

import (
	"path/filepath"
	"testing"
)

func TestE2ECompareShowsBothCurvesAndTheGaps(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tm := startTerm(t, root, 120, 40, bin, "compare", "maps/online-shop.yaml", "maps/ideal/online-shop.yaml")
	// The legend names both curves; Purchase's row gives its means and
	// gap (ideal − current: -0.5 → +1 is +1.5).
	tm.waitFor("Current vs ideal", "read-only",
		"● current (maps/online-shop.yaml)", "○ ideal (maps/ideal/online-shop.yaml)",
		"●-0.5 ○+1 Δ+1.5",
		" Purchase           -0.5        +1      +1.5")
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("q: exit status %d, want 0", status)
	}
}
