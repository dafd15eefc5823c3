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
	up, down     bool     // an opened card's marks for rows above and below
	more         bool     // a closed card's "+N more"
	open         bool     // the selected touchpoint: its rows can be selected
}

// height is the card's lines, without the blank line after it.
func (s cardShape) height() int {
	h := len(s.name) + 1 + s.count
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
	w := strings.Split(ansi.Wrap(title, width, ""), "\n")
	if len(w) == 1 {
		return w
	}
	rest := strings.TrimSpace(strings.Join(w[1:], " "))
	return []string{w[0], common.Clip(rest, width)}
}

// subCount is how many pain points and opportunities a touchpoint card has.
func subCount(t *model.Touchpoint) int { return len(t.PainPoints) + len(t.Opportunities) }

// touchpointShape lays out a touchpoint's card of rows rows (its pain
// points and opportunities, and any ghosts after them); sub is the
// selected row of an opened card (-1: the card itself).
func touchpointShape(t *model.Touchpoint, rows int, l boardLayout, open bool, sub int) cardShape {
	inner := max(0, l.contentWidth()-2)
	s := cardShape{name: titleLines(common.Sanitize(t.Label()), inner, l.nameLines), rows: rows, open: open}
	switch {
	case open && s.rows > 0:
		room := max(1, l.cardRows-len(s.name)-1)
		if s.rows <= room {
			s.count = s.rows
			break
		}
		s.count = max(1, room-2) // both marks may show
		if sub >= s.count {
			s.first = min(sub-s.count+1, s.rows-s.count)
		}
		s.up, s.down = s.first > 0, s.first+s.count < s.rows
	case l.textCap == 0 || s.rows == 0:
	case s.rows <= l.textCap+1: // "+1 more" would take the row the text needs
		s.count = s.rows
	default:
		s.count, s.more = l.textCap, true
	}
	return s
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
	// ghosts are the rows removed since a revision, after the card's own.
	ghosts []ghostRow
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
		out = append(out, bar(sel)+subLine(t, r, inner, sel, st))
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

// subLine is row r of a touchpoint card (its pain points, then its
// opportunities) in width cells: glyph, severity, text cut to fit, then
// the drop-off mark and the votes, which are never cut.
func subLine(t *model.Touchpoint, r, width int, selected bool, st *common.Styles) string {
	var head, text, tail string
	var headStyle = st.Text
	votes := 0
	if r < len(t.PainPoints) {
		p := &t.PainPoints[r]
		head, text, votes = "✗"+common.SeverityGlyph(p.Severity)+" ", p.Text, p.Votes
		headStyle = common.SeverityStyle(p.Severity, st)
		if p.DropOff {
			tail = " " + common.MarkDropOff
		}
	} else if o := r - len(t.PainPoints); o < len(t.Opportunities) {
		head, text, votes = "✦ ", t.Opportunities[o].Text, t.Opportunities[o].Votes
		headStyle = st.Good
	}
	if votes > 0 {
		tail += " " + MarkVotes + common.Itoa(votes)
	}
	room := max(0, width-ansi.StringWidth(head)-ansi.StringWidth(tail))
	body := common.Clip(strings.Join(strings.Fields(common.Sanitize(text)), " "), room)
	line := head + body
	if selected {
		return st.Selection.Render(common.PadRight(line+tail, width))
	}
	if ansi.StringWidth(head+body+tail) > width {
		return st.Text.Render(common.PadRight(line+tail, width))
	}
	return common.PadStyled(headStyle.Render(head)+st.Text.Render(body)+st.Muted.Render(tail), width)
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
