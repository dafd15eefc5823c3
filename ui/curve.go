package ui

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/journey-maps/journey/model"
)

// curvePoint is a point of the emotion curve on screen: column x and an
// emotion value, already averaged when several touchpoints share a cell.
type curvePoint struct {
	x    int
	v    int
	mark bool // the selected touchpoint
}

// curveCache keeps each stage's emotions bucketed to a column width, so a
// frame costs the columns shown and not the touchpoints a stage holds.
type curveCache struct {
	m       *model.Map
	persona string
	segment string
	group   []string // the segment's personas
	width   int
	stages  map[int][]bucket
	means   map[int]*float64
}

// bucket is the mean emotion of a run of touchpoints in one stage.
type bucket struct {
	v          int
	first, end int // touchpoint indexes [first, end)
}

// reset drops the cache when the map, persona or width changes.
func (c *curveCache) reset(m *model.Map, persona, segment string, width int) {
	if c.m != m || c.persona != persona || c.segment != segment || c.width != width || c.stages == nil {
		*c = curveCache{m: m, persona: persona, segment: segment, group: model.SegmentPersonas(m, segment),
			width: width, stages: map[int][]bucket{}, means: map[int]*float64{}}
	}
}

// buckets is stage si's emotions in at most max(1, width/2) buckets;
// touchpoints without an emotion are left out rather than read as neutral.
func (c *curveCache) buckets(si int) []bucket {
	if b, ok := c.stages[si]; ok {
		return b
	}
	tps := c.m.Stages[si].Touchpoints
	n := len(tps)
	slots := max(1, c.width/2)
	per := max(1, (n+slots-1)/slots)
	var out []bucket
	for first := 0; first < n; first += per {
		end := min(n, first+per)
		sum, k := 0.0, 0
		for _, t := range tps[first:end] {
			if v, ok := groupEmotion(t, c.persona, c.group); ok {
				sum += v
				k++
			}
		}
		if k > 0 {
			out = append(out, bucket{v: int(math.Round(sum / float64(k))), first: first, end: end})
		}
	}
	c.stages[si] = out
	return out
}

// mean is stage si's mean emotion as the model works it out, nil when no
// touchpoint there has one.
func (c *curveCache) mean(si int) *float64 {
	if v, ok := c.means[si]; ok {
		return v
	}
	sm := model.StageMeanOf(c.m, si, func(t model.Touchpoint) (float64, bool) { return groupEmotion(t, c.persona, c.group) })
	var v *float64
	if sm.N > 0 {
		v = &sm.Mean
	}
	c.means[si] = v
	return v
}

// stagePoints places a stage's buckets evenly across its column, which
// starts at x0 and is width cells wide; shift moves them right (an
// overlaid series beside the first), never out of the column.
func stagePoints(bs []bucket, x0, width, n, selTP, shift int) []curvePoint {
	pts := make([]curvePoint, 0, len(bs))
	for _, b := range bs {
		mid := float64(b.first+b.end) / 2
		x := x0 + int(mid/float64(max(n, 1))*float64(width))
		x = min(x+shift, x0+width-1)
		pts = append(pts, curvePoint{x: x, v: min(max(b.v, model.MinEmotion), model.MaxEmotion), mark: selTP >= b.first && selTP < b.end})
	}
	return pts
}

// curveRow is the row of value v in a 5-row curve: +2 on top.
func curveRow(v int) int { return model.MaxEmotion - min(max(v, model.MinEmotion), model.MaxEmotion) }

// curveSeries is one line of an emotion curve: a name for the legend, the
// glyph its points are drawn with (so that lines read apart without
// colour), and its points on screen.
type curveSeries struct {
	name  string
	glyph rune
	dash  bool // joined with dashed steps, a line laid over another
	pts   []curvePoint
}

// curveColumn is a stage's column under the curve: where it starts, how
// wide it is, and each series' mean emotion there (nil: none), in the
// order of the series.
type curveColumn struct {
	x0, width int
	means     []*float64
}

// curveFigure is what the curve renderer draws, on the board and on the
// comparison screen alike: the series over the stage columns, and under
// each column its means; gap adds the second series' mean less the
// first's (ideal - current).
type curveFigure struct {
	series []curveSeries
	cols   []curveColumn
	gap    bool
}

// personaGlyphs are the point glyphs of overlaid persona curves, in turn.
// ● is the single curve's, ◆ the selected touchpoint's, ○ the ideal's, and
// ▲ ▼ are emotions on the cards: none of them marks a persona.
var personaGlyphs = []rune("■✚★◉✖")

// idealGlyph marks the ideal map's curve.
const idealGlyph = '○'

// curveFullRows is the full curve's height: the caption, five rows for
// the emotions +2 to -2, and the stage means. curveStripRows is the short
// curve: the caption and one row of labelled bars.
const (
	curveFullRows  = 7
	curveStripRows = 2
)

// renderCurve draws the series as lines over five rows (+2 at the top, -2
// at the bottom) in width cells, joining each point to the next with
// box-drawing steps, then a row with each stage column's means. Points
// outside 0..width-1 are allowed: the line runs off the edge towards
// them, which is how the curve continues past the columns shown. Each
// cell is coloured by the sign of its row.
func renderCurve(f curveFigure, width int, st *Styles) []string {
	const rows = model.MaxEmotion - model.MinEmotion + 1
	if width <= 0 {
		return make([]string, rows+1)
	}
	grid := make([][]rune, rows)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(" ", width))
	}
	set := func(x, r int, ch rune) {
		if x >= 0 && x < width && r >= 0 && r < rows {
			grid[r][x] = ch
		}
	}
	// The zero line, faint, so the sign reads without colour.
	for x := 0; x < width; x += 2 {
		set(x, curveRow(0), '·')
	}
	// The first series is drawn last, so that it reads on top.
	for i := len(f.series) - 1; i >= 0; i-- {
		sr := f.series[i]
		for j := 0; j+1 < len(sr.pts); j++ {
			joinPoints(sr.pts[j], sr.pts[j+1], sr.dash, set)
		}
	}
	for i := len(f.series) - 1; i >= 0; i-- {
		sr := f.series[i]
		for _, p := range sr.pts {
			ch := sr.glyph
			if p.mark {
				ch = '◆'
			}
			set(p.x, curveRow(p.v), ch)
		}
	}
	out := make([]string, rows, rows+1)
	for r := range grid {
		out[r] = paintRow(grid[r], st.emotionSpan[r], st.mutedSpan)
	}
	return append(out, renderMeans(f, width, st))
}

// renderMeans is the row under the curve: each stage column's means.
func renderMeans(f curveFigure, width int, st *Styles) string {
	return eachColumn(f, width, func(c curveColumn, w int) string {
		return st.Value.Render(PadRight(meansLabel(f, c, w), w))
	})
}

// eachColumn lays a row out under the stage columns: draw gives each
// column's cells, w of them, for the part of it inside width.
func eachColumn(f curveFigure, width int, draw func(c curveColumn, w int) string) string {
	var b strings.Builder
	at := 0
	for _, c := range f.cols {
		if c.x0 < at || c.x0 >= width {
			continue
		}
		b.WriteString(strings.Repeat(" ", c.x0-at))
		w := min(c.width, width-c.x0)
		b.WriteString(draw(c, w))
		at = c.x0 + w
	}
	return padStyled(b.String(), width)
}

// meansLabel names a column's means: "mean +0.67" for one series; with
// several, each series' glyph and mean, then the gap when asked for.
func meansLabel(f curveFigure, c curveColumn, width int) string {
	if len(f.series) == 1 && len(c.means) == 1 {
		if l := "mean " + formatMean(c.means[0]); len(l) <= width {
			return l
		}
		return formatMean(c.means[0])
	}
	parts := make([]string, 0, len(c.means)+1)
	for i, m := range c.means {
		if i < len(f.series) {
			parts = append(parts, string(f.series[i].glyph)+formatMean(m))
		}
	}
	if f.gap && len(c.means) >= 2 && c.means[0] != nil && c.means[1] != nil {
		g := *c.means[1] - *c.means[0]
		parts = append(parts, "Δ"+formatMean(&g))
	}
	return Clip(strings.Join(parts, " "), width)
}

// formatMean is a mean emotion (or a gap) as journey compare prints it;
// "–" where there is none.
func formatMean(f *float64) string {
	if f == nil {
		return "–"
	}
	return model.FormatMean(*f)
}

// curveLegend names each series by its glyph; short keeps a name to its
// first part ("Maya" for "Maya, busy parent").
func curveLegend(series []curveSeries, short bool) string {
	parts := make([]string, len(series))
	for i, s := range series {
		name := s.name
		if short {
			name, _, _ = strings.Cut(name, ",")
		}
		parts[i] = string(s.glyph) + " " + Sanitize(name)
	}
	return strings.Join(parts, "  ")
}

// curveCaptionLine is the caption over a curve: what it shows, the legend
// when several lines share it, and a hint at the right while there is room.
func curveCaptionLine(what string, series []curveSeries, hint string, width int, st *Styles) string {
	left := "Emotion · " + what
	if len(series) > 1 {
		full := left + "  " + curveLegend(series, false)
		left += "  " + curveLegend(series, true)
		if ansi.StringWidth(full) <= width-ansi.StringWidth(hint)-1 || ansi.StringWidth(full) <= width && ansi.StringWidth(left) > width-ansi.StringWidth(hint)-1 {
			left = full
		}
	}
	if ansi.StringWidth(left) > width-ansi.StringWidth(hint)-1 {
		hint = ""
	}
	return spread(st.Subtitle, Clip(left, width), hint, width)
}

// joinPoints draws the step between two points: along a's row to the
// midpoint, a turn, along b's row.
func joinPoints(a, b curvePoint, dash bool, set func(x, r int, ch rune)) {
	ra, rb := curveRow(a.v), curveRow(b.v)
	h, v := '─', '│'
	if dash {
		h, v = '╌', '┆'
	}
	if b.x-a.x < 2 {
		return
	}
	if ra == rb {
		for x := a.x + 1; x < b.x; x++ {
			set(x, ra, h)
		}
		return
	}
	xm := (a.x + b.x) / 2
	for x := a.x + 1; x < xm; x++ {
		set(x, ra, h)
	}
	for x := xm + 1; x < b.x; x++ {
		set(x, rb, h)
	}
	if rb < ra { // rising
		set(xm, ra, '╯')
		set(xm, rb, '╭')
	} else {
		set(xm, ra, '╮')
		set(xm, rb, '╰')
	}
	for r := min(ra, rb) + 1; r < max(ra, rb); r++ {
		set(xm, r, v)
	}
}

// renderCurveStrip is the curve for short terminals, one row: in each
// stage column its means, then, for a single series, a bar per point
// whose height is its emotion. Fewer points than the full curve, never
// fewer figures.
func renderCurveStrip(f curveFigure, width int, st *Styles) string {
	if width <= 0 {
		return ""
	}
	levels := []rune("▁▂▄▆█")
	return eachColumn(f, width, func(c curveColumn, w int) string {
		if len(f.series) != 1 {
			return st.Value.Render(PadRight(meansLabel(f, c, w), w))
		}
		label := Clip(formatMean(c.means[0]), w)
		var b strings.Builder
		b.WriteString(st.Value.Render(label))
		used := ansi.StringWidth(label)
		if used+2 <= w {
			b.WriteByte(' ')
			used++
			for _, p := range f.series[0].pts {
				if p.x < c.x0 || p.x >= c.x0+c.width || used >= w {
					continue
				}
				b.WriteString(st.emotionSpan[min(max(p.v, model.MinEmotion), model.MaxEmotion)-model.MinEmotion].paint(string(levels[p.v-model.MinEmotion])))
				used++
			}
		}
		b.WriteString(strings.Repeat(" ", max(0, w-used)))
		return b.String()
	})
}

// paintRow styles a row of the curve: line cells in the row's colour, the
// zero line's dots muted; each run is painted once.
func paintRow(cells []rune, line, faint span) string {
	var b strings.Builder
	for x := 0; x < len(cells); {
		dot := cells[x] == '·' || cells[x] == ' '
		end := x + 1
		for end < len(cells) && (cells[end] == '·' || cells[end] == ' ') == dot {
			end++
		}
		if dot {
			b.WriteString(faint.paint(string(cells[x:end])))
		} else {
			b.WriteString(line.paint(string(cells[x:end])))
		}
		x = end
	}
	return b.String()
}
