package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/screens"
)

// pickKey answers the conflict picker in the banner.
func (p *persist) pickKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	c := p.disk.pick
	switch c.Key(msg) {
	case screens.PickApply:
		return p.merge(c.M, c.Mine), true
	case screens.PickCancel:
		p.disk.pick = nil
	case screens.PickIgnore:
		return nil, false
	}
	return nil, true
}

// merge replaces the session's map with the disk's version and my edits
// replayed onto it, as decided.
func (p *persist) merge(m *session.Merge, keepMine []bool) tea.Cmd {
	dropped := p.sess.Replace(session.Local, m, keepMine)
	p.disk = nil
	msg := screens.MergedMsg{Dropped: dropped}
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
