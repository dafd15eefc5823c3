package ui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The board with = on: online-shop's curve and its ideal's over the stage
// columns, the legend, and each stage's gap (reviewed by eye).
func TestIdealBoardGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			c := newTestCommon(sz[0], sz[1])
			path := filepath.Join("..", "maps", "online-shop.yaml")
			s := &driver{t, NewApp(c, mapDoc{sampleMapNamed(t, "online-shop.yaml"), path})}
			s.press("=").expectLine("○")
			golden.RequireEqual(t, []byte(s.screen()))
		})
	}
}

// The room view with the details open beside the board at 200x60: the
// other stages and the selected card stay in view (reviewed by eye).
func TestRoomDetailsGolden(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 200, 60, false)
	s.press("3", "j", "j", "z", "enter")
	if !s.a.layout.Side {
		t.Fatal("enter in the room view did not open the details beside the board")
	}
	s.expectLine("1 Awareness").expectLine("Details").expectNo("Goals")
	golden.RequireEqual(t, []byte(s.screen()))
}
