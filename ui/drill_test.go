package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// subJourneyFolder is a shop map whose Pay stage names a checkout
// sub-journey; the checkout's last stage leads back to the shop.
func subJourneyFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "shop.yaml"), "journey: 1\ntitle: Shop\nstages:\n  - id: browse\n    name: Browse\n  - id: pay\n    name: Pay\n    journey: sub/checkout.yaml\n    touchpoints:\n      - name: Card form\n        emotion: 0\n")
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	write(t, filepath.Join(dir, "sub", "checkout.yaml"), "journey: 1\ntitle: Checkout\nstages:\n  - id: card\n    name: Card details\n  - id: back\n    name: Back to shop\n    journey: ../shop.yaml\n")
	return filepath.Join(dir, "shop.yaml")
}

func TestDrillDownIntoASubJourneyAndBack(t *testing.T) {
	shop := subJourneyFolder(t)
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	ss := &shellSession{t: t, s: NewShell(newTestCommon(100, 30), ModelLoader(fixedToday), shop, "")}
	ss.run(ss.s.Init())
	ss.expect("Browse")
	if v := ss.screen(); strings.Contains(v, "> sub-journey") || len(strings.Split(v, "\n")) != 30 {
		t.Errorf("the breadcrumb offers a sub-journey on a stage without one, or the screen is not 30 lines:\n%s", v)
	}
	ss.press(">") // nothing to open on Browse
	ss.expect("Browse")
	ss.press("l")
	ss.expect("> sub-journey sub/checkout.yaml")
	ss.press(">")
	ss.expect(" Shop › Checkout   < back")
	ss.expect("Card details")
	ss.expect("q back to the map above")
	if v := ss.screen(); len(strings.Split(v, "\n")) != 30 {
		t.Errorf("breadcrumb and editor make %d lines, want 30", len(strings.Split(v, "\n")))
	}
	// The checkout leads back to the shop: refused, not a loop.
	ss.press("l", ">")
	ss.expect("../shop.yaml is already open above")
	ss.press("<")
	ss.expect("> sub-journey sub/checkout.yaml") // back on the Pay stage
	if it, ok := ss.s.app.selected(); !ok || it.Stage != 1 {
		t.Errorf("back on %+v, want the Pay stage", it)
	}
	if ss.quit {
		t.Fatal("< quit the program")
	}
	ss.press("q")
	if !ss.quit {
		t.Error("q on the top map opened from a file should quit")
	}
}

// > with unsaved edits asks for a save rather than dropping them.
func TestDrillDownWaitsForASave(t *testing.T) {
	shop := subJourneyFolder(t)
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	ss := &shellSession{t: t, s: NewShell(newTestCommon(100, 30), ModelLoader(fixedToday), shop, "")}
	ss.run(ss.s.Init())
	ss.press("l", "j", "+") // the card form's emotion: an unsaved edit
	ss.expect("unsaved")
	ss.press(">")
	ss.expect("save (ctrl+s) before opening the sub-journey")
	if ss.s.app == nil || len(ss.s.trail) != 0 {
		t.Fatal("left a map with unsaved edits")
	}
}
