package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// recordGoal asks for a new measurement of the goal selected in the goals
// panel and records it as journey record does: dated today, into the
// history in date order, current moved when it is the latest, one undo
// step. The status line says where the goal stands afterwards.
func (a *App) recordGoal() tea.Cmd {
	var it common.Item
	ok := false
	if a.onPanel && !a.zoom {
		it, ok = a.panels[a.panel].Selected()
	}
	if !ok || it.Kind != common.KindGoal || it.Index >= len(a.m.Goals) {
		a.status = "r records a measurement: select a goal in the goals panel first (tab)"
		return nil
	}
	g := a.m.Goals[it.Index]
	question := fmt.Sprintf("%s today (%s)", common.Sanitize(g.Label()), a.c.Today)
	if g.Metric != "" {
		question = fmt.Sprintf("%s: %s today (%s)", common.Sanitize(g.Label()), common.Sanitize(g.Metric), a.c.Today)
	}
	key := g.Key()
	return a.prompt(question, "", func(text string) (tea.Cmd, error) {
		act, err := model.Record(a.ed, key, text, a.c.Today)
		if err != nil {
			return nil, err
		}
		before := model.GoalProgress(g, a.c.Today).Status
		cmd, err := a.apply(act)
		if err != nil {
			return nil, err
		}
		for _, now := range a.m.Goals {
			if now.Key() == key {
				if s := model.GoalProgress(now, a.c.Today).Status; s != before {
					a.status += fmt.Sprintf(" · %s → %s", before, s)
				}
			}
		}
		return cmd, nil
	})
}
