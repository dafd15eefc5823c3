package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
	"github.com/muesli/termenv"
	"go.yaml.in/yaml/v3"
)

// testToday is the fixed day every panel test derives its figures on.
var testToday = model.Date{Year: 2026, Month: 11, Day: 22}

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// sampleMaps are the maps shipped in maps/, decoded as the editor would.
func sampleMaps(t *testing.T) map[string]*model.Map {
	t.Helper()
	files, err := filepath.Glob("../maps/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample maps in ../maps: %v", err)
	}
	maps := map[string]*model.Map{}
	for _, f := range files {
		maps[strings.TrimSuffix(filepath.Base(f), ".yaml")] = loadMap(t, f)
	}
	return maps
}

func loadMap(t *testing.T, file string) *model.Map {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var node yaml.Node
	if err := yaml.Unmarshal(src, &node); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	m, _ := model.Decode(file, &node, testToday)
	if m == nil {
		t.Fatalf("%s: no map decoded", file)
	}
	return m
}

func testCommon() *common.Common { return common.New(common.ThemeNoColor, testToday, true) }

// viewer is what the golden and size tests need of a panel.
type viewer interface {
	SetMap(m *model.Map)
	SetSize(w, h int)
	View() string
	Focus()
}

// goldenSizes are the sizes every panel is snapshotted at.
var goldenSizes = [][2]int{{80, 24}, {160, 48}}

// checkGoldens snapshots a panel, focused, for each sample map at each
// golden size (ui/testdata/<TestName>/<map>_<w>x<h>.golden; -update
// rewrites them).
func checkGoldens(t *testing.T, newPanel func(*common.Common) viewer) {
	for name, m := range sampleMaps(t) {
		for _, sz := range goldenSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				p := newPanel(testCommon())
				p.SetMap(m)
				p.SetSize(sz[0], sz[1])
				p.Focus()
				view := ansi.Strip(p.View())
				checkBox(t, view, sz[0], sz[1])
				golden.RequireEqual(t, []byte(view))
			})
		}
	}
}

// checkBox fails unless view is exactly h lines of at most w cells.
func checkBox(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("view has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i, lw, w, l)
		}
	}
}

// checkSizes renders a panel at sizes from nothing to large and checks
// that each view fits its box and nothing panics.
func checkSizes(t *testing.T, p viewer, m *model.Map) {
	t.Helper()
	p.SetMap(m)
	p.Focus()
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {2, 5}, {5, 2}, {10, 3}, {20, 6}, {60, 20}, {80, 24}, {200, 60}} {
		p.SetSize(sz[0], sz[1])
		view := p.View()
		if sz[1] == 0 {
			if view != "" {
				t.Errorf("%dx%d: view %q, want nothing", sz[0], sz[1], view)
			}
			continue
		}
		checkBox(t, view, sz[0], sz[1])
	}
}

// evil is map text that tries to reach the terminal: a title change, a
// screen clear, a bell, a C1 CSI and a bidi override.
const evil = "\x1b]0;pwned\a\x1b[2J\u009b31mEvil\u202e\x07"

// hostileMap carries evil in every text a panel shows.
func hostileMap() *model.Map {
	f := func(v float64) *float64 { return &v }
	n := func(v int) *int { return &v }
	pain := model.PainPoint{ID: "p1", Text: evil + " pain", DropOff: true}
	opp := model.Opportunity{Text: evil + " idea", Impact: "high", Effort: "low", Status: evil, Addresses: []string{"p1", evil}}
	return &model.Map{
		Title: evil,
		Personas: []model.Persona{{ID: "x", Name: evil + " persona", Segment: evil, Summary: evil, Quote: evil,
			Goals: []string{evil}, Frustrations: []string{evil}}},
		Goals: []model.Goal{{Name: evil + " goal", Metric: evil, Unit: evil, Baseline: f(1), Target: f(2), Current: f(1.5),
			History: []model.Measurement{{Value: 1}, {Value: 2}}}},
		Stages: []model.Stage{
			{Name: evil + " one", Reached: n(100)},
			{Name: evil + " two", Reached: n(40), PainPoints: []model.PainPoint{pain}, Opportunities: []model.Opportunity{opp},
				Touchpoints: []model.Touchpoint{{Name: evil, Emotions: []model.PersonaEmotion{{Persona: "x", Value: -2}}}}},
		},
	}
}

// checkHostile renders a panel on hostileMap and fails if anything of the
// escape sequences reaches the screen. The colour profile is Ascii, so the
// styles add no escapes of their own: any ESC would come from the map.
func checkHostile(t *testing.T, p viewer) {
	t.Helper()
	p.SetMap(hostileMap())
	p.Focus()
	for _, sz := range goldenSizes {
		p.SetSize(sz[0], sz[1])
		view := p.View()
		for _, bad := range []string{"\x1b", "\a", "\u009b", "\u202e", "pwned"} {
			if strings.Contains(view, bad) {
				t.Errorf("%dx%d: view contains %q:\n%s", sz[0], sz[1], bad, view)
			}
		}
		if !strings.Contains(view, "Evil") {
			t.Errorf("%dx%d: the printable part of the text is gone:\n%s", sz[0], sz[1], view)
		}
	}
}

// press sends keys by name ("down", "j", "G") to a panel's Update.
func press(update func(tea.Msg), keys ...string) {
	for _, k := range keys {
		switch k {
		case "down":
			update(tea.KeyMsg{Type: tea.KeyDown})
		case "up":
			update(tea.KeyMsg{Type: tea.KeyUp})
		default:
			update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
		}
	}
}

func TestChannelsGolden(t *testing.T) {
	checkGoldens(t, func(c *common.Common) viewer { return panels.NewChannels(c.View()) })
}
