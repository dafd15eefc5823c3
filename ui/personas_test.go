package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
)

func TestPersonasGolden(t *testing.T) {
	checkGoldens(t, func(c *common.Common) viewer { return panels.NewPersonas(c.View()) })
}

func personasMap() *model.Map {
	e := func(v int) *int { return &v }
	return &model.Map{
		Personas: []model.Persona{
			{ID: "ana", Name: "Ana, night owl", Segment: "students", Summary: "Shops after midnight on a cracked phone screen and abandons anything slow.",
				Quote: `"Just let me pay."`, Goals: []string{"Pay in one step"}, Frustrations: []string{"Captchas", "Forced accounts"}},
			{ID: "bo", Name: "Bo, 漢字と絵文字 🌱 buyer", Summary: "Feels what everyone feels."},
		},
		Stages: []model.Stage{
			{Name: "Find", Touchpoints: []model.Touchpoint{
				{Name: "Ad", Emotion: e(1), Emotions: []model.PersonaEmotion{{Persona: "ana", Value: 2}}},
				{Name: "Page", Emotion: e(1)},
			}},
			{Name: "Pay", Touchpoints: []model.Touchpoint{
				{Name: "Form", Emotion: e(0), Emotions: []model.PersonaEmotion{{Persona: "ana", Value: -2}}},
			}},
			{Name: "Wait"},
		},
	}
}

// A persona with emotions of their own gets a curve of stage means as
// glyphs; one without gets none, since theirs is the map's.
func TestPersonasCurve(t *testing.T) {
	p := panels.NewPersonas(testCommon().View())
	p.SetMap(personasMap())
	p.SetSize(80, 30)
	view := ansi.Strip(p.View())
	var curves []string
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "curve ") {
			curves = append(curves, l)
		}
	}
	if len(curves) != 1 {
		t.Fatalf("want one curve (Ana's), got %d:\n%s", len(curves), view)
	}
	// Ana: Find mean (2+1)/2 = 1.5 rounds to 2, Pay -2, Wait has no emotion.
	for _, want := range []string{"Find ▲▲", "Pay ▼▼", "Wait ·"} {
		if !strings.Contains(curves[0], want) {
			t.Errorf("curve %q lacks %q", curves[0], want)
		}
	}
	for _, want := range []string{"Ana, night owl · students", "“Just let me pay.”", "goals", "• Pay in one step",
		"frustrations", "• Captchas", "• Forced accounts"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
}

// Long text wraps within the width without losing words, and wide
// characters are never cut in half.
func TestPersonasWrapAndWideText(t *testing.T) {
	m := personasMap()
	for _, w := range []int{24, 30, 41, 60} {
		p := panels.NewPersonas(testCommon().View())
		p.SetMap(m)
		p.SetSize(w, 40)
		p.Focus()
		view := p.View()
		checkBox(t, view, w, 40)
		if !utf8.ValidString(view) {
			t.Errorf("width %d: view is not valid UTF-8", w)
		}
		flat := strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(view), "┃", " ")), " ")
		for _, word := range strings.Fields(m.Personas[0].Summary) {
			if !strings.Contains(flat, word) {
				t.Errorf("width %d: summary word %q lost:\n%s", w, word, ansi.Strip(view))
			}
		}
		p, _ = p.Update(tea.KeyMsg{Type: tea.KeyDown})
		if v := ansi.Strip(p.View()); !strings.Contains(v, "Bo, ") {
			t.Errorf("width %d: the second persona is not shown once selected:\n%s", w, v)
		}
	}
}

func TestPersonasSelectionAndScroll(t *testing.T) {
	for name, m := range sampleMaps(t) {
		p := panels.NewPersonas(testCommon().View())
		p.SetMap(m)
		p.SetSize(80, 24)
		update := func(msg tea.Msg) { p, _ = p.Update(msg) }
		press(update, "down")
		if it, _ := p.Selected(); it != common.PersonaItem(0) {
			t.Fatalf("%s: a blurred panel moved to %v", name, it)
		}
		p.Focus()
		for i, ps := range m.Personas {
			if it, ok := p.Selected(); !ok || it != common.PersonaItem(i) {
				t.Fatalf("%s: Selected() = %v, want persona %d", name, it, i)
			}
			if v := ansi.Strip(p.View()); !strings.Contains(v, "▸ "+ps.Label()[:10]) {
				t.Errorf("%s: persona %q not on screen with the selection mark:\n%s", name, ps.Label(), v)
			}
			press(update, "j")
		}
	}
}

func TestPersonasEmptyAndHostile(t *testing.T) {
	for _, m := range []*model.Map{nil, {}} {
		p := panels.NewPersonas(testCommon().View())
		checkSizes(t, p, m)
		p.SetSize(80, 24)
		if v := ansi.Strip(p.View()); !strings.Contains(v, "No personas in this map.") {
			t.Errorf("empty map view:\n%s", v)
		}
		if _, ok := p.Selected(); ok {
			t.Error("an empty panel reports a selection")
		}
	}
	checkHostile(t, panels.NewPersonas(testCommon().View()))
	for name, m := range sampleMaps(t) {
		t.Run(name, func(t *testing.T) { checkSizes(t, panels.NewPersonas(testCommon().View()), m) })
	}
}
