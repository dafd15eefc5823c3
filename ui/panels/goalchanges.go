package panels

import (
	"fmt"

	"github.com/journey-maps/journey/ui/common"
)

// In journey view --changes the goals panel marks each goal added or
// changed since the revision after its name ("✚ new", "Δ changed": a
// glyph and a word, not colour alone), and lists the goals removed since
// as faint ghost rows at its end, below the goals, where no selection
// goes. The root derives the changes and hands them over; the panel only
// reads them.

// SetGoalChanges gives the panel the goals' changes to mark; nil marks
// none, as in the plain editor.
func (p *Goals) SetGoalChanges(gc *common.GoalChanges) {
	p.changes = gc
	p.fit()
}

// mark is goal i's change mark, styled, with the space before it; "" for
// a goal that did not change.
func (p *Goals) mark(i int) string {
	if p.changes == nil || p.changes.Marks[i] == "" {
		return ""
	}
	m, st := p.changes.Marks[i], p.c.Styles()
	if m == "✚ new" {
		return " " + st.Good.Render(m)
	}
	return " " + st.Warn.Render(m)
}

// ghostRows is how many lines of a body of h lines the removed goals
// take: one each, at most half the body, so the goals keep their room.
func (p *Goals) ghostRows(h int) int {
	if p.changes == nil || len(p.changes.Removed) == 0 {
		return 0
	}
	return min(len(p.changes.Removed), max(h/2, 1))
}

// ghosts are the removed goals' rows, width cells wide: each named, or
// when they do not all fit, the last row counts the rest.
func (p *Goals) ghosts(width int) []string {
	_, h := common.PanelBody(p.w, p.h)
	n := p.ghostRows(h)
	if n == 0 {
		return nil
	}
	st, gone := p.c.Styles(), p.changes.Removed
	out := make([]string, n)
	for i := range out {
		text := common.MarkRemoved + " removed  " + common.OneLine(gone[i])
		if i == n-1 && len(gone) > n {
			text = fmt.Sprintf("%s %d more goals removed", common.MarkRemoved, len(gone)-i)
		}
		out[i] = st.Ghost.Render(common.Clip("  "+text, width))
	}
	return out
}
