package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/screens"
)

// mapFolder is a folder with two sample maps, a broken map and some YAML
// that is not a map.
func mapFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"online-shop.yaml", "saas-trial.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "maps", name))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, name), string(data))
	}
	write(t, filepath.Join(dir, "broken.yaml"), "journey: 1\ntitle: Broken\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 7\n")
	write(t, filepath.Join(dir, "compose.yml"), "services:\n  web: {}\n")
	write(t, filepath.Join(dir, ".hidden.yaml"), "journey: 1\ntitle: Hidden\n")
	return dir
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// shellSession runs a Shell the way tea does, commands included.
type shellSession struct {
	t    *testing.T
	s    *Shell
	quit bool
}

func (ss *shellSession) send(msg tea.Msg) {
	_, cmd := ss.s.Update(msg)
	ss.run(cmd)
}

func (ss *shellSession) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	// While the portfolio loads or a map opens, wait for the message: those
	// commands always end.
	msg, ok := resultOr(cmd, func() bool {
		return ss.s.opening != "" || (ss.s.portfolio != nil && ss.s.portfolio.Loading)
	})
	if !ok {
		return
	}
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		ss.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			ss.run(c)
		}
	default:
		ss.send(msg)
	}
}

func (ss *shellSession) press(keys ...string) {
	for _, k := range keys {
		ss.send(keyMsg(k))
	}
}

func (ss *shellSession) expect(want string) {
	ss.t.Helper()
	if v := ansi.Strip(ss.s.View()); !strings.Contains(v, want) {
		ss.t.Fatalf("screen lacks %q:\n%s", want, v)
	}
}

func TestPortfolioOpensMapsAndComesBack(t *testing.T) {
	dir := mapFolder(t)
	c := newTestCommon(100, 30)
	ss := &shellSession{t: t, s: NewShell(c, ModelLoader(fixedToday), "", dir)}
	ss.run(ss.s.Init())
	ss.expect("Journey maps in")
	ss.expect("First purchase at Leafline")
	ss.expect("1 error")
	// The broken map comes first (attention) and opens in repair mode
	// with its located problem, never a Go error.
	ss.press("enter")
	ss.expect("Repair mode: 1 problem")
	ss.expect("line 7, col 18")
	ss.expect("q back to list")
	ss.press("q")
	ss.expect("Journey maps in")
	ss.press("j", "enter")
	ss.expect("Awareness")
	ss.expect("back to list")
	ss.press("q")
	ss.expect("Journey maps in")
	if ss.quit {
		t.Fatal("quitting a map opened from the portfolio quit the program")
	}
	ss.press("q")
	if !ss.quit {
		t.Fatal("q in the portfolio did not quit")
	}
}

func TestShellOnAFileQuitsWithTheMap(t *testing.T) {
	c := newTestCommon(80, 24)
	ss := &shellSession{t: t, s: NewShell(c, ModelLoader(fixedToday), filepath.Join("..", "maps", "saas-trial.yaml"), "")}
	ss.run(ss.s.Init())
	ss.expect("Rotaly free trial")
	ss.expect("q quit")
	ss.press("q")
	if !ss.quit {
		t.Fatal("q did not quit")
	}
}

func TestErrorScreen(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"located problems", model.Diagnostics{
			{File: "m.yaml", Line: 3, Col: 5, Severity: model.Error, Message: "unknown key \"touchpionts\"\x1b[2J"},
			{File: "m.yaml", Line: 9, Col: 1, Severity: model.Error, Message: "emotion must be from -2 to 2"},
		}, []string{"2 problems stop this map from opening", "line 3, col 5", "unknown key \"touchpionts\"", "line 9, col 1", "press r to try again"}},
		{"missing file", &os.PathError{Op: "open", Path: "gone.yaml", Err: os.ErrNotExist}, []string{"gone.yaml: file does not exist"}},
		{"other", errors.New("gone.yaml is a directory, not a map file"), []string{"is a directory"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestCommon(60, 20)
			v := screens.NewError(c.View(), "m.yaml", tt.err).View()
			checkScreen(t, tt.name, v, 60, 20)
			if strings.ContainsRune(v, 0x1b) {
				t.Errorf("escape sequence on the error screen: %q", v)
			}
			for _, w := range tt.want {
				if !strings.Contains(ansi.Strip(v), w) {
					t.Errorf("error screen lacks %q:\n%s", w, ansi.Strip(v))
				}
			}
		})
	}
}

func TestErrorScreenRetries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.yaml")
	write(t, path, "journey: 1\ntitle: Fixed soon\nstages: [{name: A, touchpoints: [{name: x, emotion: 1}]\n")
	c := newTestCommon(80, 24)
	ss := &shellSession{t: t, s: NewShell(c, ModelLoader(fixedToday), path, "")}
	ss.run(ss.s.Init())
	ss.expect("Could not open")
	write(t, path, "journey: 1\ntitle: Fixed soon\nstages: [{name: A, touchpoints: [{name: x, emotion: 2}]}]\n")
	ss.press("r")
	ss.expect("Fixed soon")
	ss.expect("1 A")
}
