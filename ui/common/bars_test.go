package common

import (
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestHBar(t *testing.T) {
	tests := []struct {
		name  string
		frac  float64
		width int
		want  string
	}{
		{"full", 1, 10, "██████████"},
		{"half", 0.5, 10, "█████     "},
		{"eighths tell close values apart", 0.2896, 10, "██▉       "},
		{"a kept customer shows a sliver", 0.0001, 10, "▏         "},
		{"zero is empty", 0, 4, "    "},
		{"above one is clamped", 1.7, 4, "████"},
		{"below zero is clamped", -0.3, 4, "    "},
		{"not a number is empty", math.NaN(), 4, "    "},
		{"no room", 0.5, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HBar(tt.frac, tt.width)
			if got != tt.want {
				t.Errorf("HBar(%v, %d) = %q, want %q", tt.frac, tt.width, got, tt.want)
			}
			if w := ansi.StringWidth(got); w != tt.width {
				t.Errorf("width %d, want exactly %d", w, tt.width)
			}
		})
	}
}

// A funnel scaled to its first stage draws each later stage shorter in
// proportion, so the eye can compare lengths.
func TestHBarProportions(t *testing.T) {
	reached := []int{48000, 13900, 2350}
	var prev int
	for i, n := range reached {
		bar := strings.TrimRight(HBar(float64(n)/float64(reached[0]), 40), " ")
		cells := ansi.StringWidth(bar)
		if i > 0 && cells >= prev {
			t.Errorf("stage %d (%d reached) draws %d cells, not shorter than %d", i, n, cells, prev)
		}
		prev = cells
	}
}
