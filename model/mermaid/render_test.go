package mermaid

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

func intp(v int) *int { return &v }

func TestCleanNameDropsWhatMermaidForbids(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Checkout form", "Checkout form"},
		{"Step 2: pay", "Step 2 pay"},
		{"#1 pick; then pay", "1 pick then pay"},
		{"two\nlines\r\n here", "two lines here"},
		{"50%% off", "50% off"},
		{"100%%%% sure", "100% sure"},
		{"\x1b[31mred\x1b[0m", "[31mred[0m"},
		{"evil\u202etxt.exe", "eviltxt.exe"},
		{"  padded  ", "padded"},
		{":#;", ""},
	}
	for _, tt := range tests {
		if got := CleanName(tt.in); got != tt.want {
			t.Errorf("CleanName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestScoreMapsEmotionsToOneToFive(t *testing.T) {
	tests := []struct {
		emotion *int
		want    int
	}{
		{intp(-2), 1}, {intp(-1), 2}, {intp(0), 3}, {intp(1), 4}, {intp(2), 5},
		{nil, 3}, {intp(-9), 1}, {intp(7), 5},
	}
	for _, tt := range tests {
		if got := Score(tt.emotion); got != tt.want {
			t.Errorf("Score(%v) = %d; want %d", tt.emotion, got, tt.want)
		}
	}
	for s := 1; s <= 5; s++ {
		e := Emotion(s)
		if Score(&e) != s {
			t.Errorf("Score(Emotion(%d)) = %d", s, Score(&e))
		}
	}
}

func TestRenderWritesADiagramMermaidReadsBack(t *testing.T) {
	m := &model.Map{
		Title: "Shop; first #purchase: web",
		Personas: []model.Persona{
			{ID: "maya", Name: "Maya, busy parent"},
			{ID: "tom", Name: "Tom"},
		},
		Stages: []model.Stage{
			{ID: "aware", Name: "Awareness: ads", Touchpoints: []model.Touchpoint{
				{ID: "ad", Name: "Instagram ad", Emotion: intp(1),
					Emotions: []model.PersonaEmotion{{Persona: "maya", Value: -1}, {Persona: "ghost", Value: 2}}},
				{ID: "title-page", Name: "Title page"},
				{ID: "journey-planner", Name: "journey planner", Emotion: intp(-2)},
			}},
			{ID: "empty"},
			{Name: "Section 9", Touchpoints: []model.Touchpoint{{ID: "x", Name: "accDescr", Emotion: intp(2)}}},
		},
	}
	out := Render(m)
	for _, line := range []string{
		"journey",
		"    title Shop first purchase: web",
		"    section Awareness ads",
		"      Instagram ad: 4\n      Instagram ad: 2: Maya busy parent\n      Instagram ad: 5: ghost",
		"      T\u2060itle page: 3",
		"      j\u2060ourney planner: 1",
		"    section empty",
		"    section Section 9",
		"      a\u2060ccDescr: 5",
	} {
		if !strings.Contains(out, line+"\n") {
			t.Errorf("output lacks line %q:\n%s", line, out)
		}
	}
	d, err := Parse("out.mmd", []byte(out))
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var names []string
	for _, s := range d.Sections {
		for _, task := range s.Tasks {
			names = append(names, task.Name)
		}
	}
	if got := strings.Join(names, "|"); got != "Instagram ad|Instagram ad|Instagram ad|Title page|journey planner|accDescr" {
		t.Errorf("tasks read back %q", got)
	}
	// Each persona keeps its own emotion through the round trip.
	ad := d.Map("").Stages[0].Touchpoints[0]
	if *ad.Emotion != 1 || len(ad.Emotions) != 2 || ad.Emotions[0].Value != -1 || ad.Emotions[1].Value != 2 {
		t.Errorf("the ad read back as %+v", ad)
	}
}

func TestImportTurnsActorsIntoPersonas(t *testing.T) {
	d, err := Parse("day.mmd", []byte("journey\n  section Go to work\n    Make tea: 5: Me, Cat\n    Make tea: 2: Me\n  section Go to work\n    Rest: 3\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := d.Map("day")
	if m.Title != "day" || m.Journey != model.Version {
		t.Errorf("title %q version %d", m.Title, m.Journey)
	}
	if len(m.Personas) != 2 || m.Personas[0].ID != "me" || m.Personas[1].Name != "Cat" {
		t.Errorf("personas %+v", m.Personas)
	}
	if m.Stages[0].ID != "go-to-work" || m.Stages[1].ID != "go-to-work-2" {
		t.Errorf("stage ids %q %q", m.Stages[0].ID, m.Stages[1].ID)
	}
	tps := m.Stages[0].Touchpoints
	if tps[0].ID != "make-tea" || tps[1].ID != "make-tea-2" || *tps[0].Emotion != 2 || *tps[1].Emotion != -1 {
		t.Errorf("touchpoints %+v", tps)
	}
	if len(tps[0].Emotions) != 2 || tps[0].Emotions[1] != (model.PersonaEmotion{Persona: "cat", Value: 2}) {
		t.Errorf("emotions %+v", tps[0].Emotions)
	}
	y, err := EncodeYAML(m, "Imported from day.mmd\nby journey")
	if err != nil {
		t.Fatal(err)
	}
	wantYAML := `# Imported from day.mmd by journey
journey: 1
title: day
personas:
  - id: me
    name: Me
  - id: cat
    name: Cat
stages:
  - id: go-to-work
    name: Go to work
    touchpoints:
      - id: make-tea
        name: Make tea
        emotion: 2
        emotions: {me: 2, cat: 2}
      - id: make-tea-2
        name: Make tea
        emotion: -1
        emotions: {me: -1}
  - id: go-to-work-2
    name: Go to work
    touchpoints:
      - id: rest
        name: Rest
        emotion: 0
`
	if string(y) != wantYAML {
		t.Errorf("YAML:\n%s\nwant:\n%s", y, wantYAML)
	}
}
