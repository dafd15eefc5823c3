package model

import "testing"

func TestPriorities(t *testing.T) {
	m := &Map{Title: "Checkout", Stages: []Stage{
		{Name: "Discover",
			Opportunities: []Opportunity{{Text: "A", Impact: "high", Effort: "high"}},
			Touchpoints: []Touchpoint{{Name: "Ad", Opportunities: []Opportunity{
				{Text: "B", Impact: "high", Effort: "low"},
				{Text: "C", Impact: "medium", Effort: "medium", Votes: 2},
			}}},
		},
		{Name: "Buy",
			Opportunities: []Opportunity{{Text: "D", Votes: 2}}, // unrated: medium over medium
			Touchpoints: []Touchpoint{
				{Name: "Cart", Opportunities: []Opportunity{
					{Text: "M", Votes: 2, Status: "idea"},
					{Text: "E", Impact: "low", Effort: "high"},
					{Text: "F", Impact: "high", Effort: "low", Status: "done"},
					{Text: "G", Impact: "high", Effort: "low", Votes: 5, Status: "dropped"},
				}},
				{Name: "Pay", Opportunities: []Opportunity{
					{Text: "H", Impact: "huge", Effort: "low"}, // unknown impact counts as medium
					{Text: "I", Impact: "high", Effort: "medium", Status: "testing"},
					{Text: "J", Impact: "high", Effort: "low", Votes: 1, Status: "planned"},
					{Text: "K", Impact: "low", Effort: "low", Status: "done"},
				}},
			},
		},
	}}
	want := []struct {
		text      string
		stage, tp int
		score     float64
	}{
		{"J", 1, 1, 3},   // high/low, one vote beats B's none
		{"B", 0, 0, 3},   // high/low
		{"H", 1, 1, 2},   // medium/low
		{"I", 1, 1, 1.5}, // high/medium
		{"C", 0, 0, 1},   // 1 with 2 votes, earliest in the journey
		{"D", 1, -1, 1},  // 1 with 2 votes, the stage before its touchpoints
		{"M", 1, 0, 1},   // 1 with 2 votes
		{"A", 0, -1, 1},  // 1 without votes
		{"E", 1, 0, 1.0 / 3},
		{"G", 1, 0, 3}, // closed ones last, still ranked: dropped with votes
		{"F", 1, 0, 3},
		{"K", 1, 1, 1},
	}
	got := Priorities(m)
	if len(got) != len(want) {
		t.Fatalf("Priorities gave %d, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Opportunity.Text != w.text || g.Stage != w.stage || g.Touchpoint != w.tp || !closeTo(g.Score, w.score) {
			t.Errorf("rank %d = %s (stage %d, touchpoint %d, score %v), want %s (stage %d, touchpoint %d, score %v)",
				i, g.Opportunity.Text, g.Stage, g.Touchpoint, g.Score, w.text, w.stage, w.tp, w.score)
		}
	}
}

func TestPrioritiesEdges(t *testing.T) {
	tests := []struct {
		name string
		m    *Map
		want []string
	}{
		{"nil map", nil, nil},
		{"no opportunities", &Map{Stages: []Stage{{Name: "Only"}}}, nil},
		{"all closed, still ranked", &Map{Stages: []Stage{{Opportunities: []Opportunity{
			{Text: "low/high", Impact: "low", Effort: "high", Status: "done"},
			{Text: "high/low", Impact: "high", Effort: "low", Status: "dropped"},
		}}}}, []string{"high/low", "low/high"}},
		{"equal in everything keeps the author's order", &Map{Stages: []Stage{{Opportunities: []Opportunity{
			{Text: "first"}, {Text: "second"}, {Text: "third"},
		}}}}, []string{"first", "second", "third"}},
		{"votes break a tie in score", &Map{Stages: []Stage{{Opportunities: []Opportunity{
			{Text: "few", Impact: "high", Effort: "high", Votes: 1},
			{Text: "many", Impact: "low", Effort: "low", Votes: 4},
		}}}}, []string{"many", "few"}},
	}
	for _, tt := range tests {
		got := Priorities(tt.m)
		var texts []string
		for _, r := range got {
			texts = append(texts, r.Opportunity.Text)
		}
		if len(texts) != len(tt.want) {
			t.Errorf("%s: Priorities = %q, want %q", tt.name, texts, tt.want)
			continue
		}
		for i := range texts {
			if texts[i] != tt.want[i] {
				t.Errorf("%s: Priorities = %q, want %q", tt.name, texts, tt.want)
				break
			}
		}
	}
}
