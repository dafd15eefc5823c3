package ui

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
)

// padStyled cuts or pads an already styled line to exactly width cells.
func padStyled(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		return ansi.Truncate(s, width, Ellipsis)
	}
	return s + strings.Repeat(" ", width-w)
}

// fill makes a block of exactly h lines of exactly w cells, so that panes
// placed side by side line up and nothing spills at any size.
func fill(lines []string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	out := make([]string, h)
	blank := strings.Repeat(" ", w)
	for i := range out {
		if i < len(lines) {
			out[i] = padStyled(lines[i], w)
		} else {
			out[i] = blank
		}
	}
	return strings.Join(out, "\n")
}

// centerLine is a one-line block with s centred in width cells.
func centerLine(s string, width int) []string {
	pad := max(0, (width-ansi.StringWidth(s))/2)
	return []string{strings.Repeat(" ", pad) + s}
}

// spread puts left and right text at the two ends of a line in one style;
// the left text gives way when both do not fit.
func spread(sty lipgloss.Style, left, right string, width int) string {
	if width <= 0 {
		return ""
	}
	rw := ansi.StringWidth(right)
	if rw+1 >= width {
		return sty.Render(PadRight(left, width))
	}
	return sty.Render(PadRight(left, width-rw-1) + " " + right)
}

// thousands formats a count with thousands separators: 12000 is "12,000".
func thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// percent formats a fraction as a whole percentage: 0.254 is "25%"; small
// non-zero fractions keep one decimal so that they do not read as nothing.
func percent(f float64) string {
	p := f * 100
	if math.IsNaN(p) || math.IsInf(p, 0) {
		return "–"
	}
	if a := math.Abs(p); a > 0 && a < 1 {
		return fmt.Sprintf("%.1f%%", p)
	}
	return fmt.Sprintf("%.0f%%", math.Round(p))
}

// number formats a goal figure without trailing zeros: 4.14, 3.9, 12000.
func number(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Sprint(f)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return thousands(int(f))
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", f), "0"), ".")
}

func hasDropOff(ps []model.PainPoint) bool {
	for _, p := range ps {
		if p.DropOff {
			return true
		}
	}
	return false
}

// severityStyle colours a severity word: high and critical are alarms.
func severityStyle(sev string, st *Styles) lipgloss.Style {
	switch sev {
	case "critical":
		return st.Bad
	case "high":
		return st.Warn
	}
	return st.Muted
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return Sanitize(s)
}
