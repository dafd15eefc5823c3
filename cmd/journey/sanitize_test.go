package main

import (
	"strings"
	"testing"
)

// hostileName holds what a repository can put in a file name: a window
// title and bell, a clipboard write, a bidi override, a C1 CSI, a
// zero-width space and a byte that is not UTF-8.
const hostileName = "x\x1b]0;title\a\x1b]52;c;ZXZpbA==\a\u202e\u009b2J\u200b\xff.yaml"

// forbidden is what must never reach a terminal or a CI log raw.
func forbidden(s string) string {
	for _, r := range s {
		switch {
		case r == 0x1b, r == 0x07, r == 0x9b, r == 0x202e, r == 0x200b:
			return string(r)
		}
	}
	if strings.Contains(s, "\xff") {
		return "\xff"
	}
	return ""
}

// Every lint format escapes or strips the controls of a file name; a
// zero-width space shows as <U+200B> in text and github, as \u200b in JSON.
func TestLintFormatsKeepFileNamesHarmless(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, hostileName, lintErrors)
	for _, format := range []string{"text", "json", "github"} {
		code, out, errOut := jrun(t, "lint", "--format", format, dir)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1 (stderr %q)", format, code, errOut)
		}
		if c := forbidden(out + errOut); c != "" {
			t.Errorf("%s: %q reaches the output: %q", format, c, out)
		}
		want := "<U+200B>"
		if format == "json" {
			want = `\u200b`
		}
		if !strings.Contains(out, want) {
			t.Errorf("%s: the zero-width space is not shown as %s: %q", format, want, out)
		}
	}
}

// A path given on the command line is quoted in messages: harmlessly.
func TestBadArgumentsAreNotEchoedRaw(t *testing.T) {
	for _, args := range [][]string{
		{"get", hostileName, "title"},
		{"export", hostileName},
		{"lint", hostileName},
		{"get", "../../maps/online-shop.yaml", "stages.\x1b]0;t\a\u202e"},
		{"--\x1b[2Jbad-flag"},
	} {
		code, out, errOut := jrun(t, args...)
		if code != 2 {
			t.Errorf("journey %q: exit %d, want 2", args, code)
		}
		if c := forbidden(out + errOut); c != "" {
			t.Errorf("journey %q: %q reaches the terminal: %q", args, c, errOut)
		}
	}
}
