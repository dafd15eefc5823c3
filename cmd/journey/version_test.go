package main

import (
	"strings"
	"testing"
)

func TestVersionFlagPrintsTheBuildsVersion(t *testing.T) {
	code, out, errOut := jrun(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "journey ") || len(strings.TrimSpace(out)) <= len("journey") {
		t.Errorf("journey --version: exit %d, %q, %q; want 0 and a version", code, out, errOut)
	}
}
