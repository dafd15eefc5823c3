package board

import (
	"testing"
)

func TestLayoutBoard(t *testing.T) {
	tests := []struct {
		name                  string
		w, h, stages          int
		cols, colW, curveRows int
	}{
		{"80 wide shows three columns", 80, 22, 6, 3, 26, curveFullRows},
		{"160 wide shows six columns", 160, 30, 6, 6, 26, curveFullRows},
		{"few stages get wider columns, up to a limit", 160, 30, 2, 2, maxColWidth, curveFullRows},
		{"short board draws the caption and a labelled strip", 80, 12, 6, 3, 26, curveStripRows},
		{"tiny board has no curve", 80, 6, 6, 3, 26, 0},
		{"narrower than a column still shows one", 10, 20, 6, 1, 10, curveFullRows},
		{"nothing at zero size", 0, 0, 6, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := LayoutBoard(tt.w, tt.h, tt.stages)
			if l.Cols != tt.cols || l.ColW != tt.colW || l.CurveRows != tt.curveRows {
				t.Errorf("layoutBoard(%d, %d, %d) = cols %d, colW %d, curve %d; want %d, %d, %d",
					tt.w, tt.h, tt.stages, l.Cols, l.ColW, l.CurveRows, tt.cols, tt.colW, tt.curveRows)
			}
			if l.Cols*l.ColW > max(tt.w, 0) {
				t.Errorf("columns take %d cells of %d", l.Cols*l.ColW, tt.w)
			}
		})
	}
}

func TestWindowAt(t *testing.T) {
	tests := []struct {
		name           string
		first, n, rows int
		want           cardWindow
	}{
		{"all fit", 1, 3, 9, cardWindow{First: 1, Count: 3}},
		{"last card needs no blank line", 1, 3, 8, cardWindow{First: 1, Count: 3}},
		{"more below takes a row", 1, 10, 9, cardWindow{First: 1, Count: 3, Down: true}},
		{"more above and below", 4, 10, 9, cardWindow{First: 4, Count: 2, Up: true, Down: true}},
		{"end of the list", 8, 10, 9, cardWindow{First: 8, Count: 3, Up: true}},
		{"first beyond the end is clamped", 20, 10, 9, cardWindow{First: 10, Count: 1, Up: true}},
		{"no room", 1, 10, 0, cardWindow{First: 1}},
		{"too short for marks shows the card alone", 5, 10, 3, cardWindow{First: 5, Count: 1}},
		{"empty column", 1, 0, 9, cardWindow{First: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := windowAt(tt.first, tt.n, tt.rows, compactHeight); got != tt.want {
				t.Errorf("windowAt(%d, %d, %d) = %+v, want %+v", tt.first, tt.n, tt.rows, got, tt.want)
			}
		})
	}
}

// Whatever the column and wherever the selection goes, scrolling keeps the
// selected card on screen and never scrolls further than needed.
func TestScrollToKeepsSelectionVisible(t *testing.T) {
	for _, rows := range []int{1, 2, 3, 5, 8, 9, 17, 40} {
		for _, n := range []int{1, 2, 5, 13, 100} {
			first := 1
			walk := []int{1, 2, 3, n, n - 1, 1, n / 2, n/2 + 1, n/2 - 1, 2}
			for _, sel := range walk {
				sel = max(1, min(sel, n))
				next := scrollTo(first, sel, n, rows, compactHeight)
				w := windowAt(next, n, rows, compactHeight)
				if !w.Shows(sel) {
					t.Fatalf("rows %d n %d: item %d not shown after scrolling from %d to %d (%+v)", rows, n, sel, first, next, w)
				}
				if windowAt(first, n, rows, compactHeight).Shows(sel) && next != first {
					t.Fatalf("rows %d n %d: scrolled from %d to %d although item %d was already shown", rows, n, first, next, sel)
				}
				first = next
			}
		}
	}
}

func TestScrollToCostsTheSameForLongColumns(t *testing.T) {
	// Jumping to the last of 1,000,000 items lands in one step.
	if got := scrollTo(1, 1_000_000, 1_000_000, 20, compactHeight); !windowAt(got, 1_000_000, 20, compactHeight).Shows(1_000_000) {
		t.Fatalf("last item not shown from %d", got)
	}
}

func TestFirstColumn(t *testing.T) {
	tests := []struct{ first, sel, cols, n, want int }{
		{0, 0, 3, 6, 0},
		{0, 2, 3, 6, 0},
		{0, 3, 3, 6, 1},
		{3, 1, 3, 6, 1},
		{0, 5, 3, 6, 3},
		{5, 5, 3, 6, 3}, // never leaves columns empty at the right
		{0, 0, 3, 0, 0},
	}
	for _, tt := range tests {
		if got := firstColumn(tt.first, tt.sel, tt.cols, tt.n); got != tt.want {
			t.Errorf("firstColumn(%d, %d, %d, %d) = %d, want %d", tt.first, tt.sel, tt.cols, tt.n, got, tt.want)
		}
	}
}
