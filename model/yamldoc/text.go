package yamldoc

import (
	"bytes"
	"sort"
	"sync/atomic"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// text is a document's bytes, held as chunks of whole lines that are never
// changed once built. An edit builds new chunks for the lines it touches
// and shares every other chunk with the text before it, so it costs what
// it touches, not what the file holds; and a text, once made, can be read
// from another goroutine (a save) while edits go on.
//
// Positions follow yaml.v3: rune columns, and lines as the tree's nodes
// carry them. Line breaks are counted exactly as the YAML scanner counts
// them (CRLF, CR, LF, NEL, LS and PS), or positions after such a character
// would drift.
//
// A line's number is its chunk's base plus its place in the chunk, and the
// bases leave wide gaps between chunks (lineGap). So an edit that adds or
// removes lines renumbers only the lines of the chunks it rebuilds, and a
// node further on keeps its Line: an insert need not copy the tree below
// it. A text as parsed numbers its first chunk's lines as the file does;
// realLine converts any number to the file's line.
// A number in a gap stands for the start of the next chunk, so that
// end(n) = start(n+1) holds across chunks; walks from line to line go
// with next and prev.
type text struct {
	chunks []*chunk
	offs   []int // offs[i]: byte offset of chunk i; offs[len(chunks)] is the size
	first  []int // first[i]: 0-based file line of chunk i's first line; the last entry counts the lines
	flat   atomic.Pointer[[]byte]
	// renumbered tells that replace had to number every chunk afresh.
	renumbered bool
	// rebuilt is, for a text made by replace, where in the text before it
	// the chunks it shares began again: lines from the replaced bytes up to
	// there have new numbers.
	rebuilt int
}

// chunk is a run of whole lines: every chunk but the last ends with a
// '\n', so no line and no line break spans two chunks.
type chunk struct {
	b      []byte
	starts []int // where each line begins in b; the first chunk's skips a BOM
	base   int   // the number of its first line
}

// lineGap is how far apart new texts number their chunks: far more lines
// than a chunk can ever gain.
const lineGap = 1 << 32

// chunkSize is about how many bytes a chunk holds: large enough that a big
// file has few of them, small enough that copying one is cheap.
var chunkSize = 16 << 10 // a variable only so that tests can make chunks tiny

const bom = "\ufeff"

// newText holds src (not copied: the caller must not change it).
func newText(src []byte) *text {
	t := &text{chunks: split(src, true, true)}
	for i, c := range t.chunks {
		c.base = 1 + i*lineGap
	}
	t.index()
	t.flat.Store(&src)
	return t
}

// split cuts b into chunks after a '\n' once each holds chunkSize bytes.
// head tells that b starts the text (a BOM is skipped), tail that it ends
// it (a final line break opens one more, empty, line).
func split(b []byte, head, tail bool) []*chunk {
	var out []*chunk
	for len(b) > 0 || len(out) == 0 {
		n := len(b)
		if n > chunkSize {
			if i := bytes.IndexByte(b[chunkSize:], '\n'); i >= 0 && chunkSize+i+1 < len(b) {
				n = chunkSize + i + 1
			}
		}
		out = append(out, newChunk(b[:n:n], head && len(out) == 0, tail && n == len(b)))
		b = b[n:]
	}
	return out
}

func newChunk(b []byte, head, tail bool) *chunk {
	starts := make([]int, 1, 1+len(b)/24)
	if head && len(b) >= 3 && string(b[:3]) == bom {
		starts[0] = 3
	}
	for i := 0; i < len(b); {
		if n := breakLen(b, i); n > 0 {
			i += n
			if i < len(b) || tail {
				starts = append(starts, i)
			}
			continue
		}
		i++
	}
	return &chunk{b: b, starts: starts}
}

// index computes offs and first from the chunks.
func (t *text) index() {
	t.offs = make([]int, len(t.chunks)+1)
	t.first = make([]int, len(t.chunks)+1)
	for i, c := range t.chunks {
		t.offs[i+1] = t.offs[i] + len(c.b)
		t.first[i+1] = t.first[i] + len(c.starts)
	}
}

// replace is a new text with t's bytes [s, e) replaced by ins. Only the
// chunks that hold the replaced bytes are built again, and only their lines
// are numbered again: from the first rebuilt chunk's base on, one by one.
// Lines before s keep their numbers, and so do those of every chunk not
// rebuilt. (Should the rebuilt lines ever run into the next chunk's
// numbers, every chunk is numbered afresh; see renumbered.)
func (t *text) replace(s, e int, ins string) *text {
	ci, cj := t.chunkAt(s), t.chunkAt(max(e-1, s))
	last := len(t.chunks) - 1
	// The new bytes must end in a '\n' unless they end the text, so that
	// chunks still hold whole lines.
	lo, hi := t.offs[ci], t.offs[cj+1]
	for cj < last && hi-lo+len(ins)-(e-s) > 0 && !endsLine(t, hi, e, ins) {
		cj++
		hi = t.offs[cj+1]
	}
	b := make([]byte, 0, hi-lo-(e-s)+len(ins))
	b = t.appendTo(b, lo, s)
	b = append(b, ins...)
	b = t.appendTo(b, e, hi)
	var mid []*chunk
	if len(b) > 0 || len(t.chunks) == 1 {
		mid = split(b, ci == 0, cj == last)
	}
	nt := &text{chunks: make([]*chunk, 0, len(t.chunks)-(cj-ci+1)+len(mid)), rebuilt: hi}
	nt.chunks = append(append(append(nt.chunks, t.chunks[:ci]...), mid...), t.chunks[cj+1:]...)
	if len(nt.chunks) == 0 {
		nt.chunks = split(nil, true, true)
		nt.chunks[0].base = t.chunks[0].base
	}
	if ci == 0 && len(mid) == 0 && len(nt.chunks) > 0 {
		// The first chunk went; the one now first may start with a BOM.
		nt.chunks[0] = rebuilt(nt.chunks[0], true, len(nt.chunks) == 1)
	}
	if cj == last && len(mid) == 0 && len(nt.chunks) > 0 {
		// The last chunk went; the one now last ends the text.
		n := len(nt.chunks) - 1
		nt.chunks[n] = rebuilt(nt.chunks[n], n == 0, true)
	}
	next := t.chunks[ci].base
	for _, c := range mid {
		c.base = next
		next += len(c.starts)
	}
	if cj < last && next > t.chunks[cj+1].base {
		nt.renumber()
	}
	nt.index()
	return nt
}

// rebuilt is chunk c made again, as the first or last of its text, with its
// lines' numbers.
func rebuilt(c *chunk, head, tail bool) *chunk {
	n := newChunk(c.b, head, tail)
	n.base = c.base
	return n
}

// renumber gives every chunk a base afresh, lineGap apart. Chunks are
// copied, as others may share them, so no line keeps its number: only a
// full parse, whose nodes are numbered for the new text, may follow it.
func (t *text) renumber() {
	for i, c := range t.chunks {
		cp := *c
		cp.base = 1 + i*lineGap
		t.chunks[i] = &cp
	}
	t.renumbered = true
}

// endsLine reports whether the rebuilt bytes, which end at hi in t, end
// with a '\n'.
func endsLine(t *text, hi, e int, ins string) bool {
	if hi > e {
		return t.at(hi-1) == '\n'
	}
	return len(ins) > 0 && ins[len(ins)-1] == '\n'
}

// size is the number of bytes.
func (t *text) size() int { return t.offs[len(t.chunks)] }

// chunkAt is the chunk holding byte off; the last one for the end.
func (t *text) chunkAt(off int) int {
	i := sort.Search(len(t.chunks), func(i int) bool { return t.offs[i+1] > off })
	return min(i, len(t.chunks)-1)
}

// at is the byte at off.
func (t *text) at(off int) byte {
	c := t.chunkAt(off)
	return t.chunks[c].b[off-t.offs[c]]
}

// slice is bytes [s, e): shared when they sit in one chunk (never to be
// changed), a copy otherwise.
func (t *text) slice(s, e int) []byte {
	if c := t.chunkAt(s); e <= t.offs[c+1] {
		b := t.chunks[c].b
		return b[s-t.offs[c] : e-t.offs[c] : e-t.offs[c]]
	}
	return t.appendTo(nil, s, e)
}

// str is bytes [s, e) as a string.
func (t *text) str(s, e int) string { return string(t.slice(s, e)) }

// appendTo appends bytes [s, e) to b.
func (t *text) appendTo(b []byte, s, e int) []byte {
	for c := t.chunkAt(s); s < e; c++ {
		lo := t.offs[c]
		hi := min(e, t.offs[c+1])
		b = append(b, t.chunks[c].b[s-lo:hi-lo]...)
		s = hi
	}
	return b
}

// bytes is the whole text in one slice, built once and kept. Never change
// it.
func (t *text) bytes() []byte {
	if p := t.flat.Load(); p != nil {
		return *p
	}
	b := t.appendTo(make([]byte, 0, t.size()), 0, t.size())
	t.flat.Store(&b)
	return b
}

// view reads a text byte by byte, keeping the chunk it last read: the
// scanners that find where a node ends go forward from one spot.
type view struct {
	t      *text
	n      int // the text's size
	lo, hi int // the bytes b holds
	b      []byte
}

func (t *text) view() *view { return &view{t: t, n: t.size()} }

// at is the byte at off.
func (v *view) at(off int) byte {
	if off < v.lo || off >= v.hi {
		c := v.t.chunkAt(off)
		v.lo, v.hi, v.b = v.t.offs[c], v.t.offs[c+1], v.t.chunks[c].b
	}
	return v.b[off-v.lo]
}

// brk is the length of the line break at off, or 0 (a break never spans
// two chunks).
func (v *view) brk(off int) int {
	v.at(off)
	return breakLen(v.b, off-v.lo)
}

// equal reports whether two texts hold the same bytes. Chunks they share
// are not read: after an edit only the chunks it built are compared.
func (t *text) equal(u *text) bool {
	if t == u {
		return true
	}
	if t.size() != u.size() {
		return false
	}
	// Shared chunks at the start sit at the same offsets; at the end too,
	// since the sizes are equal.
	i := 0
	for i < len(t.chunks) && i < len(u.chunks) && t.chunks[i] == u.chunks[i] {
		i++
	}
	a, b := len(t.chunks), len(u.chunks)
	for a > i && b > i && t.chunks[a-1] == u.chunks[b-1] {
		a, b = a-1, b-1
	}
	return sameRange(t, u, t.offs[i], t.offs[a])
}

// sameRange compares bytes [s, e) of two texts of the same size, a chunk's
// worth at a time.
func sameRange(t, u *text, s, e int) bool {
	for s < e {
		ct, cu := t.chunkAt(s), u.chunkAt(s)
		n := min(e, t.offs[ct+1], u.offs[cu+1]) - s
		a := t.chunks[ct].b[s-t.offs[ct]:][:n]
		b := u.chunks[cu].b[s-u.offs[cu]:][:n]
		if !bytes.Equal(a, b) {
			return false
		}
		s += n
	}
	return true
}

// lineChunk is the chunk holding line n (within range), or the one before
// the gap n is in.
func (t *text) lineChunk(n int) int {
	i := sort.Search(len(t.chunks), func(i int) bool { return t.chunks[i].base > n })
	return max(i-1, 0)
}

// count is the number of lines.
func (t *text) count() int { return t.first[len(t.chunks)] }

// last is the number of the last line.
func (t *text) last() int {
	c := t.chunks[len(t.chunks)-1]
	return c.base + len(c.starts) - 1
}

// start is the byte offset where line n begins (the next chunk's start
// for a number in a gap).
func (t *text) start(n int) int {
	if n < t.chunks[0].base {
		return 0
	}
	if n > t.last() {
		return t.size()
	}
	c := t.lineChunk(n)
	if i := n - t.chunks[c].base; i < len(t.chunks[c].starts) {
		return t.offs[c] + t.chunks[c].starts[i]
	}
	return t.offs[c+1]
}

// end is the byte offset just past line n's break (the next line's start).
func (t *text) end(n int) int {
	if n >= t.last() {
		return t.size()
	}
	return t.start(n + 1)
}

// next is the number of the line after line n (past last() at the end).
func (t *text) next(n int) int {
	c := t.lineChunk(n)
	if n+1-t.chunks[c].base < len(t.chunks[c].starts) || c+1 == len(t.chunks) {
		return n + 1
	}
	return t.chunks[c+1].base
}

// prev is the number of the line before line n (below 1 at the start).
func (t *text) prev(n int) int {
	c := t.lineChunk(n)
	if n > t.chunks[c].base || c == 0 {
		return n - 1
	}
	p := t.chunks[c-1]
	return p.base + len(p.starts) - 1
}

// realLine is the 1-based line of the file that line n is.
func (t *text) realLine(n int) int {
	if n < 1 {
		return n
	}
	c := t.lineChunk(n)
	return t.first[c] + min(n-t.chunks[c].base, len(t.chunks[c].starts)-1) + 1
}

// lineNumber is the number of the file's 1-based line r.
func (t *text) lineNumber(r int) int {
	if r < 1 {
		return r
	}
	if r > t.count() {
		return t.last() + r - t.count()
	}
	c := sort.Search(len(t.chunks), func(i int) bool { return t.first[i+1] > r-1 })
	return t.chunks[c].base + r - 1 - t.first[c]
}

// line is line n's bytes, its break included (shared, never to be changed).
func (t *text) line(n int) []byte { return t.slice(t.start(n), t.end(n)) }

// contentEnd is the byte offset of line n's break (its content's end).
func (t *text) contentEnd(n int) int {
	s, l := t.start(n), t.line(n)
	e := len(l)
	// Step back over the break that ends the line, if any; the longest
	// first, so that CRLF is not taken for a lone LF.
	for k := 3; k >= 1; k-- {
		if e-k >= 0 && breakLen(l, e-k) == k {
			return s + e - k
		}
	}
	return s + e
}

// content is line n without its break.
func (t *text) content(n int) []byte { return t.slice(t.start(n), t.contentEnd(n)) }

// offset converts a 1-based line and rune column into a byte offset.
func (t *text) offset(line, col int) int {
	s := t.start(line)
	l := t.content(line)
	off := 0
	for c := 1; c < col && off < len(l); c++ {
		_, size := utf8.DecodeRune(l[off:])
		off += size
	}
	return s + off
}

// lineOf is the line holding byte offset off.
func (t *text) lineOf(off int) int {
	c := t.chunkAt(off)
	local := off - t.offs[c]
	st := t.chunks[c].starts
	return t.chunks[c].base - 1 + sort.Search(len(st), func(i int) bool { return st[i] > local })
}

// indent is the number of leading spaces on line n.
func (t *text) indent(n int) int {
	l := t.content(n)
	i := 0
	for i < len(l) && l[i] == ' ' {
		i++
	}
	return i
}

// blank reports whether line n holds only spaces and tabs.
func (t *text) blank(n int) bool {
	for _, c := range t.content(n) {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// comment reports whether line n holds only a comment.
func (t *text) comment(n int) bool {
	for _, c := range t.content(n) {
		switch c {
		case ' ', '\t':
		case '#':
			return true
		default:
			return false
		}
	}
	return false
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

// numberNodes gives the nodes of a tree just parsed from t's bytes (whose
// Line is the file's line) t's numbers for their lines. Nodes come
// mostly in file order, so the chunk of the last one is tried first.
func (t *text) numberNodes(root *yaml.Node) {
	identity := true
	for i, c := range t.chunks {
		identity = identity && c.base == t.first[i]+1
	}
	if identity {
		return
	}
	c := 0
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if r := n.Line - 1; r >= 0 {
			if r < t.first[c] || r >= t.first[c+1] {
				c = min(sort.Search(len(t.chunks), func(i int) bool { return t.first[i+1] > r }), len(t.chunks)-1)
			}
			n.Line = t.chunks[c].base + r - t.first[c]
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
}
