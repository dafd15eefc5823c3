package main

// End-to-end tests: the built binary in a real terminal (tmux), driven by
// keys and read back from the screen the way a person would see it.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// e2eToday is the day goals are measured on in these tests.
const e2eToday = "2026-11-22"

// term is one tmux session running the editor on its own tmux server, so
// the tests never touch a user's tmux.
type term struct {
	t      *testing.T
	socket string
	name   string
}

// needTmux skips (or, under CI, fails) when tmux is missing.
func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("JOURNEY_E2E_REQUIRED") == "1" {
			t.Fatal("tmux is not installed and JOURNEY_E2E_REQUIRED=1: the end-to-end tests must run")
		}
		t.Skip("tmux is not installed: skipping the end-to-end tests (CI installs it and sets JOURNEY_E2E_REQUIRED=1)")
	}
}

// buildJourney builds the binary once per test run.
func buildJourney(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "journey")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startTerm runs the command in a w x h terminal in dir.
func startTerm(t *testing.T, dir string, w, h int, args ...string) *term {
	t.Helper()
	return startTermEnv(t, dir, w, h, nil, args...)
}

// startTermEnv is startTerm with extra environment variables (NAME=value).
func startTermEnv(t *testing.T, dir string, w, h int, env []string, args ...string) *term {
	t.Helper()
	tm := &term{t: t, socket: fmt.Sprintf("journey-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()), name: "e2e"}
	cmd := strings.Join(quoteAll(args), " ")
	vars := strings.Join(quoteAll(append([]string{"TERM=xterm-256color", "JOURNEY_TODAY=" + e2eToday, "JOURNEY_CACHE_DIR=" + t.TempDir()}, env...)), " ")
	tm.tmux("-f", "/dev/null", "new-session", "-d", "-s", tm.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-c", dir,
		"env "+vars+" "+cmd)
	tm.tmux("set-option", "-t", tm.name, "remain-on-exit", "on")
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return out
}

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is what the terminal shows now.
func (tm *term) screen() string { return tm.tmux("capture-pane", "-p", "-t", tm.name) }

// press sends keys one at a time, as a person types them; names such as
// Enter, Tab and Escape are tmux key names.
func (tm *term) press(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		tm.tmux("send-keys", "-t", tm.name, k)
		time.Sleep(60 * time.Millisecond)
	}
}

// waitFor waits until the screen shows every string.
func (tm *term) waitFor(what ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		missing := ""
		for _, w := range what {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitExit waits for the program to end and returns its exit status.
func (tm *term) waitExit() int {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var dead, status int
		fmt.Sscan(tm.tmux("display-message", "-p", "-t", tm.name, "#{pane_dead} #{pane_dead_status}"), &dead, &status)
		if dead == 1 {
			return status
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("the program did not exit:\n%s", tm.screen())
	return -1
}

// copyMap copies a sample map into a fresh folder.
func copyMap(t *testing.T, name string) (path string, orig []byte) {
	t.Helper()
	orig, err := os.ReadFile(filepath.Join("..", "..", "maps", name))
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, orig
}

func TestE2EReviewASampleMap(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	today, _ := model.ParseDate(e2eToday)
	for _, name := range []string{"online-shop.yaml", "saas-trial.yaml", "insurance-claim.yaml"} {
		t.Run(name, func(t *testing.T) {
			path, orig := copyMap(t, name)
			doc, err := model.Load(path, today)
			if err != nil {
				t.Fatal(err)
			}
			m := doc.Map()
			tm := startTerm(t, filepath.Dir(path), 160, 48, bin, path)
			tm.waitFor(m.Title, "saved")

			// Every goal with its progress and status, on the first screen.
			first := tm.screen()
			for _, g := range m.Goals {
				f := model.GoalProgress(g, today)
				for _, want := range []string{g.Name, fmt.Sprintf("%d%%", f.Percent()), f.Status.String()} {
					if !strings.Contains(first, want) {
						t.Errorf("goal %q: the first screen lacks %q:\n%s", g.Name, want, first)
					}
				}
			}
			// Every stage, jumping to each by its number.
			for i, s := range m.Stages {
				if i < 9 {
					tm.press(fmt.Sprint(i + 1))
				}
				tm.waitFor(s.Name)
			}
			tm.press("?")
			tm.waitFor("Keys", "next stage", "quit")
			tm.press("?")
			tm.press("q")
			if status := tm.waitExit(); status != 0 {
				t.Errorf("exit status %d after q", status)
			}
			if s := tm.screen(); strings.Contains(s, "Emotion ·") {
				t.Errorf("the editor's screen is still up after quitting:\n%s", s)
			}
			if now, _ := os.ReadFile(path); !bytes.Equal(now, orig) {
				t.Error("browsing the map changed the file")
			}
		})
	}
}

func TestE2ESmallTerminalAndReadOnly(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	path, orig := copyMap(t, "online-shop.yaml")
	tm := startTerm(t, filepath.Dir(path), 60, 20, bin, "view", path)
	tm.waitFor("read-only", "Awareness")
	tm.press("j", "Enter")
	tm.waitFor("Details", "Instagram story ad")
	tm.press("Escape")
	time.Sleep(100 * time.Millisecond)
	tm.press("Tab")
	tm.waitFor("Goals")
	tm.press("?")
	s := tm.waitFor("Keys")
	for _, edit := range []string{"save", "undo", "delete"} {
		if strings.Contains(s, edit) {
			t.Errorf("read-only help offers %q:\n%s", edit, s)
		}
	}
	tm.press("?")
	tm.tmux("resize-window", "-t", tm.name, "-x", "100", "-y", "30")
	tm.waitFor("Goals", "Details") // wide enough for both: the screen redrew
	tm.press("+", "-", "d", "C-s")
	tm.press("C-c")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("exit status %d after ctrl+c", status)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, orig) {
		t.Error("read-only mode changed the file")
	}
}

func TestE2EPortfolioAndBrokenMap(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	dir := t.TempDir()
	for _, name := range []string{"online-shop.yaml", "saas-trial.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "maps", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	broken := "journey: 1\ntitle: Broken\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 7\n"
	os.WriteFile(filepath.Join(dir, "a-broken.yaml"), []byte(broken), 0o644)

	tm := startTerm(t, dir, 100, 30, bin)
	tm.waitFor("Journey maps in", "First purchase at Leafline", "Rotaly free trial", "1 error")
	tm.press("Enter")                                                 // the broken map sorts first and opens in repair mode
	tm.waitFor("Repair mode: 1 problem", "line 7, col 18", "emotion") // open, the problem located
	tm.press("q")
	tm.waitFor("Journey maps in")
	tm.press("j", "Enter")
	tm.waitFor("First purchase at Leafline", "Awareness", "back to list")
	tm.press("q")
	tm.waitFor("Journey maps in")
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}
