// Package textsafe makes untrusted text from a map safe to put in the
// exporters' and the diff's output: a terminal, a Markdown document or a
// pull request comment. Map text can hold anything a file can.
package textsafe

import (
	"strings"
	"unicode/utf8"
)

// Line makes text safe for one line of output: escape sequences are
// removed whole, other control characters and the bidi controls that can
// make text read differently from what it is are dropped, line breaks and
// tabs become spaces, and invalid UTF-8 becomes U+FFFD. Zero-width
// characters are kept (exports keep the author's text); Show marks them.
func Line(s string) string { return clean(s, false) }

// Text is Line for multi-line text: line breaks survive as "\n".
func Text(s string) string { return clean(s, true) }

func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func bidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// mdSpecial are the characters that can start Markdown, HTML or GitHub
// math syntax anywhere in a line; a backslash before each makes it
// literal. Others (`(`, `.`, `-`) only matter in places handled apart, so
// they stay unescaped and the Markdown source stays readable.
const mdSpecial = "\\`*_[]<>|~$"

// Markdown makes text a literal single-line Markdown span, safe in a table
// cell or at the start of a paragraph: Line, then every character that
// could start emphasis, code, a link, an HTML tag, a table column (`|`),
// math or an entity is backslash-escaped, and so is a line start that
// would read as a heading, list, quote or rule.
func Markdown(s string) string {
	s = strings.TrimSpace(Line(s))
	marker := listMarker(s)
	var b strings.Builder
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf && strings.ContainsRune(mdSpecial, r),
			r == '&' && i+1 < len(s) && (isAlnum(s[i+1]) || s[i+1] == '#'),
			i == 0 && strings.ContainsRune("=>", r),
			i == 0 && strings.ContainsRune("#+-", r) && blockMarker(s),
			i == marker:
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// blockMarker reports whether s starts with "#", "+" or "-" followed by
// white space or nothing (a heading or a list item), or with "--" (a rule).
func blockMarker(s string) bool {
	return len(s) == 1 || s[1] == ' ' || s[1] == '\t' || s[0] == '-' && s[1] == '-'
}

// listMarker is the index of the "." or ")" of a leading "12. " or "3) ",
// which would start a numbered list, or -1.
func listMarker(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
		return i
	}
	return -1
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// MarkdownBlock is Markdown for multi-line text: blank lines still part
// paragraphs, other line breaks become hard breaks, and each line is
// escaped so that none turns into a heading, list or quote.
func MarkdownBlock(s string) string {
	var paras []string
	for _, p := range strings.Split(strings.TrimSpace(Text(s)), "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = Markdown(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "<br>\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// NoMentions keeps GitHub from reading @name in a comment as a mention (or
// #123 as a link, which Markdown already escapes): a zero-width space
// after each @ leaves the text as it reads and pings nobody.
func NoMentions(s string) string { return strings.ReplaceAll(s, "@", "@\u200b") }

// Code makes text an inline code span: a run of backticks longer than any
// inside the text fences it, so nothing inside can end it early.
func Code(s string) string {
	s = Line(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || s == "" {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// XML makes text safe as character data or an attribute value in SVG,
// XML or HTML: Line (no controls, escapes or bidi overrides), then the
// noncharacters XML forbids are dropped and &, <, >, " and ' become
// entities, so no text can open a tag, close one or end an attribute.
func XML(s string) string {
	s = Line(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == 0xfffe || r == 0xffff:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
