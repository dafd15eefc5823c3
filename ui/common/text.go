package common

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model/textsafe"
	"strconv"
	"strings"
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
	for _, para := range strings.Split(sanitizeText(s), "\n") {
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

func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Sanitize makes untrusted single-line text from a map safe to show: the
// project's one sanitizer, with zero-width characters made visible.
func Sanitize(s string) string { return textsafe.Show(s) }

// OneLine is text made safe for a terminal and set on one line: every run
// of spaces and line breaks becomes one space.
func OneLine(s string) string { return strings.Join(strings.Fields(Sanitize(s)), " ") }

// sanitizeText is Sanitize for multi-line text: line breaks survive.
func sanitizeText(s string) string { return textsafe.ShowText(s) }
