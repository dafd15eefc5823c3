package panels

import (
	"fmt"
	"math"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Personas shows who travels the journey and, for a persona who
// feels it differently from the map's default, how their emotions run.
type Personas struct {
	c       common.View
	m       *model.Map
	curves  [][]model.StageMean // per persona; nil when it has no curve of its own
	heights []int               // per persona at heightsW, measured lazily
	heightW int
	list    common.ListWindow
	w, h    int
	focus
}

// NewPersonas builds an empty personas panel; SetMap gives it
// personas.
func NewPersonas(c common.View) *Personas { return &Personas{c: c} }

// SetMap derives each persona's own curve once per map.
func (p *Personas) SetMap(m *model.Map) {
	p.m = m
	p.curves = nil
	n := 0
	if m != nil {
		n = len(m.Personas)
		own := map[string]bool{}
		for _, id := range model.CurvePersonas(m) {
			own[id] = true
		}
		p.curves = make([][]model.StageMean, n)
		for i, ps := range m.Personas {
			if own[ps.Key()] {
				p.curves[i] = model.StageMeans(m, ps.Key())
			}
		}
	}
	p.heights = make([]int, n)
	p.list.SetLen(n)
	p.fit()
}

// SetSize sets the panel's box, border included.
func (p *Personas) SetSize(w, h int) {
	p.w, p.h = w, h
	p.fit()
}

func (p *Personas) fit() {
	iw, ih := common.PanelBody(p.w, p.h)
	if iw != p.heightW {
		clear(p.heights)
		p.heightW = iw
	}
	p.list.Height = ih
	p.list.Fit(func(i int) int {
		if p.heights[i] == 0 {
			p.heights[i] = len(p.item(i, iw))
		}
		return p.heights[i]
	})
}

// Selected is the selected persona, for the detail pane.
func (p *Personas) Selected() (common.Item, bool) {
	if p.list.N == 0 {
		return common.Item{}, false
	}
	return common.PersonaItem(p.list.Sel), true
}

// SelectItem selects a persona of the list (one just added or moved).
func (p *Personas) SelectItem(it common.Item) {
	if it.Kind == common.KindPersona {
		p.list.MoveTo(it.Index)
		p.fit()
	}
}

// Update moves the selection; a blurred panel ignores input.
func (p *Personas) Update(msg tea.Msg) (*Personas, tea.Cmd) {
	if p.focused && common.MoveList(&p.list, p.c.Keys(), msg) {
		p.fit()
	}
	return p, nil
}

// View draws the personas that fit around the selection.
func (p *Personas) View() string {
	st := p.c.Styles()
	iw, _ := common.PanelBody(p.w, p.h)
	if p.list.N == 0 {
		body := []string{st.Muted.Render(common.Clip("No personas in this map.", iw))}
		return common.RenderPanel(st, p.focused, "Personas", "", body, p.w, p.h)
	}
	body, more := p.list.Render(func(i int) []string { return p.item(i, iw) })
	note := ""
	if more {
		note = fmt.Sprintf("%d/%d", p.list.Sel+1, p.list.N)
	}
	return common.RenderPanel(st, p.focused, fmt.Sprintf("Personas  %d", p.list.N), note, body, p.w, p.h)
}

// item draws one persona: name and segment, summary, quote, goals,
// frustrations and curve, each wrapped to the width, then a blank line.
func (p *Personas) item(i, iw int) []string {
	st := p.c.Styles()
	ps := p.m.Personas[i]
	sel := i == p.list.Sel

	name := common.Line(ps.Label(), max(iw-2, 1))
	if sel && p.focused {
		name = st.Selection.Render(name)
	} else {
		name = st.Value.Render(name)
	}
	first := common.Marker(sel) + name
	if seg := common.Sanitize(ps.Segment); seg != "" {
		first += st.Muted.Render(" · " + seg)
	}
	out := []string{common.Clip(first, iw)}
	text := max(iw-2, 1)
	for _, l := range common.Wrap(ps.Summary, text) {
		out = append(out, "  "+l)
	}
	if ps.Quote != "" {
		for _, l := range common.Wrap("“"+strings.Trim(ps.Quote, `"“” `)+"”", text) {
			out = append(out, "  "+st.Muted.Render(l))
		}
	}
	out = append(out, labelled(st, "goals", ps.Goals, iw)...)
	out = append(out, labelled(st, "frustrations", ps.Frustrations, iw)...)
	if c := p.curves[i]; c != nil {
		out = append(out, labelledLines(st, "curve", curveLines(st, p.m, c, max(iw-labelCol(iw), 1)), iw)...)
	}
	return append(out, "")
}

// labelCol is where the values of labelled lines start: beside the label
// when there is room, on the lines under it when the panel is narrow.
func labelCol(iw int) int {
	if iw >= 40 {
		return 2 + len("frustrations") + 2
	}
	return 4
}

// labelled draws a list of map strings beside or under a label, each item
// wrapped.
func labelled(st *common.Styles, label string, items []string, iw int) []string {
	var lines []string
	for _, it := range items {
		// A bullet and a hanging indent keep a wrapped item from reading as
		// two.
		for j, l := range common.Wrap(it, max(iw-labelCol(iw)-2, 1)) {
			if j == 0 {
				lines = append(lines, "• "+l)
			} else {
				lines = append(lines, "  "+l)
			}
		}
	}
	return labelledLines(st, label, lines, iw)
}

func labelledLines(st *common.Styles, label string, lines []string, iw int) []string {
	if len(lines) == 0 {
		return nil
	}
	col := labelCol(iw)
	pad := strings.Repeat(" ", col)
	var out []string
	if col == 4 {
		out = append(out, "  "+st.Label.Render(label))
	}
	for j, l := range lines {
		if j == 0 && col != 4 {
			out = append(out, common.Clip("  "+st.Label.Render(common.PadRight(label, col-2))+l, iw))
			continue
		}
		out = append(out, common.Clip(pad+l, iw))
	}
	return out
}

// curveLines draws a persona's stage means as "Stage ▲" pairs, wrapped
// to the width; the glyph is the mean rounded to a whole emotion, and a
// stage where the persona records no emotion shows "·".
func curveLines(st *common.Styles, m *model.Map, means []model.StageMean, width int) []string {
	var lines []string
	cur := ""
	for _, sm := range means {
		v := int(math.Round(sm.Mean))
		glyph := common.EmotionGlyph(v, sm.N > 0)
		if sm.N > 0 {
			glyph = st.Emotion(v).Render(glyph)
		}
		pair := common.Line(m.Stages[sm.Stage].Label(), 20) + " " + glyph
		switch {
		case cur == "":
			cur = pair
		case ansi.StringWidth(cur)+2+ansi.StringWidth(pair) <= width:
			cur += "  " + pair
		default:
			lines = append(lines, cur)
			cur = pair
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
