package common

// Rect is a pane's place on the screen.
type Rect struct{ X, Y, W, H int }

func (r Rect) Contains(x, y int) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// wideEnough is the size from which the board, a panel and the detail
// pane share the first screen (UX: the goals panel shows from 100x30).
func wideEnough(w, h int) bool { return w >= 100 && h >= 30 }

// SideBySide is the width from which the open details go beside the
// board, never over it: the room keeps the map while someone types.
func SideBySide(w int) bool { return w >= 120 }

// sidePaneWidth is the open details' width beside the board.
func sidePaneWidth(w int) int { return min(max(w/2, 44), 80) }

// AppLayout is where the root puts its panes.
type AppLayout struct {
	Wide                 bool
	Side                 bool // the open details are beside the board
	Body                 Rect // between header and footer
	Board, Panel, Detail Rect
}

// LayoutApp divides a w x h screen: a header line, a footer line, and the
// body between. Wide screens stack the board over a panel and the detail
// pane side by side; narrow ones give the whole body to one pane at a time.
// boardNeeds is the board's natural height: when it is less than its
// share, the panel and detail pane below get the rest.
func LayoutApp(w, h int, hasPanels bool, boardNeeds int) AppLayout {
	w, h = max(w, 0), max(h, 0)
	body := Rect{0, min(1, h), w, max(h-2, 0)}
	l := AppLayout{Wide: wideEnough(w, h), Body: body}
	if !l.Wide {
		l.Board, l.Panel, l.Detail = body, body, body
		return l
	}
	// The board is what a room reads: below 46 rows the panels get a third
	// of the body (the goals panel scrolls), from there two fifths.
	bottom := min(max(body.H*2/5, 12), body.H/2)
	if body.H < 46 {
		bottom = max(body.H/3, 10)
	}
	if need := max(boardNeeds, 20); need < body.H-bottom {
		bottom = body.H - need
	}
	l.Board = Rect{0, body.Y, w, body.H - bottom}
	y := body.Y + l.Board.H
	pw := 0
	if hasPanels {
		pw = w * 3 / 5
	}
	l.Panel = Rect{0, y, pw, bottom}
	l.Detail = Rect{pw, y, w - pw, bottom}
	return l
}

// LayoutSide is the layout while the details are open beside the board:
// the board (and its panels, when there is room) on the left, the details
// down the right.
func LayoutSide(w, h int, hasPanels bool, boardNeeds int) AppLayout {
	dw := sidePaneWidth(w)
	l := LayoutApp(w-dw, h, hasPanels, boardNeeds)
	l.Body.W = w
	l.Side = true
	l.Panel.W = w - dw
	l.Detail = Rect{w - dw, l.Body.Y, dw, l.Body.H}
	return l
}

// LabelWidth lines up the values of the detail pane's fields.
const LabelWidth = 10
