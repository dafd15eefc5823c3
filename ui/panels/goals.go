package panels

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// goalLines is the height of one goal in the panel: name and status;
// metric, figures and history; progress bar and time; a blank line.
const goalLines = 4

// Goals lists the map's goals with their progress, time elapsed,
// status and history, the first thing a reviewer wants to know.
type Goals struct {
	c     common.View
	m     *model.Map
	figs  []model.GoalFigures   // derived once per map, not per frame
	links [][]model.Opportunity // per goal, the opportunities meant to move it
	list  common.ListWindow
	w, h  int
	focus
	changes *common.GoalChanges // in journey view --changes, see goalchanges.go
}

// NewGoals builds an empty goals panel; SetMap gives it goals.
func NewGoals(c common.View) *Goals { return &Goals{c: c} }

// SetMap derives every goal's figures on Common.Today and keeps the
// selection where it was as far as the new map allows.
func (p *Goals) SetMap(m *model.Map) {
	p.m = m
	p.figs = nil
	p.links = common.GoalLinks(m)
	if m != nil {
		p.figs = make([]model.GoalFigures, len(m.Goals))
		for i, g := range m.Goals {
			p.figs[i] = model.GoalProgress(g, p.c.Today())
		}
	}
	p.list.SetLen(len(p.figs))
	p.fit()
}

// Keeps reports whether the goals drawn are still right after a change
// of reach r: a goal shows its own figures and the opportunities that
// name it, nothing else of a touchpoint.
func (p *Goals) Keeps(r common.Reach) bool { return r.OnlyTouchpoints("opportunities") }

// SetSize sets the panel's box, border included.
func (p *Goals) SetSize(w, h int) {
	p.w, p.h = w, h
	p.fit()
}

func (p *Goals) fit() {
	_, p.list.Height = common.PanelBody(p.w, p.h)
	p.list.Height -= p.ghostRows(p.list.Height)
	p.list.Fit(func(i int) int { return goalLines + len(p.links[i]) })
}

// Selected is the selected goal, for the detail pane.
func (p *Goals) Selected() (common.Item, bool) {
	if p.list.N == 0 {
		return common.Item{}, false
	}
	return common.GoalItem(p.list.Sel), true
}

// SelectItem selects a goal of the list (one just added or moved).
func (p *Goals) SelectItem(it common.Item) {
	if it.Kind == common.KindGoal {
		p.list.MoveTo(it.Index)
		p.fit()
	}
}

// Update moves the selection; a blurred panel ignores input.
func (p *Goals) Update(msg tea.Msg) (*Goals, tea.Cmd) {
	if p.focused && common.MoveList(&p.list, p.c.Keys(), msg) {
		p.fit()
	}
	return p, nil
}

// View draws the goals that fit around the selection.
func (p *Goals) View() string {
	iw, _ := common.PanelBody(p.w, p.h)
	var body []string
	note := ""
	if p.list.N == 0 {
		body = []string{p.c.Styles().Muted.Render(common.Clip("No goals in this map.", iw))}
	} else {
		var more bool
		body, more = p.list.Render(func(i int) []string {
			lines := renderGoal(p.c.Styles(), p.m.Goals[i], p.figs[i], p.c.Today(), i == p.list.Sel, p.focused, p.mark(i), iw)
			// The opportunities go above the blank line that ends the goal.
			links := common.RenderGoalLinks(p.c.Styles(), p.links[i], iw)
			return append(append(lines[:len(lines)-1:len(lines)-1], links...), "")
		})
		if more {
			note = fmt.Sprintf("%d/%d", p.list.Sel+1, p.list.N)
		}
	}
	body = append(body, p.ghosts(iw)...)
	return common.RenderPanel(p.c.Styles(), p.focused, "Goals"+goalSummary(p.figs), note, body, p.w, p.h)
}

// goalSummary counts goals by status for the title ("  2 on track · 1 at
// risk"), so a glance at the title says whether anything needs attention.
func goalSummary(figs []model.GoalFigures) string {
	var n [model.Achieved + 1]int
	for _, f := range figs {
		if f.Status >= 0 && f.Status <= model.Achieved {
			n[f.Status]++
		}
	}
	var parts []string
	for _, s := range []model.GoalStatus{model.Overdue, model.AtRisk, model.OnTrack, model.Achieved, model.NotStarted} {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], s))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "  " + strings.Join(parts, " · ")
}

// renderGoal draws one goal in goalLines lines of width cells; mark (how
// it changed since a revision, already styled) follows its name.
func renderGoal(st *common.Styles, g model.Goal, f model.GoalFigures, today model.Date, selected, focused bool, mark string, width int) []string {
	name := common.Line(g.Label(), max(width-2-ansi.StringWidth(mark), 1))
	if selected && focused {
		name = st.Selection.Render(name)
	} else {
		name = st.Value.Render(name)
	}
	first := common.Marker(selected) + name + mark

	metric := common.Sanitize(g.Metric)
	if f.Direction == model.Reduce {
		metric = strings.TrimSpace(metric + ", lower is better")
	}
	left := "  " + st.Label.Render(metric)
	if metric != "" {
		left += "  "
	}
	spark := ""
	if len(g.History) > 0 {
		vals := make([]float64, len(g.History))
		for i, m := range g.History {
			vals[i] = m.Value
		}
		spark = st.Muted.Render("history ") + common.Sparkline(vals, 24)
	}
	// The labelled figures and the history both help; when both do not fit,
	// the labels go first, then the history.
	second := left + goalValues(g, true)
	switch sw := ansi.StringWidth(spark); {
	case spark == "":
	case ansi.StringWidth(second)+3+sw <= width:
		second += "   " + spark
	case ansi.StringWidth(left+goalValues(g, false))+3+sw <= width:
		second = left + goalValues(g, false) + "   " + spark
	case ansi.StringWidth(second) > width:
		second = left + goalValues(g, false)
	}

	// The status sits between progress and time because it is derived from
	// the two: progress keeping pace with the time gone is on track.
	status := st.Status(f.Status).Render(f.Status.String())
	elapsed := st.Muted.Render(" · " + common.ElapsedText(g, f, today))
	var third string
	if f.HasProgress {
		pct := fmt.Sprintf("%3d%%", f.Percent())
		if f.Progress < 0 {
			pct += " (worse than baseline)"
		}
		// The words matter more than the bar's length: the bar gives way
		// to them down to 8 cells.
		text := 2 + 1 + len(pct) + 2 + ansi.StringWidth(status) + ansi.StringWidth(elapsed)
		barW := max(min(width/3, 40, width-text), 8)
		if barW+8 > width {
			barW = max(width-8, 1)
		}
		bar := st.NewProgress(barW).ViewAs(float64(f.Percent()) / 100)
		third = "  " + bar + " " + st.Value.Render(pct) + "  " + status + elapsed
	} else {
		third = "  " + st.Muted.Render(missingFigures(g)+" · ") + status + elapsed
	}
	return []string{first, common.Clip(second, width), common.Clip(third, width), ""}
}

// goalValues is "baseline → now → target" with the unit; long form labels
// each figure for a room that does not know the order by heart.
func goalValues(g model.Goal, long bool) string {
	num := func(v *float64) string {
		if v == nil {
			return "?"
		}
		return common.FormatNumber(*v)
	}
	unit := common.Sanitize(g.Unit)
	b, c, t := num(g.Baseline), num(g.Current), num(g.Target)
	if unit == "" || common.UnitIsWord(unit) { // a word unit (USD) is said once, at the end
		s := fmt.Sprintf("%s → %s → %s", b, c, t)
		if long {
			s = fmt.Sprintf("baseline %s → now %s → target %s", b, c, t)
		}
		return common.WithUnit(s, unit)
	}
	b, c, t = common.WithUnit(b, unit), common.WithUnit(c, unit), common.WithUnit(t, unit)
	if long {
		return fmt.Sprintf("baseline %s → now %s → target %s", b, c, t)
	}
	return fmt.Sprintf("%s → %s → %s", b, c, t)
}

// missingFigures says why a goal has no progress, so the author knows
// what to fill in.
func missingFigures(g model.Goal) string {
	switch {
	case g.Target == nil:
		return "no target set"
	case g.Baseline == nil:
		return "no baseline set"
	case g.Current == nil:
		return "no current value yet"
	}
	return "progress unknown"
}
