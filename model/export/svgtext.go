package export

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/journey-maps/journey/model/textsafe"
)

// SVG has no text wrapping of its own, so lines are broken here, by an
// estimate of the text's width: charWidth em per character is a little
// wider than the average of the sans-serif fonts a viewer falls back on
// (DejaVu Sans, Arial, Helvetica), so that a line never runs past its card.
const charWidth = 0.56

// wrap breaks text into lines of at most width pixels at font size px,
// between words where it can and inside a word too long for a line. Text
// from a map is made safe for one line first (no controls), not escaped:
// escaping happens as the line is written.
func wrap(s string, px, width float64) []string {
	// Only plain spaces break a line: a no-break space keeps an emotion's
	// glyph with its number.
	words := strings.FieldsFunc(textsafe.Line(s), func(r rune) bool { return r == ' ' })
	if len(words) == 0 {
		return nil
	}
	limit := max(int(width/(px*charWidth)), 4)
	var lines []string
	line := ""
	for _, w := range words {
		for utf8.RuneCountInString(w) > limit {
			if line != "" {
				lines = append(lines, line)
				line = ""
			}
			r := []rune(w)
			lines = append(lines, string(r[:limit]))
			w = string(r[limit:])
		}
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= limit:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// esc is textsafe.XML: map text as inert character data.
func esc(s string) string { return textsafe.XML(s) }

// num writes a coordinate: whole pixels without a decimal point, others
// with one decimal, so the file stays small and diffs stay readable.
func num(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	return strings.TrimSuffix(s, ".0")
}
