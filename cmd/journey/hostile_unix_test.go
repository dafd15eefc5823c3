//go:build unix

package main

import (
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
