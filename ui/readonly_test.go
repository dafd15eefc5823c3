package ui

import "testing"

// In journey view an editing key is off, and says so: a reviewer who
// presses e, + or d learns why nothing happened, and the map is left as
// it was.
func TestReadOnlyEditingKeysSayWhy(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 120, 40, true)
	s.press("2", "down")
	before := s.a.m.Stages[1].Touchpoints[0]
	for _, k := range []string{"e", "+", "d", "p"} {
		s.a.status = ""
		s.press(k).expectLine("read-only: to change the map, open it with journey edit")
	}
	if got := s.a.m.Stages[1].Touchpoints[0]; got.Name != before.Name || *got.Emotion != *before.Emotion || len(s.a.m.Stages[1].Touchpoints) != 4 {
		t.Errorf("a read-only key changed the map: %+v", got)
	}
	s.a.status = ""
	s.press("down").expectNo("read-only:")
}
