package common

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// FormatNumber writes a figure the way a person would: no trailing zeros
// and no float noise (12000, 3.6, 4.14, 0.031). Values of 1 and above keep
// two decimals at most; smaller ones keep three significant digits, so a
// conversion rate of 0.031 does not round to 0.03.
func FormatNumber(v float64) string {
	switch {
	case math.IsNaN(v):
		return "?"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	}
	var s string
	if math.Abs(v) >= 1 || v == 0 {
		s = strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	} else {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
		s = strconv.FormatFloat(r, 'f', -1, 64)
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// FormatPercent writes a fraction as a percentage with at most one decimal
// (0.45 is "45%", 0.0833 is "8.3%").
func FormatPercent(frac float64) string {
	if math.IsNaN(frac) || math.IsInf(frac, 0) {
		return "?%"
	}
	s := strconv.FormatFloat(math.Round(frac*1000)/10, 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	return s + "%"
}

// WithUnit puts a goal's unit after a formatted figure: symbols stick to
// the number (31.5%, 3.9/5), words get a space (12000 USD).
func WithUnit(num, unit string) string {
	unit = strings.TrimSpace(Sanitize(unit))
	switch {
	case unit == "":
		return num
	case UnitIsWord(unit):
		return num + " " + unit
	}
	return num + unit
}

func UnitIsWord(unit string) bool {
	for _, r := range unit {
		return unicode.IsLetter(r)
	}
	return false
}

// FormatCount writes a count of people with thousands separators
// (48,000), as the board does, so that one number reads the same across
// the screen.
func FormatCount(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
