package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// checkoutMap is a map of one stage and one touchpoint.
const checkoutMap = `journey: 1
title: Checkout
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout form
        emotion: -2
`

// commitMap writes text to map.yaml in the git repository dir, commits
// it, and returns it.
func commitMap(t *testing.T, dir, text string) string {
	t.Helper()
	writeFile(t, dir, "map.yaml", text)
	gitRun(t, "add", "map.yaml")
	gitRun(t, "commit", "-q", "-m", "map")
	return text
}

// A reviewer opens the map as the last commit has it, while the working
// copy already holds a change: the board shows the committed emotion, the
// viewer writes nothing, and its temporary copy goes when it quits.
func TestE2EViewARevisionShowsItsOldValues(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	dir := gitRepo(t)
	committed := commitMap(t, dir, checkoutMap)
	now := strings.Replace(committed, "emotion: -2", "emotion: 2", 1)
	writeFile(t, dir, "map.yaml", now)
	tmp := t.TempDir()

	tm := startTermEnv(t, dir, 100, 30, []string{"TMPDIR=" + tmp}, bin, "view", "HEAD:map.yaml")
	screen := tm.waitFor("Checkout form", "read-only")
	if !strings.Contains(screen, "▼▼-2") || strings.Contains(screen, "▲▲+2") {
		t.Errorf("the board does not show the committed emotion -2:\n%s", screen)
	}
	tm.press("q")
	if code := tm.waitExit(); code != 0 {
		t.Errorf("exit %d:\n%s", code, tm.screen())
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "map.yaml")); string(data) != now {
		t.Errorf("the working copy changed:\n%s", data)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("the viewer left %d temporary files behind", len(left))
	}
}

func TestViewARevisionRefusesEditingAndMissingPaths(t *testing.T) {
	dir := gitRepo(t)
	writeFile(t, dir, "map.yaml", smallMap)
	gitRun(t, "add", "map.yaml")
	gitRun(t, "commit", "-q", "-m", "map")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"edit", "HEAD:map.yaml"}, "HEAD:map.yaml is a git revision, which cannot be edited; open it with journey view HEAD:map.yaml"},
		{[]string{"view", "HEAD:nope.yaml"}, "cannot read HEAD:nope.yaml: path 'nope.yaml' does not exist in 'HEAD'"},
		{[]string{"view", "nope.yaml"}, "nope.yaml: no such file or folder"},
	} {
		code, out, errs := runArgs(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errs, tt.want)
		}
	}
}

// A map viewed from a git revision reads its ideal (=) from the same
// revision, relative to the map, whether the path was given from the
// repository's root or from the working folder; the working copy's ideal,
// changed since, is not the one shown.
func TestARevisionReadsItsIdealFromTheSameRevision(t *testing.T) {
	dir := gitRepo(t)
	if err := os.MkdirAll(filepath.Join(dir, "maps", "ideal"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "maps/shop.yaml", strings.Replace(smallMap, "journey: 1\n", "journey: 1\nideal: ideal/shop.yaml\n", 1))
	writeFile(t, dir, "maps/ideal/shop.yaml", strings.Replace(smallMap, "title: ", "title: Committed ideal ", 1))
	gitRun(t, "add", "maps")
	gitRun(t, "commit", "-q", "-m", "maps")
	writeFile(t, dir, "maps/ideal/shop.yaml", strings.Replace(smallMap, "title: ", "title: Working ideal ", 1))
	for _, arg := range []string{"HEAD:maps/shop.yaml", "HEAD:./maps/shop.yaml"} {
		m, err := relatedAt(env{}, parseInput(arg), "ideal/shop.yaml", cliToday)
		if err != nil {
			t.Fatalf("%s: %v", arg, err)
		}
		if !strings.HasPrefix(m.Title, "Committed ideal") {
			t.Errorf("%s: the ideal read is %q, want the committed one", arg, m.Title)
		}
	}
	if _, err := relatedAt(env{}, parseInput("HEAD:maps/shop.yaml"), "ideal/gone.yaml", cliToday); err == nil || !strings.Contains(err.Error(), "ideal/gone.yaml") {
		t.Errorf("a missing ideal: %v", err)
	}
}

// A stage removed since the commit is on the board of view --changes as a
// ghost column where it was (here before the first), marked removed, with
// its touchpoint as a ghost card; ] reaches it, and the working copy keeps
// no trace of it.
func TestE2EViewChangesShowsARemovedStageAsAGhostColumn(t *testing.T) {
	needTmux(t)
	bin := buildJourney(t)
	dir := gitRepo(t)
	commitMap(t, dir, strings.Replace(checkoutMap, "stages:\n", `stages:
  - id: compare
    name: Compare plans
    touchpoints:
      - id: table
        name: Plan table
        emotion: -1
`, 1))
	if out, err := exec.Command(bin, "rm", "map.yaml", "stages.compare").CombinedOutput(); err != nil {
		t.Fatalf("journey rm: %v\n%s", err, out)
	}
	now, _ := os.ReadFile(filepath.Join(dir, "map.yaml"))

	tm := startTerm(t, dir, 120, 40, bin, "view", "--changes", "HEAD", "map.yaml")
	s := tm.waitFor("removed stage: Compare plans", "┆ Plan table")
	if !regexp.MustCompile(`⊘ Compare plans +▸1 Purchase`).MatchString(s) {
		t.Errorf("the removed stage's column is not before Purchase:\n%s", s)
	}
	tm.press("]")
	tm.waitFor("change 1 of 2: removed stage: Compare plans", "▸⊘ Compare plans")
	tm.press("]")
	tm.waitFor("change 2 of 2: removed touchpoint: Plan table", "┃▸Plan table")
	tm.press("q")
	if code := tm.waitExit(); code != 0 {
		t.Errorf("exit %d:\n%s", code, tm.screen())
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "map.yaml")); string(data) != string(now) || strings.Contains(string(data), "compare") {
		t.Errorf("the working copy changed or holds the removed stage:\n%s", data)
	}
}
