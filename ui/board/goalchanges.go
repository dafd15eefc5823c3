package board

import (
	"github.com/journey-maps/journey/ui/common"
)

// Goals change in journey view --changes like the board's items do: a
// goal is matched with its old version by id, else by the slug of its
// name (as journey diff matches them); the goals panel marks each one new
// or changed with a glyph and a word, lists the goals removed as ghost
// rows at its end, and a changed goal's details give each field's old and
// new value (DetailNotes). The panel only reads what GoalMarks hands it.

// GoalMarks are what the goals panel marks: by goal index, "✚ new" or
// "Δ changed"; and the names of the goals removed since the revision.
func (ch *Changes) GoalMarks() *common.GoalChanges {
	if ch == nil || ch.cur == nil {
		return nil
	}
	gc := &common.GoalChanges{Marks: map[int]string{}}
	for i := range ch.cur.Goals {
		switch ch.itemMark(common.GoalItem(i)) {
		case "✚":
			gc.Marks[i] = "✚ new"
		case "Δ":
			gc.Marks[i] = "Δ changed"
		}
	}
	for _, g := range ch.goalsGone {
		gc.Removed = append(gc.Removed, g.Label())
	}
	return gc
}

// goalsChanged counts the goals added or changed since the revision.
func (ch *Changes) goalsChanged() int {
	n := 0
	if ch == nil || ch.cur == nil {
		return 0
	}
	for i := range ch.cur.Goals {
		if ch.itemMark(common.GoalItem(i)) != "" {
			n++
		}
	}
	return n
}

// GoalsNote points ] and [, which walk the board, to the goals panel when
// goals changed or went ("; the goals changed: tab to the goals panel"),
// so that "nothing changed on the board" does not read as nothing at all.
func (ch *Changes) GoalsNote() string {
	if ch == nil || ch.goalsChanged()+len(ch.goalsGone) == 0 {
		return ""
	}
	return "; the goals changed: tab to the goals panel"
}
