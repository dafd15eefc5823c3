package session

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// randomAction picks something a workshop does to the map.
func randomAction(d *model.Doc, r *rand.Rand) (model.Action, error) {
	m := d.Map()
	s := r.Intn(len(m.Stages))
	st := m.Stages[s]
	tp := -1
	if len(st.Touchpoints) > 0 {
		tp = r.Intn(len(st.Touchpoints))
	}
	tpPath := model.TouchpointLoc(s, tp).Path()
	names := []string{"Order tracking page", "Returns label", "Chat with support", "Käse & Brot 🧀", "It's \"quoted\""}
	switch r.Intn(11) {
	case 0, 1:
		return model.EmotionStep(m, model.TouchpointLoc(s, tp), []int{-1, 1}[r.Intn(2)])
	case 2:
		return model.Add(d, child2(model.StageLoc(s).Path(), "touchpoints"), tp, names[r.Intn(len(names))])
	case 3:
		if tp < 0 {
			return model.Action{}, errSkip
		}
		return model.Add(d, child2(tpPath, []string{"pain_points", "opportunities"}[r.Intn(2)]), -1, names[r.Intn(len(names))])
	case 4:
		if tp < 0 || len(st.Touchpoints[tp].PainPoints) == 0 {
			return model.Action{}, errSkip
		}
		l := model.Loc{Stage: s, Touchpoint: tp, Kind: "pain_points", Item: r.Intn(len(st.Touchpoints[tp].PainPoints))}
		if r.Intn(2) == 0 {
			return model.Vote(m, l)
		}
		return model.Cycle(m, l, "severity")
	case 5:
		if tp < 0 || len(st.Touchpoints[tp].Opportunities) == 0 {
			return model.Action{}, errSkip
		}
		l := model.Loc{Stage: s, Touchpoint: tp, Kind: "opportunities", Item: r.Intn(len(st.Touchpoints[tp].Opportunities))}
		return model.Cycle(m, l, []string{"impact", "effort", "status"}[r.Intn(3)])
	case 6:
		if tp < 0 {
			return model.Action{}, errSkip
		}
		to := (s + 1 + r.Intn(len(m.Stages)-1)) % len(m.Stages)
		return model.MoveItem(child2(model.StageLoc(s).Path(), "touchpoints"), tp, child2(model.StageLoc(to).Path(), "touchpoints"), r.Intn(len(m.Stages[to].Touchpoints)+1), "moved"), nil
	case 7:
		if len(st.Touchpoints) < 2 {
			return model.Action{}, errSkip
		}
		return model.MoveItem(child2(model.StageLoc(s).Path(), "touchpoints"), tp, child2(model.StageLoc(s).Path(), "touchpoints"), r.Intn(len(st.Touchpoints)), "reordered"), nil
	case 8:
		if tp < 0 {
			return model.Action{}, errSkip
		}
		return model.Remove(tpPath, "deleted"), nil
	case 9:
		if tp < 0 {
			return model.Action{}, errSkip
		}
		return model.SetField(d, tpPath, []string{"name", "feeling", "notes", "actions"}[r.Intn(4)], names[r.Intn(len(names))]+"\nsecond line "+strconv.Itoa(r.Intn(9)))
	default:
		return model.Add(d, yamldoc.Path{"stages"}, s, "Stage "+strconv.Itoa(r.Intn(99)))
	}
}

type skip struct{}

func (skip) Error() string { return "skip" }

var errSkip error = skip{}

func TestRandomActionsUndoToTheFileAndRedoTheSame(t *testing.T) {
	names, _ := filepath.Glob("../../maps/*.yaml")
	if len(names) < 3 {
		t.Fatalf("sample maps missing: %v", names)
	}
	total := 0
	for _, name := range names {
		orig, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for seed := int64(0); seed < int64(seeds(15)); seed++ {
			r := rand.New(rand.NewSource(seed))
			d, err := model.Parse(name, orig, model.Date{Year: 2026, Month: 11, Day: 22})
			if err != nil {
				t.Fatal(err)
			}
			before := d.Diagnostics()
			h := New(d)
			var states [][]byte
			for i := 0; i < 25; i++ {
				a, err := randomAction(d, r)
				if err != nil {
					continue
				}
				if _, err := h.Do(Local, a); err != nil {
					continue
				}
				states = append(states, append([]byte(nil), d.Bytes()...))
			}
			total += len(states)
			for h.CanUndo(Local) {
				if _, err := h.Undo(Local); err != nil {
					t.Fatalf("%s seed %d: %v", name, seed, err)
				}
			}
			if !bytes.Equal(d.Bytes(), orig) {
				t.Fatalf("%s seed %d: undoing everything did not give back the file", name, seed)
			}
			for i := 0; h.CanRedo(Local); i++ {
				if _, err := h.Redo(Local); err != nil {
					t.Fatalf("%s seed %d: redo %d: %v", name, seed, i, err)
				}
				if !bytes.Equal(d.Bytes(), states[i]) {
					t.Fatalf("%s seed %d: redo %d gave other bytes than doing it", name, seed, i)
				}
			}
			for _, g := range d.Diagnostics() {
				// An idea added without impact and effort waits for them, rightly
				// warned; a sample overdue for review stays so.
				if !strings.Contains(g.Message, "it is ranked after the scored ones") && !slices.ContainsFunc(before, func(b model.Diagnostic) bool { return b.Message == g.Message }) {
					t.Errorf("%s seed %d: actions left problems: %v", name, seed, g)
					break
				}
			}
		}
	}
	if total < 300/int(15/seeds(15)) {
		t.Errorf("only %d actions applied; the actions or the document refuse too much", total)
	}
	t.Logf("%d actions done, undone and redone", total)
}

func child2(p yamldoc.Path, steps ...string) yamldoc.Path {
	return append(append(yamldoc.Path{}, p...), steps...)
}
