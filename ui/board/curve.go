package board

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// curvePoint is a point of the emotion curve on screen: column x and an
// emotion value, already averaged when several touchpoints share a cell.
type curvePoint struct {
	X    int
	V    int
	Mark bool // the selected touchpoint
}

// CurveCache keeps each stage's emotions bucketed to a column width, so a
// frame costs the columns shown and not the touchpoints a stage holds.
type CurveCache struct {
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

// Reset drops the cache when the map, persona or width changes.
func (c *CurveCache) Reset(m *model.Map, persona, segment string, width int) {
	if c.m != m || c.persona != persona || c.segment != segment || c.width != width || c.stages == nil {
		*c = CurveCache{m: m, persona: persona, segment: segment, group: model.SegmentPersonas(m, segment),
			width: width, stages: map[int][]bucket{}, means: map[int]*float64{}}
	}
}

// Keep carries the cache over to m, the map after a change of reach r
// that left the personas alone: only the stages it reached are worked
// out again.
func (c *CurveCache) Keep(m *model.Map, r common.Reach) {
	c.m = m
	for si := range c.stages {
		if r.Stage(si) {
			delete(c.stages, si)
		}
	}
	for si := range c.means {
		if r.Stage(si) {
			delete(c.means, si)
		}
	}
}

// Buckets is stage si's emotions in at most max(1, width/2) buckets;
// touchpoints without an emotion are left out rather than read as neutral.
func (c *CurveCache) Buckets(si int) []bucket {
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
func (c *CurveCache) mean(si int) *float64 {
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

// StagePoints places a stage's buckets evenly across its column, which
// starts at x0 and is width cells wide; shift moves them right (an
// overlaid series beside the first), never out of the column.
func StagePoints(bs []bucket, x0, width, n, selTP, shift int) []curvePoint {
	pts := make([]curvePoint, 0, len(bs))
	for _, b := range bs {
		mid := float64(b.first+b.end) / 2
		x := x0 + int(mid/float64(max(n, 1))*float64(width))
		x = min(x+shift, x0+width-1)
		pts = append(pts, curvePoint{X: x, V: min(max(b.v, model.MinEmotion), model.MaxEmotion), Mark: selTP >= b.first && selTP < b.end})
	}
	return pts
}

// curveRow is the row of value v in a 5-row curve: +2 on top.
func curveRow(v int) int { return model.MaxEmotion - min(max(v, model.MinEmotion), model.MaxEmotion) }

// CurveSeries is one line of an emotion curve: a name for the legend, the
// glyph its points are drawn with (so that lines read apart without
// colour), and its points on screen.
type CurveSeries struct {
	Name  string
	Glyph rune
	Dash  bool // joined with dashed steps, a line laid over another
	Pts   []curvePoint
}

// CurveColumn is a stage's column under the curve: where it starts, how
// wide it is, and each series' mean emotion there (nil: none), in the
// order of the series.
type CurveColumn struct {
	X0, Width int
	Means     []*float64
}

// CurveFigure is what the curve renderer draws, on the board and on the
// comparison screen alike: the series over the stage columns, and under
// each column its means; gap adds the second series' mean less the
// first's (ideal - current).
type CurveFigure struct {
	Series []CurveSeries
	Cols   []CurveColumn
	Gap    bool
}

// personaGlyphs are the point glyphs of overlaid persona curves, in turn.
// ● is the single curve's, ◆ the selected touchpoint's, ○ the ideal's, and
// ▲ ▼ are emotions on the cards: none of them marks a persona.
var personaGlyphs = []rune("■✱★◉✖")

// IdealGlyph marks the ideal map's curve.
const IdealGlyph = '○'

// curveFullRows is the full curve's height: the caption, five rows for
// the emotions +2 to -2, and the stage means. curveStripRows is the short
// curve: one row of labelled bars with a short caption at its end, so a
// short board keeps its cards.
const (
	curveFullRows  = 7
	curveStripRows = 1
)

// RenderCurve draws the series as lines over five rows (+2 at the top, -2
// at the bottom) in width cells, joining each point to the next with
// box-drawing steps, then a row with each stage column's means. Points
// outside 0..width-1 are allowed: the line runs off the edge towards
// them, which is how the curve continues past the columns shown. Each
// cell is coloured by the sign of its row.
func RenderCurve(f CurveFigure, width int, st *common.Styles) []string {
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
	for i := len(f.Series) - 1; i >= 0; i-- {
		sr := f.Series[i]
		for j := 0; j+1 < len(sr.Pts); j++ {
			joinPoints(sr.Pts[j], sr.Pts[j+1], sr.Dash, set)
		}
	}
	for i := len(f.Series) - 1; i >= 0; i-- {
		sr := f.Series[i]
		for _, p := range sr.Pts {
			ch := sr.Glyph
			if p.Mark {
				ch = '◆'
			}
			set(p.X, curveRow(p.V), ch)
		}
	}
	out := make([]string, rows, rows+1)
	for r := range grid {
		// Rows run +2 down to -2, the spans -2 up to +2.
		out[r] = paintRow(grid[r], st.EmotionSpan[rows-1-r], st.MutedSpan)
	}
	return append(out, renderMeans(f, width, st))
}

// renderMeans is the row under the curve: each stage column's means.
func renderMeans(f CurveFigure, width int, st *common.Styles) string {
	return eachColumn(f, width, func(c CurveColumn, w int) string {
		return st.Value.Render(common.PadRight(meansLabel(f, c, w), w))
	})
}

// eachColumn lays a row out under the stage columns: draw gives each
// column's cells, w of them, for the part of it inside width.
func eachColumn(f CurveFigure, width int, draw func(c CurveColumn, w int) string) string {
	var b strings.Builder
	at := 0
	for _, c := range f.Cols {
		if c.X0 < at || c.X0 >= width {
			continue
		}
		b.WriteString(strings.Repeat(" ", c.X0-at))
		w := min(c.Width, width-c.X0)
		b.WriteString(draw(c, w))
		at = c.X0 + w
	}
	return common.PadStyled(b.String(), width)
}

// meansLabel names a column's means: "mean +0.67" for one series; with
// several, each series' glyph and mean, then the gap when asked for,
// parted by spaces when they fit.
func meansLabel(f CurveFigure, c CurveColumn, width int) string {
	if len(f.Series) == 1 && len(c.Means) == 1 {
		if l := "mean " + FormatMean(c.Means[0]); len(l) <= width {
			return l
		}
		return FormatMean(c.Means[0])
	}
	parts := make([]string, 0, len(c.Means)+1)
	for i, m := range c.Means {
		if i < len(f.Series) {
			parts = append(parts, string(f.Series[i].Glyph)+FormatMean(m))
		}
	}
	if f.Gap && len(c.Means) >= 2 && c.Means[0] != nil && c.Means[1] != nil {
		g := *c.Means[1] - *c.Means[0]
		parts = append(parts, "Δ"+FormatMean(&g))
	}
	// Too wide with spaces: the glyphs alone part the figures
	// ("●+0.75○+1.25Δ+0.5"), rather than cutting the last one.
	if l := strings.Join(parts, " "); ansi.StringWidth(l) <= width {
		return l
	}
	return common.Clip(strings.Join(parts, ""), width)
}

// FormatMean is a mean emotion (or a gap) as journey compare prints it;
// "–" where there is none.
func FormatMean(f *float64) string {
	if f == nil {
		return "–"
	}
	return model.FormatMean(*f)
}

// curveLegend names each series by its glyph; short keeps a name to its
// first part ("Maya" for "Maya, busy parent").
func curveLegend(series []CurveSeries, short bool) string {
	parts := make([]string, len(series))
	for i, s := range series {
		name := s.Name
		if short {
			name, _, _ = strings.Cut(name, ",")
		}
		parts[i] = string(s.Glyph) + " " + common.Sanitize(name)
	}
	return strings.Join(parts, "  ")
}

// CurveCaptionLine is the caption over a curve: what it shows, the legend
// when several lines share it, and a hint at the right while there is room.
func CurveCaptionLine(what string, series []CurveSeries, hint string, width int, st *common.Styles) string {
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
	return common.Spread(st.Subtitle, common.Clip(left, width), hint, width)
}

// joinPoints draws the step between two points: along a's row to the
// midpoint, a turn, along b's row.
func joinPoints(a, b curvePoint, dash bool, set func(x, r int, ch rune)) {
	ra, rb := curveRow(a.V), curveRow(b.V)
	h, v := '─', '│'
	if dash {
		h, v = '╌', '┆'
	}
	if b.X-a.X < 2 {
		return
	}
	if ra == rb {
		for x := a.X + 1; x < b.X; x++ {
			set(x, ra, h)
		}
		return
	}
	xm := (a.X + b.X) / 2
	for x := a.X + 1; x < xm; x++ {
		set(x, ra, h)
	}
	for x := xm + 1; x < b.X; x++ {
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
func renderCurveStrip(f CurveFigure, width int, st *common.Styles) string {
	if width <= 0 {
		return ""
	}
	levels := []rune("▁▂▄▆█")
	return eachColumn(f, width, func(c CurveColumn, w int) string {
		if len(f.Series) != 1 {
			return st.Value.Render(common.PadRight(meansLabel(f, c, w), w))
		}
		label := common.Clip(FormatMean(c.Means[0]), w)
		var b strings.Builder
		b.WriteString(st.Value.Render(label))
		used := ansi.StringWidth(label)
		if used+2 <= w {
			b.WriteByte(' ')
			used++
			for _, p := range f.Series[0].Pts {
				if p.X < c.X0 || p.X >= c.X0+c.Width || used >= w {
					continue
				}
				b.WriteString(st.EmotionSpan[min(max(p.V, model.MinEmotion), model.MaxEmotion)-model.MinEmotion].Paint(string(levels[p.V-model.MinEmotion])))
				used++
			}
		}
		b.WriteString(strings.Repeat(" ", max(0, w-used)))
		return b.String()
	})
}

// captionedStrip is the short curve with what it shows at the right end:
// the longest caption that fits where the last column leaves room, else
// the shortest one in room taken from the end of the last column (fewer
// bars there), never more than a third of the row.
func captionedStrip(f CurveFigure, what string, width int, st *common.Styles) string {
	if width < 6 {
		return renderCurveStrip(f, width, st)
	}
	short, _, _ := strings.Cut(what, ",")
	captions := []string{"Emotion · " + what, "Emotion · " + short, short}
	if len(f.Series) > 1 {
		legend := make([]string, len(f.Series))
		for i, s := range f.Series {
			name, _, _ := strings.Cut(common.Sanitize(s.Name), ",")
			name, _, _ = strings.Cut(name, " (")
			legend[i] = string(s.Glyph) + name
		}
		l := strings.Join(legend, " ")
		captions = []string{"Emotion · " + what + "  " + curveLegend(f.Series, false), short + " " + l, l}
	}
	plain := ansi.Strip(renderCurveStrip(f, width, st))
	free := len(plain) - len(strings.TrimRight(plain, " "))
	caption := captions[len(captions)-1]
	for _, c := range captions {
		if ansi.StringWidth(c)+1 <= free {
			caption = c
			break
		}
	}
	if ansi.StringWidth(caption)+1 > free {
		caption = common.Clip(caption, width/3)
	}
	rest := width - ansi.StringWidth(caption) - 1
	return renderCurveStrip(f, rest, st) + " " + st.Subtitle.Render(caption)
}

// paintRow styles a row of the curve: line cells in the row's colour, the
// zero line's dots muted; each run is painted once.
func paintRow(cells []rune, line, faint common.Span) string {
	var b strings.Builder
	for x := 0; x < len(cells); {
		dot := cells[x] == '·' || cells[x] == ' '
		end := x + 1
		for end < len(cells) && (cells[end] == '·' || cells[end] == ' ') == dot {
			end++
		}
		if dot {
			b.WriteString(faint.Paint(string(cells[x:end])))
		} else {
			b.WriteString(line.Paint(string(cells[x:end])))
		}
		x = end
	}
	return b.String()
}
