package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
)

func date(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestGoalsElapsedText(t *testing.T) {
	today := date("2026-11-22")
	tests := []struct {
		name       string
		start, due string
		want       string
	}{
		{"in its time frame", "2026-07-01", "2027-01-01", "78% of time, 40 days left"},
		{"one day left", "2026-11-01", "2026-11-23", "95% of time, 1 day left"},
		{"due today", "2026-11-01", "2026-11-22", "due today"},
		{"ended", "2026-06-01", "2026-11-19", "ended 3 days ago"},
		{"ended yesterday", "2026-06-01", "2026-11-21", "ended 1 day ago"},
		{"not begun", "2026-12-01", "2027-06-01", "starts in 9 days"},
		{"no start", "", "2026-12-02", "10 days left"},
		{"no due date", "2026-01-01", "", "no due date"},
		{"no time frame", "", "", "no due date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := model.Goal{}
			if tt.start != "" {
				g.Start = date(tt.start)
			}
			if tt.due != "" {
				g.Due = date(tt.due)
			}
			got := common.ElapsedText(g, model.GoalProgress(g, today), today)
			if got != tt.want {
				t.Errorf("ElapsedText = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGoalsGolden(t *testing.T) {
	checkGoldens(t, func(c *common.Common) viewer { return panels.NewGoals(c.View()) })
}

// Every goal of every sample map shows its status word and percent, at the
// small size too, once the user has moved down to it.
func TestGoalsShowStatusAndPercent(t *testing.T) {
	for name, m := range sampleMaps(t) {
		for _, sz := range goldenSizes {
			p := panels.NewGoals(testCommon().View())
			p.SetMap(m)
			p.SetSize(sz[0], sz[1])
			p.Focus()
			for i, g := range m.Goals {
				f := model.GoalProgress(g, testToday)
				view := ansi.Strip(p.View())
				block := goalBlock(view, g.Label())
				if block == "" {
					t.Errorf("%s %dx%d: goal %q not on screen when selected:\n%s", name, sz[0], sz[1], g.Label(), view)
				} else {
					for _, want := range []string{f.Status.String(), fmt.Sprintf("%d%%", f.Percent())} {
						if !strings.Contains(block, want) {
							t.Errorf("%s %dx%d: goal %q lacks %q:\n%s", name, sz[0], sz[1], g.Label(), want, block)
						}
					}
				}
				if it, ok := p.Selected(); !ok || it != common.GoalItem(i) {
					t.Errorf("%s: Selected() = %v, %v; want goal %d", name, it, ok, i)
				}
				p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
			}
		}
	}
}

// goalBlock is the goal's lines on screen: the line with the start of its
// name and the two under it.
func goalBlock(view, name string) string {
	lines := strings.Split(view, "\n")
	head := name[:min(len(name), 20)]
	for i, l := range lines {
		if strings.Contains(l, head) && i+2 < len(lines) {
			return strings.Join(lines[i:i+3], "\n")
		}
	}
	return ""
}

func TestGoalsFigures(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	today := date("2026-11-22")
	tests := []struct {
		name string
		goal model.Goal
		want []string
	}{
		{"reduce goal reads right",
			model.Goal{Name: "Cut handle time", Metric: "handle time", Unit: "min", Baseline: f(12), Target: f(6), Current: f(9),
				Start: date("2026-11-01"), Due: date("2026-12-01")},
			[]string{"handle time, lower is better", "baseline 12 → now 9 → target 6 min", "50%", "at risk"}},
		{"moving away from the target",
			model.Goal{Name: "NPS", Metric: "NPS", Baseline: f(30), Target: f(40), Current: f(25),
				Start: date("2026-01-01"), Due: date("2026-12-31")},
			[]string{"0% (worse than baseline)", "at risk"}},
		{"past its target",
			model.Goal{Name: "Share", Unit: "%", Baseline: f(31), Target: f(50), Current: f(52.5)},
			[]string{"baseline 31% → now 52.5% → target 50%", "100%", "achieved", "no due date"}},
		{"no target",
			model.Goal{Name: "Loose goal", Metric: "CSAT", Baseline: f(3.6)},
			[]string{"no target set", "not started"}},
		{"no current value",
			model.Goal{Name: "Fresh goal", Baseline: f(3.6), Target: f(4.1), Due: date("2027-01-01")},
			[]string{"no current value yet", "not started", "40 days left"}},
		{"only a name",
			model.Goal{Name: "Bare"},
			[]string{"Bare", "no target set", "no due date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCommon()
			c.Today = today
			p := panels.NewGoals(c.View())
			p.SetMap(&model.Map{Goals: []model.Goal{tt.goal}})
			p.SetSize(100, 10)
			view := ansi.Strip(p.View())
			for _, w := range tt.want {
				if !strings.Contains(view, w) {
					t.Errorf("view lacks %q:\n%s", w, view)
				}
			}
		})
	}
}

func TestGoalsEmptyAndHostile(t *testing.T) {
	for _, m := range []*model.Map{nil, {}} {
		p := panels.NewGoals(testCommon().View())
		checkSizes(t, p, m)
		p.SetSize(80, 24)
		if v := ansi.Strip(p.View()); !strings.Contains(v, "No goals in this map.") {
			t.Errorf("empty map view:\n%s", v)
		}
		if _, ok := p.Selected(); ok {
			t.Error("an empty panel reports a selection")
		}
		p.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	checkHostile(t, panels.NewGoals(testCommon().View()))
	for name, m := range sampleMaps(t) {
		t.Run(name, func(t *testing.T) { checkSizes(t, panels.NewGoals(testCommon().View()), m) })
	}
}

func TestGoalsBlurredIgnoresKeys(t *testing.T) {
	m := sampleMaps(t)["online-shop"]
	p := panels.NewGoals(testCommon().View())
	p.SetMap(m)
	p.SetSize(80, 24)
	update := func(msg tea.Msg) { p, _ = p.Update(msg) }
	press(update, "down")
	if it, _ := p.Selected(); it.Index != 0 {
		t.Fatalf("a blurred panel moved to goal %d", it.Index)
	}
	p.Focus()
	press(update, "down")
	if it, _ := p.Selected(); it.Index != 1 {
		t.Fatalf("a focused panel is at goal %d after down, want 1", it.Index)
	}
	p.Blur()
	press(update, "G")
	if it, _ := p.Selected(); it.Index != 1 {
		t.Fatalf("blurred again, G moved to goal %d", it.Index)
	}
}
