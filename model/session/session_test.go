package session

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/modeltest"
	"github.com/journey-maps/journey/model/yamldoc"
)

var day = model.Date{Year: 2026, Month: 11, Day: 1}

// fivePart is a map with one stage per actor, each with three touchpoints,
// so that actors can work side by side without touching each other's
// values.
func fivePart(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("# Five teams, one journey.\njourney: 1\ntitle: Workshop map\n\nstages:\n")
	for s := range 5 {
		fmt.Fprintf(&b, "  - id: s%d\n    name: Stage %d   # team %d\n    touchpoints:\n", s, s, s)
		for tp := range 3 {
			fmt.Fprintf(&b, "      - id: s%d-t%d\n        name: \"Touchpoint %d.%d\"\n        emotion: %d\n", s, tp, s, tp, tp-1)
			if tp == 1 {
				fmt.Fprintf(&b, "        pain_points:\n          - text: Slow at %d\n            severity: high\n", s)
			}
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

func open(t testing.TB, src []byte) *Session {
	t.Helper()
	doc, err := model.Parse("map.yaml", src, day)
	if err != nil {
		t.Fatal(err)
	}
	return New(doc)
}

func actor(i int) Actor { return Actor("actor-" + strconv.Itoa(i)) }

// randomEdit builds an edit by actor a confined to stage a's own
// touchpoints: an emotion step, a vote, a rename, an added touchpoint, a
// deleted one, or a move within the stage.
func randomEdit(r *rand.Rand, d *model.Doc, stage int) (model.Action, bool) {
	m := d.Map()
	st := m.Stages[stage]
	n := len(st.Touchpoints)
	list := yamldoc.Path{"stages", strconv.Itoa(stage), "touchpoints"}
	switch r.IntN(6) {
	case 0, 1:
		if n == 0 {
			return model.Action{}, false
		}
		a, err := model.EmotionStep(m, model.TouchpointLoc(stage, r.IntN(n)), []int{-1, 1}[r.IntN(2)])
		return a, err == nil
	case 2:
		if n == 0 {
			return model.Action{}, false
		}
		tp := r.IntN(n)
		a, err := model.SetField(d, yamldoc.Path{"stages", strconv.Itoa(stage), "touchpoints", strconv.Itoa(tp)}, "name", fmt.Sprintf("Renamed %d", r.IntN(1000)))
		return a, err == nil
	case 3:
		a, err := model.Add(d, list, r.IntN(n+1)-1, fmt.Sprintf("New %d %d", stage, r.IntN(100000)))
		return a, err == nil
	case 4:
		if n < 2 {
			return model.Action{}, false
		}
		return model.Remove(append(list, strconv.Itoa(r.IntN(n))), "removed"), true
	default:
		if n < 2 {
			return model.Action{}, false
		}
		from, to := r.IntN(n), r.IntN(n)
		if from == to {
			return model.Action{}, false
		}
		return model.MoveItem(list, from, list, to, "moved"), true
	}
}

// checkConsistent fails unless the session's text verifies and decodes to
// exactly the session's typed map.
func checkConsistent(t *testing.T, s *Session, step int) {
	t.Helper()
	d := s.Doc()
	if err := d.Text().Verify(); err != nil {
		t.Fatalf("step %d: text does not verify: %v", step, err)
	}
	fresh, err := model.Parse("map.yaml", d.Bytes(), day)
	if err != nil {
		t.Fatalf("step %d: text does not decode: %v\n%s", step, err, d.Bytes())
	}
	if !reflect.DeepEqual(modeltest.AtFile(fresh), modeltest.AtFile(d)) {
		t.Fatalf("step %d: the session's map differs from its text decoded", step)
	}
}

// Random interleaved edits by five actors, each on its own stage, with
// random undo and redo per actor: the text always verifies and decodes to
// the session's map, no undo is ever refused (no one touches another's
// values), and when every actor has undone everything the file is back
// byte for byte.
func TestFiveActorsUndoToOriginalBytes(t *testing.T) {
	for seed := range seeds(25) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 99))
			src := fivePart(t)
			s := open(t, src)
			for step := range 120 {
				a := r.IntN(5)
				switch k := r.IntN(10); {
				case k < 6:
					act, ok := randomEdit(r, s.Doc(), a)
					if !ok {
						continue
					}
					if _, err := s.Do(actor(a), act); err != nil {
						t.Fatalf("step %d: %s refused: %v", step, act.Label, err)
					}
				case k < 9:
					if _, err := s.Undo(actor(a)); err != nil && !errors.Is(err, ErrNoUndo) {
						t.Fatalf("step %d: undo by %s: %v", step, actor(a), err)
					}
				default:
					if _, err := s.Redo(actor(a)); err != nil && !errors.Is(err, ErrNoRedo) {
						t.Fatalf("step %d: redo by %s: %v", step, actor(a), err)
					}
				}
				checkConsistent(t, s, step)
			}
			// Everyone takes everything back, in a random order of turns.
			for left := true; left; {
				left = false
				for _, a := range r.Perm(5) {
					if !s.CanUndo(actor(a)) {
						continue
					}
					left = true
					if _, err := s.Undo(actor(a)); err != nil {
						t.Fatalf("final undo by %s: %v", actor(a), err)
					}
				}
			}
			checkConsistent(t, s, -1)
			if got := s.Doc().Bytes(); !bytes.Equal(got, src) {
				t.Fatalf("after every undo the text differs from the original:\n%s", got)
			}
		})
	}
}

// Random edits anywhere on a generated map by five actors, any of them
// touching anything, with undo and redo: undos may be refused as conflicts
// but the text always verifies and decodes to the session's map.
func TestFiveActorsAnywhereStayConsistent(t *testing.T) {
	for seed := range seeds(15) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			s := open(t, fivePart(t))
			conflicts := 0
			for step := range 150 {
				a := r.IntN(5)
				switch k := r.IntN(10); {
				case k < 6:
					act, ok := randomEdit(r, s.Doc(), r.IntN(2)) // all crowd on two stages
					if !ok {
						continue
					}
					if _, err := s.Do(actor(a), act); err != nil {
						t.Fatalf("step %d: %s refused: %v", step, act.Label, err)
					}
				case k < 9:
					_, err := s.Undo(actor(a))
					var ce *ConflictError
					switch {
					case errors.As(err, &ce):
						conflicts++
						if ce.By == actor(a) {
							t.Fatalf("step %d: undo refused over the actor's own edit: %v", step, err)
						}
					case err != nil && !errors.Is(err, ErrNoUndo) && !isRefusal(err):
						t.Fatalf("step %d: undo by %s: %v", step, actor(a), err)
					}
				default:
					if _, err := s.Redo(actor(a)); err != nil && !errors.Is(err, ErrNoRedo) {
						var ce *ConflictError
						if !errors.As(err, &ce) && !isRefusal(err) {
							t.Fatalf("step %d: redo by %s: %v", step, actor(a), err)
						}
					}
				}
				checkConsistent(t, s, step)
				if ds := s.Doc().Diagnostics(); ds.HasErrors() {
					t.Fatalf("step %d: an undo or redo carried across others' edits broke the map: %v", step, ds[0])
				}
			}
			if conflicts == 0 && seed == 0 {
				t.Logf("no conflicts in this run")
			}
		})
	}
}

// My undo takes back my edit, not the last one made, and carries it
// across an item someone else added above mine.
func TestUndoIsPerActorAndCarriedAcrossOthersEdits(t *testing.T) {
	s := open(t, fivePart(t))
	ana, ben := Actor("ana"), Actor("ben")
	act, err := model.EmotionStep(s.Doc().Map(), model.TouchpointLoc(0, 2), 1) // s0-t2: 1 → 2
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(ana, act); err != nil {
		t.Fatal(err)
	}
	add, err := model.Add(s.Doc(), yamldoc.Path{"stages", "0", "touchpoints"}, -1, "Landing page")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(ben, add); err != nil {
		t.Fatal(err)
	}
	ev, err := s.Undo(ana)
	if err != nil {
		t.Fatalf("ana's undo: %v", err)
	}
	m := s.Doc().Map()
	if got := m.Stages[0].Touchpoints[0].Name; got != "Landing page" {
		t.Fatalf("ben's touchpoint is gone after ana's undo: first is %q", got)
	}
	if tp := m.Stages[0].Touchpoints[3]; tp.ID != "s0-t2" || *tp.Emotion != 1 {
		t.Fatalf("ana's emotion was not taken back on s0-t2: %+v", tp)
	}
	if want := (yamldoc.Path{"stages", "0", "touchpoints", "3", "emotion"}); !reflect.DeepEqual(ev.Place, want) {
		t.Fatalf("the undo's place is %v, want %v", ev.Place, want)
	}
	if _, err := s.Undo(ben); err != nil {
		t.Fatalf("ben's undo: %v", err)
	}
	if !bytes.Equal(s.Doc().Bytes(), fivePart(t)) {
		t.Fatalf("both undone, the text is not the original")
	}
}

// When someone else has since changed the value my edit changed, my undo
// says who and does not overwrite their change.
func TestUndoRefusesOverAnotherActorsChange(t *testing.T) {
	s := open(t, fivePart(t))
	ana, ben := Actor("ana"), Actor("ben")
	step := func(a Actor) {
		t.Helper()
		act, err := model.EmotionStep(s.Doc().Map(), model.TouchpointLoc(1, 0), 1)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Do(a, act); err != nil {
			t.Fatal(err)
		}
	}
	step(ana) // -1 → 0
	step(ben) // 0 → 1
	before := append([]byte(nil), s.Doc().Bytes()...)
	_, err := s.Undo(ana)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.By != ben {
		t.Fatalf("ana's undo over ben's change: got %v, want a conflict naming ben", err)
	}
	if !bytes.Equal(before, s.Doc().Bytes()) {
		t.Fatal("a refused undo changed the text")
	}
	// Once ben takes his back, ana's goes through.
	if _, err := s.Undo(ben); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Undo(ana); err != nil {
		t.Fatalf("ana's undo after ben's: %v", err)
	}
	if !bytes.Equal(s.Doc().Bytes(), fivePart(t)) {
		t.Fatal("not back to the original")
	}
}

// Undoing my rename of a touchpoint that someone has since deleted is
// refused as gone, not applied to whatever now sits at its index.
func TestUndoOfEditOnDeletedItemIsRefused(t *testing.T) {
	s := open(t, fivePart(t))
	ana, ben := Actor("ana"), Actor("ben")
	tp := yamldoc.Path{"stages", "2", "touchpoints", "1"}
	rename, err := model.SetField(s.Doc(), tp, "name", "Renamed by Ana")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(ana, rename); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Do(ben, model.Remove(tp, "deleted")); err != nil {
		t.Fatal(err)
	}
	before := append([]byte(nil), s.Doc().Bytes()...)
	_, err = s.Undo(ana)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.By != ben {
		t.Fatalf("got %v, want a conflict naming ben", err)
	}
	if !bytes.Equal(before, s.Doc().Bytes()) {
		t.Fatal("a refused undo changed the text")
	}
}

// Subscribers hear of each change with its actor and what it touched;
// a subscriber that never reads does not hold up anyone.
func TestSubscribersHearEveryChange(t *testing.T) {
	s := open(t, fivePart(t))
	sub := s.Subscribe()
	idle := s.Subscribe() // never read
	defer idle.Close()
	for i := range 50 {
		act, err := model.EmotionStep(s.Doc().Map(), model.TouchpointLoc(3, 0), []int{1, -1}[i%2])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Do(Actor("ana"), act); err != nil {
			t.Fatal(err)
		}
	}
	<-sub.C()
	evs := sub.Events()
	if len(evs) != 50 {
		t.Fatalf("heard %d events, want 50", len(evs))
	}
	want := yamldoc.Path{"stages", "3", "touchpoints", "0", "emotion"}
	if evs[0].Actor != "ana" || evs[0].Kind != Did || !reflect.DeepEqual(evs[0].Touched, []yamldoc.Path{want}) {
		t.Fatalf("first event: %+v", evs[0])
	}
	if more := sub.Events(); len(more) != 0 {
		t.Fatalf("events read twice: %d", len(more))
	}
}

// Many goroutines editing, undoing and reading one session at once (run
// with -race): every edit is either applied or refused, and the text stays
// consistent.
func TestConcurrentActors(t *testing.T) {
	s := open(t, fivePart(t))
	var wg sync.WaitGroup
	for a := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(a), 1))
			for range 40 {
				var act model.Action
				var ok bool
				s.Read(func(d *model.Doc) { act, ok = randomEdit(r, d, a) })
				if ok {
					// Built under a read lock and applied after it: another
					// stage's edit may come between, never one on this stage.
					if _, err := s.Do(actor(a), act); err != nil {
						t.Errorf("%s: %v", act.Label, err)
					}
				}
				if r.IntN(3) == 0 {
					if _, err := s.Undo(actor(a)); err != nil && !errors.Is(err, ErrNoUndo) {
						t.Errorf("undo: %v", err)
					}
				}
				s.Read(func(d *model.Doc) { _ = len(d.Map().Stages) })
			}
		}()
	}
	wg.Wait()
	checkConsistent(t, s, -1)
}

// isRefusal reports an undo or redo the map refused because it would
// break it (carried across others' edits into a state never seen).
func isRefusal(err error) bool {
	var ee *model.EditError
	return errors.As(err, &ee)
}

// seeds is how many random runs a property test makes: fewer under -short
// (CI runs these packages again under the race detector, which is slow).
func seeds(n uint64) uint64 {
	if testing.Short() {
		return max(n/5, 2)
	}
	return n
}
