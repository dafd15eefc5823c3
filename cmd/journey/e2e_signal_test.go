package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/journey-maps/journey/model/store"
)

// TestE2EEditsSurviveAClosedTerminal stops the editor right after an edit,
// before the recovery file was due, the way a closed terminal window
// (SIGHUP) or a `kill` (SIGTERM) does: the edit must be in the recovery
// file all the same.
func TestE2EEditsSurviveAClosedTerminal(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			tm, path, orig, recDir := editSession(t, bin)
			tm.press("+")
			tm.waitFor("unsaved")
			pid, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "-t", tm.name, "#{pane_pid}")))
			if err != nil {
				t.Fatal(err)
			}
			if err := syscall.Kill(pid, sig); err != nil {
				t.Fatal(err)
			}
			tm.waitExit()
			if now, _ := os.ReadFile(path); string(now) != string(orig) {
				t.Fatal("the file changed without a save")
			}
			t.Setenv("JOURNEY_RECOVERY_DIR", recDir)
			r, err := store.Read(path)
			if err != nil || r == nil {
				files, _ := filepath.Glob(filepath.Join(recDir, "*"))
				t.Fatalf("no recovery file after %v right after an edit: %v %v", sig, err, files)
			}
			if len(r.Edits) != 1 || !strings.Contains(r.Actions[0], "emotion -2 → -1") {
				t.Errorf("the recovery file lacks the edit: %q", r.Actions)
			}
		})
	}
}
