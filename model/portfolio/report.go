package portfolio

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/model/textsafe"
)

// TopPains is how many pain points the text, Markdown and HTML reports
// list; JSON lists them all.
const TopPains = 10

// Report is a portfolio as `journey report` prints it, in the JSON shape
// a CI job reads.
type Report struct {
	Maps          []ReportMap    `json:"maps"`
	Goals         []ReportGoal   `json:"goals"`
	PainPoints    []ReportPain   `json:"pain_points"`
	Opportunities map[string]int `json:"opportunities"`

	root, today string
	titles      map[string]string
}

// ReportMap is one map's line in a report.
type ReportMap struct {
	Path       string     `json:"path"`
	Title      string     `json:"title"`
	Owner      string     `json:"owner"`
	State      string     `json:"state"`
	Updated    string     `json:"updated"`
	Stale      bool       `json:"stale"`
	Goals      GoalCounts `json:"goals"`
	PainPoints PainCounts `json:"pain_points"`
	Problems   int        `json:"problems"`
	Problem    string     `json:"problem,omitempty"`
}

// ReportGoal is a goal in a report.
type ReportGoal struct {
	Map      string `json:"map"`
	Goal     string `json:"goal"`
	Status   string `json:"status"`
	Progress int    `json:"progress"`
	Due      string `json:"due"`
}

// ReportPain is a pain point in a report.
type ReportPain struct {
	Map      string `json:"map"`
	Text     string `json:"text"`
	Severity string `json:"severity"`
	DropOff  bool   `json:"drop_off"`
	Votes    int    `json:"votes"`
	Where    string `json:"where"`
}

// NewReport builds the report of p on the day today.
func NewReport(p Portfolio, today model.Date) Report {
	r := Report{Maps: []ReportMap{}, Goals: []ReportGoal{}, PainPoints: []ReportPain{},
		Opportunities: OppCounts(p.Maps), root: p.Root, today: today.String(), titles: map[string]string{}}
	for _, m := range p.Maps {
		r.titles[m.Path] = m.Title
		r.Maps = append(r.Maps, ReportMap{Path: m.Path, Title: m.Title, Owner: m.Owner, State: m.State, Updated: m.Updated,
			Stale: m.Stale, Goals: m.Goals, PainPoints: m.PainPoints, Problems: m.Problems(), Problem: m.Problem})
	}
	for _, g := range Goals(p.Maps) {
		r.Goals = append(r.Goals, ReportGoal{Map: g.Map, Goal: g.Name, Status: g.Status, Progress: g.Percent, Due: g.Due})
	}
	for _, pp := range Pains(p.Maps) {
		r.PainPoints = append(r.PainPoints, ReportPain{Map: pp.Map, Text: pp.Text, Severity: pp.Severity,
			DropOff: pp.DropOff, Votes: pp.Votes, Where: pp.Where})
	}
	return r
}

// JSON is the report as indented JSON, with characters that could fool a
// terminal escaped.
func (r Report) JSON() ([]byte, error) {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(textsafe.JSON(data), '\n'), nil
}

// sections are the report's parts, in every format: a heading and rows
// of cells (plain text, escaped by each format).
type section struct {
	title string
	none  string
	head  []string
	rows  [][]string
}

func (r Report) sections() []section {
	maps := section{title: "Maps", none: "No journey maps here.",
		head: []string{"Map", "Path", "Owner", "State", "Updated", "Goals", "Pain points", "Problems"}}
	stale := section{title: "Stale maps (review overdue)", none: "None.", head: []string{"Map", "Owner", "Last review"}}
	for _, m := range r.Maps {
		upd := m.Updated
		if m.Stale {
			upd += " (stale)"
			stale.rows = append(stale.rows, []string{m.Title, orDash(m.Owner), m.Updated})
		}
		problems := fmt.Sprint(m.Problems)
		if m.Problem != "" {
			problems = m.Problem
		}
		maps.rows = append(maps.rows, []string{m.Title, m.Path, orDash(m.Owner), orDash(m.State), orDash(upd),
			fmt.Sprintf("%d at risk, %d overdue", m.Goals.AtRisk, m.Goals.Overdue),
			fmt.Sprintf("%d high, %d critical", m.PainPoints.High, m.PainPoints.Critical), problems})
	}
	goals := section{title: "Goals at risk or overdue", none: "None.", head: []string{"Goal", "Map", "Status", "Progress", "Due"}}
	for _, g := range r.Goals {
		if g.Status == "at risk" || g.Status == "overdue" {
			goals.rows = append(goals.rows, []string{g.Goal, r.titles[g.Map], g.Status, fmt.Sprintf("%d%%", g.Progress), orDash(g.Due)})
		}
	}
	pains := section{title: fmt.Sprintf("Top pain points (of %d)", len(r.PainPoints)), none: "None.",
		head: []string{"Pain point", "Map", "Where", "Severity", "Drop-off", "Votes"}}
	for _, p := range r.PainPoints[:min(TopPains, len(r.PainPoints))] {
		drop := ""
		if p.DropOff {
			drop = "yes"
		}
		pains.rows = append(pains.rows, []string{p.Text, r.titles[p.Map], p.Where, orDash(p.Severity), drop, fmt.Sprint(p.Votes)})
	}
	opps := section{title: "Opportunities by status", none: "None.", head: []string{"Status", "Count"}}
	var statuses []string
	for s := range r.Opportunities {
		statuses = append(statuses, s)
	}
	sort.Slice(statuses, func(i, j int) bool { return oppOrder[statuses[i]] < oppOrder[statuses[j]] })
	for _, s := range statuses {
		opps.rows = append(opps.rows, []string{s, fmt.Sprint(r.Opportunities[s])})
	}
	return []section{maps, stale, goals, pains, opps}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (r Report) heading() string {
	return fmt.Sprintf("Journey portfolio of %s: %d maps, as of %s", r.root, len(r.Maps), r.today)
}

// Text is the report as plain text for a terminal or a log.
func (r Report) Text() string {
	var b strings.Builder
	b.WriteString(textsafe.Show(r.heading()) + "\n")
	for _, s := range r.sections() {
		fmt.Fprintf(&b, "\n%s\n", s.title)
		if len(s.rows) == 0 {
			fmt.Fprintf(&b, "  %s\n", s.none)
			continue
		}
		for _, row := range s.rows {
			cells := make([]string, 0, len(row))
			for i, c := range row {
				if c == "" {
					continue
				}
				if i > 0 {
					c = strings.ToLower(s.head[i]) + ": " + c
				}
				cells = append(cells, textsafe.Show(c))
			}
			fmt.Fprintf(&b, "  - %s\n", strings.Join(cells, "; "))
		}
	}
	return b.String()
}

// Markdown is the report as GitHub-flavoured Markdown, for a pull request
// or a job summary ($GITHUB_STEP_SUMMARY): every text escaped, so a
// map's title cannot add links, mentions or markup.
func (r Report) Markdown() string {
	md := func(s string) string { return textsafe.NoMentions(textsafe.Markdown(s)) }
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", md(r.heading()))
	for _, s := range r.sections() {
		fmt.Fprintf(&b, "\n## %s\n\n", s.title)
		if len(s.rows) == 0 {
			fmt.Fprintf(&b, "%s\n", s.none)
			continue
		}
		b.WriteString("| " + strings.Join(s.head, " | ") + " |\n")
		b.WriteString("|" + strings.Repeat(" --- |", len(s.head)) + "\n")
		for _, row := range s.rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = md(c)
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	return b.String()
}

// HTML is the report as one self-contained page in the style of the HTML
// export.
func (r Report) HTML(th export.Theme) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p class=\"m\">%d maps in %s, figures as of %s</p>\n", len(r.Maps), export.Esc(r.root), r.today)
	for _, s := range r.sections() {
		fmt.Fprintf(&b, "<h2>%s</h2>\n", export.Esc(s.title))
		if len(s.rows) == 0 {
			fmt.Fprintf(&b, "<p class=\"m\">%s</p>\n", export.Esc(s.none))
			continue
		}
		b.WriteString("<table>\n<tr>")
		for _, h := range s.head {
			fmt.Fprintf(&b, "<th>%s</th>", export.Esc(h))
		}
		b.WriteString("</tr>\n")
		for _, row := range s.rows {
			b.WriteString("<tr>")
			for _, c := range row {
				fmt.Fprintf(&b, "<td>%s</td>", export.Esc(c))
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("</table>\n")
	}
	return export.Page("Journey portfolio", th, b.String())
}
