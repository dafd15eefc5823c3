package screens

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/ui/common"
)

// pfTop is the first list row: the title, the view tabs, the column heads.
const pfTop = 3

// listRows is how many rows of the list fit: the title, the tabs and the
// heads above, a status line and the footer below.
func (p *Portfolio) listRows() int { return max(p.c.Height()-pfTop-2, 1) }

// View draws the portfolio; it costs the rows on screen, not the maps
// loaded.
func (p *Portfolio) View() string {
	w, h := p.c.Width(), p.c.Height()
	if w <= 0 || h <= 0 {
		return ""
	}
	st := p.c.Styles()
	title := "Journey maps in " + p.dir
	lines := []string{" " + st.HeaderTitle.Render(common.Line(title, w-2)), p.tabs(w)}
	switch {
	case p.err != nil:
		lines = append(lines, st.Bad.Render(" "+common.Line(p.err.Error(), w-2)))
	case p.Loading && len(p.paths) == 0:
		lines = append(lines, st.Muted.Render(" Reading the folder…"))
	case len(p.paths) == 0:
		lines = append(lines, st.Muted.Render(" No journey maps here. Start one with: journey new FILE"))
	case p.view == viewMaps:
		lines = append(lines, p.mapLines(w)...)
	case p.view == viewSearch:
		lines = append(lines, p.searchLines(w)...)
	default:
		lines = append(lines, p.crossLines(w)...)
	}
	body := common.Fill(lines, w, h-2)
	return body + "\n" + common.PadStyled(p.status(w), w) + "\n" + common.PadStyled(p.footer(w), w)
}

// tabs names the views, the one showing marked, with the order and filter.
func (p *Portfolio) tabs(w int) string {
	st := p.c.Styles()
	var parts []string
	for v := range viewSearch {
		name := viewNames[v]
		if v == p.view {
			parts = append(parts, st.SelectedTitle.Render("["+name+"]"))
		} else {
			parts = append(parts, st.Muted.Render(" "+name+" "))
		}
	}
	if p.view == viewSearch {
		parts = append(parts, st.SelectedTitle.Render("[Search: "+common.Line(p.query, 30)+"]"))
	}
	var extra []string
	if p.view == viewMaps { // the cross-map views keep their own ranking
		extra = append(extra, "order: "+sortOrders[p.order])
	}
	if p.filter != "" {
		extra = append(extra, "filter: "+common.Line(p.filter, 30))
	}
	return common.PadStyled(" "+strings.Join(parts, " ")+"  "+st.Muted.Render(strings.Join(extra, " · ")), w)
}

// status says what is loading and what was passed over, or the prompt.
func (p *Portfolio) status(w int) string {
	st := p.c.Styles()
	if p.input != nil {
		return " " + p.input.prompt + common.Line(p.input.text, w-len(p.input.prompt)-3) + "▏"
	}
	n := len(p.loaded)
	var parts []string
	if p.Loading {
		parts = append(parts, fmt.Sprintf("loading %d of %d maps…", n, len(p.paths)))
	} else {
		parts = append(parts, countOf(len(p.paths), "map"))
		// An ideal shares its current map's row, so the rows are fewer.
		ideals := 0
		for _, r := range p.mapRows() {
			if r.ideal != nil {
				ideals++
			}
		}
		switch {
		case ideals == 1:
			parts = append(parts, "1 ideal on its current map's row")
		case ideals > 1:
			parts = append(parts, fmt.Sprintf("%d ideals on their current maps' rows", ideals))
		}
	}
	parts = append(parts, p.notes...)
	if p.said != "" {
		parts = append([]string{p.said}, parts...)
	}
	return st.Muted.Render(" " + common.Line(strings.Join(parts, " · "), w-2))
}

func (p *Portfolio) footer(w int) string {
	k, pk := p.c.Keys(), p.keys
	var ks []key.Binding
	switch {
	case p.input != nil && p.input.live:
		ks = []key.Binding{common.WithHelp(k.Open, "enter", "keep filter"), common.WithHelp(k.Back, "esc", "clear")}
	case p.input != nil:
		ks = []key.Binding{common.WithHelp(k.Open, "enter", "search"), common.WithHelp(k.Back, "esc", "cancel")}
	case p.view == viewSearch:
		ks = []key.Binding{common.WithHelp(common.MoveHelp, "↑↓", "move"), common.WithHelp(k.Open, "enter", "open at the match"), pk.Search, common.WithHelp(k.Back, "esc", "back")}
	default:
		ks = []key.Binding{common.WithHelp(common.MoveHelp, "↑↓", "move"), common.WithHelp(k.Open, "enter", "open"), pk.NextView}
		if p.view == viewMaps {
			ks = append(ks, pk.Sort)
		}
		ks = append(ks, pk.Filter, pk.Search)
		if r, ok := p.selectedRow(); ok && r.ideal != nil && p.view == viewMaps {
			ks = append(ks, pk.OpenIdeal)
		}
		ks = append(ks, k.Quit)
	}
	return " " + NewHelpWidth(p.c.Styles(), w-1).ShortHelpView(ks)
}

// pfCols are the widths of the maps view's columns at a screen width;
// owner and state give way on narrow screens, the title takes the rest.
type pfCols struct{ title, owner, state, updated, goals, pains, lint int }

func mapCols(w int) pfCols {
	// The lint column keeps two spaces at the right edge free, so its
	// width holds "1 warning" and the goals column "1 late 1 risk 2 ok".
	c := pfCols{updated: 12, goals: 20, pains: 14, lint: 13}
	if w < 100 { // narrow: the figures give the title room
		c.goals, c.pains, c.lint = 15, 14, 11
	}
	rest := w - c.updated - c.goals - c.pains - c.lint
	if owner := min(34, w/5); rest-owner >= 32 {
		c.owner, rest = owner, rest-owner
	}
	if rest-8 >= 40 {
		c.state, rest = 8, rest-8
	}
	c.title = max(rest, 12)
	return c
}

func (c pfCols) row(title, owner, state, updated, goals, pains string) string {
	s := common.PadRight(title, c.title)
	if c.owner > 0 {
		s += common.PadRight(common.Clip(owner, c.owner-1), c.owner)
	}
	if c.state > 0 {
		s += common.PadRight(state, c.state)
	}
	return s + common.PadRight(updated, c.updated) + common.PadRight(common.Clip(goals, c.goals-1), c.goals) + common.PadRight(common.Clip(pains, c.pains-1), c.pains)
}

func (p *Portfolio) mapLines(w int) []string {
	st := p.c.Styles()
	rows := p.mapRows()
	cols := mapCols(w)
	out := []string{st.Label.Render(cols.row("  Map", "Owner", "State", "Reviewed", "Goals", "Pain points") + "Lint")}
	if len(rows) == 0 {
		return append(out, st.Muted.Render(" No map matches the filter; esc clears it."))
	}
	l := p.lists[viewMaps]
	for i := l.first; i < min(len(rows), l.first+p.listRows()); i++ {
		out = append(out, p.mapLine(rows[i], i == l.sel, cols, w))
	}
	return out
}

func (p *Portfolio) mapLine(r pfRow, selected bool, cols pfCols, w int) string {
	st := p.c.Styles()
	if r.m == nil {
		row := cols.row(common.Marker(selected)+common.Clip(common.Sanitize(r.path), cols.title-3), "", "", "", "", "")
		if selected {
			row = st.Selection.Render(row)
		}
		return row + st.Muted.Render("loading…")
	}
	m := r.m
	title := common.Sanitize(m.Title)
	if r.ideal != nil {
		title += " + ideal"
	}
	if m.Problem != "" { // nothing else is known of it: why takes the row
		row := common.PadRight(common.Marker(selected)+common.Clip(title, cols.title-3), cols.title)
		if selected {
			row = st.Selection.Render(row)
		}
		return common.PadStyled(row+st.Bad.Render(common.Clip(lintCell(m, r.ideal), max(w-2-cols.title, 0))), w)
	}
	reviewed := common.OrDash(m.Updated)
	if m.Stale {
		reviewed += "!"
	}
	row := cols.row(common.Marker(selected)+common.Clip(title, cols.title-3), common.OrDash(m.Owner), common.OrDash(m.State), reviewed,
		goalCell(m.Goals), painCell(m.PainPoints))
	if selected {
		row = st.Selection.Render(row)
	}
	lint, style := lintCell(m, r.ideal), st.Good
	switch {
	case m.Problem != "" || m.Errors > 0 || (r.ideal != nil && (r.ideal.Problem != "" || r.ideal.Errors > 0)):
		style = st.Bad
	case lint != "ok":
		style = st.Warn
	}
	return common.PadStyled(row+style.Render(common.Clip(lint, max(w-2-cols.title-cols.owner-cols.state-cols.updated-cols.goals-cols.pains, 0))), w)
}

// goalCell is a map's goals in a few words, what needs attention first
// (so that a clipped cell still shows it): late, at risk, fine.
func goalCell(g portfolio.GoalCounts) string {
	var parts []string
	if g.Overdue > 0 {
		parts = append(parts, fmt.Sprintf("%d late", g.Overdue))
	}
	if g.AtRisk > 0 {
		parts = append(parts, fmt.Sprintf("%d risk", g.AtRisk))
	}
	if n := g.Achieved + g.OnTrack; n > 0 {
		parts = append(parts, fmt.Sprintf("%d ok", n))
	}
	if g.NotStarted > 0 && len(parts) < 3 {
		parts = append(parts, fmt.Sprintf("%d new", g.NotStarted))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " ")
}

func painCell(c portfolio.PainCounts) string {
	var parts []string
	if c.Critical > 0 {
		parts = append(parts, fmt.Sprintf("%d crit", c.Critical))
	}
	if c.High > 0 {
		parts = append(parts, fmt.Sprintf("%d high", c.High))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " ")
}

// lintCell is the lint column: the problem of an unreadable file, or the
// counts of the map and its ideal.
func lintCell(m, ideal *portfolio.Map) string {
	if m.Problem != "" {
		return "unreadable: " + common.Sanitize(m.Problem)
	}
	e, wn := m.Errors, m.Warnings
	if ideal != nil {
		if ideal.Problem != "" {
			return "ideal unreadable"
		}
		e, wn = e+ideal.Errors, wn+ideal.Warnings
	}
	switch {
	case e > 0:
		return countOf(e, "error")
	case wn > 0:
		return countOf(wn, "warning")
	}
	return "ok"
}

// crossLines draws a cross-map view: the item, its status and figure,
// its map and where in it.
func (p *Portfolio) crossLines(w int) []string {
	st := p.c.Styles()
	rows := p.crossRows()
	head := map[int][3]string{viewGoals: {"Goal", "Status", "Progress"}, viewPains: {"Pain point", "Severity", "Drop · votes"},
		viewOpps: {"Opportunity", "Status", "Rank"}}[p.view]
	statusW, figW := 12, 14
	textW := max(min(70, (w-2-statusW-figW)*3/5), 10)
	mapW := max(w-2-textW-statusW-figW, 10)
	line := func(mark, text, status, fig, where string) string {
		return mark + common.PadRight(common.Clip(text, textW-1), textW) + common.PadRight(status, statusW) + common.PadRight(fig, figW) + common.Clip(where, mapW)
	}
	out := []string{st.Label.Render(line("  ", head[0], head[1], head[2], "Map · where"))}
	if len(rows) == 0 {
		if p.Loading {
			return append(out, st.Muted.Render(" Loading…"))
		}
		return append(out, st.Muted.Render(" None in these maps."))
	}
	l := p.lists[p.view]
	for i := l.first; i < min(len(rows), l.first+p.listRows()); i++ {
		r := rows[i]
		where := common.Sanitize(r.title)
		if r.where != "" {
			where += " · " + common.Sanitize(r.where)
		}
		if p.view == viewGoals {
			where = common.Sanitize(r.title) + " · due " + r.where
		}
		s := line(common.Marker(i == l.sel), common.Sanitize(r.text), r.status, r.figure, where)
		switch {
		case i == l.sel:
			s = st.Selection.Render(common.PadStyled(s, w))
		case r.level == 2:
			s = st.Bad.Render(s)
		case r.level == 1:
			s = st.Warn.Render(s)
		}
		out = append(out, s)
	}
	return out
}

// searchLines lists the matches of the last search.
func (p *Portfolio) searchLines(w int) []string {
	st := p.c.Styles()
	kindW := 13
	textW := max(min(70, (w-2-kindW)*3/5), 10)
	mapW := max(w-2-textW-kindW, 10)
	out := []string{st.Label.Render("  " + common.PadRight("Match", textW) + common.PadRight("Kind", kindW) + "Map")}
	if len(p.hits) == 0 {
		return append(out, st.Muted.Render(" Nothing matches "+common.Line(p.query, w-20)+" in these maps."))
	}
	l := p.lists[viewSearch]
	for i := l.first; i < min(len(p.hits), l.first+p.listRows()); i++ {
		h := p.hits[i]
		s := common.Marker(i == l.sel) + common.PadRight(common.Line(h.t.Text, textW-1), textW) + common.PadRight(h.t.Kind, kindW) + common.Line(h.m.Title+" · "+h.m.Path, mapW)
		if i == l.sel {
			s = st.Selection.Render(common.PadStyled(s, w))
		}
		out = append(out, s)
	}
	return out
}

// countOf is "1 error", "3 errors".
func countOf(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func NewHelpWidth(st *common.Styles, w int) (h help.Model) {
	h = common.NewHelp(st)
	h.Width = max(w, 0)
	return h
}
