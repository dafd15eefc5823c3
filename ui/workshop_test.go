package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/journey-maps/journey/model"
)

// snapMsg asks the running program for its screen; the recorder answers
// on the program's own goroutine, so the test reads the screen exactly as
// it is after every key sent before it.
type snapMsg chan string

// recorder runs an App and answers snapMsg.
type recorder struct{ a *App }

func (r recorder) Init() tea.Cmd { return r.a.Init() }
func (r recorder) View() string  { return r.a.View() }
func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s, ok := msg.(snapMsg); ok {
		s <- ansi.Strip(r.a.View())
		return r, nil
	}
	_, cmd := r.a.Update(msg)
	return r, cmd
}

// workshop drives the editor as tea runs it, the way a facilitator does.
type workshop struct {
	t  *testing.T
	tm *teatest.TestModel
}

func (w *workshop) press(keys ...string) *workshop {
	for _, k := range keys {
		w.tm.Send(keyMsg(k))
	}
	return w
}

func (w *workshop) typeText(s string) *workshop {
	w.tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	return w
}

// screen is the screen once it shows want (saving is done in a command,
// so the screen may take a moment to say so).
func (w *workshop) screen(want string) string {
	w.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		ch := make(snapMsg, 1)
		w.tm.Send(ch)
		var s string
		select {
		case s = <-ch:
		case <-time.After(5 * time.Second):
			w.t.Fatal("the program stopped answering")
		}
		if strings.Contains(s, want) {
			return s
		}
		if time.Now().After(deadline) {
			w.t.Fatalf("the screen never showed %q:\n%s", want, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// snapshot compares the screen with its golden file, named after the step.
func (w *workshop) snapshot(step, want string) {
	w.t.Helper()
	s := w.screen(want)
	w.t.Run(step, func(t *testing.T) { golden.RequireEqual(t, []byte(s)) })
}

// A workshop on the online shop's journey: the room adds a touchpoint,
// annotates it with a pain point and an opportunity, lowers its emotion
// twice, votes, moves it on to the next stage; then the facilitator
// undoes all of it, redoes it and saves. Update the goldens with
// go test ./ui -run TestWorkshop -update, and read each one.
func TestWorkshop(t *testing.T) {
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	src, err := os.ReadFile(filepath.Join("..", "maps", "online-shop.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "online-shop.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := model.Load(path, fixedToday)
	if err != nil {
		t.Fatal(err)
	}
	a := NewApp(newTestCommon(0, 0), doc)
	tm := teatest.NewTestModel(t, recorder{a}, teatest.WithInitialTermSize(100, 30))
	w := &workshop{t, tm}

	w.press("3", "j", "a").typeText("Delivery options").press("enter")
	w.snapshot("01_touchpoint_added", `added touchpoint "Delivery options"`)

	w.press("p").typeText("Only one delivery speed, and it is slow").press("enter")
	w.snapshot("02_pain_point", `added pain point`)

	w.press("o").typeText("Offer next-day delivery for plants in stock").press("enter")
	w.snapshot("03_opportunity", `added opportunity`)

	w.press("-", "-")
	w.snapshot("04_emotion_lowered_twice", "Delivery options: emotion -1 → -2")

	w.press("k", "v")
	w.snapshot("05_vote", "votes 0 → 1")

	w.press("k", "L")
	w.snapshot("06_moved_to_next_stage", `moved touchpoint "Delivery options" to Delivery`)
	done := string(doc.Bytes())

	w.press("u", "u", "u", "u", "u", "u", "u")
	w.snapshot("07_all_undone", `undid: added touchpoint "Delivery options"`)

	w.press("ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r", "ctrl+r")
	w.snapshot("08_all_redone", `redid: moved touchpoint "Delivery options"`)

	w.press("ctrl+s")
	w.snapshot("09_saved", "saved online-shop.yaml")

	w.press("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	disk, _ := os.ReadFile(path)
	if string(disk) != done {
		t.Fatal("the saved file is not the map as the workshop left it")
	}
	for _, want := range []string{
		"      - id: delivery-options\n        name: Delivery options\n        emotion: -2\n",
		"          - text: Only one delivery speed, and it is slow\n            votes: 1\n",
		"          - text: Offer next-day delivery for plants in stock\n",
	} {
		if !strings.Contains(string(disk), want) {
			t.Errorf("the saved map lacks %q", want)
		}
	}
	// Only lines were added: nothing the author wrote changed.
	if n := changedLinesRemoved(string(src), string(disk)); n != 0 {
		t.Errorf("the workshop changed %d of the author's lines", n)
	}
}
