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

func TestFunnelGolden(t *testing.T) {
	checkGoldens(t, func(c *common.Common) viewer { return panels.NewFunnel(c.View()) })
}

func TestFunnelDropText(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0.831, "83.1%"},
		{0.71, "71.0%"},
		{0.02, "2.0%"},
		{0, "0.0%"},
		{-0.125, "+12.5%"}, // more customers than the stage before: a gain, never a loss
	}
	for _, tt := range tests {
		if got := panels.DropText(tt.in); got != tt.want {
			t.Errorf("dropText(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The worst step and the stages where customers abandon are marked in
// words and glyphs on their own rows, so they read without colour.
func TestFunnelMarksWorstAndAbandons(t *testing.T) {
	for name, m := range sampleMaps(t) {
		p := panels.NewFunnel(testCommon().View())
		p.SetMap(m)
		p.SetSize(100, 30)
		view := ansi.Strip(p.View())
		steps := model.Funnel(m)
		worst := model.WorstStep(steps)
		if worst < 0 {
			t.Fatalf("%s: sample map has no worst step", name)
		}
		for i, s := range steps {
			row := funnelRow(view, m.Stages[i].Label())
			if row == "" {
				t.Errorf("%s: no row for stage %q:\n%s", name, m.Stages[i].Label(), view)
				continue
			}
			if got := strings.Contains(row, "◀ worst"); got != (i == worst) {
				t.Errorf("%s: stage %q marked worst = %v, want %v: %q", name, m.Stages[i].Label(), got, i == worst, row)
			}
			mark := fmt.Sprintf("⤓ %d", s.Abandons)
			if got := strings.Contains(row, "⤓"); got != (s.Abandons > 0) || (got && !strings.Contains(row, mark)) {
				t.Errorf("%s: stage %q abandon mark in %q, want %q", name, m.Stages[i].Label(), row, mark)
			}
			if s.HasReached && !strings.Contains(row, common.FormatCount(s.Reached)) {
				t.Errorf("%s: stage %q row lacks its count %d: %q", name, m.Stages[i].Label(), s.Reached, row)
			}
			if s.HasDropOff && !strings.Contains(row, panels.DropText(s.DropOff)) {
				t.Errorf("%s: stage %q row lacks its drop-off %s: %q", name, m.Stages[i].Label(), panels.DropText(s.DropOff), row)
			}
		}
		title := strings.Split(view, "\n")[1]
		if !strings.Contains(title, "worst step") || !strings.Contains(title, m.Stages[worst].Label()) {
			t.Errorf("%s: title does not name the worst step: %q", name, title)
		}
	}
}

func funnelRow(view, stage string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "  "+stage+" ") || strings.Contains(l, "▸ "+stage+" ") {
			return l
		}
	}
	return ""
}

// Stages without a count keep their row, with a dash instead of a bar;
// the bars are scaled to the largest count.
func TestFunnelGapsAndScale(t *testing.T) {
	n := func(v int) *int { return &v }
	m := &model.Map{Stages: []model.Stage{
		{Name: "Visit", Reached: n(1000)},
		{Name: "Browse"},
		{Name: "Buy", Reached: n(250)},
	}}
	p := panels.NewFunnel(testCommon().View())
	p.SetMap(m)
	p.SetSize(80, 12)
	view := ansi.Strip(p.View())
	visit, browse, buy := funnelRow(view, "Visit"), funnelRow(view, "Browse"), funnelRow(view, "Buy")
	if !strings.Contains(browse, "–") || strings.Contains(browse, "█") {
		t.Errorf("a stage without a count should show a dash and no bar: %q", browse)
	}
	if !strings.Contains(buy, "75.0%") || !strings.Contains(buy, "◀ worst") {
		t.Errorf("drop-off skips the gap and compares with Visit: %q", buy)
	}
	full, quarter := strings.Count(visit, "█"), strings.Count(buy, "█")
	if full == 0 || quarter*4 > full+4 || quarter*4 < full-4 {
		t.Errorf("bars not in proportion: Visit %d cells, Buy %d cells", full, quarter)
	}

	p.SetMap(&model.Map{Stages: []model.Stage{{Name: "Only"}}})
	if v := ansi.Strip(p.View()); !strings.Contains(v, "no stage has a reached count yet") {
		t.Errorf("a funnel without counts should say so:\n%s", v)
	}
}

func TestFunnelKeys(t *testing.T) {
	m := sampleMaps(t)["online-shop"]
	p := panels.NewFunnel(testCommon().View())
	p.SetMap(m)
	p.SetSize(80, 24)
	update := func(msg tea.Msg) { p, _ = p.Update(msg) }
	press(update, "down")
	if it, _ := p.Selected(); it != common.StageItem(0) {
		t.Fatalf("a blurred panel moved: %v", it)
	}
	p.Focus()
	steps := []struct {
		key  string
		want int
	}{{"down", 1}, {"j", 2}, {"4", 3}, {"G", len(m.Stages) - 1}, {"g", 0}, {"9", 0}}
	for _, s := range steps {
		press(update, s.key)
		if it, _ := p.Selected(); it != common.StageItem(s.want) {
			t.Errorf("after %q the selection is %v, want stage %d", s.key, it, s.want)
		}
	}
}

func TestFunnelEmptyAndHostile(t *testing.T) {
	for _, m := range []*model.Map{nil, {}} {
		p := panels.NewFunnel(testCommon().View())
		checkSizes(t, p, m)
		p.SetSize(80, 24)
		if v := ansi.Strip(p.View()); !strings.Contains(v, "No stages in this map.") {
			t.Errorf("empty map view:\n%s", v)
		}
		if _, ok := p.Selected(); ok {
			t.Error("an empty panel reports a selection")
		}
	}
	checkHostile(t, panels.NewFunnel(testCommon().View()))
	for name, m := range sampleMaps(t) {
		t.Run(name, func(t *testing.T) { checkSizes(t, panels.NewFunnel(testCommon().View()), m) })
	}
}
