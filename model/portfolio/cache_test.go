package portfolio

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// age sets a file's time an hour back, past the racy window.
func age(t testing.TB, path string) {
	t.Helper()
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

func titles(p Portfolio) string {
	var out []string
	for _, m := range p.Maps {
		out = append(out, m.Title)
	}
	return strings.Join(out, ",")
}

func scanCached(t *testing.T, dir string) (Portfolio, error) {
	t.Helper()
	c, warn := OpenCache(dir)
	p, err := Scan(dir, Options{Today: today, Cache: c})
	if err != nil {
		t.Fatal(err)
	}
	return p, warn
}

// TestCacheReadsOnlyWhatChanged: a second scan takes a map whose size and
// time are unchanged from the cache (shown here by a same-size edit with
// the old time put back, which it does not see), and reads again a map
// whose size changed.
func TestCacheReadsOnlyWhatChanged(t *testing.T) {
	t.Setenv("JOURNEY_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	writeFile(t, a, "journey: 1\ntitle: Alpha\nstages: []\n")
	writeFile(t, b, "journey: 1\ntitle: Beta\nstages: []\n")
	age(t, a)
	age(t, b)
	if p, warn := scanCached(t, dir); warn != nil || titles(p) != "Alpha,Beta" {
		t.Fatalf("first scan: %s (%v)", titles(p), warn)
	}
	writeFile(t, a, "journey: 1\ntitle: Alphx\nstages: []\n") // same size
	age(t, a)
	writeFile(t, b, "journey: 1\ntitle: Beta two\nstages: []\n")
	age(t, b)
	if p, _ := scanCached(t, dir); titles(p) != "Alpha,Beta two" {
		t.Errorf("second scan: %s; want Alpha from the cache and Beta two read again", titles(p))
	}
	// A different day is a different key: goal status and staleness move.
	c, _ := OpenCache(dir)
	p, _ := Scan(dir, Options{Today: today.AddDays(1), Cache: c})
	if titles(p) != "Alphx,Beta two" {
		t.Errorf("next day: %s; want every map read again", titles(p))
	}
}

// TestCacheThatCannotBeReadIsSkippedWithAWarning.
func TestCacheThatCannotBeReadIsSkippedWithAWarning(t *testing.T) {
	cacheDir := t.TempDir()
	t.Setenv("JOURNEY_CACHE_DIR", cacheDir)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), "journey: 1\ntitle: Alpha\nstages: []\n")
	age(t, filepath.Join(dir, "a.yaml"))
	scanCached(t, dir)
	files, _ := filepath.Glob(filepath.Join(cacheDir, "portfolio-*.json"))
	if len(files) != 1 {
		t.Fatalf("cache files: %v", files)
	}
	os.WriteFile(files[0], []byte(`{"version": 1, "entries": {`), 0o600)
	p, warn := scanCached(t, dir)
	if warn == nil || !strings.Contains(warn.Error(), "not read, every map is read") || titles(p) != "Alpha" {
		t.Errorf("corrupt cache: warning %v, maps %s", warn, titles(p))
	}
	// A cache folder that cannot be written: the scan works and says so.
	t.Setenv("JOURNEY_CACHE_DIR", filepath.Join(files[0], "not-a-folder"))
	p, _ = scanCached(t, dir)
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], "cache not saved") || titles(p) != "Alpha" {
		t.Errorf("unwritable cache: warnings %v, maps %s", p.Warnings, titles(p))
	}
}

// The cache lives in the user's cache directory, which XDG_CACHE_HOME
// moves on Linux and the BSDs; JOURNEY_CACHE_DIR overrides both.
func TestCacheLivesInTheUserCacheDirectory(t *testing.T) {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" || runtime.GOOS == "ios" || runtime.GOOS == "plan9" {
		t.Skip("os.UserCacheDir does not follow XDG_CACHE_HOME here")
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), "journey: 1\ntitle: Alpha\nstages: []\n")
	age(t, filepath.Join(dir, "a.yaml"))
	caches := func(d string) []string {
		found, _ := filepath.Glob(filepath.Join(d, "portfolio-*.json"))
		return found
	}
	xdg, own := t.TempDir(), t.TempDir()
	t.Setenv("JOURNEY_CACHE_DIR", "")
	t.Setenv("XDG_CACHE_HOME", xdg)
	if _, warn := scanCached(t, dir); warn != nil || len(caches(filepath.Join(xdg, "journey"))) != 1 {
		t.Errorf("with XDG_CACHE_HOME=%s: caches %v (%v)", xdg, caches(filepath.Join(xdg, "journey")), warn)
	}
	t.Setenv("JOURNEY_CACHE_DIR", own)
	if _, warn := scanCached(t, dir); warn != nil || len(caches(own)) != 1 {
		t.Errorf("with JOURNEY_CACHE_DIR=%s: caches %v (%v)", own, caches(own), warn)
	}
}
