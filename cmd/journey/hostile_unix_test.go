//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// mkfifo makes a named pipe that no one ever writes to: reading it would
// wait forever.
func mkfifo(t *testing.T, dir, name string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// jrunBounded is jrun that fails the test, rather than hanging it, when the
// command does not return.
func jrunBounded(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		c, o, e := jrun(t, args...)
		done <- result{c, o, e}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(30 * time.Second):
		t.Fatalf("journey %s never returned", strings.Join(args, " "))
	}
	return
}

// Every command refuses a named pipe given as a map, with a message that
// says what it is, instead of waiting for a writer forever.
func TestCommandsRefuseANamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, dir, "map.yaml")
	for _, args := range [][]string{
		{"lint", fifo},
		{"get", fifo, "title"},
		{"set", fifo, "title", "x"},
		{"add", fifo, "tags", "x"},
		{"rm", fifo, "title"},
		{"export", fifo},
		{"diff", fifo, fifo},
	} {
		code, _, errOut := jrunBounded(t, args...)
		if code != 2 || !strings.Contains(errOut, "named pipe") {
			t.Errorf("journey %s: exit %d, %q; want 2 and the pipe named", args[0], code, errOut)
		}
	}
}

// A directory walk passes over a named pipe called *.yaml and says so.
func TestLintWalkSkipsANamedPipe(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "a.yaml", lintClean)
	mkfifo(t, dir, "pipe.yaml")
	code, out, errOut := jrunBounded(t, "lint", dir)
	if code != 0 || out != "" {
		t.Errorf("exit %d, %q; want 0 and no problems", code, out)
	}
	if !strings.Contains(errOut, "skipped") || !strings.Contains(errOut, "pipe.yaml") || !strings.Contains(errOut, "named pipe") {
		t.Errorf("stderr %q; want the pipe named as skipped", errOut)
	}
}

// set, add and rm leave a read-only or hard-linked map alone unless told
// --force, and say why.
func TestQuickEditsRefuseProtectedFilesWithoutForce(t *testing.T) {
	for _, args := range [][]string{
		{"set", "FILE", "title", "Changed"},
		{"add", "FILE", "tags", "new-tag"},
		{"rm", "FILE", "stages.purchase.touchpoints.checkout-form.actions.0"},
	} {
		for _, kind := range []string{"read-only", "hard links"} {
			path := sampleCopy(t, "online-shop.yaml")
			if kind == "read-only" {
				if err := os.Chmod(path, 0o444); err != nil {
					t.Fatal(err)
				}
			} else if err := os.Link(path, path+".link"); err != nil {
				t.Fatal(err)
			}
			before := fileText(t, path)
			a := append([]string(nil), args...)
			a[1] = path
			code, _, errOut := jrun(t, a...)
			if code != 1 || !strings.Contains(errOut, kind) || !strings.Contains(errOut, "--force") {
				t.Errorf("%s on a file with %s: exit %d, %q; want 1, the reason and --force", args[0], kind, code, errOut)
			}
			if fileText(t, path) != before {
				t.Errorf("%s changed a file with %s", args[0], kind)
			}
			a = append(a[:1], append([]string{"--force"}, a[1:]...)...)
			if code, _, errOut := jrun(t, a...); code != 0 || fileText(t, path) == before {
				t.Errorf("%s --force on a file with %s: exit %d, %q; want it written", args[0], kind, code, errOut)
			}
		}
	}
}
