package model

import (
	"slices"
	"testing"
)

func emotionOf(v int) *int { return &v }

// curveMap has personas that feel differently at some touchpoints, a
// touchpoint with no default emotion, a stage with no touchpoints, and
// persona ids in `emotions` that no persona carries.
func curveMap() *Map {
	return &Map{
		Title: "First purchase",
		Personas: []Persona{
			{ID: "raj", Name: "Raj, bargain hunter"},
			{ID: "maya", Name: "Maya, busy parent"},
			{Name: "Sam Lee"}, // key "sam-lee"
			{ID: "lee", Name: "Lee, never in emotions"},
		},
		Stages: []Stage{
			{Name: "Awareness", Touchpoints: []Touchpoint{
				{Name: "Instagram ad", Emotion: emotionOf(1), Emotions: []PersonaEmotion{{"maya", 2}, {"zed", 0}}},
				{Name: "Search", Emotions: []PersonaEmotion{{"raj", -1}, {"", 2}}},
			}},
			{Name: "Consideration"},
			{Name: "Purchase", Touchpoints: []Touchpoint{
				{Name: "Checkout", Emotion: emotionOf(-2)},
				{Name: "Confirmation email", Emotion: emotionOf(0),
					Emotions: []PersonaEmotion{{"maya", -1}, {"raj", 1}, {"ghost", 2}, {"sam-lee", 2}}},
			}},
		},
	}
}

func TestEmotionCurve(t *testing.T) {
	tests := []struct {
		persona string
		want    []CurvePoint
	}{
		{"", []CurvePoint{{0, 0, 1, true}, {0, 1, 0, false}, {2, 0, -2, true}, {2, 1, 0, true}}},
		{"maya", []CurvePoint{{0, 0, 2, true}, {0, 1, 0, false}, {2, 0, -2, true}, {2, 1, -1, true}}},
		{"raj", []CurvePoint{{0, 0, 1, true}, {0, 1, -1, true}, {2, 0, -2, true}, {2, 1, 1, true}}},
		// A persona with no emotions of its own follows the default curve.
		{"lee", []CurvePoint{{0, 0, 1, true}, {0, 1, 0, false}, {2, 0, -2, true}, {2, 1, 0, true}}},
	}
	for _, tt := range tests {
		if got := EmotionCurve(curveMap(), tt.persona); !slices.Equal(got, tt.want) {
			t.Errorf("EmotionCurve(%q) = %v\nwant %v", tt.persona, got, tt.want)
		}
	}
}

func TestStageMeans(t *testing.T) {
	tests := []struct {
		persona string
		want    []StageMean
	}{
		{"", []StageMean{{0, 1, 1}, {1, 0, 0}, {2, -1, 2}}},
		{"maya", []StageMean{{0, 2, 1}, {1, 0, 0}, {2, -1.5, 2}}},
		{"raj", []StageMean{{0, 0, 2}, {1, 0, 0}, {2, -0.5, 2}}},
	}
	for _, tt := range tests {
		got := StageMeans(curveMap(), tt.persona)
		if len(got) != len(tt.want) {
			t.Fatalf("StageMeans(%q) = %v, want %v", tt.persona, got, tt.want)
		}
		for i, w := range tt.want {
			if got[i].Stage != w.Stage || got[i].N != w.N || !closeTo(got[i].Mean, w.Mean) {
				t.Errorf("StageMeans(%q)[%d] = %+v, want %+v", tt.persona, i, got[i], w)
			}
		}
	}
}

func TestCurvesWithoutEmotions(t *testing.T) {
	m := &Map{Title: "Bare", Stages: []Stage{{Name: "Only", Touchpoints: []Touchpoint{{Name: "Call"}}}}}
	if got, want := EmotionCurve(m, ""), []CurvePoint{{0, 0, 0, false}}; !slices.Equal(got, want) {
		t.Errorf("EmotionCurve = %v, want %v", got, want)
	}
	if got, want := StageMeans(m, ""), []StageMean{{0, 0, 0}}; !slices.Equal(got, want) {
		t.Errorf("StageMeans = %v, want %v", got, want)
	}
	if got := CurvePersonas(m); len(got) != 0 {
		t.Errorf("CurvePersonas = %v, want none", got)
	}
}

func TestCurvePersonas(t *testing.T) {
	tests := []struct {
		name string
		m    *Map
		want []string
	}{
		// Known personas in the order the map lists them, then unknown ids
		// as first met in the journey; "lee" has no emotions of its own.
		{"personas and strays", curveMap(), []string{"raj", "maya", "sam-lee", "zed", "ghost"}},
		{"no personas listed", func() *Map { m := curveMap(); m.Personas = nil; return m }(),
			[]string{"maya", "zed", "raj", "ghost", "sam-lee"}},
		{"personas but no per-persona emotions", &Map{
			Personas: []Persona{{ID: "maya"}},
			Stages:   []Stage{{Touchpoints: []Touchpoint{{Emotion: emotionOf(1)}}}},
		}, nil},
		{"nil map", nil, nil},
	}
	for _, tt := range tests {
		if got := CurvePersonas(tt.m); !slices.Equal(got, tt.want) {
			t.Errorf("%s: CurvePersonas = %q, want %q", tt.name, got, tt.want)
		}
	}
}
