package ui

// Board geometry. Every figure here is pure arithmetic on sizes, so that
// the board can place and hit-test cards without looking at the map.
const (
	minColWidth = 24 // a column with its gap; 3 columns fit in 80 cells
	maxColWidth = 40 // wider columns read worse than more of them
	colGap      = 2
	itemHeight  = 3 // two lines of card and a blank line
	headerRows  = 3 // stage name, reached and drop-off, rule
)

// boardLayout is where things go on a board of a given size.
type boardLayout struct {
	colW      int // one column including its gap
	cols      int // columns shown
	curveRows int // rows of the emotion curve, caption included (0, 1 or 6)
	cardTop   int // first row of the cards
	cardRows  int // rows for cards
}

// layoutBoard fits nStages columns into w x h.
func layoutBoard(w, h, nStages int) boardLayout {
	var l boardLayout
	if w <= 0 || h <= 0 {
		return l
	}
	l.cols = max(1, w/minColWidth)
	if nStages > 0 && nStages < l.cols {
		l.cols = nStages
	}
	l.colW = max(1, min(w/l.cols, maxColWidth))
	switch {
	case h >= 20:
		l.curveRows = 6
	case h >= 9:
		l.curveRows = 1
	}
	l.cardTop = l.curveRows + headerRows
	l.cardRows = max(0, h-l.cardTop)
	return l
}

// contentWidth is the width of a column's text, without the gap.
func (l boardLayout) contentWidth() int { return max(1, l.colW-colGap) }

// cardWindow is which items of a column show: items are numbered 1..n
// (0 is the stage header, drawn above the cards). first is the first item
// shown, count how many, and up/down whether "more" marks take a row.
type cardWindow struct {
	first, count int
	up, down     bool
}

// windowAt is the window that starts at item first in rows rows.
func windowAt(first, n, rows int) cardWindow {
	if n <= 0 || rows <= 0 {
		return cardWindow{first: 1}
	}
	w := cardWindow{first: max(1, min(first, n))}
	room := rows
	if w.first > 1 {
		w.up = true
		room--
	}
	// k cards take 3k-1 rows: the blank line after the last one is spare.
	if left := n - w.first + 1; left*itemHeight-1 <= room {
		w.count = left
	} else {
		w.down = true // the "more" mark takes the last row
		w.count = max(0, room/itemHeight)
	}
	if w.count == 0 {
		// Too short for the marks: the selected card matters more.
		w.up, w.down, w.count = false, false, 1
	}
	return w
}

func (w cardWindow) shows(item int) bool { return item >= w.first && item < w.first+w.count }

// scrollTo moves a column's first item so that item sel (1..n) shows,
// scrolling as little as possible. It costs the same for 10 items as for
// 10,000.
func scrollTo(first, sel, n, rows int) int {
	if n <= 0 {
		return 1
	}
	first = max(1, min(first, n))
	if sel < 1 {
		return first
	}
	sel = min(sel, n)
	if sel < first {
		return sel
	}
	if windowAt(first, n, rows).shows(sel) {
		return first
	}
	// Land with sel last in a window carrying both marks, then take back
	// the rows the marks free up.
	k := max(1, (rows-1)/itemHeight)
	first = max(1, sel-k+1)
	for first < sel && !windowAt(first, n, rows).shows(sel) {
		first++
	}
	for first > 1 && windowAt(first-1, n, rows).shows(sel) {
		first--
	}
	return first
}

// firstColumn moves the first shown stage so that stage sel shows.
func firstColumn(first, sel, cols, n int) int {
	if n <= 0 || cols <= 0 {
		return 0
	}
	if sel < first {
		first = sel
	}
	if sel >= first+cols {
		first = sel - cols + 1
	}
	return max(0, min(first, max(0, n-cols)))
}
