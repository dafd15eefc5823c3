package ui

import (
	"fmt"

	"github.com/journey-maps/journey/model"
)

// genMap builds a map of the given number of touchpoints spread over eight
// stages, with everything the screen draws: reach counts, emotions (some
// per persona), pain points (some drop-off), opportunities and goals. It
// is deterministic, so benchmarks compare like with like.
func genMap(touchpoints int) *model.Map {
	const stages = 8
	f := func(v float64) *float64 { return &v }
	m := &model.Map{
		Journey: 1, Title: fmt.Sprintf("Generated journey, %d touchpoints", touchpoints), State: "current",
		Personas: []model.Persona{{ID: "ana", Name: "Ana"}, {ID: "ben", Name: "Ben"}, {ID: "cy", Name: "Cy"}},
		Goals: []model.Goal{
			{ID: "csat", Name: "Raise CSAT", Metric: "CSAT", Unit: "/5", Baseline: f(3.5), Target: f(4.2), Current: f(3.9),
				Start: model.Date{Year: 2026, Month: 6, Day: 1}, Due: model.Date{Year: 2026, Month: 12, Day: 1},
				History: []model.Measurement{{Value: 3.5}, {Value: 3.7}, {Value: 3.9}}},
			{ID: "conv", Name: "Lift conversion", Metric: "conversion", Unit: "%", Baseline: f(2), Target: f(3), Current: f(2.1),
				Start: model.Date{Year: 2026, Month: 1, Day: 1}, Due: model.Date{Year: 2026, Month: 12, Day: 31}},
			{ID: "aht", Name: "Cut handle time", Metric: "AHT", Unit: "min", Baseline: f(12), Target: f(8), Current: f(7.5)},
		},
	}
	reached := 100000
	left := touchpoints
	for si := range stages {
		n := left / (stages - si)
		left -= n
		r := reached
		s := model.Stage{ID: fmt.Sprintf("stage-%d", si), Name: fmt.Sprintf("Stage %d", si+1), Reached: &r,
			Description: "A generated stage.", CustomerGoal: "Get on with it."}
		reached = reached * 7 / 10
		for ti := range n {
			e := (si+ti)%5 - 2
			t := model.Touchpoint{
				ID: fmt.Sprintf("tp-%d-%d", si, ti), Name: fmt.Sprintf("Touchpoint %d.%d", si+1, ti+1),
				Channel: []string{"web", "email", "mobile-app", "store", "phone"}[ti%5], Emotion: &e,
				Actions: []string{"Looks around", "Clicks"}, Feeling: "curious", Notes: "Generated.",
			}
			if ti%5 == 0 {
				t.Emotions = []model.PersonaEmotion{{Persona: "ana", Value: -e}}
			}
			if ti%3 == 0 {
				t.PainPoints = []model.PainPoint{{Text: "It is slow", Severity: "high", DropOff: ti%6 == 0, Votes: ti % 4}}
			}
			if ti%4 == 0 {
				t.Opportunities = []model.Opportunity{{Text: "Make it faster", Impact: "high", Effort: "low", Votes: ti % 3}}
			}
			s.Touchpoints = append(s.Touchpoints, t)
		}
		s.PainPoints = []model.PainPoint{{Text: "Stage-wide friction", Severity: "medium"}}
		s.Opportunities = []model.Opportunity{{Text: "Stage-wide idea", Impact: "medium", Effort: "medium"}}
		m.Stages = append(m.Stages, s)
	}
	return m
}
