package session

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// edited opens the five-stage map and makes unsaved edits on it as ana.
func edited(t *testing.T, edits ...func(d *model.Doc) model.Action) *Session {
	t.Helper()
	s := open(t, fivePart(t))
	for _, f := range edits {
		if _, err := s.Do("ana", f(s.Doc())); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func theirsFrom(t *testing.T, text string) *model.Doc {
	t.Helper()
	d, err := model.Parse("map.yaml", []byte(text), day)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func raise(stage, tp int) func(d *model.Doc) model.Action {
	return func(d *model.Doc) model.Action {
		a, err := model.EmotionStep(d.Map(), model.TouchpointLoc(stage, tp), 1)
		if err != nil {
			panic(err)
		}
		return a
	}
}

// My unsaved edit and their change to another field both survive.
func TestMergeKeepsBothSidesChanges(t *testing.T) {
	s := edited(t, raise(0, 0)) // s0-t0: -1 → 0
	theirs := strings.Replace(string(fivePart(t)), "title: Workshop map", "title: Workshop map (reviewed)", 1)
	m, err := PrepareMerge(theirsFrom(t, theirs), s.Pending())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Conflicts) != 0 || m.Clean != 1 {
		t.Fatalf("conflicts %v, clean %d; want none and 1", m.Conflicts, m.Clean)
	}
	s.Replace("ana", m, nil)
	got := string(s.Doc().Bytes())
	want := strings.Replace(theirs, "name: \"Touchpoint 0.0\"\n        emotion: -1", "name: \"Touchpoint 0.0\"\n        emotion: 0", 1)
	if got != want {
		t.Fatalf("merged text:\n%s\nwant:\n%s", got, want)
	}
	if !s.Dirty() || len(s.Unsaved()) != 1 {
		t.Fatalf("my replayed edit should be unsaved: %v", s.Unsaved())
	}
	if _, err := s.Undo("ana"); err != nil {
		t.Fatalf("the replayed edit cannot be undone: %v", err)
	}
	if string(s.Doc().Bytes()) != theirs {
		t.Fatal("undoing the replayed edit does not give the file on disk")
	}
}

// They added a touchpoint above the one I edited: my edit follows the
// touchpoint by its id, not its old index.
func TestMergeFollowsItemsByID(t *testing.T) {
	s := edited(t, raise(1, 1)) // s1-t1: 0 → 1
	theirs := strings.Replace(string(fivePart(t)), "  - id: s1\n    name: Stage 1   # team 1\n    touchpoints:\n",
		"  - id: s1\n    name: Stage 1   # team 1\n    touchpoints:\n      - id: s1-new\n        name: Added on disk\n        emotion: 0\n", 1)
	m, err := PrepareMerge(theirsFrom(t, theirs), s.Pending())
	if err != nil || len(m.Conflicts) != 0 {
		t.Fatalf("err %v, conflicts %v", err, m.Conflicts)
	}
	s.Replace("ana", m, nil)
	st := s.Doc().Map().Stages[1]
	if st.Touchpoints[0].ID != "s1-new" || *st.Touchpoints[0].Emotion != 0 || st.Touchpoints[2].ID != "s1-t1" || *st.Touchpoints[2].Emotion != 1 {
		t.Fatalf("the edit did not follow s1-t1: %+v", st.Touchpoints)
	}
}

// Both sides changed the same emotion: one conflict, with both values,
// decided by the person.
func TestMergeListsAConflictPerValue(t *testing.T) {
	theirs := strings.Replace(string(fivePart(t)), "name: \"Touchpoint 2.0\"\n        emotion: -1", "name: \"Touchpoint 2.0\"\n        emotion: -2", 1)
	for _, keepMine := range []bool{true, false} {
		s := edited(t, raise(2, 0), raise(3, 0)) // s2-t0: -1 → 0 (conflicts), s3-t0 (clean)
		m, err := PrepareMerge(theirsFrom(t, theirs), s.Pending())
		if err != nil {
			t.Fatal(err)
		}
		if len(m.Conflicts) != 1 || m.Clean != 1 {
			t.Fatalf("conflicts %v clean %d; want one conflict and one clean edit", m.Conflicts, m.Clean)
		}
		c := m.Conflicts[0]
		if c.Field != "stages.s2.touchpoints.s2-t0.emotion" || c.Mine != "0" || c.Theirs != "-2" {
			t.Fatalf("conflict %+v", c)
		}
		s.Replace("ana", m, []bool{keepMine})
		got := *s.Doc().Map().Stages[2].Touchpoints[0].Emotion
		if want := map[bool]int{true: 0, false: -2}[keepMine]; got != want {
			t.Fatalf("keep mine %v: emotion %d, want %d", keepMine, got, want)
		}
		if *s.Doc().Map().Stages[3].Touchpoints[0].Emotion != 0 {
			t.Fatal("the clean edit was lost")
		}
	}
}

// The file now holds another map: none of the kept edits apply, and the
// merge says so instead of forcing them in.
func TestMergeOntoAnotherMapAppliesNothing(t *testing.T) {
	s := edited(t, raise(0, 0), func(d *model.Doc) model.Action {
		return model.Remove(yamldoc.Path{"stages", "4", "touchpoints", "2"}, "deleted s4-t2")
	})
	other := "journey: 1\ntitle: Returns\nstages:\n  - id: start\n    name: Start\n"
	m, err := PrepareMerge(theirsFrom(t, other), s.Pending())
	if err != nil {
		t.Fatal(err)
	}
	if m.Clean != 0 || len(m.Conflicts) != 2 || !m.Conflicts[0].Gone || !m.Conflicts[1].Gone {
		t.Fatalf("clean %d, conflicts %+v: want every edit gone", m.Clean, m.Conflicts)
	}
}
