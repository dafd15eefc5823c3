package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// visible reports the items a window shows, given each item's height.
func visible(l listWindow, heights []int) (first, last int) {
	used := 0
	last = l.off
	for i := l.off; i < l.n && used < l.height; i++ {
		used += heights[i]
		last = i
	}
	return l.off, last
}

func TestListWindowKeepsSelectionVisible(t *testing.T) {
	heights := []int{4, 1, 3, 4, 2, 2, 4, 1, 1, 3}
	lines := func(i int) int { return heights[i] }
	l := listWindow{height: 7}
	l.setLen(len(heights))
	check := func(step string) {
		t.Helper()
		l.fit(lines)
		first, last := visible(l, heights)
		if l.sel < first || l.sel > last {
			t.Errorf("%s: selection %d outside the window %d..%d", step, l.sel, first, last)
		}
		used := 0
		for i := first; i <= l.sel; i++ {
			used += heights[i]
		}
		if used > l.height && first != l.sel {
			t.Errorf("%s: selection %d is cut off (%d lines from %d in %d)", step, l.sel, used, first, l.height)
		}
	}
	for range heights {
		l.moveTo(l.sel + 1)
		check("down")
	}
	for range heights {
		l.moveTo(l.sel - 1)
		check("up")
	}
	l.moveTo(len(heights) - 1)
	check("last")
	l.height = 30 // a bigger screen pulls earlier items back in
	check("grown")
	if l.off != 0 {
		t.Errorf("after growing to fit everything the window starts at %d, want 0", l.off)
	}
	l.setLen(3) // a reload that shrinks the list keeps the selection inside it
	check("shrunk")
	if l.sel != 2 {
		t.Errorf("selection after shrinking to 3 items = %d, want 2", l.sel)
	}
}

// Jumping to the end of a long list measures only what the screen holds.
func TestListWindowCostFollowsTheScreen(t *testing.T) {
	l := listWindow{height: 20}
	l.setLen(10000)
	calls := 0
	lines := func(int) int { calls++; return 2 }
	l.moveTo(9999)
	l.fit(lines)
	if calls > 50 {
		t.Errorf("jumping to the last of 10000 items measured %d items", calls)
	}
	if l.off != 10000-10 {
		t.Errorf("window starts at %d, want %d", l.off, 10000-10)
	}
	rendered := 0
	out, more := l.render(func(int) []string { rendered++; return []string{"a", "b"} })
	if len(out) != 20 || rendered != 10 || !more {
		t.Errorf("render drew %d lines from %d items (more %v), want 20 from 10, more true", len(out), rendered, more)
	}
}

func TestMoveListKeys(t *testing.T) {
	k := DefaultKeyMap()
	l := listWindow{height: 10}
	l.setLen(5)
	steps := []struct {
		msg  tea.Msg
		want int
	}{
		{tea.KeyMsg{Type: tea.KeyDown}, 1},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, 2},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("G")}, 4},
		{tea.KeyMsg{Type: tea.KeyDown}, 4}, // stays at the end
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("k")}, 3},
		{tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelUp}, 2},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("g")}, 0},
		{tea.KeyMsg{Type: tea.KeyUp}, 0}, // stays at the start
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}, 0},
	}
	for i, s := range steps {
		moveList(&l, k, s.msg)
		if l.sel != s.want {
			t.Fatalf("step %d (%v): selection %d, want %d", i, s.msg, l.sel, s.want)
		}
	}
}
