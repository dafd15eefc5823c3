package board

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// ghostItem is the item of ghost row g of touchpoint ti of stage si.
func ghostItem(si, ti, g int, r ghostRow) common.Item {
	kind := common.KindOpportunity
	if r.pain != nil {
		kind = common.KindPainPoint
	}
	return common.Item{Kind: kind, Stage: si, Touchpoint: ti, Index: -1, Ghost: g + 1}
}

// kind names what the row was.
func (r ghostRow) kind() string {
	if r.pain != nil {
		return "pain point"
	}
	return "opportunity"
}

// text is the row's old text.
func (r ghostRow) text() string {
	if r.pain != nil {
		return r.pain.Text
	}
	return r.opp.Text
}

// value is the row's old pain point or opportunity.
func (r ghostRow) value() any {
	if r.pain != nil {
		return *r.pain
	}
	return *r.opp
}

// ghostCards are the removed touchpoints shown at the end of stage si.
func (ch *Changes) ghostCards(si int) []model.Touchpoint {
	if ch == nil {
		return nil
	}
	return ch.cards[si]
}

// ghostRows are the removed rows shown at the end of a touchpoint's card.
func (ch *Changes) ghostRows(si, ti int) []ghostRow {
	if ch == nil {
		return nil
	}
	return ch.rows[[2]int{si, ti}]
}

// ghostValue is the old value a ghost item stands for.
func (ch *Changes) ghostValue(it common.Item) (any, bool) {
	if ch == nil || it.Ghost <= 0 {
		return nil, false
	}
	if it.Kind == common.KindStage {
		g := it.Stage - len(ch.cur.Stages)
		if g < 0 || g >= len(ch.stages) {
			return nil, false
		}
		return ch.stages[g].stage, true
	}
	if it.Touchpoint < 0 {
		cards := ch.cards[it.Stage]
		if it.Ghost > len(cards) {
			return nil, false
		}
		return cards[it.Ghost-1], true
	}
	rows := ch.rows[[2]int{it.Stage, it.Touchpoint}]
	if it.Ghost > len(rows) {
		return nil, false
	}
	return rows[it.Ghost-1].value(), true
}

// ChangedWith is Changed with ch, the changes since a revision worked out
// for m (nil: none), shown with it: the ghosts and marks are ch's. The
// map and its changes are taken in one step, so that a selected removed
// stage's ghost column stays selected even when its board index moves.
func (b *Board) ChangedWith(m *model.Map, ch *Changes, r common.Reach) {
	if s := b.oldStage(b.stage); s != nil {
		b.stage = ch.stageNow(m, s.Key(), b.stage)
	}
	shown := ch != nil || b.changes != nil
	b.changes = ch
	b.Changed(m, r)
	if shown {
		b.redraw() // the marks and ghosts drawn are the old changes'
	}
}

// realItems is how many of stage si's items are the map's own, after
// which come its ghost cards.
func (b *Board) realItems(si int) int {
	if si >= b.stages() {
		return 0 // a ghost stage has only ghosts
	}
	s := &b.m.Stages[si]
	return len(s.Touchpoints) + len(s.PainPoints) + len(s.Opportunities)
}

// ghostCard is the removed touchpoint drawn as item i of stage si, if any.
func (b *Board) ghostCard(si, i int) (*model.Touchpoint, int) {
	if si < 0 || si >= b.cols() {
		return nil, 0
	}
	g := i - 1 - b.realItems(si)
	cards := b.changes.ghostCards(si)
	if g < 0 || g >= len(cards) {
		return nil, 0
	}
	return &cards[g], g
}

// rowCount is how many rows touchpoint card i of stage si has: its own
// pain points and opportunities, then its ghosts.
func (b *Board) rowCount(si, i int) int {
	t := b.touchpoint(si, i)
	if t == nil {
		return 0
	}
	return subCount(t) + len(b.changes.ghostRows(si, i-1))
}

// renderGhostCard draws a removed touchpoint: its name, then the mark and
// the word with its old emotion and channel, then its old rows, all faint.
func renderGhostCard(t *model.Touchpoint, s cardShape, selected bool, width int, st *common.Styles) []string {
	inner := max(0, width-2)
	bar := st.Ghost.Render("┆ ")
	if selected {
		bar = st.SelectedTitle.Render("┃" + common.MarkSelected)
	}
	title := st.Ghost
	if selected {
		title = st.Selection
	}
	var out []string
	for i, n := range s.name {
		b := bar
		if i > 0 && selected {
			b = st.SelectedTitle.Render("┃ ")
		}
		out = append(out, b+title.Render(common.PadRight(n, inner)))
	}
	meta := common.MarkRemoved + " removed  " + ansi.Strip(touchpointMeta(t, "", "", st))
	if selected {
		bar = st.SelectedTitle.Render("┃ ")
	}
	out = append(out, bar+st.Ghost.Render(common.PadRight(common.Clip(meta, inner), inner)))
	for r := s.first; r < s.first+s.count; r++ {
		for _, line := range subLines(t, r, inner, s.rowLines(r), false, "", st) {
			out = append(out, bar+st.Ghost.Render(common.PadRight(ansi.Strip(line), inner)))
		}
	}
	if s.more {
		out = append(out, bar+st.Ghost.Render(common.PadRight(common.Clip("+"+common.Itoa(s.rows-s.count)+" more", inner), inner)))
	}
	return out
}

// ghostSubLine is a removed pain point or opportunity as a row of its
// touchpoint's card: the mark, the word, then its old text.
func ghostSubLine(r ghostRow, width int, selected bool, st *common.Styles) string {
	head := common.MarkRemoved + " removed "
	if r.pain != nil {
		head += "✗ "
	} else {
		head += "✦ "
	}
	room := max(0, width-ansi.StringWidth(head))
	line := head + common.Clip(common.OneLine(r.text()), room)
	if selected {
		return st.Selection.Render(common.PadRight(line, width))
	}
	return st.Ghost.Render(common.PadRight(line, width))
}

// rowMark marks the rows of touchpoint ti of stage si that were added
// ("✚") or changed ("Δ") since the revision shown (nil: no changes shown).
func (b *Board) rowMark(si, ti int) rowMark {
	ch := b.changes
	if ch == nil || ti < 0 {
		return nil
	}
	t := &b.m.Stages[si].Touchpoints[ti]
	return func(r int) string {
		var it common.Item
		switch {
		case r < len(t.PainPoints):
			it = common.PainPointItem(si, ti, r)
		case r < subCount(t):
			it = common.OpportunityItem(si, ti, r-len(t.PainPoints))
		default:
			return "" // a ghost row, marked as removed
		}
		return ch.itemMark(it)
	}
}
