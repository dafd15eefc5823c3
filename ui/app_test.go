package ui

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// keyMsg is the message a terminal sends for a key, by its name in UX.md.
func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "left":
		return tea.KeyMsg{Type: tea.KeyLeft}
	case "right":
		return tea.KeyMsg{Type: tea.KeyRight}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "ctrl+r":
		return tea.KeyMsg{Type: tea.KeyCtrlR}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "alt+enter":
		return tea.KeyMsg{Type: tea.KeyEnter, Alt: true}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// driver drives an App the way a person does, one key at a time.
type driver struct {
	t *testing.T
	a *App
}

func openSession(t *testing.T, name string, w, h int, readOnly bool) *driver {
	t.Helper()
	c := newTestCommon(w, h)
	if readOnly {
		c = common.New(common.ThemeDefault, fixedToday, true)
		c.Width, c.Height = w, h
	}
	return &driver{t, NewApp(c, mapDoc{sampleMapNamed(t, name), name})}
}

func (s *driver) press(keys ...string) *driver {
	for _, k := range keys {
		_, cmd := s.a.Update(keyMsg(k))
		s.run(cmd)
	}
	return s
}

// run does what tea does with a command: runs it and delivers its message.
func (s *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	msg, ok := resultOr(cmd, func() bool { return s.a.file.saving })
	if !ok {
		return
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
	case tea.BatchMsg:
		for _, c := range msg {
			s.run(c)
		}
	default:
		_, next := s.a.Update(msg)
		s.run(next)
	}
}

func (s *driver) screen() string { return ansi.Strip(s.a.View()) }

func (s *driver) expectLine(want string) *driver {
	s.t.Helper()
	if !strings.Contains(s.screen(), want) {
		s.t.Fatalf("screen lacks %q:\n%s", want, s.screen())
	}
	return s
}

func (s *driver) expectNo(want string) *driver {
	s.t.Helper()
	if strings.Contains(s.screen(), want) {
		s.t.Fatalf("screen shows %q:\n%s", want, s.screen())
	}
	return s
}

func (s *driver) expectSelected(want common.Item) *driver {
	s.t.Helper()
	if got, _ := s.a.selected(); got != want {
		s.t.Fatalf("selected %+v, want %+v", got, want)
	}
	return s
}

func TestBoardNavigation(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 80, 24, false)
	s.expectSelected(common.StageItem(0)).expectLine("▸1 Awareness")
	s.press("j").expectSelected(common.TouchpointItem(0, 0)).expectLine("┃▸Instagram story ad")
	s.press("l").expectSelected(common.TouchpointItem(1, 0))
	s.press("k", "h").expectSelected(common.StageItem(0))
	s.press("G").expectSelected(common.TouchpointItem(0, 2))
	s.press("g").expectSelected(common.StageItem(0))
	s.press("6").expectSelected(common.StageItem(5)).expectLine("6 Advocacy").expectNo("1 Awareness")
	s.press("1").expectLine("1 Awareness")
	s.press("9").expectSelected(common.StageItem(0)) // no ninth stage: nothing moves
	// The selected card opens out: ↓ goes through its pain point and
	// opportunity before the next card, ↑ comes back up them.
	s.press("right", "down").expectSelected(common.TouchpointItem(1, 0))
	s.press("down").expectSelected(common.PainPointItem(1, 0, 0)).expectLine("┃▸✗!! Light and care")
	s.press("down").expectSelected(common.OpportunityItem(1, 0, 0))
	s.press("down").expectSelected(common.TouchpointItem(1, 1))
	s.press("up").expectSelected(common.TouchpointItem(1, 0))
	s.press("down", "down", "up").expectSelected(common.PainPointItem(1, 0, 0))
}

func TestSelectionStaysVisibleInLongStages(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 80, 24, false)
	s.press("3")
	n := s.a.board.Items(2)
	for i := 1; i <= n; i++ {
		s.press("j")
		if !strings.Contains(s.screen(), "┃▸") {
			t.Fatalf("after %d presses of j the selected card is off screen:\n%s", i, s.screen())
		}
	}
	s.expectLine("↑")
}

func TestDetailPaneShowsEveryField(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 80, 40, false)
	m := s.a.m
	tp := m.Stages[2].Touchpoints[2] // the checkout form, the low point
	s.press(toCheckout...).press("enter")
	for _, want := range []string{tp.Name, "Channel", tp.Channel, "Emotion", "Pain points"} {
		s.expectLine(want)
	}
	s.press("G") // scroll to the end of the details
	s.expectLine("Opportunities")
	s.press("esc").expectLine("3 Purchase")
}

func TestPanelsCycleWithTab(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			s := openSession(t, "online-shop.yaml", size[0], size[1], false)
			for _, title := range []string{"Goals", "Funnel", "Priorities", "Personas", "Channels across stages"} {
				s.press("tab").expectLine(title)
				if !s.a.onPanel {
					t.Fatalf("tab to %s left the focus on the board", title)
				}
			}
			s.press("tab")
			if s.a.onPanel {
				t.Fatal("tab after the last panel did not come back to the board")
			}
			s.press("shift+tab").expectLine("Channels across stages")
		})
	}
}

func TestGoalsOnTheFirstScreenWhenWideEnough(t *testing.T) {
	for _, size := range [][2]int{{160, 48}, {220, 60}} {
		for _, name := range sampleMapNames(t) {
			s := openSession(t, name, size[0], size[1], false)
			for _, g := range s.a.m.Goals {
				f := model.GoalProgress(g, fixedToday)
				s.expectLine(common.Sanitize(g.Name)).expectLine(fmt.Sprintf("%d%%", f.Percent())).expectLine(f.Status.String())
			}
		}
	}
	// At the smallest size that shows goals, the panel is there and the
	// first goal in it; the rest scroll.
	s := openSession(t, "online-shop.yaml", 100, 30, false)
	g := s.a.m.Goals[0]
	s.expectLine("Goals").expectLine(fmt.Sprintf("%d%%", model.GoalProgress(g, fixedToday).Percent()))
	openSession(t, "online-shop.yaml", 99, 30, false).expectNo("Goals")
	openSession(t, "online-shop.yaml", 100, 29, false).expectNo("Goals")
}

func TestHelpListsOnlyWhatWorks(t *testing.T) {
	ro := openSession(t, "online-shop.yaml", 120, 40, true)
	ro.expectLine("read-only").press("?").expectLine("Keys").expectLine("next stage")
	for _, edit := range []string{"undo", "save", "delete", "emotion up"} {
		ro.expectNo(edit)
	}
	ro.press("?").expectNo("Keys")

	rw := openEditing(t, "online-shop.yaml", 120, 40)
	rw.keys("?").expectLine("undo").expectLine("save")
}

// c cycles the base curve, each persona's, then all of them overlaid with
// a legend, and the caption says which each time.
func TestCurvePersonaSwitch(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 160, 48, false)
	s.expectLine("Emotion · base").expectNo("Emotion · all personas")
	for _, p := range s.a.m.Personas {
		s.press("c").expectLine("Emotion · " + p.Label()).expectNo("Emotion · all personas")
	}
	s.press("c").expectLine("Emotion · all personas  ■ Maya, busy parent  ✱ Tom, plant hobbyist  ★ Grace, gift buyer")
	s.expectLine("curve: all personas overlaid")
	s.press("c").expectLine("Emotion · base").expectLine("curve: base")
}

func TestMouse(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 80, 24, false)
	l := s.a.layout
	bl := board.LayoutBoard(l.Board.W, l.Board.H, len(s.a.m.Stages))
	// Click the first card of the second column.
	x, y := l.Board.X+bl.ColW+3, l.Board.Y+bl.CardTop
	s.a.Update(tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	s.expectSelected(common.TouchpointItem(1, 0))
	// Its card opens out: name, meta, then its pain point's row.
	s.a.Update(tea.MouseMsg{X: x, Y: y + 2, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	s.expectSelected(common.PainPointItem(1, 0, 0))
	s.a.Update(tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	s.expectSelected(common.OpportunityItem(1, 0, 0))
	// A click on the gap between cards selects nothing new.
	s.a.Update(tea.MouseMsg{X: x, Y: y + 4, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	s.expectSelected(common.OpportunityItem(1, 0, 0))
}

// The screen is exactly the terminal's size, whatever the size, in every
// mode, through resizes, and nothing panics on the way.
func TestEverySizeFits(t *testing.T) {
	modes := [][]string{nil, {"j", "enter"}, {"tab"}, {"tab", "tab"}, {"tab", "tab", "tab"}, {"shift+tab"}, {"?"}}
	widths := []int{0, 1, 2, 3, 5, 8, 13, 21, 34, 59, 60, 61, 79, 80, 99, 100, 101, 133, 160, 250}
	heights := []int{0, 1, 2, 3, 4, 5, 8, 11, 12, 13, 19, 20, 21, 24, 29, 30, 31, 48, 80}
	for _, name := range sampleMapNames(t) {
		m := sampleMapNamed(t, name)
		for _, keys := range modes {
			a := NewApp(newTestCommon(80, 24), mapDoc{m, name})
			for _, k := range keys {
				a.Update(keyMsg(k))
			}
			for i, w := range widths {
				for j, h := range heights {
					// Walk the grid in a zigzag so each resize is a different jump.
					if i%2 == 1 {
						h = heights[len(heights)-1-j]
					}
					a.Update(tea.WindowSizeMsg{Width: w, Height: h})
					checkScreen(t, fmt.Sprintf("%s %dx%d %v", name, w, h, keys), a.View(), w, h)
				}
			}
		}
	}
}

func checkScreen(t *testing.T, what, view string, w, h int) {
	t.Helper()
	if w <= 0 || h <= 0 {
		if view != "" {
			t.Fatalf("%s: drew %q on an empty screen", what, view)
		}
		return
	}
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Fatalf("%s: %d lines, want %d", what, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%s: line %d is %d cells wide:\n%s", what, i, lw, ansi.Strip(view))
		}
	}
}

// Text from a map never carries escape sequences to the terminal, in any
// pane. The tests render with the Ascii profile, so any ESC in the output
// came from the map.
func TestHostileTextIsDefused(t *testing.T) {
	evil := "Evil\x1b]0;pwned\a\x1b[2J\x1b]52;c;ZXZpbA==\a\u202e\x9b31m\x1bP1;2q\x1b\\end\tx\ny"
	src := fmt.Sprintf(`journey: 1
title: %[1]q
state: current
personas:
  - id: p
    name: %[1]q
    quote: %[1]q
goals:
  - name: %[1]q
    metric: %[1]q
    unit: %[1]q
    baseline: 1
    target: 2
    current: 1.5
    start: 2026-01-01
    due: 2026-12-31
stages:
  - name: %[1]q
    description: %[1]q
    reached: 100
    touchpoints:
      - name: %[1]q
        channel: %[1]q
        owner: %[1]q
        actions: [%[1]q]
        thoughts: [%[1]q]
        emotion: -1
        emotions: {p: 2}
        feeling: %[1]q
        backstage: [%[1]q]
        evidence: %[1]q
        notes: %[1]q
        pain_points:
          - text: %[1]q
            evidence: %[1]q
            drop_off: true
        opportunities:
          - text: %[1]q
            owner: %[1]q
            tactic: %[1]q
    pain_points:
      - text: %[1]q
    opportunities:
      - text: %[1]q
`, evil)
	m := mapFromYAML(t, "evil.yaml", []byte(src))
	c := newTestCommon(160, 48)
	a := NewApp(c, mapDoc{m, "evil.yaml"})
	screens := map[string]string{"board": a.View()}
	for _, keys := range [][]string{{"enter"}, {"esc", "j", "enter"}, {"esc", "j", "enter"}, {"esc", "j", "enter"},
		{"esc", "tab", "enter"}, {"esc", "tab"}, {"tab"}, {"tab"}, {"enter"}, {"esc", "?"}} {
		for _, k := range keys {
			a.Update(keyMsg(k))
		}
		screens[strings.Join(keys, " ")] = a.View()
	}
	for what, v := range screens {
		if i := strings.IndexAny(v, "\x1b\a\u009b\u202e\t"); i >= 0 {
			t.Errorf("%s: control character %q reached the screen at %d:\n%q", what, v[i:i+1], i, v)
		}
		if !strings.Contains(v, "Evil") {
			t.Errorf("%s: the text itself is missing:\n%s", what, v)
		}
	}
}

// Golden snapshots of the first screen and the help, for every sample
// map, at 80x24 and 160x48. Update with: go test ./ui -run Golden -update
func TestAppGolden(t *testing.T) {
	for _, name := range sampleMapNames(t) {
		for _, sz := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				s := openSession(t, name, sz[0], sz[1], false)
				golden.RequireEqual(t, []byte(s.screen()))
			})
		}
	}
}

// Golden snapshots of the board as a room sees it, on the third stage's
// second touchpoint opened out, at the sizes of a laptop and projectors;
// "details" has the details open, beside the board from 120 columns;
// "room_details" has them beside the room view's board.
func TestBoardGolden(t *testing.T) {
	for _, name := range sampleMapNames(t) {
		for _, sz := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}} {
			whats := []string{"board", "details", "room"}
			if sz[0] >= 120 { // wide enough for the details beside the room's board
				whats = append(whats, "room_details")
			}
			for _, what := range whats {
				t.Run(fmt.Sprintf("%s_%dx%d_%s", name, sz[0], sz[1], what), func(t *testing.T) {
					s := openSession(t, name, sz[0], sz[1], false)
					s.press("3", "j", "j")
					switch what {
					case "details":
						s.press("enter")
					case "room":
						s.press("z")
					case "room_details":
						s.press("z", "enter")
						if !s.a.layout.Side {
							t.Fatal("enter in the room view did not open the details beside the board")
						}
					}
					golden.RequireEqual(t, []byte(s.screen()))
				})
			}
		}
	}
}

// From 120 columns the details open beside the board: the other stages
// and the selected card stay on screen. Narrower they take the screen,
// and esc comes back to the same place.
func TestDetailsBesideTheBoard(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 120, 40, false)
	s.press(toCheckout...).press("enter")
	s.expectLine("2 Consideration").expectLine("Checkout form on").expectLine("Details")
	if !s.a.zoom || !s.a.layout.Side {
		t.Fatal("enter did not open the details beside the board")
	}
	s.press("esc").expectSelected(common.TouchpointItem(2, 2))

	s = openSession(t, "online-shop.yaml", 100, 30, false)
	s.press(toCheckout...).press("enter").expectNo("2 Consideration").expectLine("Details")
	s.press("esc").expectSelected(common.TouchpointItem(2, 2)).expectLine("2 Consideration")
}

func TestHelpGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			s := openSession(t, "online-shop.yaml", sz[0], sz[1], true)
			golden.RequireEqual(t, []byte(s.press("?").screen()))
		})
	}
}

// The program as tea runs it: open, move, open a panel, resize, quit.
func TestProgramSession(t *testing.T) {
	c := newTestCommon(0, 0)
	a := NewApp(c, mapDoc{sampleMapNamed(t, "saas-trial.yaml"), "saas-trial.yaml"})
	tm := teatest.NewTestModel(t, a, teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "Goals")
	for _, k := range []string{"l", "j", "tab", "tab"} {
		tm.Send(keyMsg(k))
	}
	waitFor(t, tm, "Funnel")
	tm.Send(tea.WindowSizeMsg{Width: 70, Height: 22})
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if final.c.Width != 70 || !final.onPanel || final.panels[final.panel].Name() != "funnel" {
		t.Fatalf("final state: width %d, on panel %v (%s)", final.c.Width, final.onPanel, final.panels[final.panel].Name())
	}
	golden.RequireEqual(t, []byte(ansi.Strip(final.View())))
}

func waitFor(t *testing.T, tm *teatest.TestModel, s string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
		teatest.WithDuration(5*time.Second))
}

func TestSearch(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 80, 24, false)
	s.press("/", "s", "h", "i", "p", "q") // q types a q while the field has the keys
	s.expectLine("/shipq")
	s.press("backspace", "enter")
	first, _ := s.a.selected()
	if first.Kind == common.KindNone || first == common.StageItem(0) {
		t.Fatalf("search for ship selected %+v", first)
	}
	s.expectLine("1/")
	s.press("n")
	second, _ := s.a.selected()
	if !board.Before(first, second) {
		t.Fatalf("n went from %+v back to %+v", first, second)
	}
	s.press("N").expectSelected(first)
	s.press("esc").expectNo("for \"ship\"")
	s.press("/", "z", "z", "z", "enter").expectLine("no match").expectSelected(first)
	s.press("/", "x", "esc").expectNo("/x")
}

func TestFindAll(t *testing.T) {
	m := &model.Map{Stages: []model.Stage{
		{Name: "Awareness", Touchpoints: []model.Touchpoint{{Name: "Ad"}, {Name: "Post", Thoughts: []string{"Free SHIPPING?"}}}},
		{Name: "Buy", PainPoints: []model.PainPoint{{Text: "Shipping shock"}}, Touchpoints: []model.Touchpoint{
			{Name: "Cart", PainPoints: []model.PainPoint{{Text: "shipping hidden"}}}}},
	}}
	got := board.FindAll(m, "shipping")
	want := []common.Item{common.TouchpointItem(0, 1), common.TouchpointItem(1, 0), common.PainPointItem(1, -1, 0)}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("findAll = %v, want %v", got, want)
	}
}

// A long random session of keys, clicks, wheels and resizes never panics
// and always draws exactly the screen. The seed is fixed, so a failure
// repeats.
func TestRandomSessionsHoldTogether(t *testing.T) {
	keys := []string{"h", "j", "k", "l", "g", "G", "1", "3", "7", "9", "tab", "shift+tab", "enter", "esc",
		"?", "c", "/", "a", "e", "enter", "n", "N", "left", "right", "up", "down", "+", "-", "backspace"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, name := range sampleMapNames(t) {
		w, h := 80, 24
		a := NewApp(newTestCommon(w, h), mapDoc{sampleMapNamed(t, name), name})
		for step := range 3000 {
			var msg tea.Msg
			switch r := rng.IntN(20); {
			case r == 0:
				w, h = rng.IntN(200), rng.IntN(70)
				msg = tea.WindowSizeMsg{Width: w, Height: h}
			case r < 3:
				buttons := []tea.MouseButton{tea.MouseButtonLeft, tea.MouseButtonWheelUp, tea.MouseButtonWheelDown,
					tea.MouseButtonWheelLeft, tea.MouseButtonWheelRight}
				msg = tea.MouseMsg{X: rng.IntN(max(w, 1)), Y: rng.IntN(max(h, 1)), Action: tea.MouseActionPress,
					Button: buttons[rng.IntN(len(buttons))]}
			default:
				msg = keyMsg(keys[rng.IntN(len(keys))])
			}
			a.Update(msg)
			checkScreen(t, fmt.Sprintf("%s step %d (%#v)", name, step, msg), a.View(), w, h)
			if it, ok := a.selected(); ok {
				if _, found := common.Resolve(a.m, it); !found {
					t.Fatalf("%s step %d: selection %+v is not in the map", name, step, it)
				}
			}
		}
	}
}

func TestTitleOnlyMap(t *testing.T) {
	m := mapFromYAML(t, "bare.yaml", []byte("journey: 1\ntitle: Just a title\n"))
	for _, sz := range [][2]int{{60, 20}, {160, 48}} {
		a := NewApp(newTestCommon(sz[0], sz[1]), mapDoc{m, "bare.yaml"})
		for _, k := range []string{"", "j", "l", "G", "c", "enter", "/", "x", "enter", "tab", "tab", "tab", "tab", "tab", "?"} {
			if k != "" {
				a.Update(keyMsg(k))
			}
			checkScreen(t, "bare map after "+k, a.View(), sz[0], sz[1])
		}
		s := &driver{t, NewApp(newTestCommon(sz[0], sz[1]), mapDoc{m, "bare.yaml"})}
		s.expectLine("Just a title").expectLine("no stages yet")
	}
}

// : jumps to any stage by number or by (the start of) its name.
func TestJumpToStage(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(":").typeText("5").keys("enter")
	if it, _ := s.a.Position(); it.Stage != 4 {
		t.Fatalf(":5 selected stage %d", it.Stage+1)
	}
	s.keys(":").typeText("deliv").keys("enter")
	if it, _ := s.a.Position(); it.Stage != 3 {
		t.Fatalf(":deliv selected stage %d, want Delivery (4)", it.Stage+1)
	}
	s.keys(":").typeText("12").keys("enter").expectLine("there are 6 stages")
}

// z hides the panels so that the board fills the screen, and names the
// stage in focus in the header; z again brings them back.
func TestRoomView(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.expectLine("Goals")
	s.keys("z", "3").expectNo("Goals").expectLine("F I R S T   P U R C H A S E").expectLine("━━ Stage 3 of 6 · Purchase ━━")
	s.keys("j", "+").expectLine("unsaved") // editing keys still work in it
	s.keys("z").expectLine("Goals")
}

// While a search is typed, the cards that match are marked on the board;
// esc clears the marks.
func TestSearchMarksMatchesWhileTyping(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	s.expectNo("◎ match")
	s.keys("/").typeText("chat")
	if n := strings.Count(s.screen(), "◎ match"); n != 1 {
		t.Fatalf("%d cards marked while typing \"chat\", want the live chat's:\n%s", n, s.screen())
	}
	s.keys("enter").expectLine("◎ match")
	s.keys("esc").expectNo("◎ match")
}
