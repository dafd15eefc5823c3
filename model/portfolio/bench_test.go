package portfolio

import (
	"fmt"
	"testing"
)

// BenchmarkScan loads generated trees of 10, 100 and 1,000 maps on every
// core, without and with a warm cache; ns/map is the figure that must
// stay flat as the tree grows.
func BenchmarkScan(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		dir := genTree(b, n)
		b.Run(fmt.Sprintf("maps=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Scan(dir, Options{Today: today}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/map")
		})
		b.Run(fmt.Sprintf("maps=%d/cached", n), func(b *testing.B) {
			b.Setenv("JOURNEY_CACHE_DIR", b.TempDir())
			for _, p := range mustWalk(b, dir) {
				age(b, p)
			}
			c, _ := OpenCache(dir)
			Scan(dir, Options{Today: today, Cache: c})
			for b.Loop() {
				c, _ := OpenCache(dir)
				if _, err := Scan(dir, Options{Today: today, Cache: c}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/map")
		})
	}
}

func mustWalk(b *testing.B, dir string) []string {
	f, err := Walk(dir)
	if err != nil {
		b.Fatal(err)
	}
	return f.Files
}

// BenchmarkWalk is what stands between `journey DIR` and its first screen
// on a tree of 1,000 maps: the walk that lists them (each row then shows
// "loading…" until its summary arrives).
func BenchmarkWalk(b *testing.B) {
	dir := genTree(b, 1000)
	for b.Loop() {
		if f := mustWalk(b, dir); len(f) != 1000 {
			b.Fatalf("found %d maps", len(f))
		}
	}
}
