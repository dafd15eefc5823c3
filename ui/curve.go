package ui

import (
	"math"
	"strings"

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
			width: width, stages: map[int][]bucket{}}
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

// stagePoints places a stage's buckets evenly across its column, which
// starts at x0 and is width cells wide.
func stagePoints(bs []bucket, x0, width, n, selTP int) []curvePoint {
	pts := make([]curvePoint, 0, len(bs))
	for _, b := range bs {
		mid := float64(b.first+b.end) / 2
		x := x0 + int(mid/float64(max(n, 1))*float64(width))
		x = min(x, x0+width-1)
		pts = append(pts, curvePoint{x: x, v: min(max(b.v, model.MinEmotion), model.MaxEmotion), mark: selTP >= b.first && selTP < b.end})
	}
	return pts
}

// curveRow is the row of value v in a 5-row curve: +2 on top.
func curveRow(v int) int { return model.MaxEmotion - min(max(v, model.MinEmotion), model.MaxEmotion) }

// renderCurve draws the points as a line over five rows (+2 at the top,
// -2 at the bottom) in width cells, joining neighbours with box-drawing
// steps. Points outside 0..width-1 are allowed: the line runs off the
// edge towards them, which is how the curve continues past the columns
// shown. Each cell is coloured by the sign of its row.
func renderCurve(pts []curvePoint, width int, st *Styles) []string {
	const rows = model.MaxEmotion - model.MinEmotion + 1
	if width <= 0 {
		return make([]string, rows)
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
	for i := 0; i+1 < len(pts); i++ {
		joinPoints(pts[i], pts[i+1], set)
	}
	for _, p := range pts {
		ch := '●'
		if p.mark {
			ch = '◆'
		}
		set(p.x, curveRow(p.v), ch)
	}
	out := make([]string, rows)
	for r := range grid {
		out[r] = paintRow(grid[r], st.emotionSpan[r], st.mutedSpan)
	}
	return out
}

// joinPoints draws the step between two points: along a's row to the
// midpoint, a turn, along b's row.
func joinPoints(a, b curvePoint, set func(x, r int, ch rune)) {
	ra, rb := curveRow(a.v), curveRow(b.v)
	if b.x-a.x < 2 {
		return
	}
	if ra == rb {
		for x := a.x + 1; x < b.x; x++ {
			set(x, ra, '─')
		}
		return
	}
	xm := (a.x + b.x) / 2
	for x := a.x + 1; x < xm; x++ {
		set(x, ra, '─')
	}
	for x := xm + 1; x < b.x; x++ {
		set(x, rb, '─')
	}
	if rb < ra { // rising
		set(xm, ra, '╯')
		set(xm, rb, '╭')
	} else {
		set(xm, ra, '╮')
		set(xm, rb, '╰')
	}
	for r := min(ra, rb) + 1; r < max(ra, rb); r++ {
		set(xm, r, '│')
	}
}

// renderCurveStrip is the one-row curve for short terminals: a bar per
// point whose height is its emotion.
func renderCurveStrip(pts []curvePoint, width int, st *Styles) string {
	if width <= 0 {
		return ""
	}
	levels := []rune("▁▂▄▆█")
	row := []rune(strings.Repeat(" ", width))
	vals := make([]int, width)
	for _, p := range pts {
		if p.x >= 0 && p.x < width {
			row[p.x] = levels[p.v-model.MinEmotion]
			vals[p.x] = p.v
		}
	}
	var b strings.Builder
	for x := 0; x < width; {
		end := x + 1
		for end < width && (row[end] == ' ') == (row[x] == ' ') && vals[end] == vals[x] {
			end++
		}
		s := string(row[x:end])
		if row[x] != ' ' {
			s = st.emotionSpan[min(max(vals[x], model.MinEmotion), model.MaxEmotion)-model.MinEmotion].paint(s)
		}
		b.WriteString(s)
		x = end
	}
	return b.String()
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
