package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model/session"
)

// conflictPick lists the values that both my unsaved edits and another
// version of the file changed, each its own way, and lets the person pick
// a side for each: nothing is lost without being asked.
type conflictPick struct {
	m      *session.Merge
	mine   []bool // per conflict: keep my value
	cursor int
}

// MergedMsg tells the App that its session now holds the disk's version
// with the unsaved edits replayed onto it.
type MergedMsg struct {
	Kept, Theirs, Dropped int // conflicts decided for me, for them; edits that could not be kept
}

func newConflictPick(m *session.Merge) *conflictPick {
	c := &conflictPick{m: m, mine: make([]bool, len(m.Conflicts))}
	for i, x := range m.Conflicts {
		c.mine[i] = !x.Gone // "keep mine" was asked for; a removed item cannot be
	}
	return c
}

// lines are the picker's rows for the banner: a heading, each conflict
// with the side chosen, and the keys.
func (c *conflictPick) lines(width int) []string {
	out := []string{fmt.Sprintf("Both sides changed %d value(s). ↑↓ choose · m mine · t theirs · enter apply · esc back", len(c.m.Conflicts))}
	const room = 8
	first := max(0, min(c.cursor-room/2, len(c.m.Conflicts)-room))
	for i := first; i < len(c.m.Conflicts) && i < first+room; i++ {
		x := c.m.Conflicts[i]
		mark := "  "
		if i == c.cursor {
			mark = "▸ "
		}
		var row string
		switch {
		case x.Gone:
			row = fmt.Sprintf("%s%s: removed on disk, my edit (%s) cannot be kept", mark, x.Field, x.Label)
		case c.mine[i]:
			row = fmt.Sprintf("%s%s: [mine %s] · theirs %s", mark, x.Field, x.Mine, x.Theirs)
		default:
			row = fmt.Sprintf("%s%s: mine %s · [theirs %s]", mark, x.Field, x.Mine, x.Theirs)
		}
		out = append(out, Sanitize(row))
	}
	if n := len(c.m.Conflicts) - first - room; n > 0 {
		out = append(out, fmt.Sprintf("  … and %d more", n))
	}
	return out
}

// pickOutcome is what a key did to the picker.
type pickOutcome int

const (
	pickStay   pickOutcome = iota // a choice changed, or nothing
	pickApply                     // enter: apply the choices
	pickCancel                    // esc: back to the offer
	pickIgnore                    // not the picker's key
)

// key moves the cursor (↑↓ j k) and picks a side (m mine, t theirs, space
// toggles).
func (c *conflictPick) key(msg tea.KeyMsg) pickOutcome {
	switch msg.String() {
	case "up", "k":
		c.cursor = max(c.cursor-1, 0)
	case "down", "j":
		c.cursor = min(c.cursor+1, len(c.m.Conflicts)-1)
	case "m":
		c.mine[c.cursor] = !c.m.Conflicts[c.cursor].Gone
	case "t":
		c.mine[c.cursor] = false
	case " ":
		c.mine[c.cursor] = !c.mine[c.cursor] && !c.m.Conflicts[c.cursor].Gone
	case "enter":
		return pickApply
	case "esc":
		return pickCancel
	case "ctrl+c":
		return pickIgnore
	}
	return pickStay
}

// pickKey answers the conflict picker in the banner.
func (p *persist) pickKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	c := p.disk.pick
	switch c.key(msg) {
	case pickApply:
		return p.merge(c.m, c.mine), true
	case pickCancel:
		p.disk.pick = nil
	case pickIgnore:
		return nil, false
	}
	return nil, true
}

// merge replaces the session's map with the disk's version and my edits
// replayed onto it, as decided.
func (p *persist) merge(m *session.Merge, keepMine []bool) tea.Cmd {
	dropped := p.sess.Replace(session.Local, m, keepMine)
	p.disk = nil
	msg := MergedMsg{Dropped: dropped}
	for i, x := range m.Conflicts {
		switch {
		case x.Gone:
			msg.Dropped++
		case i < len(keepMine) && keepMine[i]:
			msg.Kept++
		default:
			msg.Theirs++
		}
	}
	return func() tea.Msg { return msg }
}
