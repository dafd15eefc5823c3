package ui

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// An edit redraws only the cards, columns and panel it can have changed
// and reuses every other drawing. Whatever a person does, the screen must
// be exactly what drawing everything again from the map gives: a stale
// card or panel would show a value the map no longer holds.
func TestKeptDrawingsMatchAFreshFrame(t *testing.T) {
	pool := strings.Fields("h j k l j j k J K H L + + - - v V s i f t u u ctrl+r tab shift+tab enter esc esc c 1 2 3 4 g G d y n p o x enter")
	for _, sample := range []string{"online-shop.yaml", "hotel-stay.yaml"} {
		for _, size := range [][2]int{{160, 48}, {120, 40}} {
			s := openEditingAs(t, sample, size[0], size[1], false)
			rnd := rand.New(rand.NewPCG(7, uint64(size[0])))
			var typed []string
			for range 400 {
				k := pool[rnd.IntN(len(pool))]
				typed = append(typed, k)
				s.a.Update(keyMsg(k))
				kept := s.a.View()
				s.a.board.SetMap(s.a.m)
				s.a.panelView = ""
				if fresh := s.a.View(); kept != fresh {
					t.Fatalf("%s at %dx%d, after keys %q: the frame drawn from kept drawings differs from a fresh one\nkept:\n%s\nfresh:\n%s",
						sample, size[0], size[1], typed, kept, fresh)
				}
			}
		}
	}
}
