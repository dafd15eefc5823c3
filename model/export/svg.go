package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
)

// Layout of the picture, in pixels. A column is wide enough for a card's
// text at the body size, and the body size is the smallest in the
// picture: six stages fit A4 landscape with it still above 7 pt.
const (
	svgMargin   = 20.0
	svgGutter   = 54.0 // left of the columns: the curve's level labels
	svgColW     = 184.0
	svgColGap   = 10.0
	svgPad      = 7.0 // inside a card
	svgFont     = 13.0
	svgLine     = 17.0 // line height of body text
	svgCurveH   = 152.0
	svgMinWidth = 760.0
	svgBarW     = 180.0
)

// SVG draws the map as one self-contained picture: the title, one column
// per stage with its reached count, drop-off and mean emotion, the
// emotion curve across the stages (one line per persona whose emotions
// differ, each with its own dash pattern and marker, and a legend), a
// card per touchpoint with its channel, emotion, pain points and
// opportunities, and the goals with progress bars and status on the day
// today. No fonts, images, scripts or foreignObject: it shows inline on
// GitHub and prints as it looks. Every piece of map text is escaped.
func SVG(m *model.Map, today model.Date, th Theme) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + svgElement(m, today, th, true)
}

// svgElement is the <svg> element alone. Inlined in an HTML page (alone
// false), which has the title, facts, description and a goals table of its
// own, it draws only the board and its curve, so that it fits the printed
// page's first sheet as large as it can.
func svgElement(m *model.Map, today model.Date, th Theme, alone bool) string {
	n := len(m.Stages)
	width := max(svgMinWidth, 2*svgMargin+svgGutter+float64(n)*svgColW+float64(max(n-1, 0))*svgColGap)
	w := &svgWriter{th: th, width: width, m: m}
	w.y = svgMargin
	if alone {
		w.header(m, today)
	}
	if n > 0 {
		w.stageHeads(m)
		w.curve(m)
		w.cards(m)
	}
	if alone {
		w.goals(m, today)
	}
	height := w.y + svgMargin

	var b strings.Builder
	title := esc(m.Title)
	if title == "" {
		title = "Untitled journey"
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img" aria-label="Journey map: %s">`+"\n",
		num(width), num(height), num(width), num(height), title)
	fmt.Fprintf(&b, "<title>Journey map: %s</title>\n", title)
	b.WriteString("<style>\n")
	fmt.Fprintf(&b, `text{font-family:"DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;font-size:%spx;fill:%s}`+"\n", num(svgFont), th.Text)
	b.WriteString(".t{font-size:24px;font-weight:bold}.h{font-size:16px;font-weight:bold}.b{font-weight:bold}.s{font-size:14px;font-weight:bold}\n")
	fmt.Fprintf(&b, ".m{fill:%s}.p{fill:%s}.o{fill:%s}\n", th.Muted, th.Pain, th.Opportun)
	fmt.Fprintf(&b, ".card{fill:%s;stroke:%s}.grid{stroke:%s}.zero{stroke:%s}.bar{fill:%s}.barbg{fill:none;stroke:%s}\n",
		th.Card, th.Stroke, th.Grid, th.Stroke, th.Bar, th.Stroke)
	b.WriteString("</style>\n")
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="%s"/>`+"\n", th.Background)
	b.WriteString(w.b.String())
	b.WriteString("</svg>\n")
	return b.String()
}

type svgWriter struct {
	b     strings.Builder
	th    Theme
	m     *model.Map
	width float64
	y     float64 // top of the next block
	// top and bottom of the board, for the lines between the columns
	boardTop float64
}

func (w *svgWriter) text(x, y float64, class, s string) {
	if class != "" {
		fmt.Fprintf(&w.b, `<text x="%s" y="%s" class="%s">%s</text>`+"\n", num(x), num(y), class, esc(s))
	} else {
		fmt.Fprintf(&w.b, `<text x="%s" y="%s">%s</text>`+"\n", num(x), num(y), esc(s))
	}
}

func (w *svgWriter) colX(i int) float64 {
	return svgMargin + svgGutter + float64(i)*(svgColW+svgColGap)
}

func (w *svgWriter) header(m *model.Map, today model.Date) {
	title := m.Title
	if title == "" {
		title = "Untitled journey"
	}
	inner := w.width - 2*svgMargin
	for _, l := range wrap(title, 24/0.92, inner) {
		w.y += 28
		w.text(svgMargin, w.y, "t", l)
	}
	var facts []string
	if m.State != "" {
		facts = append(facts, m.State+" journey")
	}
	if m.Owner != "" {
		facts = append(facts, "owner: "+m.Owner)
	}
	if !m.Updated.IsZero() {
		facts = append(facts, "updated "+m.Updated.String())
	}
	if len(m.Personas) > 0 {
		facts = append(facts, plural(len(m.Personas), "persona"))
	}
	facts = append(facts, "figures as of "+today.String())
	w.y += 6
	for _, l := range wrap(strings.Join(facts, " · "), svgFont, inner) {
		w.y += svgLine
		w.text(svgMargin, w.y, "m", l)
	}
	for _, l := range wrap(m.Description, svgFont, inner) {
		w.y += svgLine
		w.text(svgMargin, w.y, "", l)
	}
	w.y += 6
}

// stageHeads writes each stage's name and figures above its column.
func (w *svgWriter) stageHeads(m *model.Map) {
	steps := model.Funnel(m)
	worst := model.WorstStep(steps)
	means := model.StageMeans(m, "")
	w.y += 8
	w.boardTop = w.y
	bottom := w.y
	for i, s := range m.Stages {
		x, y := w.colX(i)+svgPad, w.y
		for _, l := range wrap(strconv.Itoa(i+1)+". "+s.Label(), 16/0.92, svgColW-svgPad) {
			y += 20
			w.text(x, y, "h", l)
		}
		var facts []string
		st := steps[i]
		if st.HasReached {
			facts = append(facts, Count(st.Reached)+" reached")
		}
		if st.HasDropOff {
			d := Percent(st.DropOff) + " drop-off"
			if i == worst {
				d += " (worst)"
			}
			facts = append(facts, d)
		}
		if st.Abandons > 0 {
			facts = append(facts, "⤓ "+plural(st.Abandons, "abandon point"))
		}
		if means[i].N > 0 {
			facts = append(facts, "mean emotion "+meanText(means[i].Mean))
		}
		for _, f := range facts {
			y += svgLine
			w.text(x, y, "m", f)
		}
		bottom = max(bottom, y)
	}
	w.y = bottom + 14
}

// meanText is a mean emotion with its glyph: "▲ +0.5", "● 0", "▼ -1.3".
func meanText(f float64) string {
	r := int(f + 0.5)
	if f < 0 {
		r = -int(-f + 0.5)
	}
	s := strconv.FormatFloat(f, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if f > 0 {
		s = "+" + s
	}
	if s == "-0" {
		s = "0"
	}
	return Glyph(r, true) + " " + s
}

// series is one emotion curve: the map's own emotions or one persona's.
type series struct {
	label string
	pts   []model.CurvePoint
}

func curveSeries(m *model.Map) []series {
	personas := model.CurvePersonas(m)
	label := "Emotion"
	if len(personas) > 0 {
		label = "Touchpoint emotion"
	}
	ss := []series{{label, model.EmotionCurve(m, "")}}
	for _, p := range personas {
		ss = append(ss, series{personaLabel(m, p), model.EmotionCurve(m, p)})
	}
	return ss
}

// curve draws the legend, the five emotion levels and one line per
// series, with the touchpoints numbered along the bottom as on the cards.
func (w *svgWriter) curve(m *model.Map) {
	ss := curveSeries(m)
	if len(ss[0].pts) == 0 {
		return
	}
	// Legend: a sample of each line and its marker, then its label.
	x := svgMargin
	w.y += 4
	w.text(x, w.y+4, "b", "Emotion curve")
	x += 120
	for i, s := range ss {
		st, colour := curveStyles[i%len(curveStyles)], w.th.Curves[i%len(w.th.Curves)]
		lw := 34 + float64(len([]rune(s.label)))*svgFont*charWidth + 18
		if x+lw > w.width-svgMargin {
			x, w.y = svgMargin+120, w.y+svgLine+2
		}
		w.line(x, w.y, x+26, w.y, colour, st.dash)
		w.marker(x+13, w.y, st.marker, colour)
		w.text(x+32, w.y+4, "", s.label)
		x += lw
	}
	w.y += 26

	top := w.y
	step := svgCurveH / 4
	right := w.colX(len(m.Stages)-1) + svgColW
	for v := model.MaxEmotion; v >= model.MinEmotion; v-- {
		y := top + float64(model.MaxEmotion-v)*step
		class := "grid"
		if v == 0 {
			class = "zero"
		}
		fmt.Fprintf(&w.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="%s"/>`+"\n",
			num(svgMargin+svgGutter-6), num(y), num(right), num(y), class)
		w.text(svgMargin, y+4, "m", Glyph(v, true)+" "+Signed(v))
	}
	xs := w.pointXs(m)
	for i, s := range ss {
		st, colour := curveStyles[i%len(curveStyles)], w.th.Curves[i%len(w.th.Curves)]
		// Lines a little apart, so that curves that agree stay visible.
		shift := (float64(i) - float64(len(ss)-1)/2) * 3
		var path []string
		for j, p := range s.pts {
			if !p.OK {
				continue
			}
			cmd := "L"
			if len(path) == 0 {
				cmd = "M"
			}
			path = append(path, cmd+num(xs[j]+shift)+" "+num(top+float64(model.MaxEmotion-p.Value)*step))
		}
		if len(path) == 0 {
			continue
		}
		fmt.Fprintf(&w.b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"%s/>`+"\n",
			strings.Join(path, " "), colour, dashAttr(st.dash))
		for j, p := range s.pts {
			if p.OK {
				w.marker(xs[j]+shift, top+float64(model.MaxEmotion-p.Value)*step, st.marker, colour)
			}
		}
	}
	for j := range xs {
		w.text(xs[j]-4, top+svgCurveH+18, "m", strconv.Itoa(j+1))
	}
	w.y = top + svgCurveH + 30
}

// pointXs places each touchpoint along its stage's column, evenly.
func (w *svgWriter) pointXs(m *model.Map) []float64 {
	var xs []float64
	for i, s := range m.Stages {
		n := float64(len(s.Touchpoints))
		for t := range s.Touchpoints {
			xs = append(xs, w.colX(i)+(float64(t)+0.5)*svgColW/n)
		}
	}
	return xs
}

func dashAttr(dash string) string {
	if dash == "" {
		return ""
	}
	return ` stroke-dasharray="` + dash + `"`
}

func (w *svgWriter) line(x1, y1, x2, y2 float64, colour, dash string) {
	fmt.Fprintf(&w.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"%s/>`+"\n",
		num(x1), num(y1), num(x2), num(y2), colour, dashAttr(dash))
}

// marker draws a series' point shape centred on x, y.
func (w *svgWriter) marker(x, y float64, shape, colour string) {
	const r = 4.5
	switch shape {
	case "square":
		fmt.Fprintf(&w.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`+"\n", num(x-r), num(y-r), num(2*r), num(2*r), colour)
	case "triangle":
		fmt.Fprintf(&w.b, `<path d="M%s %s L%s %s L%s %s Z" fill="%s"/>`+"\n", num(x), num(y-r-1), num(x+r+1), num(y+r), num(x-r-1), num(y+r), colour)
	case "diamond":
		fmt.Fprintf(&w.b, `<path d="M%s %s L%s %s L%s %s L%s %s Z" fill="%s"/>`+"\n", num(x), num(y-r-1), num(x+r+1), num(y), num(x), num(y+r+1), num(x-r-1), num(y), colour)
	case "cross":
		fmt.Fprintf(&w.b, `<path d="M%s %s L%s %s M%s %s L%s %s" stroke="%s" stroke-width="2.5"/>`+"\n",
			num(x-r), num(y-r), num(x+r), num(y+r), num(x-r), num(y+r), num(x+r), num(y-r), colour)
	default:
		fmt.Fprintf(&w.b, `<circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", num(x), num(y), num(r), colour)
	}
}

// nbsp keeps an emotion's glyph and number on one line.
const nbsp = "\u00a0"

// cardLine is one line of text on a card.
type cardLine struct {
	text   string
	class  string
	indent float64
	gap    float64 // space before the line
}

// cards writes each stage's cards down its column: the stage's own pain
// points and opportunities first, then one card per touchpoint, numbered
// as along the curve.
func (w *svgWriter) cards(m *model.Map) {
	top, bottom := w.y, w.y
	n := 0
	for i, s := range m.Stages {
		x, y := w.colX(i), top
		if len(s.PainPoints) > 0 || len(s.Opportunities) > 0 {
			lines := []cardLine{{text: "Whole stage", class: "s"}}
			lines = append(lines, itemLines(s.PainPoints, s.Opportunities)...)
			y = w.card(x, y, lines) + 8
		}
		for _, t := range s.Touchpoints {
			n++
			y = w.card(x, y, touchpointLines(m, n, t)) + 8
		}
		bottom = max(bottom, y)
	}
	for i := 1; i < len(m.Stages); i++ {
		x := w.colX(i) - svgColGap/2
		fmt.Fprintf(&w.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" class="grid"/>`+"\n", num(x), num(w.boardTop), num(x), num(bottom))
	}
	w.y = bottom + 8
}

func touchpointLines(m *model.Map, n int, t model.Touchpoint) []cardLine {
	inner := svgColW - 2*svgPad
	var lines []cardLine
	for _, l := range wrap(strconv.Itoa(n)+"  "+t.Label(), 14/0.92, inner) {
		lines = append(lines, cardLine{text: l, class: "s"})
	}
	var meta []string
	if t.Channel != "" {
		meta = append(meta, t.Channel)
	}
	if t.Emotion != nil {
		e := Glyph(*t.Emotion, true) + nbsp + Signed(*t.Emotion)
		if t.Feeling != "" {
			e += " " + t.Feeling
		}
		meta = append(meta, e)
	} else if t.Feeling != "" {
		meta = append(meta, t.Feeling)
	}
	for _, l := range wrap(strings.Join(meta, " · "), svgFont, inner) {
		lines = append(lines, cardLine{text: l, class: "m"})
	}
	for _, e := range t.Emotions {
		for _, l := range wrap(personaLabel(m, e.Persona)+": "+Glyph(e.Value, true)+nbsp+Signed(e.Value), svgFont, inner) {
			lines = append(lines, cardLine{text: l, class: "m"})
		}
	}
	return append(lines, itemLines(t.PainPoints, t.Opportunities)...)
}

// itemLines are pain points (⚠) and opportunities (✦), each led by its
// tags in words, wrapped with the following lines indented.
func itemLines(pains []model.PainPoint, opps []model.Opportunity) []cardLine {
	inner := svgColW - 2*svgPad
	var lines []cardLine
	add := func(glyph string, tags []string, text, class string) {
		s := text
		if len(tags) > 0 {
			s = strings.Join(tags, ", ") + ": " + text
		}
		for i, l := range wrap(s, svgFont, inner-14) {
			cl := cardLine{text: l, class: class, indent: 14}
			if i == 0 {
				cl.text, cl.indent, cl.gap = glyph+" "+l, 0, 4
			}
			lines = append(lines, cl)
		}
	}
	for _, p := range pains {
		add("⚠", painTags(p), p.Text, "p")
	}
	for _, o := range opps {
		add("✦", oppTags(o), o.Text, "o")
	}
	return lines
}

// card draws a card at x, y and returns its bottom.
func (w *svgWriter) card(x, y float64, lines []cardLine) float64 {
	h := 2*svgPad - 4
	for _, l := range lines {
		h += svgLine + l.gap
	}
	fmt.Fprintf(&w.b, `<rect x="%s" y="%s" width="%s" height="%s" rx="4" class="card"/>`+"\n", num(x), num(y), num(svgColW), num(h))
	ly := y + svgPad - 4
	for _, l := range lines {
		ly += svgLine + l.gap
		w.text(x+svgPad+l.indent, ly, l.class, l.text)
	}
	return y + h
}

// goals draws each goal's name, a progress bar with a tick where the time
// gone stands, the percentage and status in words, and the figures.
func (w *svgWriter) goals(m *model.Map, today model.Date) {
	if len(m.Goals) == 0 {
		return
	}
	w.y += 10
	w.text(svgMargin, w.y+15, "h", "Goals")
	w.text(svgMargin+70, w.y+15, "m", "status on "+today.String()+"; the bar is progress, the tick the time gone")
	w.y += 24
	nameW := min(w.width-2*svgMargin-svgBarW-260, 480)
	for _, g := range m.Goals {
		f := model.GoalProgress(g, today)
		y := w.y
		for _, l := range wrap(g.Label(), svgFont/0.92, nameW) {
			y += svgLine
			w.text(svgMargin, y, "b", l)
		}
		bx := svgMargin + nameW + 16
		by := w.y + 6
		fmt.Fprintf(&w.b, `<rect x="%s" y="%s" width="%s" height="12" class="barbg"/>`+"\n", num(bx), num(by), num(svgBarW))
		if p := f.Percent(); p > 0 {
			fmt.Fprintf(&w.b, `<rect x="%s" y="%s" width="%s" height="12" class="bar"/>`+"\n", num(bx), num(by), num(svgBarW*float64(p)/100))
		}
		if f.HasElapsed {
			tx := bx + svgBarW*f.Elapsed
			fmt.Fprintf(&w.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2"/>`+"\n",
				num(tx), num(by-4), num(tx), num(by+16), w.th.Pain)
		}
		status := f.Status.String()
		if f.HasProgress {
			status = strconv.Itoa(f.Percent()) + "% · " + status
		}
		w.text(bx+svgBarW+12, by+11, "b", status)
		var figs []string
		for _, p := range []struct {
			k string
			v *float64
		}{{"baseline", g.Baseline}, {"current", g.Current}, {"target", g.Target}} {
			if p.v != nil {
				figs = append(figs, p.k+" "+WithUnit(*p.v, g.Unit))
			}
		}
		if !g.Due.IsZero() {
			figs = append(figs, "due "+g.Due.String())
		}
		fy := by + 12
		for _, l := range wrap(strings.Join(figs, " · "), svgFont, svgBarW+260) {
			fy += svgLine
			w.text(bx, fy, "m", l)
		}
		w.y = max(y, fy) + 12
	}
}
