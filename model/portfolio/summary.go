// Package portfolio sums up every map under a folder: what needs
// attention in each (stale reviews, goals at risk, severe pain points,
// lint problems) and the goals, pain points and opportunities across them
// all. The terminal portfolio and `journey report` both read it.
package portfolio

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/journey-maps/journey/model"
)

// Map is one map of a portfolio, summed up. It is plain data (it goes into
// the cache as JSON); its texts come from the file and are untrusted.
type Map struct {
	Path        string     `json:"path"`
	Title       string     `json:"title"`
	Owner       string     `json:"owner"`
	State       string     `json:"state"`
	Tags        []string   `json:"tags,omitempty"`
	Updated     string     `json:"updated,omitempty"`    // YYYY-MM-DD, "" when not given
	ReviewDue   string     `json:"review_due,omitempty"` // updated + review_every
	Stale       bool       `json:"stale"`                // the review is overdue
	Ideal       string     `json:"ideal,omitempty"`      // its ideal counterpart's path, resolved
	Current     string     `json:"current,omitempty"`    // its current counterpart's path, resolved
	Stages      int        `json:"stages"`
	Touchpoints int        `json:"touchpoints"`
	Goals       GoalCounts `json:"goals"`
	PainPoints  PainCounts `json:"pain_points"`
	Errors      int        `json:"errors"`
	Warnings    int        `json:"warnings"`
	Problem     string     `json:"problem,omitempty"` // why the file could not be read at all
	GoalList    []Goal     `json:"goal_list,omitempty"`
	PainList    []Pain     `json:"pain_list,omitempty"`
	OppList     []Opp      `json:"opp_list,omitempty"`
	Texts       []Text     `json:"texts,omitempty"` // what a search looks through
}

// GoalCounts counts a map's goals by status.
type GoalCounts struct {
	Achieved   int `json:"achieved"`
	OnTrack    int `json:"on_track"`
	AtRisk     int `json:"at_risk"`
	Overdue    int `json:"overdue"`
	NotStarted int `json:"not_started"`
}

// PainCounts counts a map's severe pain points.
type PainCounts struct {
	High     int `json:"high"`
	Critical int `json:"critical"`
}

// Goal is one goal of one map.
type Goal struct {
	Map      string     `json:"map"`
	Name     string     `json:"name"`
	Metric   string     `json:"metric,omitempty"`
	Percent  int        `json:"progress"` // 0..100
	Status   string     `json:"status"`
	Due      string     `json:"due,omitempty"`
	DaysLeft int        `json:"days_left"`
	Place    model.Path `json:"place"`
}

// Pain is one pain point of one map.
type Pain struct {
	Map      string     `json:"map"`
	Text     string     `json:"text"`
	Severity string     `json:"severity,omitempty"`
	DropOff  bool       `json:"drop_off"`
	Votes    int        `json:"votes"`
	Where    string     `json:"where"` // stage, or stage › touchpoint
	Place    model.Path `json:"place"`
}

// Opp is one opportunity of one map.
type Opp struct {
	Map    string     `json:"map"`
	Text   string     `json:"text"`
	Status string     `json:"status,omitempty"`
	Rank   int        `json:"rank"` // in its map's priorities; 0 for done and dropped
	Score  float64    `json:"score"`
	Where  string     `json:"where"`
	Place  model.Path `json:"place"`
}

// Text is one searchable text of a map and where it lives.
type Text struct {
	Kind  string     `json:"kind"` // stage, touchpoint, pain point, opportunity, goal, persona
	Text  string     `json:"text"`
	Place model.Path `json:"place"`
}

// Problems is the number of lint errors and warnings, one for a file that
// could not be read.
func (m *Map) Problems() int {
	if m.Problem != "" {
		return max(1, m.Errors+m.Warnings)
	}
	return m.Errors + m.Warnings
}

// Attention is how much a map needs someone to look at it: a map that
// cannot be read or has errors first, then goals overdue or at risk,
// critical and high pain points, an overdue review and warnings. Higher
// means sooner.
func (m *Map) Attention() int {
	a := 30*m.Goals.Overdue + 20*m.Goals.AtRisk + 15*m.PainPoints.Critical + 5*m.PainPoints.High + m.Warnings
	if m.Stale {
		a += 10
	}
	if m.Problem != "" || m.Errors > 0 {
		a += 1000
	}
	return a
}

// Summarize loads the map at path and sums it up on the day today. A map
// that fails to load still gives a Map, with its problem in it.
func Summarize(path string, today model.Date) Map {
	s := Map{Path: path, Title: filepath.Base(path)}
	doc, err := model.Load(path, today)
	var diags model.Diagnostics
	switch {
	case errors.As(err, &diags):
		s.count(diags)
		if doc == nil && len(diags) > 0 {
			s.Problem = diags[0].Message
			if d := diags[0]; d.Line > 1 || d.Col > 1 { // 1:1 is the whole file (too big, empty)
				s.Problem = fmt.Sprintf("line %d: %s", d.Line, d.Message)
			}
		}
	case err != nil:
		s.Problem = ErrorText(err)
	case doc != nil:
		s.count(doc.Diagnostics())
	}
	if doc != nil && doc.Map() != nil {
		s.fill(doc.Map(), today)
	}
	return s
}

func (s *Map) count(ds model.Diagnostics) {
	for _, d := range ds {
		if d.Severity == model.Error {
			s.Errors++
		} else {
			s.Warnings++
		}
	}
}

func (s *Map) fill(m *model.Map, today model.Date) {
	if m.Title != "" {
		s.Title = m.Title
	}
	s.Owner, s.State, s.Tags = m.Owner, m.State, m.Tags
	if !m.Updated.IsZero() {
		every := m.ReviewEvery
		if every <= 0 {
			every = model.DefaultReviewEvery
		}
		s.Updated = m.Updated.String()
		due := m.Updated.AddDays(every)
		s.ReviewDue = due.String()
		s.Stale = !today.IsZero() && due.Before(today)
	}
	dir := filepath.Dir(s.Path)
	if m.Ideal != "" {
		s.Ideal = filepath.Join(dir, m.Ideal)
	}
	if m.Current != "" {
		s.Current = filepath.Join(dir, m.Current)
	}
	s.Stages = len(m.Stages)
	s.goals(m, today)
	s.stages(m)
	for _, r := range model.Priorities(m) {
		loc := model.Loc{Stage: r.Stage, Touchpoint: r.Touchpoint, Kind: "opportunities", Item: r.Index}
		s.OppList = append(s.OppList, Opp{Map: s.Path, Text: r.Opportunity.Text, Status: r.Opportunity.Status,
			Rank: r.Rank, Score: r.Score, Where: where(m, r.Stage, r.Touchpoint), Place: loc.Path()})
		s.Texts = append(s.Texts, Text{"opportunity", r.Opportunity.Text, loc.Path()})
	}
	for i, p := range m.Personas {
		s.Texts = append(s.Texts, Text{"persona", p.Label(), model.Path{"personas", itoa(i)}})
	}
}

func (s *Map) goals(m *model.Map, today model.Date) {
	for i, g := range m.Goals {
		f := model.GoalProgress(g, today)
		switch f.Status {
		case model.Achieved:
			s.Goals.Achieved++
		case model.OnTrack:
			s.Goals.OnTrack++
		case model.AtRisk:
			s.Goals.AtRisk++
		case model.Overdue:
			s.Goals.Overdue++
		default:
			s.Goals.NotStarted++
		}
		row := Goal{Map: s.Path, Name: g.Label(), Metric: g.Metric, Percent: f.Percent(), Status: f.Status.String(),
			DaysLeft: f.DaysLeft, Place: model.Path{"goals", itoa(i)}}
		if !g.Due.IsZero() {
			row.Due = g.Due.String()
		}
		s.GoalList = append(s.GoalList, row)
		s.Texts = append(s.Texts, Text{"goal", g.Label(), row.Place})
	}
}

func (s *Map) stages(m *model.Map) {
	pains := func(ps []model.PainPoint, si, ti int) {
		for i, p := range ps {
			loc := model.Loc{Stage: si, Touchpoint: ti, Kind: "pain_points", Item: i}
			switch p.Severity {
			case "high":
				s.PainPoints.High++
			case "critical":
				s.PainPoints.Critical++
			}
			s.PainList = append(s.PainList, Pain{Map: s.Path, Text: p.Text, Severity: p.Severity, DropOff: p.DropOff,
				Votes: p.Votes, Where: where(m, si, ti), Place: loc.Path()})
			s.Texts = append(s.Texts, Text{"pain point", p.Text, loc.Path()})
		}
	}
	for si, st := range m.Stages {
		at := model.StageLoc(si).Path()
		s.Texts = append(s.Texts, Text{"stage", st.Label(), at})
		if st.Description != "" {
			s.Texts = append(s.Texts, Text{"stage", st.Description, at})
		}
		pains(st.PainPoints, si, -1)
		for ti, t := range st.Touchpoints {
			s.Touchpoints++
			at := model.TouchpointLoc(si, ti).Path()
			s.Texts = append(s.Texts, Text{"touchpoint", t.Label(), at})
			for _, x := range append(append(append([]string{}, t.Actions...), t.Thoughts...), t.Notes) {
				if x != "" {
					s.Texts = append(s.Texts, Text{"touchpoint", x, at})
				}
			}
			pains(t.PainPoints, si, ti)
		}
	}
}

// where names a stage, or a stage and one of its touchpoints.
func where(m *model.Map, si, ti int) string {
	if si < 0 || si >= len(m.Stages) {
		return ""
	}
	st := m.Stages[si]
	if ti < 0 || ti >= len(st.Touchpoints) {
		return st.Label()
	}
	return st.Label() + " › " + st.Touchpoints[ti].Label()
}

func itoa(i int) string { return strconv.Itoa(i) }
