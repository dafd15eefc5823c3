package model

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

var benchToday = Date{2026, 11, 22}

func TestGeneratedMapIsValid(t *testing.T) {
	d, err := Parse("gen.yaml", Generate(500), benchToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics()) != 0 {
		t.Fatalf("generated map has problems: %v", d.Diagnostics()[0])
	}
	n := 0
	for _, s := range d.Map().Stages {
		n += len(s.Touchpoints)
	}
	if n != 500 {
		t.Fatalf("%d touchpoints, want 500", n)
	}
}

// BenchmarkDecodeBare is the floor: yaml.v3 parsing the same bytes into a
// node tree, with nothing else.
func BenchmarkDecodeBare(b *testing.B) {
	data := Generate(10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad reads a 10,000-touchpoint map: parse, decode and validate.
func BenchmarkLoad(b *testing.B) {
	data := Generate(10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("gen.yaml", data, benchToday); err != nil {
			b.Fatal(err)
		}
	}
}

// saveOne makes one emotion edit to a map loaded from a file and saves it;
// called again it flips the emotion back.
type saveOne struct {
	d    *Doc
	data []byte
	i    int
}

func newSaveOne(b *testing.B) *saveOne {
	data := Generate(10000)
	path := filepath.Join(b.TempDir(), "gen.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	d, err := Load(path, benchToday)
	if err != nil {
		b.Fatal(err)
	}
	return &saveOne{d: d, data: data}
}

func (s *saveOne) run(b *testing.B) {
	p := yamldoc.Path{"stages", "100", "touchpoints", "25", "emotion"}
	if _, err := s.d.Apply(yamldoc.Set(p, yamldoc.Scalar("!!int", []string{"1", "-1"}[s.i%2]))); err != nil {
		b.Fatal(err)
	}
	s.i++
	if err := s.d.Save(false); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkSave makes one scalar edit to a loaded 10,000-touchpoint map and
// saves it: apply, prove the text from the touched line, check the disk,
// write atomically.
func BenchmarkSave(b *testing.B) {
	s := newSaveOne(b)
	b.SetBytes(int64(len(s.data)))
	for b.Loop() {
		s.run(b)
	}
}

// retained is the live heap after a collection.
func retained() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// openCost is what holding a map costs against holding yaml.v3's bare
// node tree of the same bytes: the live heap each leaves, and what each
// allocates to get there.
func openCost(tb testing.TB, data []byte) (live, alloc float64) {
	var ms runtime.MemStats
	measure := func(f func() any) (live, alloc uint64) {
		base := retained()
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		v := f()
		runtime.ReadMemStats(&ms)
		alloc = ms.TotalAlloc - before
		live = retained() - base
		runtime.KeepAlive(v)
		return live, alloc
	}
	bareLive, bareAlloc := measure(func() any {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			tb.Fatal(err)
		}
		return &n
	})
	docLive, docAlloc := measure(func() any {
		d, err := Parse("gen.yaml", data, benchToday)
		if err != nil {
			tb.Fatal(err)
		}
		return d
	})
	return float64(docLive) / float64(bareLive), float64(docAlloc) / float64(bareAlloc)
}

// BenchmarkOpenMemory reports what opening a 10,000-touchpoint map costs
// in memory as multiples of a bare yaml.v3 decode of it (goal: at most
// 1.3x): live-x-bare is the heap the open map holds, alloc-x-bare what
// opening it allocates.
func BenchmarkOpenMemory(b *testing.B) {
	data := Generate(10000)
	var live, alloc float64
	for b.Loop() {
		live, alloc = openCost(b, data)
	}
	b.ReportMetric(live, "live-x-bare")
	b.ReportMetric(alloc, "alloc-x-bare")
}

// editGrowth makes n edits to a loaded map the way the editor does (each
// kept with its inverse for undo, with the unsaved check after it) and
// returns the live heap after them as a multiple of the heap before.
func editGrowth(tb testing.TB, touchpoints, n int) float64 {
	d, err := Parse("gen.yaml", Generate(touchpoints), benchToday)
	if err != nil {
		tb.Fatal(err)
	}
	var undo []yamldoc.Edit
	before := retained()
	stages := len(d.Map().Stages)
	for i := range n {
		// Spread over the whole map, so that every part of the text is
		// rebuilt at least once.
		s, t := (i*7)%stages, (i*13)%len(d.Map().Stages[(i*7)%stages].Touchpoints)
		p := yamldoc.Path{"stages", strconv.Itoa(s), "touchpoints", strconv.Itoa(t), "emotion"}
		inv, err := d.Apply(yamldoc.Set(p, yamldoc.Scalar("!!int", strconv.Itoa((i%5)-2))))
		if err != nil {
			tb.Fatal(err)
		}
		undo = append(undo, inv)
		_ = d.Dirty()
	}
	after := retained()
	runtime.KeepAlive(d)
	runtime.KeepAlive(undo)
	return float64(after) / float64(before)
}

// BenchmarkEditMemory reports how much 600 edits grow the live heap of an
// open 10,000-touchpoint map (goal: at most 1.10x).
func BenchmarkEditMemory(b *testing.B) {
	var g float64
	for b.Loop() {
		g = editGrowth(b, 10000, 600)
	}
	b.ReportMetric(g, "growth-x")
}

// 600 edits must not make the map's memory grow with each edit: no copy
// of the whole text is kept per edit, and history holds edit values. The
// bound is generous; BenchmarkEditMemory reports the figure.
func TestEditsKeepMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a 2,000-touchpoint map")
	}
	if g := editGrowth(t, 2000, 600); g > 1.5 {
		t.Errorf("600 edits grew the live heap %.2fx", g)
	}
}

// BenchmarkSaveVsBare pairs each edit-and-save with a bare decode of the
// same text and reports their ratio (goal: at most 0.3), which holds on a
// shared machine whose speed drifts between two separate benchmarks.
func BenchmarkSaveVsBare(b *testing.B) {
	s := newSaveOne(b)
	var save, bare time.Duration
	for b.Loop() {
		t0 := time.Now()
		var n yaml.Node
		if err := yaml.Unmarshal(s.data, &n); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		s.run(b)
		save += time.Since(t1)
		bare += t1.Sub(t0)
	}
	b.ReportMetric(float64(save)/float64(bare), "save-x-bare")
}
