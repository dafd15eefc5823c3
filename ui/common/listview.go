package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// ListWindow is a panel's selection and scroll offset over a list of items
// of varying height. Scrolling measures only the items between the window
// and the selection, so a key press costs what the screen shows, not what
// the map holds.
type ListWindow struct {
	N, Sel, Off int
	Height      int // lines the items may use
}

// SetLen sets the number of items and clamps the selection into it, so a
// reload that shrinks the list keeps the user near their place.
func (l *ListWindow) SetLen(n int) {
	l.N = max(n, 0)
	l.Sel = min(max(l.Sel, 0), max(l.N-1, 0))
	l.Off = min(max(l.Off, 0), l.Sel)
}

// MoveTo selects item i (clamped into the list).
func (l *ListWindow) MoveTo(i int) {
	l.Sel = min(max(i, 0), max(l.N-1, 0))
}

// Fit moves the window so that the selection is on screen, and pulls
// earlier items back in when there is room below (after a resize or when
// the list shrank). lines(i) is item i's height.
func (l *ListWindow) Fit(lines func(i int) int) {
	if l.N == 0 || l.Height <= 0 {
		l.Off = min(l.Off, l.Sel)
		return
	}
	if l.Sel < l.Off {
		l.Off = l.Sel
	}
	used, top := lines(l.Sel), l.Sel
	for top > l.Off && used+lines(top-1) <= l.Height {
		top--
		used += lines(top)
	}
	l.Off = top
	for i := l.Sel + 1; i < l.N && used < l.Height; i++ {
		used += lines(i)
	}
	for l.Off > 0 && used+lines(l.Off-1) <= l.Height {
		l.Off--
		used += lines(l.Off)
	}
}

// Render draws the items from the window's top until height lines are
// full (the last one cut if it does not fit) and reports whether items lie
// beyond either edge.
func (l *ListWindow) Render(item func(i int) []string) (out []string, more bool) {
	i := l.Off
	for ; i < l.N && len(out) < l.Height; i++ {
		out = append(out, item(i)...)
	}
	if len(out) > l.Height {
		out = out[:l.Height]
		more = true
	}
	return out, more || i < l.N || l.Off > 0
}

// RenderPanel boxes a panel in the pane border (the focused one thick)
// with a title line, a right-aligned note on it and the body below,
// exactly w x h cells. Too small for a border, it shows what fits bare.
func RenderPanel(st *Styles, focused bool, title, note string, body []string, w, h int) string {
	if w <= 0 || h <= 0 {
		return strings.Repeat("\n", max(h-1, 0))
	}
	border := w >= 6 && h >= 3
	iw, ih := w, h
	if border {
		iw, ih = w-4, h-2
	}
	head := st.Title.Render(Clip(title, iw))
	if note != "" {
		if room := iw - ansi.StringWidth(head) - 2; room >= ansi.StringWidth(note) {
			head += strings.Repeat(" ", iw-ansi.StringWidth(head)-ansi.StringWidth(note)) + st.Muted.Render(note)
		}
	}
	lines := make([]string, 0, ih)
	lines = append(lines, head)
	for _, b := range body {
		if len(lines) == ih {
			break
		}
		lines = append(lines, b)
	}
	for len(lines) < ih {
		lines = append(lines, "")
	}
	for i, ln := range lines {
		lines[i] = PadRight(ln, iw)
		if border {
			lines[i] = " " + lines[i] + " "
		}
	}
	if !border {
		return strings.Join(lines, "\n")
	}
	box := st.Pane
	if focused {
		box = st.PaneFocused
	}
	return Boxed(box, lines, iw+2)
}

// Boxed draws box's border around lines that are each exactly width
// cells wide. It gives what box.Width(width).Render would, but styles the
// border's pieces once instead of measuring and re-wrapping every line,
// which is most of what drawing a panel costs.
func Boxed(box lipgloss.Style, lines []string, width int) string {
	b := box.GetBorderStyle()
	// The pieces keep box's renderer (a workshop client's colour profile)
	// and all of it but the border.
	paint := box.UnsetBorderStyle().UnsetBorderTop().UnsetBorderRight().UnsetBorderBottom().UnsetBorderLeft().
		UnsetBorderForeground().UnsetWidth().Foreground(box.GetBorderTopForeground()).Render
	left, right := paint(b.Left), paint(b.Right)
	var out strings.Builder
	out.Grow((width + 8) * (len(lines) + 2))
	out.WriteString(paint(b.TopLeft + strings.Repeat(b.Top, width) + b.TopRight))
	for _, l := range lines {
		out.WriteByte('\n')
		out.WriteString(left)
		out.WriteString(l)
		out.WriteString(right)
	}
	out.WriteByte('\n')
	out.WriteString(paint(b.BottomLeft + strings.Repeat(b.Bottom, width) + b.BottomRight))
	return out.String()
}

// Marker is the start of an item's first line: the selection mark, so
// the selection shows without colour, or the same width of space.
func Marker(selected bool) string {
	if selected {
		return MarkSelected + " "
	}
	return "  "
}

// PanelBody is the width and height inside a panel's border and margin
// that are left for its body below the title line.
func PanelBody(w, h int) (iw, ih int) {
	if w >= 6 && h >= 3 {
		w, h = w-4, h-2
	}
	return max(w, 0), max(h-1, 0)
}

// MoveList applies the list keys (up, down, first, last) and the mouse
// wheel to a list and reports whether the selection moved. Disabled
// bindings do not match, so modes switch keys off in one place.
func MoveList(l *ListWindow, k KeyMap, msg tea.Msg) bool {
	old := l.Sel
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			l.MoveTo(l.Sel - 1)
		case key.Matches(msg, k.Down):
			l.MoveTo(l.Sel + 1)
		case key.Matches(msg, k.First):
			l.MoveTo(0)
		case key.Matches(msg, k.Last):
			l.MoveTo(l.N - 1)
		}
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress {
			switch msg.Button {
			case tea.MouseButtonWheelUp:
				l.MoveTo(l.Sel - 1)
			case tea.MouseButtonWheelDown:
				l.MoveTo(l.Sel + 1)
			}
		}
	}
	return l.Sel != old
}
