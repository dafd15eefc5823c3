package model_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

// aliasBomb is a small file whose aliases double a list at every level,
// under an x- key the decoder otherwise leaves alone.
func aliasBomb(levels int) string {
	var b strings.Builder
	b.WriteString("journey: 1\ntitle: T\nx-bomb:\n  a0: &a0 [\"" + strings.Repeat("x", 100) + "\"]\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "  a%d: &a%d [*a%d, *a%d]\n", i, i, i-1, i-1)
	}
	return b.String()
}

// Lint refuses what every other command refuses: an alias cycle or an
// alias bomb, under an x- key too, located at the alias.
func TestLintRefusesAliasCyclesAndBombsEverywhere(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"self reference", "journey: 1\ntitle: T\nx-r: &r [*r]\n", "3:10: error: alias *r refers to a node that contains it"},
		{"bomb", aliasBomb(25), "error: aliases expand the map beyond"},
	}
	for _, tt := range tests {
		_, err := model.Parse("m.yaml", []byte(tt.src), docToday)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Parse = %v; want %q", tt.name, err, tt.want)
		}
	}
	// Aliases that stay small are fine.
	if _, err := model.Parse("m.yaml", []byte(aliasBomb(8)), docToday); err != nil {
		t.Errorf("a small expansion is refused: %v", err)
	}
}
