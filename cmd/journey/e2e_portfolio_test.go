package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestE2EPortfolio: `journey` in a folder of maps opens the portfolio;
// sort, filter, open a map, add a high pain point, save, and q comes back
// to the same row with its figures updated.
func TestE2EPortfolio(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	dir := t.TempDir()
	for _, name := range []string{"online-shop.yaml", "saas-trial.yaml", "insurance-claim.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "maps", name))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, "team"), 0o755)
		os.WriteFile(filepath.Join(dir, "team", name), data, 0o644)
	}
	tm := startTermEnv(t, dir, 100, 30, []string{"JOURNEY_RECOVERY_DIR=" + t.TempDir()}, bin)
	tm.waitFor("Journey maps in .", "order: attention", "Rotaly free trial", "3 maps")
	tm.press("o")
	tm.waitFor("order: name")
	tm.press("f")
	tm.tmux("send-keys", "-t", tm.name, "-l", "leaf")
	tm.press("Enter")
	screen := tm.waitFor("filter: leaf", "▸ First purchase at Lea")
	if strings.Contains(screen, "Rotaly") {
		t.Errorf("the filter left other maps:\n%s", screen)
	}
	tm.press("Escape") // clears the filter; the cursor stays on its map
	tm.waitFor("Rotaly", "▸ First purchase at Lea")
	tm.press("j")
	tm.waitFor("▸ Home insurance claim")
	tm.waitFor("2 crit 5 high")
	tm.press("Enter")
	tm.waitFor("Report the claim", "back to list")
	tm.press("p")
	time.Sleep(200 * time.Millisecond)
	tm.tmux("send-keys", "-t", tm.name, "-l", "Nobody calls back")
	tm.press("Enter")
	tm.waitFor("unsaved")
	tm.press("s", "s", "s") // low, medium, high
	tm.press("C-s")
	tm.waitFor("saved")
	tm.press("q")
	tm.waitFor("Journey maps in .", "order: name", "▸ Home insurance claim", "2 crit 6 high")
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "team", "insurance-claim.yaml"))
	if !strings.Contains(string(data), "text: Nobody calls back") || !strings.Contains(string(data), "severity: high") {
		t.Error("the pain point was not saved")
	}
}
