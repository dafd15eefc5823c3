package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runArgs runs the journey command line in-process with stdin and returns
// the exit code and what it printed.
func runArgs(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb})
	return code, out.String(), errb.String()
}

const shopMap = "../../maps/online-shop.yaml"

func TestExportWritesEveryFormatAsItsGolden(t *testing.T) {
	tests := []struct{ format, golden string }{
		{"markdown", "online-shop.md"},
		{"mermaid", "online-shop.mmd"},
		{"csv", "online-shop.csv"},
		{"json", "online-shop.json"},
		{"text", "online-shop.txt"},
		{"svg", "online-shop.svg"},
		{"html", "online-shop.html"},
		{"svg --theme dark", "online-shop.dark.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			args := append([]string{"export", shopMap, "--today", "2026-12-01", "--format"}, strings.Fields(tt.format)...)
			code, out, errs := runArgs(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			want, err := os.ReadFile(filepath.Join("../../model/export/testdata", tt.golden))
			if err != nil {
				t.Fatal(err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s", tt.golden)
			}
		})
	}
}

func TestExportPicksTheFormatFromTheOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "shop.csv")
	code, stdout, errs := runArgs(t, "", "export", shopMap, "-o", out)
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, errs)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "stage,touchpoint,channel,owner,emotion,feeling,pain_points,opportunities\n") {
		t.Errorf("not CSV: %.80s", data)
	}
}

func TestExportReadsStandardInput(t *testing.T) {
	code, out, errs := runArgs(t, "journey: 1\ntitle: From a pipe\nstages: [{id: a, name: A, touchpoints: [{id: x, name: X, emotion: -1}]}]\n",
		"export", "-", "--format", "mermaid")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != "journey\n    title From a pipe\n    section A\n      X: 2\n" {
		t.Errorf("got %q", out)
	}
}

func TestExportRefusesBadInputWithTheRightExitCode(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("journey: 1\ntitle: Broken\nstages:\n  - id: a\n    touchpoints:\n      - id: x\n        emotion: 7\n"), 0o644)
	syntax := filepath.Join(dir, "syntax.yaml")
	os.WriteFile(syntax, []byte("journey: 1\ntitle: [unclosed\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"invalid map", []string{"export", broken, "--format", "json"}, 1, broken + ":7:18: error: emotion"},
		{"YAML syntax error", []string{"export", syntax, "--format", "markdown"}, 1, syntax + ":"},
		{"missing file", []string{"export", filepath.Join(dir, "nope.yaml")}, 2, "cannot read " + filepath.Join(dir, "nope.yaml")},
		{"directory", []string{"export", dir}, 2, "it is a directory"},
		{"unknown format", []string{"export", shopMap, "--format", "pdf"}, 2, `unknown --format "pdf"`},
		{"bad date", []string{"export", shopMap, "--today", "2026-13-01"}, 2, "--today"},
		{"no file", []string{"export"}, 2, "export takes 1 argument, got 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.code, tt.stderr)
			}
			if out != "" {
				t.Errorf("printed %q on failure", out)
			}
		})
	}
}

func TestExportTextShowsOtherFilesAsTheyAre(t *testing.T) {
	ci := filepath.Join(t.TempDir(), "ci.yaml")
	os.WriteFile(ci, []byte("on: push\njobs:\n  test: {runs-on: ubuntu-latest}\n"), 0o644)
	code, out, errs := runArgs(t, "", "export", ci, "--format", "text")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != "on: push\njobs:\n  test: {runs-on: ubuntu-latest}\n" || !strings.Contains(errs, "showing it as it is") {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
}

func TestExportThemeIsForPicturesOnly(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "svg", "--theme", "sepia"}, `unknown theme "sepia" (want light or dark)`},
		{[]string{"--format", "csv", "--theme", "dark"}, "--theme applies to --format svg and html only"},
	} {
		code, out, errs := runArgs(t, "", append([]string{"export", shopMap}, tt.args...)...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %.40q, stderr %q; want exit 2 and %q", tt.args, code, out, errs, tt.want)
		}
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "shop.html")
	if code, _, errs := runArgs(t, "", "export", shopMap, "-o", out, "--theme", "dark"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(data), "<!DOCTYPE html>") || !strings.Contains(string(data), "background:#0d1117") {
		t.Errorf("-o shop.html --theme dark did not write a dark page: %.120s", data)
	}
}
