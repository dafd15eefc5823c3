package main

// End-to-end tests of editing in a real terminal: what a facilitator does
// with the keys, and what ends up in the file, in the recovery file, and
// on the screen when the file changes under the editor.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// editSession opens a copy of the online shop map for editing, with its
// own recovery folder, and selects the checkout touchpoint (emotion -2).
func editSession(t *testing.T, bin string) (tm *term, path string, orig []byte, recDir string) {
	t.Helper()
	path, orig = copyMap(t, "online-shop.yaml")
	recDir = t.TempDir()
	tm = startTermEnv(t, filepath.Dir(path), 160, 48, []string{"JOURNEY_RECOVERY_DIR=" + recDir}, bin, path)
	tm.waitFor("First purchase at Leafline", "saved")
	// The stage, then its third touchpoint: ↓ goes through the opened card
	// of the second (one pain point, one opportunity) on the way.
	tm.press("3", "j", "j", "j", "j", "j")
	tm.waitFor("Stage 3 Purchase · touchpoint", "Checkout form on mobile")
	return tm, path, orig, recDir
}

func TestE2EEmotionChangeSavesOneLine(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, orig, _ := editSession(t, bin)
	tm.press("+")
	tm.waitFor("unsaved")
	tm.press("C-s")
	tm.waitFor("saved")
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("exit status %d after saving and quitting", status)
	}
	now, _ := os.ReadFile(path)
	removed, added := model.ChangedLines(string(orig), string(now))
	// One line, and on it only the number: indentation and comment stay.
	if len(removed) != 1 || len(added) != 1 || !strings.Contains(removed[0], "emotion: -2") ||
		strings.Replace(removed[0], "emotion: -2", "emotion: -1", 1) != added[0] {
		t.Errorf("the save changed more than the emotion line:\n- %q\n+ %q", removed, added)
	}
}

func TestE2EAddPainPointAddsOnlyLines(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, orig, _ := editSession(t, bin)
	tm.press("p")
	time.Sleep(200 * time.Millisecond)
	tm.tmux("send-keys", "-t", tm.name, "-l", "Coupon field sends people hunting for codes")
	tm.press("Enter")
	tm.waitFor("unsaved")
	tm.press("C-s")
	tm.waitFor("saved")
	tm.press("q")
	tm.waitExit()
	now, _ := os.ReadFile(path)
	removed, added := model.ChangedLines(string(orig), string(now))
	if len(removed) != 0 || len(added) == 0 || !strings.Contains(strings.Join(added, ""), "text: Coupon field sends people hunting for codes") {
		t.Errorf("adding a pain point should only add lines:\n- %q\n+ %q", removed, added)
	}
	if _, err := model.Parse(path, now, model.Date{Year: 2026, Month: 11, Day: 22}); err != nil {
		t.Errorf("the saved map no longer lints clean: %v", err)
	}
}

func TestE2ERecoveryAfterKill(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, orig, recDir := editSession(t, bin)
	tm.press("+")
	tm.waitFor("unsaved")
	// The recovery file is written within a second of the change (the
	// timer is store.RecoveryDelay); the wait is longer so that a loaded
	// machine does not fail the test, which is about what the file holds.
	deadline := time.Now().Add(10 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(recDir, "*.json"))
		if len(files) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery file ten seconds after an edit (found %v)", files)
		}
		time.Sleep(50 * time.Millisecond)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "-t", tm.name, "#{pane_pid}")))
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm.waitExit()
	if now, _ := os.ReadFile(path); string(now) != string(orig) {
		t.Fatal("the file changed without a save")
	}

	again := startTermEnv(t, filepath.Dir(path), 160, 48, []string{"JOURNEY_RECOVERY_DIR=" + recDir}, bin, path)
	again.waitFor("Unsaved edits were found", "emotion -2 → -1", "r restore")
	again.press("r")
	again.waitFor("First purchase at Leafline", "unsaved")
	again.press("C-s")
	again.waitFor("saved")
	again.press("q")
	again.waitExit()
	now, _ := os.ReadFile(path)
	removed, added := model.ChangedLines(string(orig), string(now))
	if len(removed) != 1 || len(added) != 1 || !strings.Contains(added[0], "emotion: -1") {
		t.Errorf("the restored edit did not come back as the one-line change:\n- %q\n+ %q", removed, added)
	}
	if files, _ := filepath.Glob(filepath.Join(recDir, "*.json")); len(files) != 0 {
		t.Errorf("recovery files left after restoring and saving: %v", files)
	}
}

func TestE2EReloadsWhenTheFileChangesOutside(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, _, _ := editSession(t, bin)
	// Another program (here journey itself, as a script would) renames a
	// touchpoint while the editor is open with no unsaved edits.
	out, err := exec.Command(bin, "set", path, "stages.purchase.touchpoints.2.name", "Checkout on any phone").CombinedOutput()
	if err != nil {
		t.Fatalf("journey set: %v\n%s", err, out)
	}
	tm.waitFor("Checkout on any phone")
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("exit status %d", status)
	}
}

// outsideSet changes the file from another process while the editor has
// it open, as a script or a colleague's `journey set` would.
func outsideSet(t *testing.T, bin, path, field, value string) {
	t.Helper()
	if out, err := exec.Command(bin, "set", path, field, value).CombinedOutput(); err != nil {
		t.Fatalf("journey set: %v\n%s", err, out)
	}
}

// An unsaved edit in the editor, then a change from outside: M keeps
// both, and the save writes both.
func TestE2EKeepMineMergesAnOutsideChange(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, _, _ := editSession(t, bin)
	tm.press("+")
	tm.waitFor("unsaved")
	outsideSet(t, bin, path, "title", "First purchase at Leafline (reviewed)")
	tm.waitFor("The file changed on disk", "M keep mine")
	tm.press("M")
	tm.waitFor("kept my edits over the file on disk")
	tm.press("C-s")
	tm.waitFor("saved")
	tm.press("q")
	tm.waitExit()
	m := loadMap(t, path)
	if m.Title != "First purchase at Leafline (reviewed)" {
		t.Errorf("the outside change was lost: title %q", m.Title)
	}
	if e := m.Stages[2].Touchpoints[2].Emotion; e == nil || *e != -1 {
		t.Errorf("the editor's edit was lost: emotion %v", e)
	}
}

// Both changed the same emotion: M lists the conflict with both values,
// and the side picked is what is saved.
func TestE2EKeepMineListsAConflict(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	tm, path, _, _ := editSession(t, bin)
	tm.press("+") // -2 → -1
	tm.waitFor("unsaved")
	outsideSet(t, bin, path, "stages.purchase.touchpoints.checkout-form.emotion", "1")
	tm.waitFor("The file changed on disk")
	tm.press("M")
	tm.waitFor("Both sides changed 1 value", "checkout-form.emotion", "[mine -1]", "theirs 1")
	tm.press("t", "Enter")
	tm.waitFor("1 theirs")
	tm.press("C-s")
	tm.waitFor("saved")
	tm.press("q")
	tm.waitExit()
	if e := loadMap(t, path).Stages[2].Touchpoints[2].Emotion; e == nil || *e != 1 {
		t.Errorf("theirs was picked, the file has emotion %v", e)
	}
}

// view --changes HEAD marks on the board exactly what changed since the
// commit: a touchpoint whose emotion changed, one that gained a pain
// point, and one removed, which is a ghost card with its old name; ] goes
// from one to the next, and the details name the removed one's old values.
func TestE2EViewChangesSinceARevision(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	path, _ := copyMap(t, "online-shop.yaml")
	dir := filepath.Dir(path)
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "before the workshop")
	for _, args := range [][]string{
		{"set", path, "stages.purchase.touchpoints.cart.emotion", "1"},
		{"add", path, "stages.delivery.touchpoints.unboxing.pain_points", "text=The pot cracks in winter", "severity=medium"},
		{"rm", path, "stages.awareness.touchpoints.plant-creator-post"},
	} {
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("journey %v: %v\n%s", args, err, out)
		}
	}
	tm := startTerm(t, dir, 160, 48, bin, "view", "--changes", "HEAD", filepath.Base(path))
	s := tm.waitFor("2 touchpoints changed since HEAD, 1 removed")
	if n := strings.Count(s, "⊘ removed"); n != 1 {
		t.Errorf("%d ghosts on the board, want the removed touchpoint alone:\n%s", n, s)
	}
	if n := strings.Count(s, "Δ changed"); n != 1 {
		t.Errorf("%d cards marked changed, want the cart alone:\n%s", n, s)
	}
	if n := strings.Count(s, "✚ pain"); n != 1 {
		t.Errorf("%d cards marked with a new pain point, want the unboxing alone:\n%s", n, s)
	}
	tm.press("]")
	tm.waitFor("change 1 of 3: removed touchpoint: ")
	tm.press("Enter")
	tm.waitFor("touchpoint removed since HEAD; it was:", "id         was plant-creator-post")
	tm.press("Escape", "]")
	tm.waitFor("change 2 of 3: changed touchpoint: Cart (emotion 0 → 1)")
	tm.press("]")
	tm.waitFor("change 3 of 3: Unboxing the plant: +1 pain point")
	tm.press("q")
	tm.waitExit()
}
