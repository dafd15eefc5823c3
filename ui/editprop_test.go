package ui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"testing"
)

// Random sessions of editor keys and typed text: whatever was done,
// undoing it all saves a file byte-identical to the original, and redoing
// it all gives the bytes of doing it once. The seeds are fixed, so a
// failure repeats.
func TestRandomEditsUndoToTheOriginal(t *testing.T) {
	keys := []string{
		// moving about
		"h", "j", "k", "l", "j", "j", "g", "G", "1", "3", "5", "tab", "shift+tab", "enter", "enter", "esc", "esc",
		// the workshop keys
		"+", "-", "+", "-", "v", "v", "s", "i", "f", "t", "d", "J", "K", "H", "L",
		"a", "A", "p", "o", "e", "e", "u", "ctrl+r", "ctrl+s",
	}
	words := []string{
		"Checkout", "cart", "7", "-2", "2", "2026-13-45", "2026-02-03", "high", "critical", "planned", "true",
		"", "  ", "up", "q", "café ☕", "# not a comment", "key: value", "- dash", "'quote", `"double"`,
		"line one\nline two", "x: 1\ny: 2", "2026-11-20 51", "a\x1b[31mred", "{flow}", "[list]", "*star", "&amp",
	}
	steps := 400
	if testing.Short() {
		steps = 100
	}
	for _, name := range sampleMapNames(t) {
		for seed := uint64(1); seed <= 3; seed++ {
			t.Run(fmt.Sprintf("%s/seed%d", name, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 7))
				s := openEditing(t, name, 120, 40)
				for range steps {
					switch {
					case s.a.ask != nil:
						s.keys("esc")
					case s.a.editing != nil:
						s.typeText(words[rng.IntN(len(words))])
						s.keys([]string{"enter", "enter", "ctrl+s", "alt+enter", "esc"}[rng.IntN(5)])
					default:
						s.keys(keys[rng.IntN(len(keys))])
					}
					checkScreen(t, "random edits", s.a.View(), 120, 40)
				}
				for s.a.editing != nil || s.a.ask != nil {
					s.keys("esc")
				}
				once := s.text()
				if n := s.a.sess.Undoable(s.a.actor); n < steps/20 {
					t.Fatalf("only %d actions in %d steps: the session hardly edited", n, steps)
				}
				s.undoAll()
				if s.text() != string(s.orig) {
					t.Fatalf("undoing %d actions did not give back the original", s.a.sess.Undoable(s.a.actor))
				}
				s.keys("ctrl+s")
				if s.disk() != string(s.orig) {
					t.Fatal("after undoing everything, the saved file differs from the original")
				}
				s.expectState(Saved)
				s.redoAll()
				if s.text() != once {
					t.Fatal("redoing everything gave other bytes than doing it once")
				}
				s.keys("ctrl+s")
				if s.disk() != once {
					t.Fatal("the saved file is not the map as edited")
				}
				if _, err := os.Stat(s.path + ".tmp"); err == nil {
					t.Error("a temporary file was left behind")
				}
			})
		}
	}
}
