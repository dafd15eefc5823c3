package ui

import "testing"

// On a map whose personas all feel the same and name no segment, c and S
// have nothing to cycle through: they say so, and what would give them
// something, instead of doing nothing.
func TestCurveKeysSayWhyThereIsNothingToShow(t *testing.T) {
	src := []byte("journey: 1\ntitle: T\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 1\n")
	s := openEditingText(t, "plain.yaml", src, 120, 40, false)
	s.keys("c").expectLine("no persona curves")
	s.keys("S").expectLine("no persona segments")
}
