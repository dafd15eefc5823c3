package model

import "testing"

func TestChannelMix(t *testing.T) {
	e := func(v int) *int { return &v }
	m := &Map{
		Personas: []Persona{{ID: "maya", Segment: "first-time"}, {ID: "tom", Segment: "returning"}},
		Stages: []Stage{
			{Name: "Discover", Touchpoints: []Touchpoint{
				{Name: "Ad", Channel: "social", Emotion: e(1)},
				{Name: "Post", Channel: "social", Emotion: e(2), Emotions: []PersonaEmotion{{"tom", -1}}},
				{Name: "Site", Channel: "web"},
			}},
			{Name: "Buy", Touchpoints: []Touchpoint{
				{Name: "Checkout", Channel: "web", Emotion: e(-2)},
				{Name: "Hotline", Emotion: e(0)},
			}},
		},
	}
	rows := ChannelMix(m, nil)
	want := []struct {
		channel string
		cells   []string
	}{
		{"social", []string{"2 1.5", "gap"}},
		{"web", []string{"1 -", "1 -2"}},
		{"", []string{"gap", "1 0"}},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	show := func(c ChannelCell) string {
		switch {
		case c.Gap:
			return "gap"
		case !c.HasMean:
			return Num(float64(c.Touchpoints)) + " -"
		}
		return Num(float64(c.Touchpoints)) + " " + Num(c.Mean)
	}
	for i, w := range want {
		if rows[i].Channel != w.channel {
			t.Errorf("row %d is %q, want %q", i, rows[i].Channel, w.channel)
		}
		for j, c := range rows[i].Cells {
			if got := show(c); got != w.cells[j] {
				t.Errorf("%q in stage %d: %s, want %s", w.channel, j, got, w.cells[j])
			}
		}
	}
	// One segment: Tom feels the post at -1, so social in Discover is 0.
	if c := ChannelMix(m, []string{"tom"})[0].Cells[0]; !c.HasMean || c.Mean != 0 {
		t.Errorf("social for tom: %+v, want mean 0", c)
	}
}
