package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model/semdiff"
)

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const smallMap = `journey: 1
title: Checkout
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout form
        emotion: -2   # the low point
`

func TestDiffExitsZeroForTheSameMap(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", smallMap)
	// Comments, quoting and flow style are not changes.
	b := writeFile(t, dir, "b.yaml", "journey: 1\ntitle: \"Checkout\"\nstages: [{id: purchase, name: Purchase, touchpoints: [{id: checkout, name: Checkout form, emotion: -2}]}]\n")
	for _, args := range [][]string{{"diff", shopMap, shopMap}, {"diff", a, b}} {
		code, out, errs := runArgs(t, "", args...)
		if code != 0 || out != "" || errs != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 0 and no output", args, code, out, errs)
		}
	}
}

func TestDiffNamesTheChangeAndExitsOne(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", smallMap)
	b := writeFile(t, dir, "b.yaml", strings.Replace(smallMap, "emotion: -2", "emotion: 0", 1))
	code, out, errs := runArgs(t, "", "diff", a, b)
	if code != 1 || out != "~ Checkout form: emotion -2 -> 0\n~ Purchase: mean emotion -2 -> 0\n" || errs != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("coloured output when stdout is not a terminal")
	}
	code, out, _ = runArgs(t, smallMap, "diff", "-", b, "--format", "markdown")
	want := "### Journey map changes: `<stdin>` → `" + b + "`\n\n1 changed, 1 derived.\n\n```diff\n! Checkout form: emotion -2 -> 0\n! Purchase: mean emotion -2 -> 0\n```\n"
	if code != 1 || out != want {
		t.Errorf("markdown: exit %d\n%s\nwant\n%s", code, out, want)
	}
}

func TestDiffAgainstAnEmptyFileListsTheWholeMap(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", smallMap)
	code, out, _ := runArgs(t, "", "diff", os.DevNull, a)
	want := "~ format version: (none) -> 1\n~ title: (none) -> \"Checkout\"\n+ stage \"Purchase\"\n+ touchpoint \"Checkout form\" in Purchase\n"
	if code != 1 || out != want {
		t.Errorf("exit %d\n%s\nwant\n%s", code, out, want)
	}
}

func TestDiffRefusesMalformedInputWithALocatedError(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.yaml", smallMap)
	tests := []struct {
		name   string
		text   string
		stderr string
	}{
		{"YAML syntax", "journey: 1\ntitle: x\n  stages: [\n", "bad.yaml:3:"},
		{"not a map", "- just\n- a list\n", "bad.yaml:1:1: error: a journey map must be a mapping"},
		{"out-of-range emotion", strings.Replace(smallMap, "-2", "-9", 1), "bad.yaml:9:18: error: emotion"},
		{"missing title", "journey: 1\n", "bad.yaml:1:1: error: title is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := writeFile(t, dir, "bad.yaml", tt.text)
			code, out, errs := runArgs(t, "", "diff", good, bad)
			if code != 2 || out != "" || !strings.Contains(errs, tt.stderr) || !strings.Contains(errs, "is not a valid map") {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errs, tt.stderr)
			}
		})
	}
}

func TestDiffUsageErrors(t *testing.T) {
	t.Chdir(t.TempDir()) // not inside a git repository
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"diff", shopMap}, "diff takes 2 arguments"},
		{[]string{"diff", "-", "-"}, "only one of OLD and NEW"},
		{[]string{"diff", "nope.yaml", "nope.yaml"}, "cannot read nope.yaml"},
		{[]string{"diff", "x", "y", "--format", "html"}, `unknown --format "html"`},
		{[]string{"diff", "HEAD:map.yaml", "HEAD:map.yaml"}, "cannot read HEAD:map.yaml: not in a git repository"},
		{[]string{"diff", "--output=/tmp/x:map.yaml", "-"}, "unknown flag"},
	}
	for _, tt := range tests {
		code, out, errs := runArgs(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.stderr) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errs, tt.stderr)
		}
	}
}

func TestDiffRefusesARevisionThatLooksLikeAnOption(t *testing.T) {
	in := parseInput("--output=/tmp/pwned:map.yaml")
	if _, err := in.read(env{}); err == nil || !strings.Contains(err.Error(), "cannot start with '-'") {
		t.Errorf("err = %v", err)
	}
}

// gitRepo makes a scratch repository in a temporary directory, isolated
// from the user's git configuration, and changes into it.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	gitRun(t, "init", "-q")
	return dir
}

func gitRun(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestDiffAgainstGitAfterJourneySetNamesExactlyThatChange(t *testing.T) {
	shop, err := os.ReadFile(shopMap)
	if err != nil {
		t.Fatal(err)
	}
	gitRepo(t)
	writeFile(t, ".", "map.yaml", string(shop))
	gitRun(t, "add", "map.yaml")
	gitRun(t, "commit", "-q", "-m", "Add the shop map")

	if code, out, errs := runArgs(t, "", "diff", "HEAD:map.yaml", "map.yaml"); code != 0 || out != "" {
		t.Fatalf("before any change: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, errs := runArgs(t, "", "set", "map.yaml", "stages.purchase.touchpoints.checkout-form.emotion", "0"); code != 0 {
		t.Fatalf("journey set: exit %d: %s", code, errs)
	}
	// The stage's mean emotion follows: (0 - 1 - 2 + 1) / 4 = -0.5 before,
	// (0 - 1 + 0 + 1) / 4 = 0 after.
	want := "~ Checkout form on mobile: emotion -2 -> 0\n~ Purchase: mean emotion -0.5 -> 0\n"
	code, out, errs := runArgs(t, "", "diff", "HEAD:map.yaml", "map.yaml", "--today", "2026-12-01")
	if code != 1 || out != want || errs != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and only the emotion change", code, out, errs)
	}

	gitRun(t, "commit", "-q", "-a", "-m", "Checkout is less painful")
	if code, out, _ := runArgs(t, "", "diff", "HEAD~1:map.yaml", "HEAD:map.yaml"); code != 1 || out != want {
		t.Errorf("between two revisions: exit %d, stdout %q", code, out)
	}
}

func TestDiffExplainsGitRevisionsItCannotRead(t *testing.T) {
	gitRepo(t)
	writeFile(t, ".", "map.yaml", smallMap)
	os.Mkdir("sub", 0o755)
	writeFile(t, "sub", "other.yaml", smallMap)
	gitRun(t, "add", ".")
	gitRun(t, "commit", "-q", "-m", "maps")
	tests := []struct{ arg, stderr string }{
		{"nope:map.yaml", "cannot read nope:map.yaml: invalid object name 'nope'"},
		{"HEAD:missing.yaml", "cannot read HEAD:missing.yaml: path 'missing.yaml' does not exist in 'HEAD'"},
		{"HEAD:sub", "cannot read HEAD:sub: HEAD:sub is a tree in git, not a file"},
		{"HEAD~3:map.yaml", "cannot read HEAD~3:map.yaml:"},
	}
	for _, tt := range tests {
		code, out, errs := runArgs(t, "", "diff", tt.arg, "map.yaml")
		if code != 2 || out != "" || !strings.Contains(errs, tt.stderr) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and %q", tt.arg, code, out, errs, tt.stderr)
		}
	}
	if code, out, errs := runArgs(t, "", "diff", "HEAD:sub/other.yaml", "map.yaml"); code != 0 {
		t.Errorf("a path inside the revision: exit %d, %q %q", code, out, errs)
	}
}

func TestDiffColoursOnlyATerminalWithoutNoColor(t *testing.T) {
	changes := []semdiff.Change{
		{Op: semdiff.Added, Detail: `stage "Loyalty"`},
		{Op: semdiff.Removed, Detail: `stage "Research"`},
		{Op: semdiff.Changed, Subject: "Checkout form", Detail: "emotion", Old: "-2", New: "0"},
	}
	var b strings.Builder
	writeChanges(&b, changes, true)
	want := "\x1b[32m+ stage \"Loyalty\"\x1b[0m\n\x1b[31m- stage \"Research\"\x1b[0m\n\x1b[33m~ Checkout form: emotion -2 -> 0\x1b[0m\n"
	if b.String() != want {
		t.Errorf("coloured %q", b.String())
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	t.Setenv("NO_COLOR", "")
	if useColour(f) || useColour(&b) {
		t.Error("colour for a file or a buffer")
	}
	tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return // no terminal here (CI): the cases above still ran
	}
	defer tty.Close()
	if !useColour(tty) {
		t.Error("no colour on a terminal")
	}
	t.Setenv("NO_COLOR", "1")
	if useColour(tty) {
		t.Error("colour on a terminal despite NO_COLOR")
	}
}

func TestDiffJSONForScripts(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", smallMap)
	b := writeFile(t, dir, "b.yaml", strings.Replace(smallMap, "emotion: -2", "emotion: 0", 1))
	code, out, errs := runArgs(t, "", "diff", a, b, "--format", "json")
	want := `{
  "changes": [
    {
      "kind": "changed",
      "path": "stages.purchase.touchpoints.checkout.emotion",
      "old": -2,
      "new": 0
    },
    {
      "kind": "derived",
      "path": "stages.purchase.mean_emotion",
      "old": -2,
      "new": 0
    }
  ]
}
`
	if code != 1 || out != want || errs != "" {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errs, out, want)
	}
	if code, out, _ := runArgs(t, "", "diff", a, a, "--format", "json"); code != 0 || out != "{\n  \"changes\": []\n}\n" {
		t.Errorf("same map: exit %d, %q", code, out)
	}
	if code, out, errs := runArgs(t, "", "diff", a, "missing.yaml", "--format", "json"); code != 2 || out != "" || errs == "" {
		t.Errorf("unreadable input: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// journey diff REV FILE reads OLD as FILE in that revision, as git diff
// does; a word that names no file and no revision is still unreadable.
func TestDiffTakesABareRevisionOfTheFile(t *testing.T) {
	dir := gitRepo(t)
	os.Mkdir("maps", 0o755)
	writeFile(t, "maps", "map.yaml", smallMap)
	gitRun(t, "add", ".")
	gitRun(t, "commit", "-q", "-m", "maps")
	if code, out, errs := runArgs(t, "", "diff", "HEAD", "maps/map.yaml"); code != 0 || out != "" || errs != "" {
		t.Errorf("unchanged: exit %d, stdout %q, stderr %q; want 0 and nothing", code, out, errs)
	}
	writeFile(t, "maps", "map.yaml", strings.Replace(smallMap, "title: ", "title: New ", 1))
	code, out, errs := runArgs(t, "", "diff", "HEAD", "maps/map.yaml")
	if code != 1 || !strings.Contains(out, "title") || errs != "" {
		t.Errorf("changed: exit %d, stdout %q, stderr %q; want 1 and the title", code, out, errs)
	}
	t.Chdir(filepath.Join(dir, "maps"))
	if code, out, _ := runArgs(t, "", "diff", "HEAD", "map.yaml", "--format", "markdown"); code != 1 || !strings.Contains(out, "HEAD:./map.yaml") {
		t.Errorf("from a subfolder: exit %d, stdout %q; want 1 naming HEAD:./map.yaml", code, out)
	}
	if code, _, errs := runArgs(t, "", "diff", "HAED", "map.yaml"); code != 2 || !strings.Contains(errs, "cannot read HAED") {
		t.Errorf("a typo: exit %d, stderr %q; want 2", code, errs)
	}
}
