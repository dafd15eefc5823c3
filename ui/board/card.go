package board

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Cards that carry the workshop: a touchpoint's card shows the text of its
// pain points and opportunities, as many as the layout allows, and the
// selected card opens out so that each of them is a row of the board that
// the arrows reach and the edit keys act on.

// cardShape is how one card is laid out. It depends on the item, the
// layout and the selection only, so that heights, drawing and clicks
// agree and cost the cards shown, not the cards a column holds.
type cardShape struct {
	name         []string // title lines, sanitized (one, or two when cut)
	rows         int      // the touchpoint's pain points and opportunities
	first, count int      // the rows shown: [first, first+count)
	lines        []int    // the lines of each row shown (nil: one each)
	up, down     bool     // an opened card's marks for rows above and below
	more         bool     // a closed card's "+N more"
	open         bool     // the selected touchpoint: its rows can be selected
}

// rowLines is how many lines row r (shown) takes.
func (s cardShape) rowLines(r int) int {
	if s.lines == nil || r < s.first || r-s.first >= len(s.lines) {
		return 1
	}
	return s.lines[r-s.first]
}

// height is the card's lines, without the blank line after it.
func (s cardShape) height() int {
	h := len(s.name) + 1
	for r := s.first; r < s.first+s.count; r++ {
		h += s.rowLines(r)
	}
	if s.up {
		h++
	}
	if s.down || s.more {
		h++
	}
	return h
}

// titleLines is a card's title in one line, or wrapped to two lines when
// the layout allows and one is not enough; the second is cut with "…".
func titleLines(title string, width, lines int) []string {
	if lines < 2 || ansi.StringWidth(title) <= width || width <= 0 {
		return []string{title}
	}
	return wrapLines(title, width, lines)
}

// wrapLines wraps safe one-line text to width in at most n lines, the last
// cut with "…" when the text goes on.
func wrapLines(text string, width, n int) []string { return wrapHanging(text, width, width, n) }

// wrapHanging is wrapLines with a first line of its own width (a row's
// first line leaves room for its votes).
func wrapHanging(text string, first, width, n int) []string {
	if n <= 1 || first <= 0 || width <= 0 || ansi.StringWidth(text) <= first {
		return []string{common.Clip(text, first)}
	}
	var out []string
	line, room := "", first
	for _, word := range strings.Fields(text) {
		switch {
		case line == "" && ansi.StringWidth(word) > room:
			// A word longer than the line is broken where the line ends.
			parts := strings.Split(ansi.Hardwrap(word, room, false), "\n")
			out = append(out, parts[0])
			line, room = strings.Join(parts[1:], ""), width
			if ansi.StringWidth(line) > room {
				out, line = append(out, line), ""
			}
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= room:
			line += " " + word
		default:
			out, line, room = append(out, line), word, width
		}
	}
	if line != "" {
		out = append(out, line)
	}
	if len(out) <= n {
		return out
	}
	return append(out[:n-1], common.Clip(strings.Join(out[n-1:], " "), width))
}

// subCount is how many pain points and opportunities a touchpoint card has.
func subCount(t *model.Touchpoint) int { return len(t.PainPoints) + len(t.Opportunities) }

// openWrapLines is how far the opened card's rows wrap on a board that is
// not in the room view, when they all fit in half its height.
const openWrapLines = 3

// touchpointShape lays out a touchpoint's card of rows rows (its pain
// points and opportunities, and any ghosts after them); sub is the
// selected row of an opened card (-1: the card itself); mark is what
// marks each row as added or changed (nil: nothing).
func touchpointShape(t *model.Touchpoint, rows int, l boardLayout, open bool, sub int, mark rowMark) cardShape {
	inner := max(0, l.contentWidth()-2)
	s := cardShape{name: titleLines(common.Sanitize(t.Label()), inner, l.nameLines), rows: rows, open: open}
	wrap := max(1, l.rowLines)
	text := func(r, n int) rowText { return subText(t, r, inner, n, mark.at(r)) }
	lines := func(r, n int) int {
		if n <= 1 || r >= subCount(t) {
			return 1
		}
		return len(text(r, n).body)
	}
	switch {
	case open && s.rows > 0:
		room := max(1, l.cardRows-len(s.name)-1)
		if wrap == 1 && l.textCap > 0 && s.fitsWrapped(l.cardRows/2, func(r int) (rowText, bool) {
			return text(r, openWrapLines), r < subCount(t)
		}) {
			wrap = openWrapLines
		}
		s.openRows(room, sub, func(r int) int { return min(lines(r, wrap), room) })
	case l.textCap == 0 || s.rows == 0:
	case s.rows <= l.textCap+1: // "+1 more" would take the row the text needs
		s.count = s.rows
	default:
		s.count, s.more = l.textCap, true
	}
	if wrap > 1 && !open {
		s.lines = make([]int, s.count)
		for r := range s.lines {
			s.lines[r] = lines(r, wrap)
		}
	}
	return s
}

// fitsWrapped reports whether every row, wrapped, shows its whole text
// and all of them take no more than room lines.
func (s cardShape) fitsWrapped(room int, row func(r int) (rowText, bool)) bool {
	all := 0
	for r := 0; r < s.rows; r++ {
		x, ok := row(r)
		if !ok {
			all++
			continue
		}
		if x.cut {
			return false
		}
		all += len(x.body)
	}
	return all <= room
}

// openRows picks the rows of an opened card that fit in room lines with
// row sub among them, marks for the rows above and below included.
func (s *cardShape) openRows(room, sub int, h func(r int) int) {
	all := make([]int, s.rows)
	total := 0
	for r := range all {
		all[r] = h(r)
		total += all[r]
	}
	if total <= room {
		s.count, s.lines = s.rows, all
		return
	}
	budget := max(1, room-2)     // both marks may show
	fit := func(first int) int { // rows from first that fit the budget
		n, used := 0, 0
		for r := first; r < s.rows && used+all[r] <= budget; r++ {
			used += all[r]
			n++
		}
		return max(1, n)
	}
	s.first, s.count = 0, fit(0)
	for sub >= s.first+s.count && s.first < s.rows-1 {
		s.first++
		s.count = fit(s.first)
	}
	s.count = min(s.count, s.rows-s.first)
	s.lines = all[s.first : s.first+s.count]
	s.up, s.down = s.first > 0, s.first+s.count < s.rows
}

// itemShape lays out a stage's own pain point or opportunity card: its
// text as the title, then a line of its ratings.
func itemShape(text string, l boardLayout) cardShape {
	inner := max(0, l.contentWidth()-2)
	return cardShape{name: titleLines(text, inner, l.nameLines)}
}

// cardStyle is how a card is drawn: whether it is the board's selection,
// and which of its rows is selected (-1: the card itself).
type cardStyle struct {
	selected bool
	sub      int
	compact  bool // today's two-line card: counts instead of texts
	// ghosts are the rows removed since a revision, after the card's own;
	// mark marks the rows added or changed since.
	ghosts []ghostRow
	mark   rowMark
}

// renderTouchpointRich draws a touchpoint's card in its shape: title,
// emotion and channel, then its pain points and opportunities.
func renderTouchpointRich(t *model.Touchpoint, persona, who string, s cardShape, cs cardStyle, width int, st *common.Styles) []string {
	if cs.compact && !s.open && len(s.name) == 1 {
		return RenderTouchpointCard(t, persona, who, width, cs.selected && cs.sub < 0, st)
	}
	inner := max(0, width-2)
	bar := func(mark bool) string {
		switch {
		case cs.selected && mark:
			return st.SelectedTitle.Render("┃" + common.MarkSelected)
		case cs.selected:
			return st.SelectedTitle.Render("┃ ")
		}
		return st.Muted.Render("│ ")
	}
	title := st.Text
	switch {
	case cs.selected && cs.sub < 0:
		title = st.Selection
	case cs.selected:
		title = st.SelectedTitle
	}
	var out []string
	for i, n := range s.name {
		out = append(out, bar(i == 0 && cs.sub < 0)+title.Render(common.PadRight(n, inner)))
	}
	out = append(out, bar(false)+common.PadStyled(touchpointMeta(t, persona, who, st), inner))
	if s.up {
		out = append(out, bar(false)+st.Muted.Render(common.PadRight(fmt.Sprintf("↑ %d more", s.first), inner)))
	}
	for r := s.first; r < s.first+s.count; r++ {
		sel := cs.selected && cs.sub == r
		if g := r - subCount(t); g >= 0 && g < len(cs.ghosts) {
			out = append(out, bar(sel)+ghostSubLine(cs.ghosts[g], inner, sel, st))
			continue
		}
		for i, line := range subLines(t, r, inner, s.rowLines(r), sel, cs.mark.at(r), st) {
			out = append(out, bar(sel && i == 0)+line)
		}
	}
	switch {
	case s.down:
		out = append(out, bar(false)+st.Muted.Render(common.PadRight(fmt.Sprintf("↓ %d more", s.rows-s.first-s.count), inner)))
	case s.more:
		out = append(out, bar(false)+st.Muted.Render(common.PadRight(fmt.Sprintf("+%d more", s.rows-s.count), inner)))
	}
	return out
}

// touchpointMeta is the line under a card's title: emotion, counts of
// pain points and opportunities, then the channel (cut first).
func touchpointMeta(t *model.Touchpoint, persona, who string, st *common.Styles) string {
	v, ok := t.EmotionFor(persona)
	emo := common.EmotionGlyph(v, ok)
	emoStyle := st.Muted
	if ok {
		emo += common.SignedEmotion(v)
		emoStyle = st.Emotion(v)
	}
	meta := []string{emoStyle.Render(emo)}
	var tail []string
	if n := len(t.PainPoints); n > 0 {
		s := fmt.Sprintf("✗%d", n)
		if common.HasDropOff(t.PainPoints) {
			s += common.MarkDropOff
		}
		tail = append(tail, s)
	}
	if n := len(t.Opportunities); n > 0 {
		tail = append(tail, fmt.Sprintf("✦%d", n))
	}
	if len(tail) > 0 {
		meta = append(meta, st.Text.Render(strings.Join(tail, " ")))
	}
	if who != "" {
		meta = append(meta, st.Title.Render(who))
	}
	if t.Channel != "" {
		meta = append(meta, st.Muted.Render(common.Sanitize(t.Channel)))
	}
	return strings.Join(meta, "  ")
}

// MarkVotes prefixes a vote count on cards: •3 is three dot-votes.
const MarkVotes = "•"

// rowMark marks a card's rows in journey view --changes: "✚" before a
// row added since the revision, "Δ" before one changed (nil: no marks).
type rowMark func(r int) string

func (m rowMark) at(r int) string {
	if m == nil {
		return ""
	}
	return m(r)
}

// rowText is row r of a touchpoint card in parts: the head (a change's
// mark, glyph, severity), the text wrapped in at most n lines of what is
// left of width, and the tail (drop-off mark, votes) that is never cut.
type rowText struct {
	mark, head, tail string
	body             []string
	severity         *string // a pain point's, for the head's style
	cut              bool    // the text did not fit in the lines it had
}

func subText(t *model.Touchpoint, r, width, n int, mark string) rowText {
	var x rowText
	var text string
	votes := 0
	if mark != "" {
		x.mark = mark + " "
	}
	if r < len(t.PainPoints) {
		p := &t.PainPoints[r]
		x.head, text, votes = "✗"+common.SeverityGlyph(p.Severity)+" ", p.Text, p.Votes
		x.severity = &p.Severity
		if p.DropOff {
			x.tail = " " + common.MarkDropOff
		}
	} else if o := r - len(t.PainPoints); o < len(t.Opportunities) {
		x.head, text, votes = "✦ ", t.Opportunities[o].Text, t.Opportunities[o].Votes
	}
	if votes > 0 {
		x.tail += " " + MarkVotes + common.Itoa(votes)
	}
	lead := ansi.StringWidth(x.mark + x.head)
	x.body = wrapHanging(common.OneLine(text), max(0, width-lead-ansi.StringWidth(x.tail)), max(0, width-lead), n)
	x.cut = len(x.body) > 0 && strings.HasSuffix(x.body[len(x.body)-1], common.Ellipsis)
	return x
}

// subLines is row r of a touchpoint card (its pain points, then its
// opportunities) in n lines of width cells: the mark of a change, glyph
// and severity, the text wrapped (the last line cut to fit), then the
// drop-off mark and the votes on the first line, which are never cut.
func subLines(t *model.Touchpoint, r, width, n int, selected bool, mark string, st *common.Styles) []string {
	x := subText(t, r, width, n, mark)
	headStyle := st.Good
	if x.severity != nil {
		headStyle = common.SeverityStyle(*x.severity, st)
	}
	out := make([]string, 0, len(x.body))
	indent := strings.Repeat(" ", ansi.StringWidth(x.mark+x.head))
	for i, body := range x.body {
		lead, tail := indent, ""
		if i == 0 {
			lead, tail = x.mark+x.head, x.tail
		}
		switch {
		case selected:
			out = append(out, st.Selection.Render(common.PadRight(lead+body+tail, width)))
		case ansi.StringWidth(lead+body+tail) > width:
			out = append(out, st.Text.Render(common.PadRight(lead+body+tail, width)))
		case i == 0:
			out = append(out, common.PadStyled(st.Title.Render(x.mark)+headStyle.Render(x.head)+st.Text.Render(body)+st.Muted.Render(tail), width))
		default:
			out = append(out, common.PadStyled(lead+st.Text.Render(body), width))
		}
	}
	return out
}

// renderItemRich draws a stage's own pain point or opportunity as a card
// whose text may take two lines.
func renderItemRich(name []string, meta string, selected bool, width int, st *common.Styles) []string {
	bar, titleStyle := st.Muted.Render("│ "), st.Text
	if selected {
		bar, titleStyle = st.SelectedTitle.Render("┃ "), st.Selection
	}
	inner := max(0, width-2)
	var out []string
	for i, n := range name {
		b := bar
		if i == 0 && selected {
			b = st.SelectedTitle.Render("┃" + common.MarkSelected)
		}
		out = append(out, b+titleStyle.Render(common.PadRight(n, inner)))
	}
	return append(out, bar+common.PadStyled(meta, inner))
}
