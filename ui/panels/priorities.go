package panels

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Priorities ranks the map's opportunities by the map's method
// (impact over effort, RICE or weighted criteria), each with its score and
// how it was worked out, under an impact/effort grid that shows at a
// glance where the quick wins are.
type Priorities struct {
	c      common.View
	m      *model.Map
	ranked []model.Ranked
	hurts  []model.RankedPain // the pain points, listed after the opportunities
	Grid   effortGrid
	pains  map[string]string // pain point key to text, across the map
	List   common.ListWindow
	w, h   int
	focus
}

// effortGrid counts open opportunities by impact (rows, high first) and
// effort (columns, low first).
type effortGrid struct {
	Cells           [3][3]int
	Unrated, Closed int
}

// gridLines is the grid's height: header, three rows, legend, blank.
const gridLines = 6

// NewPriorities builds an empty priorities panel; SetMap gives it
// opportunities.
func NewPriorities(c common.View) *Priorities { return &Priorities{c: c} }

// SetMap ranks the opportunities and counts the grid once per map.
func (p *Priorities) SetMap(m *model.Map) {
	p.m = m
	p.ranked = model.Priorities(m)
	p.Grid = effortGrid{}
	for _, r := range p.ranked {
		o := r.Opportunity
		imp, eff := levelIndex(o.Impact), levelIndex(o.Effort)
		switch {
		case closedOpportunity(o):
			p.Grid.Closed++
		case imp < 0 || eff < 0:
			p.Grid.Unrated++
		default:
			p.Grid.Cells[2-imp][eff]++
		}
	}
	p.pains = map[string]string{}
	if m != nil {
		add := func(pps []model.PainPoint) {
			for _, pp := range pps {
				if _, ok := p.pains[pp.Key()]; !ok {
					p.pains[pp.Key()] = pp.Text
				}
			}
		}
		for _, s := range m.Stages {
			add(s.PainPoints)
			for _, t := range s.Touchpoints {
				add(t.PainPoints)
			}
		}
	}
	p.hurts = model.PainRanking(m)
	p.List.SetLen(len(p.ranked) + len(p.hurts))
	p.fit()
}

// SetSize sets the panel's box, border included.
func (p *Priorities) SetSize(w, h int) {
	p.w, p.h = w, h
	p.fit()
}

// showGrid says whether the grid fits above the list with room left for
// the selected opportunity.
func (p *Priorities) showGrid() bool {
	_, ih := common.PanelBody(p.w, p.h)
	return ih >= gridLines+3
}

func (p *Priorities) fit() {
	_, ih := common.PanelBody(p.w, p.h)
	if p.showGrid() {
		ih -= gridLines
	}
	p.List.Height = ih
	p.List.Fit(func(i int) int { return p.lines(i) })
}

// lines is an opportunity's height: its text, its figures, its score, and
// the pain points it addresses when it names any.
func (p *Priorities) lines(i int) int {
	if j := i - len(p.ranked); j >= 0 {
		if j == 0 {
			return 3 // the heading above the first
		}
		return 2
	}
	if len(p.ranked[i].Opportunity.Addresses) > 0 {
		return 4
	}
	return 3
}

// Selected is the selected opportunity, for the detail pane.
func (p *Priorities) Selected() (common.Item, bool) {
	if p.List.N == 0 {
		return common.Item{}, false
	}
	if j := p.List.Sel - len(p.ranked); j >= 0 {
		h := p.hurts[j]
		return common.PainPointItem(h.Stage, h.Touchpoint, h.Index), true
	}
	r := p.ranked[p.List.Sel]
	return common.OpportunityItem(r.Stage, r.Touchpoint, r.Index), true
}

// SelectItem follows an opportunity to its new rank (after a vote or a
// change of impact or effort moved it).
func (p *Priorities) SelectItem(it common.Item) {
	if it.Kind == common.KindPainPoint {
		for j, h := range p.hurts {
			if h.Stage == it.Stage && h.Touchpoint == it.Touchpoint && h.Index == it.Index {
				p.List.MoveTo(len(p.ranked) + j)
				p.fit()
				return
			}
		}
	}
	if it.Kind != common.KindOpportunity {
		return
	}
	for i, r := range p.ranked {
		if r.Stage == it.Stage && r.Touchpoint == it.Touchpoint && r.Index == it.Index {
			p.List.MoveTo(i)
			p.fit()
			return
		}
	}
}

// Update moves the selection; a blurred panel ignores input.
func (p *Priorities) Update(msg tea.Msg) (*Priorities, tea.Cmd) {
	if p.focused && common.MoveList(&p.List, p.c.Keys(), msg) {
		p.fit()
	}
	return p, nil
}

// View draws the grid and the opportunities that fit around the selection.
func (p *Priorities) View() string {
	st := p.c.Styles()
	iw, _ := common.PanelBody(p.w, p.h)
	if p.List.N == 0 {
		body := []string{st.Muted.Render(common.Clip("No opportunities or pain points in this map.", iw))}
		return common.RenderPanel(st, p.focused, "Priorities", "", body, p.w, p.h)
	}
	var body []string
	if p.showGrid() {
		body = append(body, p.Grid.render(st, iw)...)
	}
	rankW := len(strconv.Itoa(max(len(p.ranked), len(p.hurts))))
	rows, more := p.List.Render(func(i int) []string {
		return p.item(i, rankW, iw)
	})
	body = append(body, rows...)
	note := ""
	if more {
		note = fmt.Sprintf("%d/%d", p.List.Sel+1, len(p.ranked))
		if p.List.Sel >= len(p.ranked) {
			note = fmt.Sprintf("pain point %d/%d", p.List.Sel-len(p.ranked)+1, len(p.hurts))
		}
	}
	title := fmt.Sprintf("Priorities by %s  %d open", methodShort(p.m.Method), len(p.ranked)-p.Grid.Closed)
	if q := p.Grid.Cells[0][0]; q > 0 {
		title += fmt.Sprintf(" · %d quick %s", q, common.Plural(q, "win", "wins"))
	}
	return common.RenderPanel(st, p.focused, title, note, body, p.w, p.h)
}

func (p *Priorities) item(i, rankW, iw int) []string {
	st := p.c.Styles()
	if j := i - len(p.ranked); j >= 0 {
		return p.hurt(j, rankW, iw)
	}
	r := p.ranked[i]
	o := r.Opportunity
	sel := i == p.List.Sel
	indent := strings.Repeat(" ", 2+rankW+2)

	tag := ""
	switch {
	case closedOpportunity(o):
		tag = st.Muted.Render(common.Sanitize(o.Status))
	case o.Impact == "high" && o.Effort == "low":
		tag = st.Good.Render("quick win")
	}
	text := common.Line(o.Text, max(iw-len(indent)-len("quick win")-2, 1))
	switch {
	case sel && p.focused:
		text = st.Selection.Render(text)
	case closedOpportunity(o):
		text = st.Muted.Render(text)
	default:
		text = st.Value.Render(text)
	}
	rank := "–" // done and dropped ones are not ranked
	if r.Rank > 0 {
		rank = strconv.Itoa(r.Rank)
	}
	first := common.Marker(sel) + padLeft(rank, rankW) + "  " + text
	if tag != "" {
		first += "  " + tag
	}

	// Where it lives comes first: the rank already says how it scores.
	facts := []string{p.where(r), orUnrated(o.Impact) + " impact", orUnrated(o.Effort) + " effort"}
	if o.Votes != 0 {
		facts = append(facts, fmt.Sprintf("%d %s", o.Votes, common.Plural(o.Votes, "vote", "votes")))
	}
	if o.Status != "" && !closedOpportunity(o) {
		facts = append(facts, common.Sanitize(o.Status))
	}
	out := []string{common.Clip(first, iw), common.Clip(indent+st.Muted.Render(strings.Join(facts, " · ")), iw),
		common.Clip(indent+scoreLine(st, r), iw)}
	if len(o.Addresses) > 0 {
		texts := make([]string, len(o.Addresses))
		for j, id := range o.Addresses {
			texts[j] = p.painText(id)
		}
		out = append(out, common.Clip(indent+st.Label.Render("addresses: ")+strings.Join(texts, "; "), iw))
	}
	return out
}

// where names the stage and touchpoint an opportunity belongs to.
func (p *Priorities) where(r model.Ranked) string {
	if r.Stage < 0 || r.Stage >= len(p.m.Stages) {
		return ""
	}
	s := p.m.Stages[r.Stage]
	if r.Touchpoint < 0 || r.Touchpoint >= len(s.Touchpoints) {
		return common.Sanitize(s.Label()) + " (whole stage)"
	}
	return common.Sanitize(s.Label()) + " / " + common.Sanitize(s.Touchpoints[r.Touchpoint].Label())
}

// painText is the text of the pain point an opportunity names, or the id
// marked unknown when none has it (lint reports those).
func (p *Priorities) painText(id string) string {
	if t, ok := p.pains[id]; ok {
		return common.Sanitize(t)
	}
	return fmt.Sprintf("%q (unknown pain point)", common.Sanitize(id))
}

// render draws the grid in gridLines lines; the quick-win cell is
// bracketed as well as coloured, so it shows on a projector and without
// colour.
func (g effortGrid) render(st *common.Styles, iw int) []string {
	const label, cell = 19, 8
	out := []string{st.Label.Render(common.Clip(common.PadRight("  impact \\ effort", label)+
		common.PadRight("low", cell)+common.PadRight("medium", cell)+"high", iw))}
	for row, name := range []string{"high", "medium", "low"} {
		line := st.Label.Render(common.PadRight("  "+name, label))
		for col := range 3 {
			n := strconv.Itoa(g.Cells[row][col])
			if row == 0 && col == 0 {
				line += st.Good.Render(common.PadRight("["+n+"]", cell))
				continue
			}
			line += common.PadRight(" "+n, cell)
		}
		out = append(out, common.Clip(strings.TrimRight(line, " "), iw))
	}
	legend := "  [ ] quick wins: high impact, low effort"
	if g.Unrated > 0 {
		legend += fmt.Sprintf(" · %d unrated", g.Unrated)
	}
	if g.Closed > 0 {
		legend += fmt.Sprintf(" · %d done or dropped", g.Closed)
	}
	return append(out, st.Muted.Render(common.Clip(legend, iw)), "")
}

// scoreLine is the score first, so that it survives clipping, then how it
// was worked out: "score 3 = impact high 3 / effort low 1".
func scoreLine(st *common.Styles, r model.Ranked) string {
	if !r.Scored {
		return st.Label.Render("no score: ") + common.Sanitize(strings.TrimSuffix(r.How, ": not scored"))
	}
	n := model.Num(r.Score)
	return st.Label.Render("score "+n) + " = " + common.Sanitize(strings.TrimSuffix(r.How, " = "+n))
}

// methodShort names a priorities method for the panel's title.
func methodShort(method string) string {
	switch method {
	case "rice":
		return "RICE"
	case "weighted":
		return "weighted criteria"
	}
	return "impact/effort"
}

// levelIndex is low 0, medium 1, high 2, and -1 for anything else.
func levelIndex(s string) int {
	for i, l := range model.Levels {
		if s == l {
			return i
		}
	}
	return -1
}

func closedOpportunity(o model.Opportunity) bool { return o.Status == "done" || o.Status == "dropped" }

func orUnrated(level string) string {
	if levelIndex(level) < 0 {
		return "unrated"
	}
	return level
}

// hurt is a pain point's rows in the ranking of what hurts most: its text
// with severity and drop-off marks, then where it is and its votes.
func (p *Priorities) hurt(j, rankW, iw int) []string {
	st := p.c.Styles()
	h := p.hurts[j]
	pp := h.PainPoint
	sel := len(p.ranked)+j == p.List.Sel
	indent := strings.Repeat(" ", 2+rankW+2)
	var out []string
	if j == 0 {
		out = append(out, st.Title.Render(common.Clip("What hurts most: pain points by severity, drop-off, votes", iw)))
	}
	text := common.Line(pp.Text, max(iw-len(indent)-8, 1))
	switch {
	case sel && p.focused:
		text = st.Selection.Render(text)
	default:
		text = st.Value.Render(text)
	}
	mark := "✗" + common.SeverityGlyph(pp.Severity)
	if pp.DropOff {
		mark += " " + common.MarkDropOff
	}
	first := common.Marker(sel) + padLeft(strconv.Itoa(h.Rank), rankW) + "  " + text + "  " + st.Bad.Render(mark)
	severity := "no severity"
	if pp.Severity != "" {
		severity = common.Sanitize(pp.Severity)
	}
	facts := []string{p.where(model.Ranked{Stage: h.Stage, Touchpoint: h.Touchpoint}), severity}
	if pp.DropOff {
		facts = append(facts, "customers drop off")
	}
	if pp.Votes != 0 {
		facts = append(facts, fmt.Sprintf("%d %s", pp.Votes, common.Plural(pp.Votes, "vote", "votes")))
	}
	return append(out, common.Clip(first, iw), common.Clip(indent+st.Muted.Render(strings.Join(facts, " · ")), iw))
}
