package textsafe

import (
	"strings"
	"unicode/utf8"
)

// clean is the one scanner behind every sanitizer: it removes whole escape
// sequences (CSI, OSC, DCS, SOS, PM, APC, two- and three-byte ESC
// sequences, a lone ESC) rather than only their ESC, every C0 and C1
// control, DEL, and the bidi controls; tabs and line breaks become spaces
// (multiline keeps line breaks as "\n", CRLF and CR included); bytes that
// are not UTF-8 become U+FFFD.
func clean(s string, multiline bool) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r >= 0x80 && r <= 0x9f:
			i = skipC1(s, r, i+size)
		case r == '\r' && (multiline || strings.HasPrefix(s[i+size:], "\n")):
			// CRLF is one line break; in multi-line text so is a lone CR.
			if multiline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
			i += size
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\n' && multiline:
			b.WriteByte('\n')
			i += size
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			b.WriteByte(' ')
			i += size
		case r < 0x20 || r == 0x7f || bidi(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// skipEscape skips the sequence an ESC at i-1 introduces and returns the
// index after it. Unterminated sequences swallow the rest of the string:
// showing half of one is worse than showing none.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']':
		return skipString(s, i+1)
	case 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF sequences: intermediates 0x20-0x2f, then one final byte.
	j := i
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		return j + 1
	}
	if j > i {
		return j
	}
	return i // a lone ESC: drop only the ESC
}

// skipC1 handles a C1 control written as a character (U+0080..U+009F):
// the 8-bit forms of CSI, OSC and the string introducers take their
// sequence with them; the others are dropped alone.
func skipC1(s string, r rune, i int) int {
	switch r {
	case 0x9b:
		return skipCSI(s, i)
	case 0x9d:
		return skipString(s, i)
	case 0x90, 0x98, 0x9e, 0x9f:
		return skipString(s, i)
	}
	return i
}

// skipCSI skips parameters and intermediates up to and including the final
// byte (0x40-0x7e).
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			return i
		}
		if c < 0x20 || c > 0x3f {
			// Not part of a well-formed CSI: end it here and drop the byte.
			return i
		}
	}
	return i
}

// skipString skips an OSC/DCS/SOS/PM/APC body up to its terminator: ST
// (ESC \ or U+009C) or, for OSC and leniently for the others, BEL.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // a new sequence starts: let the caller read it
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		case s[i] == 0x9c: // raw 8-bit ST
			return i + 1
		}
		i++
	}
	return i
}
