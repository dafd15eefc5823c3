package model

import (
	"strings"
	"testing"
)

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
			Opportunities: []Opportunity{{Text: "D", Votes: 2}}, // unrated: no score
			Touchpoints: []Touchpoint{
				{Name: "Cart", Opportunities: []Opportunity{
					{Text: "M", Votes: 2, Status: "idea", Effort: "low"}, // no impact: no score
					{Text: "E", Impact: "low", Effort: "high"},
					{Text: "F", Impact: "high", Effort: "low", Status: "done"},
					{Text: "G", Impact: "high", Effort: "low", Votes: 5, Status: "dropped"},
				}},
				{Name: "Pay", Opportunities: []Opportunity{
					{Text: "H", Impact: "huge", Effort: "low"}, // an unknown impact is no impact
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
		rank      int
	}{
		{"J", 1, 1, 3, 1},   // high/low, one vote beats B's none
		{"B", 0, 0, 3, 2},   // high/low
		{"I", 1, 1, 1.5, 3}, // high/medium
		{"C", 0, 0, 1, 4},   // 1 with 2 votes
		{"A", 0, -1, 1, 5},  // 1 without votes
		{"E", 1, 0, 1.0 / 3, 6},
		{"D", 1, -1, 0, 7}, // unscored, in journey order: the stage before its touchpoints
		{"M", 1, 0, 0, 8},  // unscored: votes do not lift it above a score
		{"H", 1, 1, 0, 9},
		{"G", 1, 0, 3, 0}, // closed ones last, unranked, in the same order: dropped with votes
		{"F", 1, 0, 3, 0},
		{"K", 1, 1, 1, 0},
	}
	got := Priorities(m)
	if len(got) != len(want) {
		t.Fatalf("Priorities gave %d, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Opportunity.Text != w.text || g.Stage != w.stage || g.Touchpoint != w.tp || !closeTo(g.Score, w.score) || g.Rank != w.rank {
			t.Errorf("place %d = %s (stage %d, touchpoint %d, score %v, rank %d), want %s (stage %d, touchpoint %d, score %v, rank %d)",
				i, g.Opportunity.Text, g.Stage, g.Touchpoint, g.Score, g.Rank, w.text, w.stage, w.tp, w.score, w.rank)
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
			{Text: "first", Impact: "low", Effort: "low"}, {Text: "second", Impact: "high", Effort: "high"}, {Text: "third"},
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

func f(x float64) *float64 { return &x }

// Each method ranks the same ideas its own way; what it cannot score sinks.
func TestPriorityMethods(t *testing.T) {
	ops := []Opportunity{
		{Text: "Free shipping threshold", Impact: "high", Effort: "medium", Reach: f(4000), Confidence: f(0.5),
			Scores: []Weight{{"satisfaction", 2}, {"revenue", 3}}},
		{Text: "Guest checkout", Impact: "medium", Effort: "low", Reach: f(1200), Confidence: f(0.9),
			Scores: []Weight{{"satisfaction", 3}, {"efficiency", 1}}},
		{Text: "Loyalty points", Impact: "high", Effort: "high", Reach: f(9000), Confidence: f(0.8),
			Scores: []Weight{{"revenue", 3}, {"competitive", 3}}},
		{Text: "Chatbot", Impact: "low", Effort: "medium"}, // no reach, confidence or scores
		{Text: "Same-day delivery", Impact: "high", Reach: f(500), Confidence: f(1),
			Scores: []Weight{{"competitive", 3}}}, // no effort: nothing can score it
	}
	tests := []struct {
		method  string
		weights []Weight
		want    []string // text: score, best first
		how     string   // how the first was worked out
	}{
		{"", nil, []string{"Guest checkout: 2", "Free shipping threshold: 1.5", "Loyalty points: 1", "Chatbot: 0.5", "Same-day delivery: -"},
			"impact medium 2 / effort low 1 = 2"},
		{"impact-effort", nil, []string{"Guest checkout: 2", "Free shipping threshold: 1.5", "Loyalty points: 1", "Chatbot: 0.5", "Same-day delivery: -"},
			"impact medium 2 / effort low 1 = 2"},
		{"rice", nil, []string{"Loyalty points: 7200", "Free shipping threshold: 3000", "Guest checkout: 2160", "Chatbot: -", "Same-day delivery: -"},
			"reach 9000 × impact high 3 × confidence 0.8 / effort high 3 = 7200"},
		// Unweighted: every criterion counts 1.
		{"weighted", nil, []string{"Guest checkout: 4", "Free shipping threshold: 2.5", "Loyalty points: 2", "Chatbot: -", "Same-day delivery: -"},
			"(1 × satisfaction 3 + 1 × efficiency 1) / effort low 1 = 4"},
		// Revenue weighs three times; competitive edge is not counted at all.
		{"weighted", []Weight{{"revenue", 3}, {"competitive", 0}, {"satisfaction", 1}}, []string{"Free shipping threshold: 5.5", "Guest checkout: 4", "Loyalty points: 3", "Chatbot: -", "Same-day delivery: -"},
			"(1 × satisfaction 2 + 3 × revenue 3) / effort medium 2 = 5.5"},
	}
	for _, tt := range tests {
		m := &Map{Method: tt.method, Weights: tt.weights, Stages: []Stage{{Name: "Buy", Opportunities: ops}}}
		rs := Priorities(m)
		var got []string
		for i, r := range rs {
			s := "-"
			if r.Scored {
				s = Num(r.Score)
			}
			got = append(got, r.Opportunity.Text+": "+s)
			if r.Rank != i+1 {
				t.Errorf("%s: %s has rank %d at place %d", tt.method, r.Opportunity.Text, r.Rank, i+1)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q ranks\n  %s\nwant\n  %s", tt.method, strings.Join(got, "; "), strings.Join(tt.want, "; "))
		}
		if rs[0].How != tt.how {
			t.Errorf("%q: first worked out as %q, want %q", tt.method, rs[0].How, tt.how)
		}
		if last := rs[len(rs)-1]; !strings.Contains(last.How, "no effort") {
			t.Errorf("%q: an unscored one says %q, want it to name the missing effort", tt.method, last.How)
		}
	}
}

func TestPriorityTiesKeepMapOrder(t *testing.T) {
	m := &Map{Method: "rice", Stages: []Stage{{Opportunities: []Opportunity{
		{Text: "a", Impact: "low", Effort: "low", Reach: f(100), Confidence: f(1), Votes: 1},
		{Text: "b", Impact: "medium", Effort: "medium", Reach: f(100), Confidence: f(1), Votes: 9},
		{Text: "c", Impact: "high", Effort: "high", Reach: f(100), Confidence: f(1)},
	}}}}
	var got []string
	for _, r := range Priorities(m) {
		got = append(got, r.Opportunity.Text)
	}
	// RICE knows no votes: equal scores keep the order of the map.
	if strings.Join(got, "") != "abc" {
		t.Errorf("tied RICE scores ranked %v, want a b c", got)
	}
}

func TestPathOfNamesWhatGetFinds(t *testing.T) {
	d, err := Parse("m.yaml", []byte(`journey: 1
title: T
stages:
  - id: buy
    name: Buy
    opportunities:
      - text: Same words
      - text: Same words
    touchpoints:
      - name: Cart page
        opportunities:
          - id: "2"
            text: Numbered
          - id: coupon
            text: Coupon box
`), Date{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Same words": "stages.buy.opportunities.same-words",
		"Coupon box": "stages.buy.touchpoints.cart-page.opportunities.coupon",
		"Numbered":   "stages.buy.touchpoints.cart-page.opportunities.0",
	}
	seen := map[string]bool{}
	for _, r := range Priorities(d.Map()) {
		p := PathOf(d.Map(), r)
		if w, ok := want[r.Opportunity.Text]; ok && !seen[r.Opportunity.Text] && p != w {
			t.Errorf("%s: path %s, want %s", r.Opportunity.Text, p, w)
		}
		if seen[r.Opportunity.Text] && p != "stages.buy.opportunities.1" {
			t.Errorf("the second %q: path %s, want its index", r.Opportunity.Text, p)
		}
		seen[r.Opportunity.Text] = true
		if _, err := d.Resolve(p, false); err != nil {
			t.Errorf("get cannot find %s: %v", p, err)
		}
	}
}
