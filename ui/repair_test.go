package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A map with one bad value opens in repair mode: the editor shows the map
// with its problem located in the banner, refuses an edit that adds a
// problem, makes one that fixes it, and the banner goes once none is left.
func TestShellOpensABrokenMapInRepairMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.yaml")
	src := "journey: 1\ntitle: Broken\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 7\n      - name: y\n        emotion: 2\n"
	write(t, path, src)
	c := newTestCommon(100, 30)
	ss := &shellSession{t: t, s: NewShell(c, ModelLoader(fixedToday), path, "")}
	ss.run(ss.s.Init())
	ss.expect("Broken")
	ss.expect("Repair mode: 1 problem")
	ss.expect("line 7, col 18: emotion must be an integer from -2 to 2, got 7")
	// An edit that leaves the problem is made; the banner stays.
	ss.press("j", "j", "-")
	ss.expect("Repair mode: 1 problem")
	// Fixing it clears the banner.
	ss.press("k", "+")
	if v := ansi.Strip(ss.s.View()); strings.Contains(v, "Repair mode") {
		t.Errorf("the banner stays after the problem was fixed:\n%s", v)
	}
	ss.press("ctrl+s")
	want := strings.Replace(strings.Replace(src, "emotion: 7", "emotion: 1", 1), "emotion: 2", "emotion: 1", 1)
	if b, _ := os.ReadFile(path); string(b) != want {
		t.Errorf("saved:\n%s\nwant:\n%s", b, want)
	}
}
