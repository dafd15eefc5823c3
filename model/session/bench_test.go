package session

import (
	"fmt"
	"testing"

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
// size, timing the add or the remove.
func benchAddRemove(b *testing.B, timeAdd bool) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			s := benchSession(b, n)
			list := painList(n)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if !timeAdd {
					b.StopTimer()
				}
				addPain(b, s, list, i)
				if timeAdd {
					b.StopTimer()
				} else {
					b.StartTimer()
				}
				removeAt(b, s, append(list, "1"))
				if timeAdd {
					b.StartTimer()
				}
				i++
			}
			checkPains(b, s, list, 1)
		})
	}
}

// BenchmarkMoveTouchpoint moves a touchpoint down one place and back (J
// then K), timing both.
func BenchmarkMoveTouchpoint(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			s := benchSession(b, n)
			list := yamldoc.Path{"stages", fmt.Sprint((n / 50) / 2), "touchpoints"}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := s.Do("bench", model.MoveItem(list, i%2, list, (i+1)%2, "moved")); err != nil {
					b.Fatal(err)
				}
				i++
			}
			if i%2 == 0 && s.Doc().Map().Stages[(n/50)/2].Touchpoints[0].ID != fmt.Sprintf("tp-%d", (n/50)/2*50) {
				b.Fatal("the touchpoints did not come back to their places")
			}
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
