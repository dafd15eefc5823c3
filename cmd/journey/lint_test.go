package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// lintLine is the text format of one problem.
var lintLine = regexp.MustCompile(`^(.+):(\d+):(\d+): (error|warning): (.+)$`)

// Maps for lint, none with an updated date, so that nothing depends on the
// day the test runs.
const (
	lintClean    = "journey: 1\ntitle: Clean\nstages:\n  - id: a\n    name: A\n"
	lintWarnings = "journey: 1\ntitle: Warnings only\nstages:\n  - id: a\n    name: A\n    touchpionts: []\n"
	lintErrors   = "journey: 1\ntitle: Errors\nstages:\n  - id: a\n    name: A\n    touchpoints:\n      - id: t\n        emotion: 7\n      - id: t\n        severity: catastrophic\n"
)

// putFile writes text to dir/name, making directories as needed.
func putFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lintProblems parses lint's text output into lines, failing on any line
// not of the form file:line:col: error|warning: message.
func lintProblems(t *testing.T, out string) [][]string {
	t.Helper()
	var got [][]string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		m := lintLine.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not file:line:col: severity: message: %q", line)
			continue
		}
		got = append(got, m[1:])
	}
	return got
}

func TestLintExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := putFile(t, dir, "clean.yaml", lintClean)
	warn := putFile(t, dir, "warn.yaml", lintWarnings)
	bad := putFile(t, dir, "bad.yaml", lintErrors)
	tests := []struct {
		name  string
		args  []string
		code  int
		lines []string // every problem line, in order, as severity and a part of the message
	}{
		{"clean", []string{clean}, 0, nil},
		{"warnings only", []string{warn}, 0, []string{`warn.yaml:6:5: warning: unknown stage key "touchpionts"`}},
		{"errors", []string{bad}, 1, []string{
			"bad.yaml:8:18: error: emotion must be an integer from -2 to 2",
			"bad.yaml:9:13: error: duplicate touchpoint id",
			"bad.yaml:10:9: warning: unknown touchpoint key",
		}},
		{"errors among clean files", []string{clean, bad, warn}, 1, nil},
		{"sample maps", []string{"../../maps/"}, 0, nil},
		{"missing path", []string{filepath.Join(dir, "nope.yaml")}, 2, nil},
		{"missing path beside a good one", []string{clean, filepath.Join(dir, "nope")}, 2, nil},
		{"no path", nil, 2, nil},
		{"bad format", []string{"--format", "xml", clean}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := jrun(t, append([]string{"lint"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			problems := lintProblems(t, out)
			if tt.code == 0 {
				for _, p := range problems {
					if p[3] == "error" {
						t.Errorf("exit 0 with an error: %v", p)
					}
				}
			}
			if tt.code == 2 && !strings.Contains(errOut, "journey:") {
				t.Errorf("exit 2 without a reason on stderr: %q", errOut)
			}
			if tt.lines == nil {
				if tt.name == "clean" && out != "" {
					t.Errorf("a clean map printed %q", out)
				}
				return
			}
			if len(problems) != len(tt.lines) {
				t.Fatalf("%d problems, want %d:\n%s", len(problems), len(tt.lines), out)
			}
			outLines := strings.Split(out, "\n")
			for i, want := range tt.lines {
				if !strings.HasPrefix(outLines[i], filepath.Join(dir, want[:strings.Index(want, ":")])) ||
					!strings.Contains(outLines[i], want[strings.Index(want, ":"):]) {
					t.Errorf("line %d = %q, want %q", i+1, outLines[i], want)
				}
			}
		})
	}
}

func TestLintSuggests(t *testing.T) {
	dir := t.TempDir()
	f := putFile(t, dir, "typo.yaml", lintWarnings)
	_, out, _ := jrun(t, "lint", f)
	if !strings.Contains(out, `did you mean "touchpoints"`) {
		t.Errorf("no suggestion for touchpionts: %q", out)
	}
	code, _, errOut := jrun(t, "lint", "--format", "xml", f)
	if code != 2 || !strings.Contains(errOut, "json") || !strings.Contains(errOut, "text") {
		t.Errorf("a bad --format should list the formats: %d %q", code, errOut)
	}
}

func TestLintJSON(t *testing.T) {
	dir := t.TempDir()
	bad := putFile(t, dir, "bad.yaml", lintErrors)
	clean := putFile(t, dir, "clean.yaml", lintClean)
	type item struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Col      int    `json:"col"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
	}
	code, out, _ := jrun(t, "lint", "--format", "json", bad, clean)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var items []item
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(items) != 3 || items[0] != (item{bad, 8, 18, "error", items[0].Message}) || !strings.Contains(items[0].Message, "-2 to 2") {
		t.Errorf("items = %+v", items)
	}
	// The same problems as the text format, in the same order.
	_, text, _ := jrun(t, "lint", bad, clean)
	for i, p := range lintProblems(t, text) {
		if i < len(items) && (p[0] != items[i].File || p[3] != items[i].Severity || p[4] != items[i].Message) {
			t.Errorf("text %v and JSON %+v disagree", p, items[i])
		}
	}
	// A clean run is an empty list, not null or nothing.
	code, out, _ = jrun(t, "lint", "--format=json", clean)
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("clean JSON = %d %q, want 0 []", code, out)
	}
}

func TestLintDirectories(t *testing.T) {
	dir := t.TempDir()
	bad := putFile(t, dir, "bad.yaml", lintErrors)
	warn := putFile(t, dir, "nested/deeper/warn.yml", lintWarnings)
	putFile(t, dir, "nested/clean.yaml", lintClean)
	putFile(t, dir, ".hidden/broken.yaml", lintErrors)
	putFile(t, dir, "node_modules/pkg/broken.yaml", lintErrors)
	putFile(t, dir, "nested/testdata/broken.yaml", lintErrors)
	putFile(t, dir, "ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n")
	putFile(t, dir, "compose.yaml", "services: [\n") // not a map, and not even YAML
	putFile(t, dir, "notes.txt", "journey: 1\n")
	putFile(t, dir, "template.yaml.tmpl", "journey: 1\ntitle: {{title}}\n")
	code, out, errOut := jrun(t, "lint", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (stderr %q)", code, errOut)
	}
	files := map[string]int{}
	for _, p := range lintProblems(t, out) {
		files[p[0]]++
	}
	if files[bad] != 3 || files[warn] != 1 || len(files) != 2 {
		t.Errorf("problems by file = %v; want 3 in %s and 1 in %s only", files, bad, warn)
	}
	// A directory of clean maps and other YAML is clean.
	clean := t.TempDir()
	putFile(t, clean, "a.yaml", lintClean)
	putFile(t, clean, "ci.yml", "on: push\n")
	if code, out, _ := jrun(t, "lint", clean); code != 0 || out != "" {
		t.Errorf("clean directory: %d %q", code, out)
	}
	// A file named explicitly is checked even when it does not look like a map.
	ci := filepath.Join(dir, "ci.yml")
	if code, out, _ := jrun(t, "lint", ci); code != 1 || !strings.Contains(out, "ci.yml:") {
		t.Errorf("lint ci.yml = %d %q; want its errors", code, out)
	}
}

// Map text reaches the terminal through lint's messages: escape sequences
// in it must not.
func TestLintOutputHasNoEscapeSequences(t *testing.T) {
	dir := t.TempDir()
	f := putFile(t, dir, "hostile.yaml", "journey: 1\ntitle: \"\\e]0;owned\\a\"\n\"\\e[2Jstagse\": []\nstate: \"\\e[31mred\"\n")
	code, out, errOut := jrun(t, "lint", f)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the bad state", code)
	}
	for _, s := range []string{out, errOut} {
		if strings.ContainsAny(s, "\x1b\x07") {
			t.Errorf("control characters reach the terminal: %q", s)
		}
	}
	if !strings.Contains(out, "state") {
		t.Errorf("the bad state is not reported: %q", out)
	}
}

func TestLintLocatesSyntaxErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, src, want string }{
		{"unclosed.yaml", "journey: 1\ntitle: T\ntags: [a, b\n", "error:"},
		{"empty.yaml", "", "error:"},
		{"tab.yaml", "journey: 1\ntitle: T\nstages:\n\t- id: a\n", "error:"},
		{"binary.yaml", "journey: 1\ntitle: \x00\x01\x02\n", "error:"},
	}
	for _, tt := range tests {
		f := putFile(t, dir, tt.name, tt.src)
		code, out, _ := jrun(t, "lint", f)
		problems := lintProblems(t, out)
		if code != 1 || len(problems) == 0 || problems[0][3] != "error" || problems[0][0] != f {
			t.Errorf("%s: exit %d, %q; want 1 and a located error", tt.name, code, out)
		}
	}
}

// File names found by a directory walk come from the repository, not the
// user: a name holding an escape sequence is shown escaped.
func TestLintEscapesFileNames(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "evil\x1b[2J\x07.yaml", lintErrors)
	code, out, errOut := jrun(t, "lint", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if strings.ContainsAny(out+errOut, "\x1b\x07") {
		t.Errorf("control characters from a file name reach the terminal: %q", out+errOut)
	}
	if n := len(lintProblems(t, out)); n != 3 || !strings.Contains(out, "evil") {
		t.Errorf("want the 3 problems of the file, got %d: %q", n, out)
	}
}

// A folder walk says which YAML files it passed over, reports a file that
// looks like a map but lost its journey: line, and finds nothing with
// exit 2, so that a CI step never stays green on nothing.
func TestLintWalkSaysWhatItSkipped(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "a.yaml", lintClean)
	putFile(t, dir, "ci.yml", "on: push\n")
	damaged := putFile(t, dir, "sub/damaged.yaml", strings.TrimPrefix(lintClean, "journey: 1\n"))
	code, out, errOut := jrun(t, "lint", dir)
	if code != 1 || !strings.Contains(out, damaged+":") || !strings.Contains(out, "journey is required") {
		t.Errorf("exit %d, %q; want 1 and the damaged map's missing journey:", code, out)
	}
	if !strings.Contains(errOut, "skipped "+filepath.Join(dir, "ci.yml")) {
		t.Errorf("stderr %q; want ci.yml named as skipped", errOut)
	}

	empty := t.TempDir()
	putFile(t, empty, "ci.yml", "on: push\n")
	code, out, errOut = jrun(t, "lint", empty)
	if code != 2 || out != "" || !strings.Contains(errOut, "no journey maps found") {
		t.Errorf("a folder with no maps: exit %d, %q, %q; want 2 and a message", code, out, errOut)
	}
}
