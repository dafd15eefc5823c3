package ui

import (
	"fmt"
	"strings"
	"testing"
)

// twelveStages is a map of twelve stages of two touchpoints each, whose
// names are too long for one line of a column at 120 columns.
func twelveStages() []byte {
	var b strings.Builder
	b.WriteString("journey: 1\ntitle: Twelve stages\nstages:\n")
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, "  - name: Stage %d\n    touchpoints:\n", i)
		for j := 1; j <= 2; j++ {
			fmt.Fprintf(&b, "      - name: A touchpoint with a long name %d.%d\n        channel: web\n        emotion: 1\n", i, j)
		}
	}
	return []byte(b.String())
}

// A name cut on one line wraps to a second when the column has room for
// it, even on a board too short for the cards' texts.
func TestNamesWrapWhenTheyFit(t *testing.T) {
	s := openEditingText(t, "twelve.yaml", twelveStages(), 120, 40, false)
	s.expectNo("A touchpoint with a…").expectLine("long name 1.1")
}

// : then a number beyond 9 jumps to that stage.
func TestJumpToStageEleven(t *testing.T) {
	s := openEditingText(t, "twelve.yaml", twelveStages(), 120, 40, false)
	s.keys(":").typeText("11").keys("enter")
	if it, _ := s.a.Position(); it.Stage != 10 {
		t.Fatalf(": 11 selected stage %d, want 11", it.Stage+1)
	}
}
