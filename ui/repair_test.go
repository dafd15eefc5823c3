package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
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

// repairSource is a map with a bad emotion on one touchpoint and a bad
// severity on a pain point of another.
const repairSource = "journey: 1\ntitle: Broken\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 7\n      - name: y\n        emotion: 2\n        pain_points:\n          - text: slow\n            severity: catastrophic\n"

// openRepair opens repairSource in the editor at w x h.
func openRepair(t *testing.T, w, h int) (*shellSession, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "broken.yaml")
	write(t, path, repairSource)
	ss := &shellSession{t: t, s: NewShell(newTestCommon(w, h), ModelLoader(fixedToday), path, "")}
	ss.run(ss.s.Init())
	return ss, path
}

// Each bad value is marked where it is: the card holding it says
// "! problem", ] opens the details on the bad field with the message
// under it, enter edits it, and fixing it clears the mark and the
// banner's line; the other problem keeps its marks until fixed too.
func TestRepairModeMarksTheBadValues(t *testing.T) {
	ss, path := openRepair(t, 120, 40)
	ss.expect("Repair mode: 2 problems")
	if n := strings.Count(ss.screen(), "! problem"); n != 2 {
		t.Fatalf("%d cards marked, want x and y:\n%s", n, ss.screen())
	}
	ss.press("]")
	ss.expect("▸ Emotion")
	ss.expect("! problem: line 7, col 18: emotion must be an integer")
	ss.expect("problem 1 of 2")
	ss.press("enter", "backspace", "1", "enter")
	if v := ss.screen(); strings.Contains(v, "got 7") {
		t.Errorf("the emotion's problem is still shown after it was fixed:\n%s", v)
	}
	ss.expect("Repair mode: 1 problem")
	if n := strings.Count(ss.screen(), "! problem"); n != 1 {
		t.Errorf("%d cards marked after the fix, want y alone:\n%s", n, ss.screen())
	}
	ss.press("]")
	ss.expect("▸ Severity")
	ss.expect("! problem: line 12, col 23: severity must be one of")
	ss.press("s")
	if v := ss.screen(); strings.Contains(v, "problem") {
		t.Errorf("marks stay after every problem was fixed:\n%s", v)
	}
	ss.press("ctrl+s")
	want := strings.NewReplacer("emotion: 7", "emotion: 1", "catastrophic", "low").Replace(repairSource)
	if b, _ := os.ReadFile(path); string(b) != want {
		t.Errorf("saved:\n%s\nwant:\n%s", b, want)
	}
}

// A problem is placed on the innermost item that starts before its line
// and holds its key, and on the field the key names.
func TestProblemsArePlacedOnTheirItemAndField(t *testing.T) {
	for _, tt := range []struct {
		line string
		key  string
		col  int
	}{
		{"        emotion: 7", "emotion", 9},
		{"  - name: A", "name", 5},
		{"          - - x", "", 15},
		{"title: x", "title", 1},
		{`    "quoted key": 1`, "", 5},
	} {
		if k, c := board.KeyOf(tt.line); k != tt.key || c != tt.col {
			t.Errorf("keyOf(%q) = %q, %d; want %q, %d", tt.line, k, c, tt.key, tt.col)
		}
	}
	doc, _ := model.Parse("b.yaml", []byte(repairSource), fixedToday)
	rm := board.PlaceProblems(doc)
	if rm == nil || len(rm.Stops) != 2 {
		t.Fatalf("placed %+v, want two problems", rm)
	}
	if s := rm.Stops[0]; s.Item != common.TouchpointItem(0, 0) || s.Field != "emotion" {
		t.Errorf("the emotion's problem is placed on %+v %q", s.Item, s.Field)
	}
	if s := rm.Stops[1]; s.Item != common.PainPointItem(0, 1, 0) || s.Field != "severity" {
		t.Errorf("the severity's problem is placed on %+v %q", s.Item, s.Field)
	}
	if p := rm.Problems(common.TouchpointItem(0, 1)); len(p["pain_points/0"]) != 1 {
		t.Errorf("the touchpoint's details do not mark its pain point's row: %v", p)
	}
}

// Golden: repair mode at 120x40 on a map with emotion: 7, the details
// open on the bad field. Update with -update and read the diff.
func TestRepairGolden(t *testing.T) {
	ss, _ := openRepair(t, 120, 40)
	ss.press("]")
	golden.RequireEqual(t, []byte(ss.screen()))
}
