package yamldoc

import (
	"sort"
	"unicode/utf8"
)

// lines maps yaml.v3's 1-based line and rune-column positions to byte
// offsets. It counts line breaks exactly as the YAML scanner does (CRLF, CR,
// LF, NEL, LS and PS), or positions after such a character would drift.
type lines struct {
	src    []byte
	starts []int // byte offset where each line begins; starts[0] skips a BOM
}

const bom = "\ufeff"

func newLines(src []byte) lines {
	starts := make([]int, 1, 64+len(src)/32)
	if len(src) >= 3 && string(src[:3]) == bom {
		starts[0] = 3
	}
	for i := 0; i < len(src); {
		n := breakLen(src, i)
		if n > 0 {
			i += n
			starts = append(starts, i)
			continue
		}
		i++
	}
	return lines{src: src, starts: starts}
}

// breakLen is the length of the line break at src[i], or 0.
func breakLen(src []byte, i int) int {
	switch c := src[i]; {
	case c == '\n':
		return 1
	case c == '\r':
		if i+1 < len(src) && src[i+1] == '\n' {
			return 2
		}
		return 1
	case c == 0xC2 && i+1 < len(src) && src[i+1] == 0x85:
		return 2
	case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
		return 3
	}
	return 0
}

// count is the number of lines.
func (l lines) count() int { return len(l.starts) }

// start is the byte offset where line n (1-based) begins.
func (l lines) start(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(l.starts) {
		return len(l.src)
	}
	return l.starts[n-1]
}

// end is the byte offset just past line n's break (the next line's start).
func (l lines) end(n int) int {
	if n >= len(l.starts) {
		return len(l.src)
	}
	return l.starts[n]
}

// contentEnd is the byte offset of line n's break (its content's end).
func (l lines) contentEnd(n int) int {
	e := l.end(n)
	s := l.start(n)
	// Step back over the break that ends the line, if any; the longest
	// first, so that CRLF is not taken for a lone LF.
	for k := 3; k >= 1; k-- {
		if e-k >= s && breakLen(l.src, e-k) == k {
			return e - k
		}
	}
	return e
}

// offset converts a 1-based line and rune column into a byte offset.
func (l lines) offset(line, col int) int {
	off := l.start(line)
	limit := l.contentEnd(line)
	for c := 1; c < col && off < limit; c++ {
		_, size := utf8.DecodeRune(l.src[off:])
		off += size
	}
	return off
}

// lineOf is the 1-based line holding byte offset off.
func (l lines) lineOf(off int) int {
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}

// indent is the number of leading spaces on line n.
func (l lines) indent(n int) int {
	s, e := l.start(n), l.contentEnd(n)
	i := s
	for i < e && l.src[i] == ' ' {
		i++
	}
	return i - s
}

// blank reports whether line n holds only spaces and tabs.
func (l lines) blank(n int) bool {
	s, e := l.start(n), l.contentEnd(n)
	for i := s; i < e; i++ {
		if c := l.src[i]; c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// comment reports whether line n holds only a comment.
func (l lines) comment(n int) bool {
	s, e := l.start(n), l.contentEnd(n)
	for i := s; i < e; i++ {
		switch l.src[i] {
		case ' ', '\t':
		case '#':
			return true
		default:
			return false
		}
	}
	return false
}
