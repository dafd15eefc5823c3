package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/journey-maps/journey/ui/common"
)

// The footers of the board, a panel and the details. The details' form
// has one per kind of item under its cursor, because the keys that act on
// a touchpoint are not those that act on a pain point.
const (
	footBoard       common.Footer = "board"
	footPanel       common.Footer = "panel"
	footDetails     common.Footer = "details"     // read-only: the details are not a form
	footTouchpoint  common.Footer = "touchpoint"  // the form, on a touchpoint
	footPainPoint   common.Footer = "pain point"  // the form, on a pain point
	footOpportunity common.Footer = "opportunity" // the form, on an opportunity
	footForm        common.Footer = "form"        // the form, on anything else
)

// footers are the places of a key in some footers, for the key table.
type footers = map[common.Footer]common.Spot[*App]

// place is a key's place At in a footer.
type place = common.Spot[*App]

// formFooters are the details' form footers, one per kind of item.
var formFooters = []common.Footer{footTouchpoint, footPainPoint, footOpportunity, footForm}

// allFooters are every footer the key table places keys in.
var allFooters = append([]common.Footer{footBoard, footPanel, footDetails}, formFooters...)

// inForms places a key at s in every form footer, and in more.
func inForms(s place, more footers) footers {
	f := footers{}
	for _, c := range formFooters {
		f[c] = s
	}
	for c, s := range more {
		f[c] = s
	}
	return f
}

// everywhere places a key at the same place in every footer: the way
// round (tab, ?, q) comes right after a footer's first two keys, because
// a narrow footer cuts from the end and nobody should lose the way to
// help or out.
func everywhere(at int) footers {
	f := footers{}
	for _, c := range allFooters {
		f[c] = place{At: at}
	}
	return f
}

// helpAs is a footer's name for a key.
func helpAs(keys, desc string) *key.Help { return &key.Help{Key: keys, Desc: desc} }

// footerKeys is the footer whose keys show now: of what has the keys.
func (a *App) footerKeys() common.Footer {
	switch {
	case a.zoom && !a.detail.Form():
		return footDetails
	case a.zoom:
		it, _, _ := a.target()
		switch it.Kind {
		case common.KindTouchpoint:
			return footTouchpoint
		case common.KindPainPoint:
			return footPainPoint
		case common.KindOpportunity:
			return footOpportunity
		}
		return footForm
	case a.onPanel:
		return footPanel
	}
	return footBoard
}

// hasPanels reports whether tab has a panel to go to: none in the room
// view, which hides them.
func (a *App) hasPanels() bool { return len(a.panels) > 0 && !a.c.RoomView }

// panelMoves reports whether the panel with focus has rows to move over;
// the room's panel only shows the stage in focus.
func (a *App) panelMoves() bool { return a.onPanel && a.panels[a.panel].Name() != "room" }

// hasSelection reports whether enter has something to open.
func (a *App) hasSelection() bool { _, ok := a.selected(); return ok }
