package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func runReport(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("JOURNEY_TODAY", "2026-11-22")
	var out, errOut bytes.Buffer
	code = run(append([]string{"report"}, args...), env{strings.NewReader(""), &out, &errOut})
	return code, out.String(), errOut.String()
}

func TestReportOnTheSampleMaps(t *testing.T) {
	t.Setenv("JOURNEY_CACHE_DIR", t.TempDir())
	code, out, stderr := runReport(t, "../../maps", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r struct {
		Maps []struct {
			Path  string
			Goals map[string]int
		}
		Opportunities map[string]int
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var paths []string
	for _, m := range r.Maps {
		paths = append(paths, filepath.ToSlash(m.Path))
	}
	if got := strings.Join(paths, " "); !strings.Contains(got, "../../maps/ideal/online-shop.yaml") || !strings.Contains(got, "../../maps/online-shop.yaml") {
		t.Errorf("maps: %s", got)
	}
	if r.Opportunities["planned"] == 0 {
		t.Errorf("opportunities by status: %v", r.Opportunities)
	}
	// The second run reads the cache and prints the same.
	if _, again, _ := runReport(t, "../../maps", "--format", "json"); again != out {
		t.Error("a cached run prints a different report")
	}
	code, md, _ := runReport(t, "../../maps", "--format", "markdown")
	if code != 0 || !strings.Contains(md, "## Goals at risk or overdue\n\n| Goal | Map | Status | Progress | Due |") {
		t.Errorf("markdown report:\n%s", md)
	}
}

func TestReportRefusesBadArguments(t *testing.T) {
	t.Setenv("JOURNEY_CACHE_DIR", t.TempDir())
	for _, args := range [][]string{
		{"../../maps", "--format", "pdf"},
		{"../../maps/online-shop.yaml"},
		{"no-such-folder"},
	} {
		if code, _, stderr := runReport(t, args...); code != 2 || stderr == "" {
			t.Errorf("report %v: exit %d, stderr %q; want 2 and a reason", args, code, stderr)
		}
	}
}

func TestReportMentionsWhatItSkipped(t *testing.T) {
	t.Setenv("JOURNEY_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	putFile(t, dir, "a.yaml", lintClean)
	putFile(t, dir, "ci.yml", "on: push\n")
	code, out, stderr := runReport(t, dir, "--no-cache")
	if code != 0 || !strings.Contains(stderr, "skipped") || !strings.Contains(stderr, "ci.yml: not a map") || !strings.Contains(out, "Clean") {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
}
