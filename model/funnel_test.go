package model

import "testing"

func reachedCount(n int) *int { return &n }

// funnelMap builds a map whose stages have the given reached counts; nil
// means the stage records none.
func funnelMap(counts ...*int) *Map {
	m := &Map{Title: "Funnel"}
	for _, c := range counts {
		m.Stages = append(m.Stages, Stage{Reached: c})
	}
	return m
}

func TestFunnel(t *testing.T) {
	tests := []struct {
		name  string
		m     *Map
		want  []FunnelStep
		worst int
	}{
		{"no stages", &Map{Title: "Empty"}, []FunnelStep{}, -1},
		{"every stage counted", funnelMap(reachedCount(1000), reachedCount(750), reachedCount(600), reachedCount(600)), []FunnelStep{
			{Stage: 0, Reached: 1000, HasReached: true, Conversion: 1},
			{Stage: 1, Reached: 750, HasReached: true, DropOff: 0.25, HasDropOff: true, Conversion: 0.75},
			{Stage: 2, Reached: 600, HasReached: true, DropOff: 0.2, HasDropOff: true, Conversion: 0.6},
			{Stage: 3, Reached: 600, HasReached: true, DropOff: 0, HasDropOff: true, Conversion: 0.6},
		}, 1},
		{"the format's example", funnelMap(reachedCount(12000), reachedCount(1300)), []FunnelStep{
			{Stage: 0, Reached: 12000, HasReached: true, Conversion: 1},
			{Stage: 1, Reached: 1300, HasReached: true, DropOff: 10700.0 / 12000, HasDropOff: true, Conversion: 1300.0 / 12000},
		}, 1},
		{"gap compares with the last counted stage", funnelMap(reachedCount(1000), nil, reachedCount(500)), []FunnelStep{
			{Stage: 0, Reached: 1000, HasReached: true, Conversion: 1},
			{Stage: 1},
			{Stage: 2, Reached: 500, HasReached: true, DropOff: 0.5, HasDropOff: true, Conversion: 0.5},
		}, 2},
		{"first stage uncounted", funnelMap(nil, reachedCount(800), reachedCount(600)), []FunnelStep{
			{Stage: 0},
			{Stage: 1, Reached: 800, HasReached: true, Conversion: 1},
			{Stage: 2, Reached: 600, HasReached: true, DropOff: 0.25, HasDropOff: true, Conversion: 0.75},
		}, 2},
		{"zero counts", funnelMap(reachedCount(1000), reachedCount(0), reachedCount(0), reachedCount(50)), []FunnelStep{
			{Stage: 0, Reached: 1000, HasReached: true, Conversion: 1},
			{Stage: 1, Reached: 0, HasReached: true, DropOff: 1, HasDropOff: true, Conversion: 0},
			{Stage: 2, Reached: 0, HasReached: true, Conversion: 0},
			{Stage: 3, Reached: 50, HasReached: true, Conversion: 0.05},
		}, 1},
		{"first count zero", funnelMap(reachedCount(0), reachedCount(100)), []FunnelStep{
			{Stage: 0, Reached: 0, HasReached: true},
			{Stage: 1, Reached: 100, HasReached: true},
		}, -1},
		{"more arrive than left", funnelMap(reachedCount(100), reachedCount(150)), []FunnelStep{
			{Stage: 0, Reached: 100, HasReached: true, Conversion: 1},
			{Stage: 1, Reached: 150, HasReached: true, DropOff: -0.5, HasDropOff: true, Conversion: 1.5},
		}, -1},
		{"no counts at all", funnelMap(nil, nil), []FunnelStep{{Stage: 0}, {Stage: 1}}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Funnel(tt.m)
			if len(got) != len(tt.want) {
				t.Fatalf("Funnel gave %d steps, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Stage != w.Stage || g.Reached != w.Reached || g.HasReached != w.HasReached ||
					g.HasDropOff != w.HasDropOff || !closeTo(g.DropOff, w.DropOff) ||
					!closeTo(g.Conversion, w.Conversion) || g.Abandons != w.Abandons {
					t.Errorf("step %d = %+v\nwant     %+v", i, g, w)
				}
			}
			if w := WorstStep(got); w != tt.worst {
				t.Errorf("WorstStep = %d, want %d", w, tt.worst)
			}
		})
	}
}

func TestFunnelAbandons(t *testing.T) {
	m := &Map{Title: "Checkout", Stages: []Stage{
		{Name: "Browse", Reached: reachedCount(500), Touchpoints: []Touchpoint{
			{Name: "Search", PainPoints: []PainPoint{{Text: "No results for typos", Severity: "high"}}},
		}},
		{Name: "Purchase", Reached: reachedCount(100),
			PainPoints: []PainPoint{
				{Text: "Forced account creation", DropOff: true},
				{Text: "Slow page", Severity: "low"},
			},
			Touchpoints: []Touchpoint{
				{Name: "Cart", PainPoints: []PainPoint{{Text: "Shipping cost shown late", DropOff: true}}},
				{Name: "Payment", PainPoints: []PainPoint{
					{Text: "Card declined without reason", DropOff: true},
					{Text: "No PayPal", DropOff: true},
				}},
			}},
		{Name: "Delivery"},
	}}
	want := []int{0, 4, 0}
	got := Funnel(m)
	for i, w := range want {
		if got[i].Abandons != w {
			t.Errorf("stage %d Abandons = %d, want %d", i, got[i].Abandons, w)
		}
	}
}

func TestWorstStep(t *testing.T) {
	tests := []struct {
		name  string
		steps []FunnelStep
		want  int
	}{
		{"none", nil, -1},
		{"largest wins", []FunnelStep{{}, {DropOff: 0.1, HasDropOff: true}, {DropOff: 0.6, HasDropOff: true}, {DropOff: 0.3, HasDropOff: true}}, 2},
		{"tie goes to the earlier stage", []FunnelStep{{}, {DropOff: 0.4, HasDropOff: true}, {DropOff: 0.4, HasDropOff: true}}, 1},
		{"a figure without a drop-off is ignored", []FunnelStep{{DropOff: 0.9}, {DropOff: 0.2, HasDropOff: true}}, 1},
		{"gains are not leaks", []FunnelStep{{}, {DropOff: -0.2, HasDropOff: true}, {DropOff: 0, HasDropOff: true}}, -1},
	}
	for _, tt := range tests {
		if got := WorstStep(tt.steps); got != tt.want {
			t.Errorf("%s: WorstStep = %d, want %d", tt.name, got, tt.want)
		}
	}
}
