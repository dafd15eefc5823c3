package session

import (
	"fmt"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// The structural edits of a workshop (a sticky note added with p, one
// taken away with d, a touchpoint moved with J/K) through the session, on
// maps of growing size. Each should cost what it touches, not what the map
// holds.

var benchSizes = []int{100, 10000, 50000}

// benchSession opens a generated map of n touchpoints.
func benchSession(b *testing.B, n int) *Session {
	b.Helper()
	doc, err := model.Parse("gen.yaml", model.Generate(n), day)
	if err != nil {
		b.Fatal(err)
	}
	return New(doc)
}

// painList is the pain points of a touchpoint in the middle stage (every
// third touchpoint of a generated map has one).
func painList(n int) yamldoc.Path {
	s := (n / 50) / 2
	t := (3 - s*50%3) % 3
	return yamldoc.Path{"stages", fmt.Sprint(s), "touchpoints", fmt.Sprint(t), "pain_points"}
}

func addPain(b *testing.B, s *Session, list yamldoc.Path, i int) {
	a, err := model.Add(s.Doc(), list, 0, fmt.Sprintf("Sticky note %d", i))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Do("bench", a); err != nil {
		b.Fatal(err)
	}
}

func removeAt(b *testing.B, s *Session, p yamldoc.Path) {
	if _, err := s.Do("bench", model.Remove(p, "removed")); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAddPainPoint adds a pain point (p) to a touchpoint in the
// middle of the map; the note is taken away again outside the timer.
func BenchmarkAddPainPoint(b *testing.B) { benchAddRemove(b, true) }

// BenchmarkRemovePainPoint deletes a pain point (d); it was added outside
// the timer.
func BenchmarkRemovePainPoint(b *testing.B) { benchAddRemove(b, false) }

// benchAddRemove adds a pain point and removes it again on maps of each
// size, timing the add or the remove. Each run is paired with a bare
// yaml.v3 decode of the same map, untimed, and the edit is reported as a
// multiple of it too (x-bare), a ratio that holds on a loaded machine.
func benchAddRemove(b *testing.B, timeAdd bool) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			s := benchSession(b, n)
			list := painList(n)
			// The first structural edit after a load builds the index of
			// ids and references once (see firstEdit); the loop times the
			// edits after it.
			addPain(b, s, list, -1)
			removeAt(b, s, append(list, "1"))
			var bare pairedBare
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				b.StopTimer()
				if timeAdd {
					bare.edit(b, func() { addPain(b, s, list, i) })
					removeAt(b, s, append(list, "1"))
				} else {
					addPain(b, s, list, i)
					bare.edit(b, func() { removeAt(b, s, append(list, "1")) })
				}
				bare.decode(b, s)
				b.StartTimer()
				i++
			}
			bare.report(b)
			checkPains(b, s, list, 1)
		})
	}
}

// pairedBare adds up the time of the edits and of as many bare decodes,
// on the wall clock and in CPU time.
type pairedBare struct{ edits, bare, editsCPU, bareCPU time.Duration }

// edit runs f, timed both here and by the benchmark (whose timer is
// stopped around it).
func (p *pairedBare) edit(b *testing.B, f func()) {
	b.StartTimer()
	p.timed(f, &p.edits, &p.editsCPU)
	b.StopTimer()
}

func (p *pairedBare) decode(b *testing.B, s *Session) {
	data := s.Doc().Bytes()
	p.timed(func() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}, &p.bare, &p.bareCPU)
}

func (p *pairedBare) timed(f func(), wall, cpu *time.Duration) {
	c0, _ := cpuTime()
	t0 := time.Now()
	f()
	*wall += time.Since(t0)
	c1, _ := cpuTime()
	*cpu += c1 - c0
}

// report gives the edits as multiples of the bare decodes: x-bare on the
// wall clock, cpu-x-bare in CPU time (where it is measured).
func (p *pairedBare) report(b *testing.B) {
	b.ReportMetric(float64(p.edits)/float64(p.bare), "x-bare")
	if p.bareCPU > 0 {
		b.ReportMetric(float64(p.editsCPU)/float64(p.bareCPU), "cpu-x-bare")
	}
}

// BenchmarkMoveTouchpoint moves a touchpoint down one place and back (J
// then K), each move timed and paired with a bare decode.
func BenchmarkMoveTouchpoint(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			s := benchSession(b, n)
			stage := (n / 50) / 2
			list := yamldoc.Path{"stages", fmt.Sprint(stage), "touchpoints"}
			for i := range 2 { // as in benchAddRemove: the index is built
				if _, err := s.Do("bench", model.MoveItem(list, i, list, 1-i, "moved")); err != nil {
					b.Fatal(err)
				}
			}
			var bare pairedBare
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				b.StopTimer()
				bare.edit(b, func() {
					if _, err := s.Do("bench", model.MoveItem(list, i%2, list, (i+1)%2, "moved")); err != nil {
						b.Fatal(err)
					}
				})
				bare.decode(b, s)
				b.StartTimer()
				i++
			}
			bare.report(b)
			first := s.Doc().Map().Stages[stage].Touchpoints[i%2].ID
			if want := fmt.Sprintf("tp-%d", stage*50); first != want {
				b.Fatalf("touchpoint %d of the stage is %s, want %s", i%2, first, want)
			}
		})
	}
}

// BenchmarkFirstAddPainPoint times the first pain point added after a
// map is loaded, which builds the index of ids and references that later
// structural edits keep up to date; each run loads the map again, untimed.
func BenchmarkFirstAddPainPoint(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			list := painList(n)
			var bare pairedBare
			for b.Loop() {
				b.StopTimer()
				s := benchSession(b, n)
				bare.edit(b, func() { addPain(b, s, list, 0) })
				bare.decode(b, s)
				b.StartTimer()
			}
			bare.report(b)
		})
	}
}

// checkPains fails unless the list holds want pain points after the runs.
func checkPains(b *testing.B, s *Session, list yamldoc.Path, want int) {
	b.Helper()
	v, err := s.Doc().Text().Get(list)
	if err != nil || len(v.Content) != want {
		b.Fatalf("%s: %v, want %d items", list, err, want)
	}
	if err := s.Doc().Text().Snapshot().Verify(); err != nil {
		b.Fatalf("the text does not prove: %v", err)
	}
}
