package common

import (
	"math"
	"strings"
)

// sparkTicks are the eight heights of a sparkline, lowest first.
var sparkTicks = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws values as one block character each, scaled from their
// minimum to their maximum. When there are more values than width cells it
// keeps the latest ones, because the trend that matters is the recent one.
// A flat series draws at mid height so that it still reads as data, and a
// value that is not a number leaves a gap.
func Sparkline(values []float64, width int) string {
	if width <= 0 || len(values) == 0 {
		return ""
	}
	if len(values) > width {
		values = values[len(values)-width:]
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range values {
		if finiteNum(v) {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	var b strings.Builder
	for _, v := range values {
		switch {
		case !finiteNum(v):
			b.WriteByte(' ')
		case hi == lo:
			b.WriteRune(sparkTicks[len(sparkTicks)/2-1])
		default:
			i := int(math.Round((v - lo) / (hi - lo) * float64(len(sparkTicks)-1)))
			b.WriteRune(sparkTicks[i])
		}
	}
	return b.String()
}

func finiteNum(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
