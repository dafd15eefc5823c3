package common

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// visible reports the items a window shows, given each item's height.
func visible(l ListWindow, heights []int) (first, last int) {
	used := 0
	last = l.Off
	for i := l.Off; i < l.N && used < l.Height; i++ {
		used += heights[i]
		last = i
	}
	return l.Off, last
}

func TestListWindowKeepsSelectionVisible(t *testing.T) {
	heights := []int{4, 1, 3, 4, 2, 2, 4, 1, 1, 3}
	lines := func(i int) int { return heights[i] }
	l := ListWindow{Height: 7}
	l.SetLen(len(heights))
	check := func(step string) {
		t.Helper()
		l.Fit(lines)
		first, last := visible(l, heights)
		if l.Sel < first || l.Sel > last {
			t.Errorf("%s: selection %d outside the window %d..%d", step, l.Sel, first, last)
		}
		used := 0
		for i := first; i <= l.Sel; i++ {
			used += heights[i]
		}
		if used > l.Height && first != l.Sel {
			t.Errorf("%s: selection %d is cut off (%d lines from %d in %d)", step, l.Sel, used, first, l.Height)
		}
	}
	for range heights {
		l.MoveTo(l.Sel + 1)
		check("down")
	}
	for range heights {
		l.MoveTo(l.Sel - 1)
		check("up")
	}
	l.MoveTo(len(heights) - 1)
	check("last")
	l.Height = 30 // a bigger screen pulls earlier items back in
	check("grown")
	if l.Off != 0 {
		t.Errorf("after growing to fit everything the window starts at %d, want 0", l.Off)
	}
	l.SetLen(3) // a reload that shrinks the list keeps the selection inside it
	check("shrunk")
	if l.Sel != 2 {
		t.Errorf("selection after shrinking to 3 items = %d, want 2", l.Sel)
	}
}

// Jumping to the end of a long list measures only what the screen holds.
func TestListWindowCostFollowsTheScreen(t *testing.T) {
	l := ListWindow{Height: 20}
	l.SetLen(10000)
	calls := 0
	lines := func(int) int { calls++; return 2 }
	l.MoveTo(9999)
	l.Fit(lines)
	if calls > 50 {
		t.Errorf("jumping to the last of 10000 items measured %d items", calls)
	}
	if l.Off != 10000-10 {
		t.Errorf("window starts at %d, want %d", l.Off, 10000-10)
	}
	rendered := 0
	out, more := l.Render(func(int) []string { rendered++; return []string{"a", "b"} })
	if len(out) != 20 || rendered != 10 || !more {
		t.Errorf("render drew %d lines from %d items (more %v), want 20 from 10, more true", len(out), rendered, more)
	}
}

func TestMoveListKeys(t *testing.T) {
	k := DefaultKeyMap()
	l := ListWindow{Height: 10}
	l.SetLen(5)
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
		MoveList(&l, *k, s.msg)
		if l.Sel != s.want {
			t.Fatalf("step %d (%v): selection %d, want %d", i, s.msg, l.Sel, s.want)
		}
	}
}

// A panel's border is drawn by hand for speed; it must come out exactly as
// Lip Gloss draws it, in colour and without, focused (thick) or not, for
// every theme.
func TestBoxedDrawsWhatLipGlossDraws(t *testing.T) {
	lines := []string{"Goals          2 of 3", "\x1b[1mbold\x1b[0m text            ", "                     "}
	for _, profile := range []termenv.Profile{termenv.Ascii, termenv.ANSI256, termenv.TrueColor} {
		for _, theme := range []Theme{ThemeDefault, ThemeHighContrast, ThemeNoColor} {
			r := lipgloss.NewRenderer(io.Discard)
			r.SetColorProfile(profile)
			st := NewStylesFor(theme, r)
			for _, box := range []lipgloss.Style{st.Pane, st.PaneFocused} {
				want := box.Width(21).Render(strings.Join(lines, "\n"))
				if got := Boxed(box, lines, 21); got != want {
					t.Errorf("profile %v theme %v:\n got %q\nwant %q", profile, theme, got, want)
				}
			}
		}
	}
}
