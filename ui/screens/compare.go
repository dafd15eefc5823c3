package screens

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// Compare is journey compare on a terminal: a read-only screen with
// the current and ideal curves over the stage columns, each stage's means
// and gap, and what the ideal adds, drops and closes. Every figure comes
// from model.Compare; the curves are the board's renderer.
type Compare struct {
	c          common.View
	cur, ideal *model.Map
	names      [2]string
	cmp        model.Comparison
	curves     [2]board.CurveCache
	w, h       int
	offset     int // first line of the body shown
	showHelp   bool
}

// NewCompare shows cmp, the comparison of cur with ideal; names are
// how the screen calls the two files.
func NewCompare(c common.View, cur, ideal *model.Map, names [2]string, cmp model.Comparison) *Compare {
	return &Compare{c: c, cur: cur, ideal: ideal, names: names, cmp: cmp}
}

// Init starts nothing: the screen is drawn from figures already made.
func (s *Compare) Init() tea.Cmd { return nil }

// Update scrolls, opens the help, and quits.
func (s *Compare) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.w, s.h = msg.Width, msg.Height
	case tea.KeyMsg:
		page, lines := max(1, s.h-2), len(s.body())
		switch msg.String() {
		case "q", "ctrl+c":
			return s, tea.Quit
		case "esc":
			if !s.showHelp {
				return s, tea.Quit
			}
			s.showHelp = false
		case "?":
			s.showHelp = !s.showHelp
		case "down", "j":
			s.offset++
		case "up", "k":
			s.offset--
		case "pgdown", " ":
			s.offset += page
		case "pgup":
			s.offset -= page
		case "g", "home":
			s.offset = 0
		case "G", "end":
			s.offset = lines
		}
		s.offset = max(0, min(s.offset, lines-(s.h-2)))
	}
	return s, nil
}

// compareHelp is what ? lists.
var compareHelp = []string{
	"↑/k ↓/j   scroll a line",
	"pgup pgdn scroll a page",
	"g G       top, bottom",
	"?         this help",
	"q / esc   quit",
	"",
	"● is the current map's curve, ○ the ideal's; under each stage, the",
	"mean emotion of each and Δ the gap, ideal − current (positive: the",
	"ideal is better). The screen is read-only: nothing is written.",
}

// View is the title, the body from the scroll offset, and the footer.
func (s *Compare) View() string {
	if s.w <= 0 || s.h <= 0 {
		return ""
	}
	st := s.c.Styles()
	title := common.Spread(st.Title, " Current vs ideal · "+common.Sanitize(s.names[0])+" → "+common.Sanitize(s.names[1]), "read-only ", s.w)
	body := s.body()
	if s.showHelp {
		body = append([]string{st.Title.Render("Keys")}, compareHelp...)
	}
	rows := max(0, s.h-2)
	off := s.offset
	if s.showHelp {
		off = 0
	}
	shown := body[min(off, len(body)):]
	shown = shown[:min(rows, len(shown))]
	where := ""
	if len(body) > rows {
		where = fmt.Sprintf("lines %d–%d of %d ", off+1, off+len(shown), len(body))
	}
	footer := common.Spread(st.Muted, " ↑↓ scroll · ? help · q quit", where, s.w)
	lines := append([]string{title}, shown...)
	for len(lines) < s.h-1 {
		lines = append(lines, "")
	}
	return common.Fill(append(lines, footer), s.w, s.h)
}

// body is every line below the title: the curves with their stage names,
// the table of means and gaps, then the lists.
func (s *Compare) body() []string {
	st := s.c.Styles()
	f, names := s.figure()
	out := []string{board.CurveCaptionLine("current vs ideal", f.Series, "", s.w, st)}
	out = append(out, board.RenderCurve(f, s.w, st)...)
	out = append(out, names, "")

	width := len("stage")
	for _, g := range s.cmp.Stages {
		width = max(width, len([]rune(common.Sanitize(g.Name))))
	}
	row := func(a, b, c, d string) string { return fmt.Sprintf(" %-*s  %8s  %8s  %8s", width, a, b, c, d) }
	out = append(out, st.Title.Render(row("stage", "current", "ideal", "gap")))
	for _, g := range s.cmp.Stages {
		out = append(out, row(common.Sanitize(g.Name), board.FormatMean(g.Current), board.FormatMean(g.Ideal), board.FormatMean(g.Gap)))
	}
	out = append(out, st.Muted.Render(" Mean emotion of the touchpoints, -2 to +2; the gap is ideal − current (positive: the ideal is better)."))
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		out = append(out, "", st.Title.Render(" "+title))
		for _, it := range items {
			for _, l := range common.Wrap(common.Sanitize(it), max(1, s.w-4)) {
				out = append(out, "   "+l)
			}
		}
	}
	var only []string
	for _, t := range s.cmp.OnlyCurrent {
		only = append(only, t.Stage+" › "+t.Name)
	}
	section("Only in the current map", only)
	only = nil
	for _, t := range s.cmp.OnlyIdeal {
		only = append(only, t.Stage+" › "+t.Name)
	}
	section("Only in the ideal map", only)
	var pains []string
	for _, p := range s.cmp.Closed {
		pains = append(pains, "✗ "+p.Place()+": "+p.Text)
	}
	section("Pain points the ideal no longer has", pains)
	var opps []string
	for _, o := range s.cmp.Closing {
		opps = append(opps, "✦ "+o.Place()+": "+o.Text+" (closes "+strings.Join(o.Addresses, ", ")+"; in the "+o.Map+" map)")
	}
	section("Opportunities that close them", opps)
	return out
}

// figure is the two curves over one column per stage of the comparison,
// with the means model.Compare worked out, and the row of stage names.
func (s *Compare) figure() (board.CurveFigure, string) {
	n := max(1, len(s.cmp.Stages))
	colW := max(10, s.w/n)
	cw := max(1, colW-board.ColGap)
	f := board.CurveFigure{Gap: true, Series: []board.CurveSeries{
		{Name: "current (" + s.names[0] + ")", Glyph: '●'},
		{Name: "ideal (" + s.names[1] + ")", Glyph: board.IdealGlyph, Dash: true},
	}}
	maps := [2]*model.Map{s.cur, s.ideal}
	var names strings.Builder
	for k, g := range s.cmp.Stages {
		x0 := k * colW
		if x0 >= s.w {
			break
		}
		f.Cols = append(f.Cols, board.CurveColumn{X0: x0, Width: cw, Means: []*float64{g.Current, g.Ideal}})
		names.WriteString(s.c.Styles().Title.Render(common.PadRight(common.Sanitize(g.Name), min(colW, s.w-x0))))
		for i, m := range maps {
			si := g.In[i]
			if si < 0 {
				continue
			}
			s.curves[i].Reset(m, "", "", max(1, cw/2))
			f.Series[i].Pts = append(f.Series[i].Pts, board.StagePoints(s.curves[i].Buckets(si), x0, cw, len(m.Stages[si].Touchpoints), -1, i)...)
		}
	}
	return f, names.String()
}
