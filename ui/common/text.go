package common

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Line sanitizes map text and cuts it to width cells with an ellipsis, for
// one-line labels. It never returns more than width cells.
func Line(s string, width int) string { return Clip(Sanitize(s), width) }

// Clip cuts already-safe text to width cells, ending in "…" when cut.
func Clip(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, Ellipsis)
}

// Wrap sanitizes multi-line map text and wraps it to width, keeping the
// author's line breaks; long words are broken rather than overflowing.
func Wrap(s string, width int) []string {
	if width <= 0 {
		return nil
	}
	var out []string
	for _, para := range strings.Split(SanitizeText(s), "\n") {
		w := ansi.Wrap(para, width, "")
		out = append(out, strings.Split(w, "\n")...)
	}
	return out
}

// PadRight pads safe text with spaces to exactly width cells (cutting it
// when longer), so columns line up.
func PadRight(s string, width int) string {
	s = Clip(s, width)
	if n := width - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

func Itoa(n int) string { return strconv.Itoa(n) }
