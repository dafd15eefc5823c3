package board

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// View draws the columns shown, and only those: a frame costs the screen,
// not the map.
func (b *Board) View() string {
	if b.w <= 0 || b.h <= 0 {
		return ""
	}
	st := b.c.Styles()
	if b.cols() == 0 {
		return common.Fill(common.CenterLine(st.Muted.Render("This map has no stages yet."), b.w), b.w, b.h)
	}
	l := b.layout()
	rows := make([]strings.Builder, b.h)
	b.drawCurve(rows, l)
	last := min(b.cols(), b.firstCol+l.Cols)
	for p := b.firstCol; p < last; p++ {
		col := b.cachedColumn(b.colStage(p), l)
		for r, line := range col {
			if l.CurveRows+r >= b.h {
				break // a board shorter than its header
			}
			rows[l.CurveRows+r].WriteString(line)
			if p < last-1 {
				rows[l.CurveRows+r].WriteString(strings.Repeat(" ", ColGap))
			}
		}
	}
	lines := make([]string, b.h)
	for r := range rows {
		lines[r] = rows[r].String()
	}
	return common.Fill(lines, b.w, b.h)
}

// cachedColumn draws a column or reuses its last drawing: moving the
// selection redraws the one or two columns it touches, not all of them.
func (b *Board) cachedColumn(si int, l boardLayout) []string {
	moreLeft, moreRight := b.more(si, l)
	k := columnKey{stage: si, sel: -1, first: b.first[si], focused: b.focused, layout: l, persona: b.c.Persona(),
		moreLeft: moreLeft, moreRight: moreRight}
	if si == b.stage {
		k.sel, k.sub = b.item, b.sub
	}
	if col, ok := b.columns[k]; ok {
		return col
	}
	if b.columns == nil || len(b.columns) > 4*maxColumnsShown {
		b.columns = map[columnKey][]string{}
	}
	col := b.column(si, l)
	b.columns[k] = col
	return col
}

// maxColumnsShown bounds the column cache: a few screens' worth.
const maxColumnsShown = 16

// column is one stage's header and cards, each line exactly the column's
// content width.
func (b *Board) column(si int, l boardLayout) []string {
	st := b.c.Styles()
	cw := l.contentWidth()
	sel := si == b.stage
	h := stageHeader{Num: si + 1, Current: sel, Selected: sel && b.item == 0 && b.focused}
	h.MoreLeft, h.MoreRight = b.more(si, l)
	if old := b.oldStage(si); old != nil {
		h.Stage, h.Removed = old, true
	} else {
		h.Stage, h.Step, h.Worst = &b.m.Stages[si], b.funnel[si], si == b.worst
		h.Mark = b.changes.stageMark(si)
	}
	out := renderStageHeader(h, cw, st)

	n := b.Items(si)
	win := windowAt(b.first[si], n, l.cardRows, b.heights(si, l))
	blank := strings.Repeat(" ", cw)
	if n == 0 && l.cardRows > 0 {
		// Say so, so that an empty stage still reads as a column.
		empty := "  no touchpoints yet"
		if h.Removed {
			empty = "  it had no touchpoints"
		}
		out = append(out, st.Muted.Render(common.PadRight(empty, cw)))
	}
	if win.Up {
		out = append(out, st.Muted.Render(common.PadRight(fmt.Sprintf("  ↑ %d more", win.First-1), cw)))
	}
	for i := win.First; i < win.First+win.Count; i++ {
		out = append(out, b.cachedCard(si, i, cw, l)...)
		if i < win.First+win.Count-1 {
			out = append(out, blank)
		}
	}
	end := headerRows + l.cardRows
	if win.Down {
		for len(out) < end-1 {
			out = append(out, blank)
		}
		below := n - (win.First + win.Count) + 1
		out = append(out[:end-1], st.Muted.Render(common.PadRight(fmt.Sprintf("  ↓ %d more", below), cw)))
	}
	for len(out) < end {
		out = append(out, blank)
	}
	return out[:end]
}

// cardKey is everything a drawn card depends on besides its item, whose
// changes Changed tells the cache about.
type cardKey struct {
	stage, item, width int
	layout             boardLayout // as the column draws it (names wrapped or not)
	open, selected     bool
	sub                int
	persona, who       string
}

// cachedCard draws a card or reuses its last drawing: an edit redraws the
// card it changed, not its column.
func (b *Board) cachedCard(si, i, width int, l boardLayout) []string {
	k := cardKey{stage: si, item: i, width: width, layout: b.columnLayout(si, l), sub: -1, persona: b.c.Persona()}
	if si == b.stage && i == b.item {
		k.open, k.selected, k.sub = true, b.focused, b.sub
	}
	if it := b.itemAt(si, i); it.Kind == common.KindTouchpoint && it.Touchpoint >= 0 {
		k.who = b.who[[2]int{si, it.Touchpoint}]
	}
	if card, ok := b.cards[k]; ok {
		return card
	}
	if b.cards == nil || len(b.cards) > maxCardsKept {
		b.cards = map[cardKey][]string{}
	}
	card := b.card(si, i, width, l)
	b.cards[k] = card
	return card
}

// maxCardsKept bounds the card cache: a few screens' worth.
const maxCardsKept = 512

// card renders item i (1-based) of stage si in its shape.
func (b *Board) card(si, i, width int, l boardLayout) []string {
	st := b.c.Styles()
	it := b.itemAt(si, i)
	selected := si == b.stage && b.item == i && b.focused
	shape := b.shape(si, i, l)
	if g, _ := b.ghostCard(si, i); g != nil {
		return renderGhostCard(g, shape, selected, width, st)
	}
	s := &b.m.Stages[si]
	switch it.Kind {
	case common.KindTouchpoint:
		sub := -1
		if si == b.stage && b.item == i {
			sub = b.sub
		}
		cs := cardStyle{selected: selected, sub: sub, compact: l.textCap == 0, ghosts: b.changes.ghostRows(si, it.Touchpoint),
			mark: b.rowMark(si, it.Touchpoint)}
		return renderTouchpointRich(&s.Touchpoints[it.Touchpoint], b.c.Persona(), b.who[[2]int{si, it.Touchpoint}], shape, cs, width, st)
	case common.KindPainPoint:
		return renderItemRich(shape.name, withMark(b.changes.itemMark(it), cardPainMeta(&s.PainPoints[it.Index], st)), selected, width, st)
	default:
		return renderItemRich(shape.name, withMark(b.changes.itemMark(it), cardOppMeta(&s.Opportunities[it.Index], st)), selected, width, st)
	}
}

// stageHeader is what a column's header shows.
type stageHeader struct {
	Num                 int
	Stage               *model.Stage
	Step                model.FunnelStep
	Worst               bool
	Current, Selected   bool
	MoreLeft, MoreRight bool
	Removed             bool   // a ghost stage: no number, marked ⊘ removed (ghoststages.go)
	Mark                string // ✚ or Δ: new or changed since the revision shown
}

// withMark is a stage's own row's meta after its mark in words (✚ new,
// Δ changed), as a card carries it, when it has one.
func withMark(mark, meta string) string {
	switch mark {
	case "✚":
		mark = "✚ new"
	case "Δ":
		mark = "Δ changed"
	default:
		return meta
	}
	return mark + "  " + meta
}

// more reports whether stage si's column is the first or last shown with
// columns scrolled off beyond it, to the left or the right.
func (b *Board) more(si int, l boardLayout) (left, right bool) {
	p := b.colOf(si)
	return p == b.firstCol && p > 0, p == b.firstCol+l.Cols-1 && p < b.cols()-1
}

// renderStageHeader is a column's three header lines: number and name,
// reached and drop-off, and a rule (heavy under the current stage) that
// carries the marks for stages scrolled off either side.
func renderStageHeader(h stageHeader, width int, st *common.Styles) []string {
	if h.Removed {
		return renderGhostStageHeader(h, width, st)
	}
	name := fmt.Sprintf("%d %s", h.Num, common.Sanitize(h.Stage.Label()))
	if h.Num > 9 {
		name = common.Sanitize(h.Stage.Label())
	}
	if h.Stage.Journey != "" {
		name += " " + common.MarkSubJourney // > opens its sub-journey
	}
	title := st.Title
	if h.Selected {
		title = st.Selection
		name = common.MarkSelected + name
	} else if h.Current {
		title = st.SelectedTitle
	}
	if h.Mark != "" {
		name = common.Clip(name, width-ansi.StringWidth(h.Mark)-1) + " " + h.Mark
	}
	line1 := title.Render(common.PadRight(name, width))

	// "12,000 reached  ↓25% worst", dropping the word "reached" when the
	// column is too narrow for all of it.
	var reached, drop string
	if h.Step.HasDropOff {
		d := fmt.Sprintf("↓%s", common.FormatPercent(h.Step.DropOff))
		sty := st.Muted
		if h.Worst {
			d += " worst"
			sty = st.Worst
		}
		drop = sty.Render(d)
	}
	if h.Step.HasReached {
		n := common.FormatCount(h.Step.Reached)
		reached = st.Value.Render(n) + st.Muted.Render(" reached")
		if ansi.StringWidth(n+" reached  ")+ansi.StringWidth(drop) > width {
			reached = st.Value.Render(n)
		}
	}
	parts := make([]string, 0, 2)
	for _, p := range []string{reached, drop} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	line2 := common.PadStyled(strings.Join(parts, "  "), width)

	return []string{line1, line2, headerRule(h, "─", st.Muted, width, st)}
}

// headerRule is a header's third line: ch repeated in style rule, heavy
// under the current stage, with the marks for stages scrolled off.
func headerRule(h stageHeader, ch string, rule lipgloss.Style, width int, st *common.Styles) string {
	if h.Current {
		ch, rule = "━", st.SelectedTitle
	}
	left, right := "", ""
	if h.MoreLeft {
		left = "◀ "
	}
	if h.MoreRight {
		right = " ▶"
	}
	mid := max(0, width-len([]rune(left))-len([]rune(right)))
	return rule.Render(common.Clip(left+strings.Repeat(ch, mid)+right, width))
}

// RenderTouchpointCard is a touchpoint's two lines: its name, then its
// emotion, counts of pain points (✗, ⤓ when customers abandon there) and
// opportunities (✦), and channel: when the column is narrow, the channel
// is what gets cut.
func RenderTouchpointCard(t *model.Touchpoint, persona, who string, width int, selected bool, st *common.Styles) []string {
	return cardLines(common.Sanitize(t.Label()), touchpointMeta(t, persona, who, st), width, selected, st)
}

// painTitle is a stage's own pain point's card title: ✗, severity, text.
func painTitle(p *model.PainPoint) string {
	return "✗" + common.SeverityGlyph(p.Severity) + " " + common.OneLine(p.Text)
}

// oppTitle is a stage's own opportunity's card title.
func oppTitle(o *model.Opportunity) string {
	return "✦ " + common.OneLine(o.Text)
}

// cardPainMeta is a pain point's ratings: severity, drop-off, votes.
func cardPainMeta(p *model.PainPoint, st *common.Styles) string {
	return strings.Join(common.PainRatings(p, st), st.Muted.Render(" · "))
}

// cardOppMeta is an opportunity's ratings: impact and effort, status, votes.
func cardOppMeta(o *model.Opportunity, st *common.Styles) string {
	var meta []string
	if o.Impact != "" || o.Effort != "" {
		meta = append(meta, st.Muted.Render(fmt.Sprintf("impact %s / effort %s", common.OrDash(o.Impact), common.OrDash(o.Effort))))
	}
	if o.Status != "" {
		meta = append(meta, st.Text.Render(common.Sanitize(o.Status)))
	}
	if o.Votes > 0 {
		meta = append(meta, st.Muted.Render(fmt.Sprintf("%d %s", o.Votes, common.Plural(o.Votes, "vote", "votes"))))
	}
	return strings.Join(meta, st.Muted.Render(" · "))
}

// cardLines frames a card's title and styled meta line with the bar that
// marks the selected card heavier, so selection shows without colour.
func cardLines(title, meta string, width int, selected bool, st *common.Styles) []string {
	bar, bar2, titleStyle := st.Muted.Render("│ "), st.Muted.Render("│ "), st.Text
	if selected {
		bar, bar2, titleStyle = st.SelectedTitle.Render("┃"+common.MarkSelected), st.SelectedTitle.Render("┃ "), st.Selection
	}
	inner := max(0, width-2)
	if width < 2 {
		return []string{common.Clip(title, width), ""}
	}
	return []string{
		bar + titleStyle.Render(common.PadRight(title, inner)),
		bar2 + common.PadStyled(meta, inner),
	}
}
