package common

import (
	"math"
	"strings"
)

// eighths are the partial blocks that end a bar, one eighth of a cell to
// seven eighths, so that close values still draw differently.
var eighths = []rune("▏▎▍▌▋▊▉")

// HBar draws a horizontal bar frac (0..1, clamped) of width cells long,
// padded with spaces to exactly width cells so that columns line up. Any
// value above zero shows at least a sliver: a stage that kept one customer
// is not a stage that kept none.
func HBar(frac float64, width int) string {
	if width <= 0 {
		return ""
	}
	if !finiteNum(frac) {
		frac = 0
	}
	frac = min(max(frac, 0), 1)
	n := int(math.Round(frac * float64(width) * 8)) // in eighths of a cell
	if n == 0 && frac > 0 {
		n = 1
	}
	full, part := n/8, n%8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	cells := full
	if part > 0 {
		b.WriteRune(eighths[part-1])
		cells++
	}
	b.WriteString(strings.Repeat(" ", width-cells))
	return b.String()
}
