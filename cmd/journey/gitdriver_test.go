package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The diff driver that docs/git.md gives keeps `git diff` going when one
// side of a map is not valid: a note and a plain diff of that file, and
// the next file's journey diff after it.
func TestDocumentedGitDiffDriverFallsBackOnABrokenMap(t *testing.T) {
	docs, err := os.ReadFile("../../docs/git.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^git config diff\.journey\.command .*$`).Find(docs)
	if m == nil {
		t.Fatal("docs/git.md no longer shows the diff driver")
	}
	shop, err := os.ReadFile(shopMap)
	if err != nil {
		t.Fatal(err)
	}
	bin := buildJourney(t)
	dir := gitRepo(t)
	writeFile(t, dir, "a.yaml", string(shop))
	writeFile(t, dir, "b.yaml", string(shop))
	writeFile(t, dir, ".gitattributes", "*.yaml diff=journey\n")
	gitRun(t, "add", "-A")
	gitRun(t, "commit", "-q", "-m", "maps")
	writeFile(t, dir, "a.yaml", string(shop)+"stages: [broken\n")
	writeFile(t, dir, "b.yaml", strings.Replace(string(shop), "emotion: -2   #", "emotion: 1   #", 1))

	path := filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH")
	setup := exec.Command("sh", "-c", string(m))
	setup.Env = append(os.Environ(), "PATH="+path)
	if out, err := setup.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", m, err, out)
	}
	cmd := exec.Command("git", "diff")
	cmd.Env = append(os.Environ(), "PATH="+path, "JOURNEY_TODAY=2026-11-22")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git diff stops: %v\n%s", err, out)
	}
	for _, want := range []string{"journey diff a.yaml", "plain diff", "+stages: [broken", "journey diff b.yaml", "emotion -2 -> +1"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("git diff output lacks %q:\n%s", want, out)
		}
	}
}
