package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A value the JSON export cannot write is named at its line in the file,
// by export and by get.
func TestJSONErrorsNameTheFilesLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd.yaml")
	if err := os.WriteFile(path, []byte("journey: 1\ntitle: T\nx-meta:\n  n: !!int abc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"export", "-f", "json", path}, {"get", "--format", "json", path, "x-meta"}} {
		code, _, errs := runArgs(t, "", args...)
		if code == 0 || !strings.Contains(errs, path+":4:6:") {
			t.Errorf("%s: exit %d, %q; want the error at %s:4:6", args[0], code, errs, path)
		}
	}
}
