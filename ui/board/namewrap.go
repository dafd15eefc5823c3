package board

// Names that wrap when there is room: on a board too short for cards with
// text, a column whose cards all fit with their names on two lines shows
// them so, rather than cutting them; a column that would lose a card to
// it keeps the one-line names.

// columnLayout is l as column si draws it: with two-line names when they
// fit.
func (b *Board) columnLayout(si int, l boardLayout) boardLayout {
	if l.nameLines >= 2 || l.cardRows <= 0 {
		return l
	}
	k := wrapKey{stage: si, layout: l}
	fits, ok := b.wrapNames[k]
	if !ok {
		fits = b.fitsWrapped(si, l)
		if b.wrapNames == nil {
			b.wrapNames = map[wrapKey]bool{}
		}
		b.wrapNames[k] = fits
	}
	if fits {
		l.nameLines = 2
	}
	return l
}

type wrapKey struct {
	stage  int
	layout boardLayout
}

// fitsWrapped reports whether every card of column si fits in the column
// with two-line names, whichever of them is opened out. It looks at no
// more cards than the column could show, so a long column costs no more
// than a short one, and it does not depend on the selection, so names do
// not change as it moves.
func (b *Board) fitsWrapped(si int, l boardLayout) bool {
	n := b.Items(si)
	if n == 0 || n*itemHeight-1 > l.cardRows {
		return false // not even the one-line names all fit
	}
	l.nameLines = 2
	used, opened := -1, 0
	for i := 1; i <= n; i++ {
		var h int
		if t := b.touchpoint(si, i); t != nil {
			mark := b.rowMark(si, i-1)
			h = touchpointShape(t, b.rowCount(si, i), l, false, -1, mark).height()
			opened = max(opened, touchpointShape(t, b.rowCount(si, i), l, true, -1, mark).height()-h)
		} else {
			h = b.shape(si, i, l).height()
		}
		used += h + 1
		if used+opened > l.cardRows {
			return false
		}
	}
	return true
}
