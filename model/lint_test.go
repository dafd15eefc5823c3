package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// lintToday is the fixed day every fixture is checked on.
var lintToday = Date{2026, 11, 20}

// decodeSource parses src the way the editor does and decodes it.
func decodeSource(t *testing.T, file string, src []byte) (*Map, Diagnostics) {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		t.Fatalf("%s: parse: %v", file, err)
	}
	return Decode(file, &root, lintToday)
}

// TestLintFixtures decodes each testdata/lint/*.yaml and compares the
// diagnostics with the hand-checked lines of its .want file.
func TestLintFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/lint/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			_, diags := decodeSource(t, name, src)
			got := diagLines(diags)
			wantLines := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
			if len(want) == 0 || string(want) == "\n" {
				wantLines = nil
			}
			if got != strings.Join(wantLines, "\n") {
				t.Errorf("diagnostics differ\n--- got\n%s\n--- want\n%s", got, strings.Join(wantLines, "\n"))
			}
		})
	}
}

// diagLines prints diagnostics, warnings included, one per line.
func diagLines(diags Diagnostics) string {
	lines := make([]string, len(diags))
	for i, d := range diags {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}
