package screens

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/common"
)

// ConflictPick lists the values that both my unsaved edits and another
// version of the file changed, each its own way, and lets the person pick
// a side for each: nothing is lost without being asked.
type ConflictPick struct {
	M      *session.Merge
	Mine   []bool // per conflict: keep my value
	cursor int
}

// MergedMsg tells the App that its session now holds the disk's version
// with the unsaved edits replayed onto it.
type MergedMsg struct {
	Kept, Theirs, Dropped int // conflicts decided for me, for them; edits that could not be kept
}

func NewConflictPick(m *session.Merge) *ConflictPick {
	c := &ConflictPick{M: m, Mine: make([]bool, len(m.Conflicts))}
	for i, x := range m.Conflicts {
		c.Mine[i] = !x.Gone // "keep mine" was asked for; a removed item cannot be
	}
	return c
}

// Lines are the picker's rows for the banner: a heading, each conflict
// with the side chosen, and the keys.
func (c *ConflictPick) Lines(width int) []string {
	out := []string{fmt.Sprintf("Both sides changed %d value(s). ↑↓ choose · m mine · t theirs · enter apply · esc back", len(c.M.Conflicts))}
	const room = 8
	first := max(0, min(c.cursor-room/2, len(c.M.Conflicts)-room))
	for i := first; i < len(c.M.Conflicts) && i < first+room; i++ {
		x := c.M.Conflicts[i]
		mark := "  "
		if i == c.cursor {
			mark = "▸ "
		}
		var row string
		switch {
		case x.Gone:
			row = fmt.Sprintf("%s%s: removed on disk, my edit (%s) cannot be kept", mark, x.Field, x.Label)
		case c.Mine[i]:
			row = fmt.Sprintf("%s%s: [mine %s] · theirs %s", mark, x.Field, x.Mine, x.Theirs)
		default:
			row = fmt.Sprintf("%s%s: mine %s · [theirs %s]", mark, x.Field, x.Mine, x.Theirs)
		}
		out = append(out, common.Sanitize(row))
	}
	if n := len(c.M.Conflicts) - first - room; n > 0 {
		out = append(out, fmt.Sprintf("  … and %d more", n))
	}
	return out
}

// pickOutcome is what a key did to the picker.
type pickOutcome int

const (
	pickStay   pickOutcome = iota // a choice changed, or nothing
	PickApply                     // enter: apply the choices
	PickCancel                    // esc: back to the offer
	PickIgnore                    // not the picker's key
)

// Key moves the cursor (↑↓ j k) and picks a side (m mine, t theirs, space
// toggles).
func (c *ConflictPick) Key(msg tea.KeyMsg) pickOutcome {
	switch msg.String() {
	case "up", "k":
		c.cursor = max(c.cursor-1, 0)
	case "down", "j":
		c.cursor = min(c.cursor+1, len(c.M.Conflicts)-1)
	case "m":
		c.Mine[c.cursor] = !c.M.Conflicts[c.cursor].Gone
	case "t":
		c.Mine[c.cursor] = false
	case " ":
		c.Mine[c.cursor] = !c.Mine[c.cursor] && !c.M.Conflicts[c.cursor].Gone
	case "enter":
		return PickApply
	case "esc":
		return PickCancel
	case "ctrl+c":
		return PickIgnore
	}
	return pickStay
}
