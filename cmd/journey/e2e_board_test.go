package main

// End-to-end tests of the board as a room reads it, in a real terminal:
// pain points as text on the cards, details beside the board, a vote
// taken back leaving the file as it was.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestE2EBoardCarriesTheWorkshop(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	for _, size := range [][2]int{{120, 40}, {200, 60}} {
		path, orig := copyMap(t, "online-shop.yaml")
		tm := startTerm(t, filepath.Dir(path), size[0], size[1], bin, path)
		tm.waitFor("First purchase at Leafline", "saved")

		// A pain point's text is on the board, with its votes.
		tm.waitFor("✗!!! The ad prom", "•5")

		// The checkout form's card opens out; enter opens its details
		// beside the board, where the other stages stay in view.
		tm.press("3", "j", "j", "j", "j", "j")
		tm.waitFor("┃▸Checkout form on")
		tm.press("Enter")
		s := tm.waitFor("Details", "Stage 3 Purchase · touchpoint")
		for _, want := range []string{"2 Consideration", "3 Purchase", "┃▸Checkout form on"} {
			if !strings.Contains(s, want) {
				t.Errorf("%dx%d: with the details open the screen lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
		tm.press("Escape")
		time.Sleep(100 * time.Millisecond)

		// p, text, enter: the new pain point's text is on the board, selected.
		tm.press("p")
		tm.waitFor("New pain point for Checkout form on mobile:")
		tm.tmux("send-keys", "-t", tm.name, "-l", "Coupon field")
		tm.press("Enter")
		tm.waitFor("┃▸✗ Coupon field", "unsaved")
		tm.press("u")
		tm.waitFor("undid: added pain point")

		// v then V then ctrl+s: the file is as it was.
		tm.press("j")
		tm.waitFor("┃▸✗!!!! Shipping")
		tm.press("v")
		tm.waitFor("votes 9 → 10")
		tm.press("V")
		tm.waitFor("votes 10 → 9")
		tm.press("C-s")
		tm.waitFor("saved online-shop.yaml")
		tm.press("q")
		if status := tm.waitExit(); status != 0 {
			t.Errorf("%dx%d: exit status %d", size[0], size[1], status)
		}
		if now, _ := os.ReadFile(path); !bytes.Equal(now, orig) {
			t.Errorf("%dx%d: a vote taken back and an undone pain point changed the file", size[0], size[1])
		}
	}
}
