package textsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Show is Line for text a person reads on a terminal or in a log (the
// editor, lint, get, the text outputs): zero-width characters, which
// make two names that look the same differ, are shown as <U+200B>.
// A zero-width joiner inside an emoji sequence (👩‍💻) stays as it is.
func Show(s string) string { return visible(Line(s)) }

// ShowText is Show for multi-line text: line breaks survive.
func ShowText(s string) string { return visible(Text(s)) }

// ZeroWidth reports whether r is a character that takes no room on the
// screen and is not a control: the zero-width space, non-joiner and
// joiner, the word joiner and the invisible operators, a byte order mark
// inside text, the Mongolian vowel separator and the soft hyphen.
func ZeroWidth(r rune) bool {
	switch r {
	case 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e, 0x00ad:
		return true
	}
	return false
}

func visible(s string) string {
	if plain(s) || !strings.ContainsFunc(s, ZeroWidth) {
		return s
	}
	var b strings.Builder
	prev := rune(0)
	for i, r := range s {
		if ZeroWidth(r) && !(r == 0x200d && emojiJoin(prev, s[i+len("\u200d"):])) {
			fmt.Fprintf(&b, "<U+%04X>", r)
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// emojiJoin reports whether a zero-width joiner between prev and the text
// after it is part of an emoji sequence.
func emojiJoin(prev rune, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	return emojiPart(prev) && unicode.Is(unicode.So, next)
}

func emojiPart(r rune) bool {
	return unicode.Is(unicode.So, r) || r == 0xfe0f || (r >= 0x1f3fb && r <= 0x1f3ff)
}

// JSON makes encoded JSON safe to view without changing what it decodes
// to: C1 controls, DEL, bidi controls, zero-width characters and the
// line and paragraph separators inside strings are written as \uXXXX
// escapes (encoding/json already escapes C0 controls and invalid UTF-8).
func JSON(b []byte) []byte {
	if !needsJSONEscape(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if jsonUnsafe(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

func needsJSONEscape(b []byte) bool {
	for _, c := range b {
		if c >= 0x7f {
			return true
		}
	}
	return false
}

func jsonUnsafe(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r <= 0x9f) || bidi(r) || ZeroWidth(r) || r == 0x2028 || r == 0x2029
}
