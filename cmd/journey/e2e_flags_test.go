package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// --room opens the editor in the room view: the two-row banner names the
// stage in focus and no panel is drawn.
func TestE2ERoomFlagOpensTheRoomView(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	path, _ := copyMap(t, "online-shop.yaml")
	tm := startTerm(t, filepath.Dir(path), 120, 40, bin, "view", "--room", path)
	if s := tm.waitFor("Stage 1 of 6 · Awareness"); strings.Contains(s, "Goals") {
		t.Errorf("--room opened with the panels:\n%s", s)
	}
}

// The editor asks the terminal for mouse reports unless --no-mouse leaves
// the mouse to the terminal, for selecting text.
func TestE2ENoMouseFlagLeavesTheMouseToTheTerminal(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	path, _ := copyMap(t, "online-shop.yaml")
	for _, tt := range []struct {
		args []string
		want string
	}{{nil, "1"}, {[]string{"--no-mouse"}, "0"}} {
		tm := startTerm(t, filepath.Dir(path), 120, 40, append(append([]string{bin, "view"}, tt.args...), path)...)
		tm.waitFor("Awareness", "read-only")
		if got := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", tm.name, "#{mouse_button_flag}")); got != tt.want {
			t.Errorf("journey view %v: the terminal's mouse button reporting is %q, want %q", tt.args, got, tt.want)
		}
	}
}
