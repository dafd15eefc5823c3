package panels

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Funnel draws how many customers reach each stage, what share each
// step loses, and which step loses the most.
type Funnel struct {
	c       common.View
	m       *model.Map
	steps   []model.FunnelStep
	worst   int     // index in steps of the worst step, -1 if none
	from    int     // the stage the worst step starts from, -1 if none
	top     int     // the largest reached count: the bars' full length
	counted int     // stages with a reached count
	abandon bool    // some stage has drop_off pain points (shows the legend)
	cols    fColumn // column widths, derived once per map
	list    common.ListWindow
	w, h    int
	focus
}

// fColumn are the funnel's column widths for the map's longest values.
type fColumn struct{ name, count, drop, marks int }

// NewFunnel builds an empty funnel panel; SetMap gives it stages.
func NewFunnel(c common.View) *Funnel { return &Funnel{c: c, worst: -1, from: -1} }

// SetMap derives the funnel once per map, so drawing costs only the rows
// on screen.
func (p *Funnel) SetMap(m *model.Map) {
	p.m = m
	p.steps = model.Funnel(m)
	p.worst, p.from = model.WorstStep(p.steps), -1
	p.top, p.counted, p.abandon = 0, 0, false
	p.cols = fColumn{name: len("stage"), count: len("reached"), drop: len("drop-off")}
	last := -1
	for i, s := range p.steps {
		if s.HasReached {
			p.top = max(p.top, s.Reached)
			p.counted++
			if i == p.worst {
				p.from = last
			}
			last = i
		}
		p.abandon = p.abandon || s.Abandons > 0
		p.cols.name = max(p.cols.name, ansi.StringWidth(common.Sanitize(m.Stages[i].Label())))
		p.cols.count = max(p.cols.count, len(common.FormatCount(s.Reached)))
		p.cols.marks = max(p.cols.marks, ansi.StringWidth(funnelMarks(s, i == p.worst)))
	}
	p.list.SetLen(len(p.steps))
	p.fit()
}

// SetSize sets the panel's box, border included.
func (p *Funnel) SetSize(w, h int) {
	p.w, p.h = w, h
	p.fit()
}

// head and foot are the lines above and below the rows: the column
// header, and the legend when a mark needs one and there is room for it.
func (p *Funnel) head() int { return 1 }

func (p *Funnel) foot() int {
	return len(p.footer())
}

// footer is the whole funnel's conversion and the legend of the abandon
// mark, as far as the panel has room for them below the rows.
func (p *Funnel) footer() []string {
	_, ih := common.PanelBody(p.w, p.h)
	var out []string
	if p.counted >= 2 {
		first, last := -1, -1
		for i, s := range p.steps {
			if s.HasReached {
				last = i
				if first < 0 {
					first = i
				}
			}
		}
		a, b := p.steps[first], p.steps[last]
		out = append(out, fmt.Sprintf("overall: %s of %s reach %s (%s of %s)", common.FormatPercent(b.Conversion),
			common.Sanitize(p.m.Stages[a.Stage].Label()), common.Sanitize(p.m.Stages[b.Stage].Label()),
			common.FormatCount(b.Reached), common.FormatCount(a.Reached)))
	}
	if p.abandon {
		out = append(out, common.MarkDropOff+" n: drop_off pain points, where customers abandon")
	}
	// The rows come first: the footer shows when every row fits beside it,
	// or on a screen tall enough that it starves none.
	if p.head()+len(p.steps)+1+len(out) > ih && ih < 16 {
		return nil
	}
	return out
}

func (p *Funnel) fit() {
	_, ih := common.PanelBody(p.w, p.h)
	p.list.Height = max(ih-p.head()-p.foot(), 0)
	p.list.Fit(func(int) int { return 1 })
}

// Selected is the selected stage, for the detail pane.
func (p *Funnel) Selected() (common.Item, bool) {
	if p.list.N == 0 {
		return common.Item{}, false
	}
	return common.StageItem(p.steps[p.list.Sel].Stage), true
}

// Update moves the selection (1..9 jump to a stage, as on the board); a
// blurred panel ignores input.
func (p *Funnel) Update(msg tea.Msg) (*Funnel, tea.Cmd) {
	if !p.focused {
		return p, nil
	}
	moved := common.MoveList(&p.list, p.c.Keys(), msg)
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, p.c.Keys().JumpStage) {
		if n, err := strconv.Atoi(k.String()); err == nil && n <= p.list.N {
			p.list.MoveTo(n - 1)
			moved = true
		}
	}
	if moved {
		p.fit()
	}
	return p, nil
}

// View draws the rows that fit around the selection.
func (p *Funnel) View() string {
	st := p.c.Styles()
	iw, _ := common.PanelBody(p.w, p.h)
	if p.list.N == 0 {
		body := []string{st.Muted.Render(common.Clip("No stages in this map.", iw))}
		return common.RenderPanel(st, p.focused, "Funnel", "", body, p.w, p.h)
	}
	c := p.layout(iw)
	header := "  " + common.PadRight("stage", c.name) + "  " + barGap(c.bar) +
		padLeft("reached", c.count) + "  " + padLeft("drop-off", c.drop)
	body := []string{st.Label.Render(common.Clip(strings.TrimRight(header, " "), iw))}
	rows, more := p.list.Render(func(i int) []string {
		return []string{p.row(i, c, iw)}
	})
	body = append(body, rows...)
	if foot := p.footer(); len(foot) > 0 {
		if len(rows) < p.list.Height {
			body = append(body, "")
		}
		for _, l := range foot {
			body = append(body, st.Muted.Render(common.Clip(l, iw)))
		}
	}
	note := ""
	if more {
		note = fmt.Sprintf("%d/%d", p.list.Sel+1, p.list.N)
	}
	return common.RenderPanel(st, p.focused, "Funnel"+p.summary(), note, body, p.w, p.h)
}

// fLayout is where a row's parts go at one width.
type fLayout struct{ name, bar, count, drop int }

// layout fits the columns to the width: the bar takes what the words
// leave, up to 60 cells, and names give way before it shrinks below 4.
func (p *Funnel) layout(iw int) fLayout {
	c := fLayout{name: min(p.cols.name, 24), count: p.cols.count, drop: p.cols.drop}
	fixed := func() int { return 2 + c.name + 2 + 2 + c.count + 2 + c.drop + 2 + p.cols.marks }
	c.bar = min(iw-fixed(), 60)
	if c.bar < 4 {
		c.name = max(c.name-(4-c.bar), min(c.name, 10))
		c.bar = iw - fixed()
	}
	if c.bar < 4 { // too narrow for a bar to say anything: figures only
		c.bar = 0
	}
	return c
}

func (p *Funnel) row(i int, c fLayout, iw int) string {
	st := p.c.Styles()
	s := p.steps[i]
	name := common.PadRight(common.Line(p.m.Stages[s.Stage].Label(), c.name), c.name)
	if i == p.list.Sel && p.focused {
		name = st.Selection.Render(name)
	}
	bar, count, drop := barGap(c.bar), padLeft("–", c.count), strings.Repeat(" ", c.drop)
	if s.HasReached {
		frac := 0.0
		if p.top > 0 {
			frac = float64(s.Reached) / float64(p.top)
		}
		if c.bar > 0 {
			bar = common.HBar(frac, c.bar) + "  "
		}
		count = padLeft(common.FormatCount(s.Reached), c.count)
	}
	if s.HasDropOff {
		drop = padLeft(DropText(s.DropOff), c.drop)
	}
	line := common.Marker(i == p.list.Sel) + name + "  " + bar + st.Value.Render(count) + "  " + drop
	if marks := funnelMarks(s, i == p.worst); marks != "" {
		style := st.Warn
		if i == p.worst {
			style = st.Worst
		}
		line += "  " + style.Render(marks)
	}
	return common.Clip(strings.TrimRight(line, " "), iw)
}

// summary names the worst step in words for the title, so the one thing
// to fix is said even before the rows are read.
func (p *Funnel) summary() string {
	switch {
	case p.worst >= 0 && p.from >= 0:
		return fmt.Sprintf("  worst step: %s → %s loses %s",
			common.Sanitize(p.m.Stages[p.steps[p.from].Stage].Label()),
			common.Sanitize(p.m.Stages[p.steps[p.worst].Stage].Label()),
			common.FormatPercent(p.steps[p.worst].DropOff))
	case p.counted == 0:
		return "  no stage has a reached count yet"
	}
	return ""
}

// DropText is a step's drop-off as a percentage with one decimal, so the
// column lines up; a step that gains customers reads "+12.0%" so that it
// cannot be mistaken for a loss.
func DropText(d float64) string {
	if d < 0 {
		return fmt.Sprintf("+%.1f%%", -d*100)
	}
	return fmt.Sprintf("%.1f%%", d*100)
}

// barGap is the room a bar column takes in a row without a bar.
func barGap(width int) string {
	if width == 0 {
		return ""
	}
	return strings.Repeat(" ", width+2)
}

// funnelMarks are a step's marks in words and glyphs, so they read
// without colour: the worst step, and the drop_off pain points.
func funnelMarks(s model.FunnelStep, worst bool) string {
	var parts []string
	if worst {
		parts = append(parts, common.MarkWorst)
	}
	if s.Abandons > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", common.MarkDropOff, s.Abandons))
	}
	return strings.Join(parts, "  ")
}

// padLeft right-aligns safe text in width cells.
func padLeft(s string, width int) string {
	if n := width - ansi.StringWidth(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}
