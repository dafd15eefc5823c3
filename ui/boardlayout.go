package ui

// Board geometry. Every figure here is pure arithmetic on sizes, so that
// the board can place and hit-test cards without looking at the map.
const (
	minColWidth = 24 // a column with its gap; 3 columns fit in 80 cells
	maxColWidth = 40 // wider columns read worse than more of them
	colGap      = 2
	itemHeight  = 3 // a compact card's two lines and a blank line
	headerRows  = 3 // stage name, reached and drop-off, rule
)

// boardLayout is where things go on a board of a given size.
type boardLayout struct {
	colW      int // one column including its gap
	cols      int // columns shown
	curveRows int // rows of the emotion curve, caption and means included (0, curveStripRows or curveFullRows)
	cardTop   int // first row of the cards
	cardRows  int // rows for cards
	// Density: how much of each card shows. nameLines is 1 or 2 (a long
	// name wraps); textCap is how many pain point and opportunity texts a
	// card that is not selected shows (0: counts only, the compact card).
	nameLines, textCap int
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
		l.curveRows = curveFullRows
	case h >= 9:
		l.curveRows = curveStripRows
	}
	l.cardTop = l.curveRows + headerRows
	l.cardRows = max(0, h-l.cardTop)
	// More text on a bigger board; a short one keeps the compact cards
	// that show the most touchpoints.
	switch {
	case l.cardRows >= 30:
		l.nameLines, l.textCap = 2, 3
	case l.cardRows >= 20:
		l.nameLines, l.textCap = 2, 2
	case l.cardRows >= 14 && w >= 100 && l.colW >= minColWidth:
		l.nameLines, l.textCap = 2, 1
	default:
		l.nameLines, l.textCap = 1, 0
	}
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

// heightFunc is the lines of card i (1..n), without the blank line after.
type heightFunc func(i int) int

// compactHeight is every card two lines high.
func compactHeight(int) int { return itemHeight - 1 }

// windowAt is the window that starts at item first in rows rows. It asks
// for the heights of the cards it shows and one more, never the rest.
func windowAt(first, n, rows int, h heightFunc) cardWindow {
	if n <= 0 || rows <= 0 {
		return cardWindow{first: 1}
	}
	w := cardWindow{first: max(1, min(first, n))}
	room := rows
	if w.first > 1 {
		w.up = true
		room--
	}
	used := 0
	var tall []int
	for i := w.first; i <= n; i++ {
		need := h(i)
		if w.count > 0 {
			need++ // the blank line before it
		}
		if used+need > room {
			w.down = true
			break
		}
		used += need
		tall = append(tall, need)
		w.count++
	}
	if w.down {
		// The "more" mark takes the last row.
		for w.count > 0 && used+1 > room {
			w.count--
			used -= tall[w.count]
		}
	}
	if w.count == 0 {
		// Too short for the marks: the selected card matters more.
		w.up, w.down, w.count = false, false, 1
	}
	return w
}

func (w cardWindow) shows(item int) bool { return item >= w.first && item < w.first+w.count }

// scrollTo moves a column's first item so that item sel (1..n) shows,
// scrolling as little as possible. It costs the cards on screen, the same
// for 10 items as for 10,000.
func scrollTo(first, sel, n, rows int, h heightFunc) int {
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
	memo := map[int]int{}
	hm := func(i int) int {
		v, ok := memo[i]
		if !ok {
			v = h(i)
			memo[i] = v
		}
		return v
	}
	if windowAt(first, n, rows, hm).shows(sel) {
		return first
	}
	// Land with sel last: walk up while the window from one card earlier
	// still shows it.
	first = sel
	for first > 1 && windowAt(first-1, n, rows, hm).shows(sel) {
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
