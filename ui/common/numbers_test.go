package common

import (
	"math"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{12000, "12000"},
		{3.6, "3.6"},
		{4.14, "4.14"},
		{31.5, "31.5"},
		{0.1 + 0.2, "0.3"},
		{2.0/3.0 + 1, "1.67"},
		{0.031, "0.031"},
		{0.0314159, "0.0314"},
		{-14.7, "-14.7"},
		{0, "0"},
		{math.Copysign(0, -1), "0"},
		{math.NaN(), "?"},
		{math.Inf(1), "∞"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.in); got != tt.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0.45, "45%"},
		{0.0833, "8.3%"},
		{0.831, "83.1%"},
		{1, "100%"},
		{0, "0%"},
		{-0.12, "-12%"},
		{math.NaN(), "?%"},
	}
	for _, tt := range tests {
		if got := FormatPercent(tt.in); got != tt.want {
			t.Errorf("FormatPercent(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithUnit(t *testing.T) {
	tests := []struct{ num, unit, want string }{
		{"31.5", "%", "31.5%"},
		{"3.9", "/5", "3.9/5"},
		{"12000", "USD", "12000 USD"},
		{"4", "", "4"},
		{"4", " days ", "4 days"},
		{"4", "\x1b[31m%", "4%"},
	}
	for _, tt := range tests {
		if got := WithUnit(tt.num, tt.unit); got != tt.want {
			t.Errorf("withUnit(%q, %q) = %q, want %q", tt.num, tt.unit, got, tt.want)
		}
	}
}

func TestFormatCount(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{
		{0, "0"}, {110, "110"}, {1000, "1,000"}, {48000, "48,000"}, {1234567, "1,234,567"}, {-4200, "-4,200"},
	}
	for _, tt := range tests {
		if got := FormatCount(tt.in); got != tt.want {
			t.Errorf("FormatCount(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
