package main

// The examples in the README and in every command's --help are what a new
// user types first: each one runs here, as documented, in a scratch clone
// of the repository, and must end with the exit status the docs imply.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// example is one documented command line and where it is documented.
type example struct {
	where, line string
}

// readmeExamples are the `journey ...` lines of the README's sh blocks,
// continuation lines joined and trailing comments dropped.
func readmeExamples(t *testing.T, path string) []example {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []example
	inSh, cont := false, ""
	for _, l := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(l, "```sh"):
			inSh = true
			continue
		case strings.HasPrefix(l, "```"):
			inSh = false
			continue
		}
		if !inSh {
			continue
		}
		if cont != "" {
			l = cont + " " + strings.TrimSpace(l)
			cont = ""
		}
		if strings.HasSuffix(l, "\\") {
			cont = strings.TrimSuffix(l, "\\")
			continue
		}
		if line := exampleLine(l); line != "" {
			out = append(out, example{filepath.Base(path), line})
		}
	}
	return out
}

var trailingComment = regexp.MustCompile(`\s+#\s.*$`)

// exampleLine is the command of one documented line when it runs journey.
func exampleLine(l string) string {
	l = strings.TrimSpace(trailingComment.ReplaceAllString(l, ""))
	l = strings.Join(strings.Fields(l), " ")
	if !regexp.MustCompile(`(^|\| |=\S+ )journey( |$)`).MatchString(l) {
		return ""
	}
	return l
}

// helpExamples are the examples of every command's --help.
func helpExamples() []example {
	var out []example
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, l := range strings.Split(c.Example, "\n") {
			if line := exampleLine(l); line != "" {
				out = append(out, example{c.CommandPath() + " --help", line})
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(newRootCmd(env{}))
	return out
}

// opensEditor tells the examples that start the terminal editor.
func opensEditor(line string) bool {
	f := strings.Fields(line[strings.Index(line, "journey "):])
	return len(f) > 1 && (f[1] == "edit" || f[1] == "view" || f[1] == "serve" || strings.HasPrefix(f[1], "maps/"))
}

// wantStatus is the exit status the docs imply: a diff of two different
// maps exits 1, everything else succeeds.
func wantStatus(line string) int {
	if strings.Contains(line, "journey diff ") {
		return 1
	}
	return 0
}

// scratchRepo clones the repository into a scratch folder with the files
// a reader's examples assume (a Mermaid diagram from a workshop) and a
// history in which the sample map changed, so that HEAD~1:, HEAD: and
// main: each name a different version from the file in the work tree.
func scratchRepo(t *testing.T, bin string) (dir string, reset func()) {
	t.Helper()
	root, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Fatalf("the examples run in a clone of the repository: %v", err)
	}
	dir = filepath.Join(t.TempDir(), "repo")
	sh := func(script string) {
		t.Helper()
		cmd := exec.Command("sh", "-c", script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"),
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", script, err, out)
		}
	}
	if out, err := exec.Command("git", "clone", "-q", strings.TrimSpace(string(root)), dir).CombinedOutput(); err != nil {
		t.Fatalf("git clone: %v\n%s", err, out)
	}
	// The guest lists a workshop example names.
	keys := map[string]string{
		"team.keys":   "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB/bStfxYnzaMyQ3h8QlRM+jejI1hKWjwCPTAeIMVc2g Ana Silva <ana@example.com>\n",
		"guests.keys": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG3XyURwFZ6hf62tStjn+kaFQMypBybu45bJ3LsR2urh Carl Spect <carl@example.com>\n",
	}
	for name, text := range keys {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The maps as they are in the work tree, for a run before a commit.
	src := filepath.Join(strings.TrimSpace(string(root)), "maps")
	sh(`cp "` + src + `"/*.yaml maps/ && git checkout -q -B examples && ` +
		`journey export maps/online-shop.yaml --format mermaid > workshop.mmd && cp workshop.mmd journey.mmd && ` +
		`git add -A && git commit -q --allow-empty -m base && git branch -f main && ` +
		`journey set maps/online-shop.yaml stages.purchase.touchpoints.payment.emotion 2 && git commit -qam change && ` +
		`journey set maps/online-shop.yaml stages.purchase.touchpoints.cart.emotion -1`)
	changed, err := os.ReadFile(filepath.Join(dir, "maps", "online-shop.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return dir, func() {
		sh("git reset -q --hard && git clean -fdqx")
		if err := os.WriteFile(filepath.Join(dir, "maps", "online-shop.yaml"), changed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEveryDocumentedExampleWorks(t *testing.T) {
	bin := buildJourney(t)
	examples := append(readmeExamples(t, "../../README.md"), helpExamples()...)
	if len(examples) < 30 {
		t.Fatalf("found %d examples; the README and --help hold more", len(examples))
	}
	t.Logf("%d examples", len(examples))
	dir, reset := scratchRepo(t, bin)
	cacheDir := t.TempDir() // never the user's cache
	for _, ex := range examples {
		reset()
		if opensEditor(ex.line) {
			runEditorExample(t, bin, dir, ex)
			continue
		}
		cmd := exec.Command("sh", "-c", ex.line)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(bin)+":"+os.Getenv("PATH"), "JOURNEY_TODAY="+e2eToday,
			"JOURNEY_CACHE_DIR="+cacheDir, "GITHUB_STEP_SUMMARY="+filepath.Join(cacheDir, "summary.md"))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if xe, ok := err.(*exec.ExitError); ok {
			code = xe.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if want := wantStatus(ex.line); code != want {
			t.Errorf("%s: `%s` exits %d, want %d:\n%s", ex.where, ex.line, code, want, stderr.String())
		}
	}
}

// runEditorExample opens the editor as the example does, in a terminal,
// waits for a map on the screen and quits.
func runEditorExample(t *testing.T, bin, dir string, ex example) {
	t.Helper()
	needTmux(t)
	// A workshop's host key goes to a config folder of the test's own.
	tm := startTermEnv(t, dir, 120, 40, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, "sh", "-c", "PATH="+filepath.Dir(bin)+":$PATH "+ex.line)
	tm.waitFor("quit") // the footer of the editor and of the map list
	tm.press("q")
	if status := tm.waitExit(); status != 0 {
		t.Errorf("%s: `%s` exits %d after q:\n%s", ex.where, ex.line, status, tm.screen())
	}
}
