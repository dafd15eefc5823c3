package ui

// rect is a pane's place on the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && y >= r.y && x < r.x+r.w && y < r.y+r.h
}

// wideEnough is the size from which the board, a panel and the detail
// pane share the first screen (UX: the goals panel shows from 100x30).
func wideEnough(w, h int) bool { return w >= 100 && h >= 30 }

// sideBySide is the width from which the open details go beside the
// board, never over it: the room keeps the map while someone types.
func sideBySide(w int) bool { return w >= 120 }

// sidePaneWidth is the open details' width beside the board.
func sidePaneWidth(w int) int { return min(max(w/2, 44), 80) }

// appLayout is where the root puts its panes.
type appLayout struct {
	wide                 bool
	side                 bool // the open details are beside the board
	body                 rect // between header and footer
	board, panel, detail rect
}

// layoutApp divides a w x h screen: a header line, a footer line, and the
// body between. Wide screens stack the board over a panel and the detail
// pane side by side; narrow ones give the whole body to one pane at a time.
// boardNeeds is the board's natural height: when it is less than its
// share, the panel and detail pane below get the rest.
func layoutApp(w, h int, hasPanels bool, boardNeeds int) appLayout {
	w, h = max(w, 0), max(h, 0)
	body := rect{0, min(1, h), w, max(h-2, 0)}
	l := appLayout{wide: wideEnough(w, h), body: body}
	if !l.wide {
		l.board, l.panel, l.detail = body, body, body
		return l
	}
	// The board is what a room reads: below 46 rows the panels get a third
	// of the body (the goals panel scrolls), from there two fifths.
	bottom := min(max(body.h*2/5, 12), body.h/2)
	if body.h < 46 {
		bottom = max(body.h/3, 10)
	}
	if need := max(boardNeeds, 20); need < body.h-bottom {
		bottom = body.h - need
	}
	l.board = rect{0, body.y, w, body.h - bottom}
	y := body.y + l.board.h
	pw := 0
	if hasPanels {
		pw = w * 3 / 5
	}
	l.panel = rect{0, y, pw, bottom}
	l.detail = rect{pw, y, w - pw, bottom}
	return l
}

// layoutSide is the layout while the details are open beside the board:
// the board (and its panels, when there is room) on the left, the details
// down the right.
func layoutSide(w, h int, hasPanels bool, boardNeeds int) appLayout {
	dw := sidePaneWidth(w)
	l := layoutApp(w-dw, h, hasPanels, boardNeeds)
	l.body.w = w
	l.side = true
	l.panel.w = w - dw
	l.detail = rect{w - dw, l.body.y, dw, l.body.h}
	return l
}
