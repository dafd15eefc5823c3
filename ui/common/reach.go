package common

import (
	"strconv"

	"github.com/journey-maps/journey/model"
)

// Reach is what a change to the map can have changed on screen, worked
// out from the paths it wrote, so that panes redraw that and keep the
// rest. The zero Reach is "anything": a pane that is told nothing more
// redraws everything.
type Reach struct {
	known  bool
	stages map[int]bool    // stages changed as a whole (a field of the stage, an item added)
	cards  map[[2]int]bool // touchpoints changed within (stage, touchpoint)
	fields map[string]bool // the touchpoint fields written ("emotion", "pain_points")
	others bool            // a path outside stages (goals, personas, the title)
}

// Unchanged is the reach of no change to the map at all.
var Unchanged = Reach{known: true}

// ReachOf is the reach of a change that wrote the given document paths.
// Only paths inside one stage narrow it: a stage added, removed or moved
// changes every column after it, so it reaches everything.
func ReachOf(touched []model.Path) Reach {
	r := Reach{known: len(touched) > 0}
	for _, p := range touched {
		if len(p) == 0 {
			return Reach{} // the whole document
		}
		if p[0] != "stages" {
			r.others = true
			continue
		}
		si, err := strconv.Atoi(at(p, 1))
		if err != nil || len(p) < 3 {
			return Reach{} // the stage list itself
		}
		ti, err := strconv.Atoi(at(p, 3))
		if p[2] == "touchpoints" && err == nil && len(p) >= 5 {
			if r.cards == nil {
				r.cards = map[[2]int]bool{}
			}
			r.cards[[2]int{si, ti}] = true
			if r.fields == nil {
				r.fields = map[string]bool{}
			}
			r.fields[p[4]] = true
			continue
		}
		if r.stages == nil {
			r.stages = map[int]bool{}
		}
		r.stages[si] = true
	}
	return r
}

func at(p model.Path, i int) string {
	if i < len(p) {
		return p[i]
	}
	return ""
}

// Everything reports whether the change may have changed anything at all.
func (r Reach) Everything() bool { return !r.known }

// OnlyStages reports whether the change wrote only inside stages (not
// the stage list, goals, personas or the map's own fields).
func (r Reach) OnlyStages() bool { return r.known && !r.others }

// Stage reports whether stage si may show something new: a field of its
// own, an item added or removed, or a change inside one of its touchpoints.
func (r Reach) Stage(si int) bool {
	if !r.known || r.stages[si] {
		return true
	}
	for k := range r.cards {
		if k[0] == si {
			return true
		}
	}
	return false
}

// Card reports whether touchpoint ti of stage si may show something new.
func (r Reach) Card(si, ti int) bool { return !r.known || r.stages[si] || r.cards[[2]int{si, ti}] }

// OnlyTouchpoints reports whether the change wrote only inside
// touchpoints, and none of the named fields of them: what a pane that
// shows no touchpoint but those fields can keep.
func (r Reach) OnlyTouchpoints(except ...string) bool {
	if !r.known || r.others || len(r.stages) > 0 {
		return false
	}
	for _, f := range except {
		if r.fields[f] {
			return false
		}
	}
	return true
}
