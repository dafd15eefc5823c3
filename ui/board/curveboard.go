package board

import (
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// curveLine is one line the board's curve shows: whose emotions, in which
// map, with which glyph.
type curveLine struct {
	name    string
	m       *model.Map
	persona string
	segment string
	glyph   rune
	dash    bool
	ideal   bool // m is the ideal map: its stages are found through lineStage
}

// curveLines are the lines the curve shows now, and what the caption says
// of them: the base curve, a persona's, a segment's, or every persona's
// overlaid, then the ideal's when = is on.
func (b *Board) curveLines() (what string, lines []curveLine) {
	switch {
	case b.c.AllPersonas():
		what = "all personas"
		for i, p := range b.personas[1:] {
			lines = append(lines, curveLine{name: common.PersonaLabel(b.m, p), m: b.m, persona: p, glyph: personaGlyphs[i%len(personaGlyphs)], dash: i > 0})
		}
	case b.c.Persona() != "":
		what = common.Sanitize(common.PersonaLabel(b.m, b.c.Persona()))
		lines = []curveLine{{name: common.PersonaLabel(b.m, b.c.Persona()), m: b.m, persona: b.c.Persona(), glyph: '●'}}
	case b.c.Segment() != "":
		what = "segment " + common.Sanitize(b.c.Segment())
		lines = []curveLine{{name: "segment " + b.c.Segment(), m: b.m, segment: b.c.Segment(), glyph: '●'}}
	default:
		what = "base"
		lines = []curveLine{{name: "base", m: b.m, glyph: '●'}}
	}
	if b.ideal != nil {
		if len(lines) == 1 {
			lines[0].name = "current"
		}
		lines = append(lines, curveLine{name: "ideal (" + b.idealName + ")", m: b.ideal, persona: b.c.Persona(), segment: b.c.Segment(), glyph: IdealGlyph, dash: true, ideal: true})
	}
	return what, lines
}

// drawCurve writes the emotion curve across the columns shown: its caption
// and legend, the lines, and each stage's means under its column.
func (b *Board) drawCurve(rows []strings.Builder, l boardLayout) {
	if l.CurveRows == 0 {
		return
	}
	st := b.c.Styles()
	w := l.Cols * l.ColW
	cw := l.contentWidth()
	what, lines := b.curveLines()
	if len(b.curves) != len(lines) {
		b.curves = make([]CurveCache, len(lines))
	}
	// Overlaid lines share a column: each gets its share of the points,
	// and sits one cell to the right of the line before.
	slot := max(1, cw/len(lines))
	f := CurveFigure{Series: make([]CurveSeries, len(lines)), Gap: b.ideal != nil && len(lines) == 2}
	selTP := -1
	if it, ok := b.Selected(); ok && it.Kind == common.KindTouchpoint && !b.c.AllPersonas() {
		selTP = it.Touchpoint
	}
	// Columns are counted in display positions (p): a ghost stage's
	// column has no point and no means, and the line passes over it.
	last := min(b.cols(), b.firstCol+l.Cols)
	for i, ln := range lines {
		cc := &b.curves[i]
		cc.Reset(ln.m, ln.persona, ln.segment, slot)
		f.Series[i] = CurveSeries{Name: ln.name, Glyph: ln.glyph, Dash: ln.dash}
		// One stage beyond each edge, so the line runs off towards it.
		for p := max(0, b.firstCol-1); p < min(b.cols(), last+1); p++ {
			si := b.colStage(p)
			sj, mark := b.lineStage(ln, si), -1
			if sj < 0 {
				continue
			}
			if !ln.ideal && si == b.stage && i == 0 {
				mark = selTP
			}
			x0 := (p - b.firstCol) * l.ColW
			n := len(ln.m.Stages[sj].Touchpoints)
			f.Series[i].Pts = append(f.Series[i].Pts, StagePoints(cc.Buckets(sj), x0, cw, n, mark, i)...)
		}
	}
	for p := b.firstCol; p < last; p++ {
		si := b.colStage(p)
		if si >= b.stages() {
			continue
		}
		col := CurveColumn{X0: (p - b.firstCol) * l.ColW, Width: cw}
		for i, ln := range lines {
			var m *float64
			if sj := b.lineStage(ln, si); sj >= 0 {
				m = b.curves[i].mean(sj)
			}
			col.Means = append(col.Means, m)
		}
		f.Cols = append(f.Cols, col)
	}
	if l.CurveRows == curveStripRows {
		rows[0].WriteString(captionedStrip(f, what, w, st))
		return
	}
	hint := ""
	if len(b.personas) > 1 {
		hint = "c: next curve"
	}
	rows[0].WriteString(CurveCaptionLine(what, f.Series, hint, w, st))
	for r, line := range RenderCurve(f, w, st) {
		rows[1+r].WriteString(line)
	}
}

// lineStage is the stage of ln's map shown in stage si's column, or -1
// where the ideal map has none and in a ghost stage's column.
func (b *Board) lineStage(ln curveLine, si int) int {
	if si >= b.stages() {
		return -1
	}
	if !ln.ideal {
		return si
	}
	if si < 0 || si >= len(b.idealAt) {
		return -1
	}
	return b.idealAt[si]
}

// SetIdeal overlays the ideal map's curve (nil takes it away); name is how
// the legend calls it.
func (b *Board) SetIdeal(ideal *model.Map, name string) {
	b.ideal, b.idealName, b.idealAt, b.curves = ideal, name, nil, nil
	if ideal != nil && b.m != nil {
		b.idealAt = model.MatchStages(b.m, ideal)
	}
}

// Ideal reports whether the ideal's curve is overlaid.
func (b *Board) Ideal() bool { return b.ideal != nil }
