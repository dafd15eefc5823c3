package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintRefusesASubJourneyCycle: lint names both stages of the loop.
func TestLintRefusesASubJourneyCycle(t *testing.T) {
	dir := t.TempDir()
	putFile(t, dir, "shop.yaml", "journey: 1\ntitle: Shop\nstages:\n  - id: checkout\n    journey: checkout.yaml\n")
	putFile(t, dir, "checkout.yaml", "journey: 1\ntitle: Checkout\nstages:\n  - id: pay\n  - id: again\n    journey: shop.yaml\n")
	var out, errOut bytes.Buffer
	code := run([]string{"lint", dir}, env{strings.NewReader(""), &out, &errOut})
	if code != 1 {
		t.Errorf("exit %d, want 1 (errors)\n%s%s", code, out.String(), errOut.String())
	}
	shop, co := filepath.Join(dir, "shop.yaml"), filepath.Join(dir, "checkout.yaml")
	for _, want := range []string{
		shop + `:4:5: error: stage "checkout": sub-journeys form a cycle`,
		co + `:5:5: error: stage "again": sub-journeys form a cycle`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, out.String())
		}
	}
}
