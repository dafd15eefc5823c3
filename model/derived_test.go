package model

import (
	"reflect"
	"testing"

	"github.com/journey-maps/journey/model/yamldoc"
	"go.yaml.in/yaml/v3"
)

// The funnel, the curve personas and whether opportunities name goals,
// kept for a Doc's map, follow every edit: after each, they are what a
// fresh computation gives.
func TestKeptFiguresFollowEdits(t *testing.T) {
	d, err := Parse("gen.yaml", Generate(200), benchToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []yamldoc.Edit{
		yamldoc.Set(yamldoc.Path{"stages", "1", "reached"}, yamldoc.Scalar("!!int", "7")),
		yamldoc.Set(yamldoc.Path{"stages", "0", "touchpoints", "3", "pain_points", "0", "drop_off"}, yamldoc.Scalar("!!bool", "true")),
		yamldoc.Set(yamldoc.Path{"stages", "2", "touchpoints", "1", "emotion"}, yamldoc.Scalar("!!int", "2")),
		yamldoc.Delete(yamldoc.Path{"stages", "3"}),
		yamldoc.InsertKey(yamldoc.Path{"stages", "0", "touchpoints", "0", "opportunities", "0"}, 1, "goals", goalList("csat")),
		yamldoc.Delete(yamldoc.Path{"stages", "0", "touchpoints", "0", "opportunities", "0", "goals"}),
	} {
		_ = Funnel(d.Map()) // kept before the edit
		_ = CurvePersonas(d.Map())
		_ = LinksGoals(d.Map())
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("%s %s: %v", e.Op, e.Path, err)
		}
		if got, want := Funnel(d.Map()), funnel(d.Map()); !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s %s the kept funnel is stale", e.Op, e.Path)
		}
		if got, want := CurvePersonas(d.Map()), curvePersonas(d.Map()); !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s %s the kept personas are stale", e.Op, e.Path)
		}
		if got, want := LinksGoals(d.Map()), linksGoals(d.Map()); got != want {
			t.Fatalf("after %s %s LinksGoals = %v, want %v", e.Op, e.Path, got, want)
		}
	}
}

// goalList is a block sequence of goal ids, as an opportunity's goals.
func goalList(ids ...string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, id := range ids {
		n.Content = append(n.Content, yamldoc.Scalar("!!str", id))
	}
	return n
}
