package portfolio

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeFile(t testing.TB, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestScanShowsTheRestOfABrokenFolder: broken maps, pipes, other YAML and
// files over the size limit never hide the maps that do read.
func TestScanShowsTheRestOfABrokenFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.yaml"), "journey: 1\ntitle: Good\nstages: []\n")
	writeFile(t, filepath.Join(dir, "sub", "syntax.yaml"), "journey: 1\ntitle: [unclosed\n")
	writeFile(t, filepath.Join(dir, "compose.yml"), "services: {}\n")
	writeFile(t, filepath.Join(dir, "node_modules", "x.yaml"), "journey: 1\ntitle: Vendored\n")
	writeFile(t, filepath.Join(dir, "huge.yaml"), "journey: 1\ntitle: Huge\n# "+strings.Repeat("x", 17<<20)+"\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Scan(dir, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range p.Maps {
		got = append(got, filepath.Base(m.Path)+" "+m.Title+" problem="+m.Problem)
	}
	want := "good.yaml Good problem=|huge.yaml huge.yaml problem=file is "
	if g := strings.Join(got, "|"); !strings.HasPrefix(g, want) || !strings.Contains(g, "|syntax.yaml syntax.yaml problem=line 2: did not find expected") {
		t.Errorf("maps:\n%s", strings.Join(got, "\n"))
	}
	if len(p.Maps) != 3 || p.Maps[2].Problem == "" {
		t.Errorf("the unreadable map should carry its problem: %+v", p.Maps)
	}
	skipped := strings.Join(p.Skipped, "\n")
	if !strings.Contains(skipped, "pipe.yaml: it is a named pipe") || !strings.Contains(skipped, "compose.yml: not a map") {
		t.Errorf("skipped:\n%s", skipped)
	}
}
