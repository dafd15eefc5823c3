package common

import (
	"math"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestSparkline(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		width  int
		want   string
	}{
		{"rising", []float64{1, 2, 3, 4, 5, 6, 7, 8}, 10, "▁▂▃▄▅▆▇█"},
		{"scaled to min and max", []float64{46, 47.1, 48.3, 49.2, 50}, 10, "▁▃▅▇█"},
		{"falling (a reduce goal improving)", []float64{4.8, 4.1, 3.6, 3.2}, 10, "█▅▃▁"},
		{"flat reads as data at mid height", []float64{3, 3, 3}, 10, "▄▄▄"},
		{"one value", []float64{42}, 10, "▄"},
		{"keeps the latest when too long", []float64{0, 100, 0, 1, 2}, 3, "▁▅█"},
		{"not a number leaves a gap", []float64{1, math.NaN(), 2}, 10, "▁ █"},
		{"nothing", nil, 10, ""},
		{"no room", []float64{1, 2}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sparkline(tt.values, tt.width)
			if got != tt.want {
				t.Errorf("Sparkline(%v, %d) = %q, want %q", tt.values, tt.width, got, tt.want)
			}
			if w := ansi.StringWidth(got); w > tt.width {
				t.Errorf("width %d exceeds %d", w, tt.width)
			}
		})
	}
}
