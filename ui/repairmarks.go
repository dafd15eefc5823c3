package ui

import (
	"fmt"

	"github.com/journey-maps/journey/ui/board"
)

// placeProblems places the problems of the map being repaired, keeping
// where ] and [ were.
func (a *App) placeProblems() {
	at := -1
	if a.repair != nil {
		at = a.repair.At
	}
	a.repair = nil
	if a.ed != nil {
		a.repair = board.PlaceProblems(a.ed)
	}
	if a.repair != nil {
		a.repair.At = min(at, len(a.repair.Stops)-1)
	}
}

// stepProblem goes to the next (d 1) or previous (d -1) bad value, going
// round: it selects the item on the board and opens the details on the
// field, so that enter edits it.
func (a *App) stepProblem(d int) {
	rm := a.repair
	if rm == nil || len(rm.Stops) == 0 {
		a.status = "no problems left"
		return
	}
	n := len(rm.Stops)
	rm.At = board.StepIndex(rm.At, d, n)
	s := rm.Stops[rm.At]
	a.setZoom(false)
	a.focusBoard()
	if s.Item.Stage >= 0 {
		a.board.SelectItem(s.Item)
	}
	a.setZoom(true)
	a.detail.SetItem(s.Item, true)
	if s.Field != "" {
		a.detail.SetCursor(s.Field)
	}
	a.status = fmt.Sprintf("problem %d of %d: %s", rm.At+1, n, s.Msg)
	if s.Field != "" {
		a.status += " · enter edits it"
	}
}
