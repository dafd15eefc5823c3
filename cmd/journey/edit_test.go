package main

import (
	"strings"
	"testing"
)

// Opening the editor on something it cannot open is a usage error with a
// message a person can act on, before any screen is drawn.
func TestOpenEditorRefusesBadArguments(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"no-such-map.yaml"}, "no-such-map.yaml: no such file or folder"},
		{"missing file to view", []string{"view", "no-such-map.yaml"}, "no such file or folder"},
		{"unknown theme", []string{"--theme", "neon", "../../maps/online-shop.yaml"}, `unknown theme "neon"`},
		{"two files", []string{"view", "a.yaml", "b.yaml"}, "accepts at most 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runArgs(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d (stderr %q)", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", stderr, tt.want)
			}
			if stdout != "" {
				t.Errorf("wrote to stdout: %q", stdout)
			}
		})
	}
}

func TestNoArgumentInAFolderWithoutMaps(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, stderr := runArgs(t, "")
	if code != exitUsage || !strings.Contains(stderr, "no journey maps in this folder") ||
		!strings.Contains(stderr, "journey new FILE") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestEditorRefusesABadJourneyToday(t *testing.T) {
	t.Setenv("JOURNEY_TODAY", "2026-13-45")
	code, _, stderr := runArgs(t, "", "view", shopMap)
	if code != exitUsage || !strings.Contains(stderr, "JOURNEY_TODAY") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
