package board

// Board geometry. Every figure here is pure arithmetic on sizes, so that
// the board can place and hit-test cards without looking at the map.
const (
	minColWidth = 24 // a column with its gap; 3 columns fit in 80 cells
	maxColWidth = 40 // wider columns read worse than more of them
	ColGap      = 2
	itemHeight  = 3 // a compact card's two lines and a blank line
	headerRows  = 3 // stage name, reached and drop-off, rule
)

// boardLayout is where things go on a board of a given size.
type boardLayout struct {
	ColW      int // one column including its gap
	Cols      int // columns shown
	CurveRows int // rows of the emotion curve, caption and means included (0, curveStripRows or curveFullRows)
	CardTop   int // first row of the cards
	cardRows  int // rows for cards
	// Density: how much of each card shows. nameLines is 1 or 2 (a long
	// name wraps); textCap is how many pain point and opportunity texts a
	// card that is not selected shows (0: counts only, the compact card).
	nameLines, textCap int
	// rowLines is how many lines a pain point's or an opportunity's text
	// may take on a card (1: cut to one line); the room view wraps them.
	rowLines int
}

// roomRowLines is the least a row's text may wrap to in the room view.
const roomRowLines = 3

// inRoom is the layout of the room view: cards show their full text, each
// row wrapped over the lines it needs (up to a quarter of the column,
// rounded up, so a row the banner's line would cut still ends whole) and
// the name over two. A board too short for any text keeps its compact cards.
func (l boardLayout) inRoom() boardLayout {
	if l.textCap == 0 {
		return l
	}
	l.nameLines = 2
	l.textCap = max(l.textCap, roomRowLines)
	l.rowLines = max(roomRowLines, (l.cardRows+3)/4)
	return l
}

// LayoutBoard fits nStages columns into w x h.
func LayoutBoard(w, h, nStages int) boardLayout {
	var l boardLayout
	if w <= 0 || h <= 0 {
		return l
	}
	l.Cols = max(1, w/minColWidth)
	if nStages > 0 && nStages < l.Cols {
		l.Cols = nStages
	}
	l.ColW = max(1, min(w/l.Cols, maxColWidth))
	switch {
	case h >= 20:
		l.CurveRows = curveFullRows
	case h >= 9:
		l.CurveRows = curveStripRows
	}
	l.CardTop = l.CurveRows + headerRows
	l.cardRows = max(0, h-l.CardTop)
	l.rowLines = 1
	// More text on a bigger board; a short one keeps the compact cards
	// that show the most touchpoints.
	switch {
	case l.cardRows >= 30:
		l.nameLines, l.textCap = 2, 3
	case l.cardRows >= 20:
		l.nameLines, l.textCap = 2, 2
	case l.cardRows >= 14 && w >= 100 && l.ColW >= minColWidth:
		l.nameLines, l.textCap = 2, 1
	default:
		l.nameLines, l.textCap = 1, 0
	}
	return l
}

// contentWidth is the width of a column's text, without the gap.
func (l boardLayout) contentWidth() int { return max(1, l.ColW-ColGap) }

// cardWindow is which items of a column show: items are numbered 1..n
// (0 is the stage header, drawn above the cards). first is the first item
// shown, count how many, and up/down whether "more" marks take a row.
type cardWindow struct {
	First, Count int
	Up, Down     bool
}

// heightFunc is the lines of card i (1..n), without the blank line after.
type heightFunc func(i int) int

// compactHeight is every card two lines high.
func compactHeight(int) int { return itemHeight - 1 }

// windowAt is the window that starts at item first in rows rows. It asks
// for the heights of the cards it shows and one more, never the rest.
func windowAt(first, n, rows int, h heightFunc) cardWindow {
	if n <= 0 || rows <= 0 {
		return cardWindow{First: 1}
	}
	w := cardWindow{First: max(1, min(first, n))}
	room := rows
	if w.First > 1 {
		w.Up = true
		room--
	}
	used := 0
	var tall []int
	for i := w.First; i <= n; i++ {
		need := h(i)
		if w.Count > 0 {
			need++ // the blank line before it
		}
		if used+need > room {
			w.Down = true
			break
		}
		used += need
		tall = append(tall, need)
		w.Count++
	}
	if w.Down {
		// The "more" mark takes the last row.
		for w.Count > 0 && used+1 > room {
			w.Count--
			used -= tall[w.Count]
		}
	}
	if w.Count == 0 {
		// Too short for the marks: the selected card matters more.
		w.Up, w.Down, w.Count = false, false, 1
	}
	return w
}

func (w cardWindow) Shows(item int) bool { return item >= w.First && item < w.First+w.Count }

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
	if windowAt(first, n, rows, hm).Shows(sel) {
		return first
	}
	// Land with sel last: walk up while the window from one card earlier
	// still shows it.
	first = sel
	for first > 1 && windowAt(first-1, n, rows, hm).Shows(sel) {
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
