package model

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model/yamldoc"
)

const opsMap = `journey: 1
title: Ops
stages:
  - id: buy
    name: Buy
    touchpoints:
      - id: checkout
        name: Checkout form
        emotion: 2
        actions:
          - Types the address
          - Picks delivery
          - Pays
        pain_points:
          - text: Shipping cost shows late
            severity: critical
            votes: 2
        opportunities:
          - text: Show shipping early
            status: dropped
      - id: unrated
        name: Unrated step
`

func opsDoc(t *testing.T) *Doc {
	t.Helper()
	d, err := Parse("ops.yaml", []byte(opsMap), Date{2026, 11, 22})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestWorkshopActions(t *testing.T) {
	checkout := TouchpointLoc(0, 0)
	pain := Loc{0, 0, "pain_points", 0}
	opp := Loc{0, 0, "opportunities", 0}
	tests := []struct {
		name    string
		act     func(d *Doc) (Action, error)
		label   string
		line    string // a line the file must hold afterwards
		refused string // or the refusal
	}{
		{"lower emotion", func(d *Doc) (Action, error) { return EmotionStep(d.Map(), checkout, -1) }, "Checkout form: emotion 2 → 1", "        emotion: 1", ""},
		{"raise past the top", func(d *Doc) (Action, error) { return EmotionStep(d.Map(), checkout, 1) }, "", "", "Checkout form already feels very positive, the highest"},
		{"rate an unrated touchpoint", func(d *Doc) (Action, error) { return EmotionStep(d.Map(), TouchpointLoc(0, 1), -1) }, "Unrated step: emotion unrated → -1", "        emotion: -1", ""},
		{"vote", func(d *Doc) (Action, error) { return Vote(d.Map(), pain) }, `"Shipping cost shows late": votes 2 → 3`, "            votes: 3", ""},
		{"first vote adds the field", func(d *Doc) (Action, error) { return Vote(d.Map(), opp) }, `"Show shipping early": votes 0 → 1`, "            votes: 1", ""},
		{"severity wraps around", func(d *Doc) (Action, error) { return Cycle(d.Map(), pain, "severity") }, `"Shipping cost shows late": severity critical → low`, "            severity: low", ""},
		{"status wraps around", func(d *Doc) (Action, error) { return Cycle(d.Map(), opp, "status") }, `"Show shipping early": status dropped → idea`, "            status: idea", ""},
		{"impact from unset", func(d *Doc) (Action, error) { return Cycle(d.Map(), opp, "impact") }, `"Show shipping early": impact unset → low`, "            impact: low", ""},
		{"no severity on an opportunity", func(d *Doc) (Action, error) { return Cycle(d.Map(), opp, "severity") }, "", "", "an opportunity has no severity"},
		{"vote needs an item", func(d *Doc) (Action, error) { return Vote(d.Map(), checkout) }, "", "", "select a pain point or an opportunity first"},
		{"add a touchpoint with a unique id", func(d *Doc) (Action, error) {
			return Add(d, yamldoc.Path{"stages", "0", "touchpoints"}, 0, "Checkout")
		}, `added touchpoint "Checkout"`, "      - id: checkout-2", ""},
		{"add needs a name", func(d *Doc) (Action, error) { return Add(d, yamldoc.Path{"stages"}, 0, "  ") }, "", "", "give it a name first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := opsDoc(t)
			a, err := tt.act(d)
			if tt.refused != "" {
				if err == nil || err.Error() != tt.refused {
					t.Fatalf("err = %v, want %q", err, tt.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Label != tt.label {
				t.Errorf("label = %q, want %q", a.Label, tt.label)
			}
			if _, err := d.Apply(a.Edit); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(d.Bytes()), "\n"+tt.line+"\n") {
				t.Errorf("file lacks %q:\n%s", tt.line, d.Bytes())
			}
		})
	}
}

func TestSetFieldChangesOnlyChangedListEntries(t *testing.T) {
	d := opsDoc(t)
	a, err := SetField(d, TouchpointLoc(0, 0).Path(), "actions", "Types the address\nChooses pickup\nPays\nGets a receipt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(opsMap, "          - Picks delivery\n          - Pays\n", "          - Chooses pickup\n          - Pays\n          - Gets a receipt\n", 1)
	if string(d.Bytes()) != want {
		t.Errorf("got\n%s\nwant\n%s", d.Bytes(), want)
	}
	if _, err := SetField(d, TouchpointLoc(0, 0).Path(), "emotion", "7"); err == nil {
		t.Error("emotion 7 accepted")
	}
}

// A vote and its taking back leave the file as it was, byte for byte:
// the votes key the first vote added goes again.
func TestUnvoteUndoesAVoteByteExact(t *testing.T) {
	opp := Loc{0, 0, "opportunities", 0}
	d := opsDoc(t)
	for _, step := range []func() (Action, error){
		func() (Action, error) { return Vote(d.Map(), opp) },
		func() (Action, error) { return Vote(d.Map(), opp) },
		func() (Action, error) { return Unvote(d, opp) },
		func() (Action, error) { return Unvote(d, opp) },
	} {
		a, err := step()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Apply(a.Edit); err != nil {
			t.Fatal(err)
		}
	}
	if string(d.Bytes()) != opsMap {
		t.Errorf("two votes taken back left\n%s\nwant\n%s", d.Bytes(), opsMap)
	}
	if _, err := Unvote(d, opp); err == nil || err.Error() != `"Show shipping early" has no votes to take back` {
		t.Errorf("unvote at 0: err = %v", err)
	}
}

func TestUnvoteLowersAndKeepsCommentedVotes(t *testing.T) {
	pain := Loc{0, 0, "pain_points", 0}
	d := opsDoc(t)
	a, err := Unvote(d, pain)
	if err != nil {
		t.Fatal(err)
	}
	if a.Label != `"Shipping cost shows late": votes 2 → 1` {
		t.Errorf("label = %q", a.Label)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(opsMap, "votes: 2", "votes: 1", 1); string(d.Bytes()) != want {
		t.Errorf("got\n%s", d.Bytes())
	}

	src := strings.Replace(opsMap, "votes: 2", "votes: 1 # from the March workshop", 1)
	d2, err := Parse("ops.yaml", []byte(src), Date{2026, 11, 22})
	if err != nil {
		t.Fatal(err)
	}
	a, err = Unvote(d2, pain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d2.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(src, "votes: 1 #", "votes: 0 #", 1); string(d2.Bytes()) != want {
		t.Errorf("a commented votes line was not kept:\n%s", d2.Bytes())
	}
	src = strings.Replace(opsMap, "            votes: 2", "            # counted twice\n            votes: 1", 1)
	d3, err := Parse("ops.yaml", []byte(src), Date{2026, 11, 22})
	if err != nil {
		t.Fatal(err)
	}
	if a, err = Unvote(d3, pain); err != nil || a.Edit.Op != yamldoc.OpSet {
		t.Errorf("a votes key under a comment: %v, %v", a.Edit.Op, err)
	}
	if _, err := Unvote(d2, TouchpointLoc(0, 0)); err == nil {
		t.Error("unvote on a touchpoint accepted")
	}
}
