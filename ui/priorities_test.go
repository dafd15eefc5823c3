package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
)

func TestPrioritiesGolden(t *testing.T) {
	checkGoldens(t, func(c *common.Common) viewer { return panels.NewPriorities(c.View()) })
}

// prioritiesMap has one opportunity of each kind the panel tells apart.
func prioritiesMap() *model.Map {
	return &model.Map{Stages: []model.Stage{
		{Name: "Discover",
			PainPoints: []model.PainPoint{{ID: "slow", Text: "The page is slow"}},
			Opportunities: []model.Opportunity{
				{Text: "Cache the page", Impact: "high", Effort: "low", Votes: 2, Addresses: []string{"slow"}},
			},
			Touchpoints: []model.Touchpoint{{Name: "Landing page",
				PainPoints: []model.PainPoint{{Text: "No prices shown"}},
				Opportunities: []model.Opportunity{
					{Text: "Show prices", Impact: "high", Effort: "low", Votes: 5, Status: "planned", Addresses: []string{"no-prices-shown", "gone"}},
					{Text: "Rebuild the site", Impact: "high", Effort: "high", Votes: 9},
					{Text: "Someday maybe"},
					{Text: "Old idea", Impact: "high", Effort: "low", Status: "dropped"},
				}}},
		},
	}}
}

func TestPrioritiesGridAndRows(t *testing.T) {
	p := panels.NewPriorities(testCommon().View())
	p.SetMap(prioritiesMap())
	p.SetSize(100, 40)
	p.Focus()
	view := ansi.Strip(p.View())
	lines := strings.Split(view, "\n")

	if got := p.Grid.Cells; got[0][0] != 2 || got[0][2] != 1 || p.Grid.Unrated != 1 || p.Grid.Closed != 1 {
		t.Errorf("grid = %v, unrated %d, closed %d; want 2 quick wins, 1 high/high, 1 unrated, 1 closed",
			got, p.Grid.Unrated, p.Grid.Closed)
	}
	for _, want := range []string{
		"Priorities by impact/effort  4 open · 2 quick wins",
		"score 3 = impact high 3 / effort low 1",
		"no score: no impact or effort",
		"[2]", "quick wins: high impact, low effort · 1 unrated · 1 done or dropped",
		"addresses: No prices shown; \"gone\" (unknown pain point)",
		"addresses: The page is slow",
		"Discover / Landing page · high impact · low effort · 5 votes · planned",
		"Discover (whole stage) · high impact · low effort · 2 votes",
		"unrated impact · unrated effort",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	// Rows follow the model's ranking, numbered, with quick wins and closed
	// ones tagged in words; a closed one has no rank.
	if !strings.Contains(view, "–  Old idea  dropped") {
		t.Errorf("the dropped idea is ranked:\n%s", view)
	}
	ranked := model.Priorities(prioritiesMap())
	row := 0
	for _, l := range lines {
		if row < len(ranked) && strings.Contains(l, ranked[row].Opportunity.Text) {
			o := ranked[row].Opportunity
			quick := o.Impact == "high" && o.Effort == "low" && o.Status != "dropped"
			if strings.Contains(l, "quick win") != quick {
				t.Errorf("row %q: quick win tag %v, want %v", l, !quick, quick)
			}
			if o.Status == "dropped" && !strings.HasSuffix(strings.TrimRight(l, " ┃"), "dropped") {
				t.Errorf("closed row %q does not say it is dropped", l)
			}
			row++
		}
	}
	if row != len(ranked) {
		t.Errorf("found %d of %d ranked rows in order:\n%s", row, len(ranked), view)
	}
}

// The selection points at the opportunity its row shows, so the detail
// pane and later edits act on the right one.
func TestPrioritiesSelectionResolves(t *testing.T) {
	for name, m := range sampleMaps(t) {
		p := panels.NewPriorities(testCommon().View())
		p.SetMap(m)
		p.SetSize(80, 24)
		p.Focus()
		ranked := model.Priorities(m)
		for i := range ranked {
			it, ok := p.Selected()
			r, found := common.Resolve(m, it)
			if !ok || !found || r.Opp == nil || r.Opp.Text != ranked[i].Opportunity.Text {
				t.Fatalf("%s: row %d selects %v, not %q", name, i, it, ranked[i].Opportunity.Text)
			}
			if view := ansi.Strip(p.View()); !strings.Contains(view, "▸ ") {
				t.Fatalf("%s: row %d selected but no selection mark on screen:\n%s", name, i, view)
			}
			p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
		}
	}
}

func TestPrioritiesEmptyAndHostile(t *testing.T) {
	for _, m := range []*model.Map{nil, {}, {Stages: []model.Stage{{Name: "Bare"}}}} {
		p := panels.NewPriorities(testCommon().View())
		checkSizes(t, p, m)
		p.SetSize(80, 24)
		if v := ansi.Strip(p.View()); !strings.Contains(v, "No opportunities or pain points in this map.") {
			t.Errorf("empty map view:\n%s", v)
		}
		if _, ok := p.Selected(); ok {
			t.Error("an empty panel reports a selection")
		}
	}
	checkHostile(t, panels.NewPriorities(testCommon().View()))
	for name, m := range sampleMaps(t) {
		t.Run(name, func(t *testing.T) { checkSizes(t, panels.NewPriorities(testCommon().View()), m) })
	}
	p := panels.NewPriorities(testCommon().View())
	p.SetMap(prioritiesMap())
	p.SetSize(80, 24)
	p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
	if it, _ := p.Selected(); it != common.OpportunityItem(0, 0, 0) {
		t.Errorf("a blurred panel moved to %v", it)
	}
}

// After the opportunities, the panel ranks the pain points: severity
// first, then drop-off, then votes; the selection resolves to each one,
// so v votes for it there.
func TestPrioritiesRankPainPoints(t *testing.T) {
	m := sampleMapNamed(t, "online-shop.yaml")
	p := panels.NewPriorities(testCommon().View())
	p.SetMap(m)
	p.SetSize(120, 40)
	p.Focus()
	hurts := model.PainRanking(m)
	if len(hurts) < 5 {
		t.Fatalf("only %d pain points ranked", len(hurts))
	}
	sev := map[string]int{"critical": 0, "high": 1, "medium": 2, "low": 3, "": 4}
	for i := 1; i < len(hurts); i++ {
		a, b := hurts[i-1].PainPoint, hurts[i].PainPoint
		if sev[a.Severity] > sev[b.Severity] || a.Severity == b.Severity && !a.DropOff && b.DropOff ||
			a.Severity == b.Severity && a.DropOff == b.DropOff && a.Votes < b.Votes {
			t.Fatalf("pain point %d (%s, drop %v, %d votes) ranked above %d (%s, drop %v, %d votes)",
				i, a.Severity, a.DropOff, a.Votes, i+1, b.Severity, b.DropOff, b.Votes)
		}
	}
	for range model.Priorities(m) {
		p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	it, ok := p.Selected()
	r, found := common.Resolve(m, it)
	if !ok || !found || it.Kind != common.KindPainPoint || r.Pain == nil || r.Pain.Text != hurts[0].PainPoint.Text {
		t.Fatalf("past the opportunities the selection is %+v, want the worst pain point %q", it, hurts[0].PainPoint.Text)
	}
	if v := ansi.Strip(p.View()); !strings.Contains(v, "What hurts most") || !strings.Contains(v, "pain point 1/") {
		t.Errorf("the pain point ranking is not on screen:\n%s", v)
	}
}
