package ui

import (
	"fmt"

	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// stepChange moves the board's selection to the next (d 1) or previous
// (d -1) change, going round.
func (a *App) stepChange(d int) {
	ch := a.changes
	if ch == nil || len(ch.Order) == 0 {
		a.status = "nothing changed on the board" + ch.GoalsNote()
		return
	}
	cur, _ := a.board.Selected()
	at := -1
	for i, it := range ch.Order {
		if it == cur {
			at = i
			break
		}
		if it.Ghost == 0 && cur.Ghost == 0 && it.Stage == cur.Stage && it.Touchpoint == cur.Touchpoint {
			at = i // a row of a changed card counts as the card
		}
	}
	next := board.StepIndex(at, d, len(ch.Order))
	if at < 0 {
		// Not on a change: the first change after it, or the last before.
		before := -1
		for i, it := range ch.Order {
			if a.board.Before(it, cur) {
				before = i
			}
		}
		next = before
		if d > 0 {
			next = (before + 1) % len(ch.Order)
		} else if before < 0 {
			next = len(ch.Order) - 1
		}
	}
	a.focusBoard()
	a.board.SelectItem(ch.Order[next])
	a.status = fmt.Sprintf("change %d of %d: %s", next+1, len(ch.Order), common.Sanitize(ch.Says[ch.Order[next]]))
}

// markGoals hands the goals panel the goals' changes since the revision
// in journey view --changes; otherwise it marks nothing.
func (a *App) markGoals() {
	if a.changes == nil {
		return
	}
	gc := a.changes.GoalMarks()
	for _, p := range a.panels {
		if g, ok := p.(interface{ SetGoalChanges(*common.GoalChanges) }); ok {
			g.SetGoalChanges(gc)
		}
	}
}
