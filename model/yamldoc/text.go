package yamldoc

import (
	"bytes"
	"sort"
	"strings"
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
// A line has a number that is not its place in the file but stays with it
// as long as it is there: a text as parsed numbers its lines lineStride
// apart, and an edit numbers the lines it brings between those of their
// neighbours. So a node's Line (and a position of the typed map taken
// from it) stays right however many lines edits add or remove above it,
// and an insert need not copy the tree below it. realLine turns a number
// into the file's line, lineNumber the other way. A number between two
// lines' stands for the later line, so that end(n) = start(n+1); walks
// from line to line go with next and prev.
type text struct {
	chunks []*chunk
	offs   []int // offs[i]: byte offset of chunk i; offs[len(chunks)] is the size
	first  []int // first[i]: 0-based file line of chunk i's first line; the last entry counts the lines
	flat   atomic.Pointer[[]byte]
	// renumbered tells that replace had to number every line afresh.
	renumbered bool
}

// chunk is a run of whole lines: every chunk but the last ends with a
// '\n', so no line and no line break spans two chunks.
type chunk struct {
	b      []byte
	starts []int // where each line begins in b; the first chunk's skips a BOM
	base   int   // the number of its first line
	nums   []int // the numbers of its lines, or nil for base + i*lineStride
}

// lineStride is how far apart a text as parsed numbers its lines: room for
// twenty inserts, each halving it, at one place before the whole text is
// numbered afresh (which only a full parse may follow).
const lineStride = 1 << 20

// num is the number of line i of c.
func (c *chunk) num(i int) int {
	if c.nums != nil {
		return c.nums[i]
	}
	return c.base + i*lineStride
}

// lastNum is the number of c's last line.
func (c *chunk) lastNum() int { return c.num(len(c.starts) - 1) }

// index is the place in c of its first line numbered n or more
// (len(c.starts) when none is).
func (c *chunk) index(n int) int {
	if c.nums != nil {
		return sort.SearchInts(c.nums, n)
	}
	if n <= c.base {
		return 0
	}
	return min((n-c.base+lineStride-1)/lineStride, len(c.starts))
}

// chunkSize is about how many bytes a chunk holds: large enough that a big
// file has few of them, small enough that copying one is cheap.
var chunkSize = 16 << 10 // a variable only so that tests can make chunks tiny

const bom = "\ufeff"

// newText holds src (not copied: the caller must not change it).
func newText(src []byte) *text {
	t := &text{chunks: split(src, true, true)}
	t.index()
	t.numberAll()
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
// chunks that hold the replaced bytes are built again. Every line that was
// in t keeps its number; the lines ins brings are numbered between their
// neighbours'. (Should there be no room between them, every line is
// numbered afresh and renumbered is set: see number.)
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
	nt := &text{chunks: make([]*chunk, 0, len(t.chunks)-(cj-ci+1)+len(mid))}
	nt.chunks = append(append(append(nt.chunks, t.chunks[:ci]...), mid...), t.chunks[cj+1:]...)
	if len(nt.chunks) == 0 {
		nt.chunks = split(nil, true, true)
		nt.chunks[0].base = lineStride
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
	nt.index()
	if len(mid) > 0 && !t.number(mid, ci, cj, s, e, ins) {
		nt.numberAll()
		nt.renumbered = true
	}
	return nt
}

// rebuilt is chunk c made again, as the first or last of its text, with its
// lines' numbers (and one more for a last line it gains).
func rebuilt(c *chunk, head, tail bool) *chunk {
	n := newChunk(c.b, head, tail)
	n.base = c.base
	if c.nums != nil {
		n.nums = c.nums[:min(len(c.nums), len(n.starts)):min(len(c.nums), len(n.starts))]
		for len(n.nums) < len(n.starts) {
			n.nums = append(n.nums, n.nums[len(n.nums)-1]+lineStride)
		}
	}
	return n
}

// numberAll numbers every line afresh, lineStride apart. Chunks are copied,
// as others may share them, so no line keeps its number: only a full
// parse, whose nodes are numbered for the new text, may follow it.
func (t *text) numberAll() {
	for i, c := range t.chunks {
		cp := *c
		cp.base, cp.nums = (t.first[i]+1)*lineStride, nil
		t.chunks[i] = &cp
	}
}

// number numbers the lines of mid, the chunks replace built in place of
// t's chunks ci to cj with bytes [s, e) replaced by ins: a line that was
// in t keeps its number, a new one gets one between its neighbours'.
// false: there is no room between them.
func (t *text) number(mid []*chunk, ci, cj, s, e int, ins string) bool {
	if len(mid) == cj-ci+1 && !hasBreak([]byte(ins)) && !hasBreak(t.slice(s, e)) {
		// No line came or went (a token replaced within its line): when
		// the chunks hold as many lines as before, they are numbered so.
		same := true
		for k, c := range mid {
			same = same && len(c.starts) == len(t.chunks[ci+k].starts)
		}
		if same {
			for k, c := range mid {
				c.base, c.nums = t.chunks[ci+k].base, t.chunks[ci+k].nums
			}
			return true
		}
	}
	// The lines before and after, as starts and numbers, in one list each.
	var olds, onum, news []int
	for c := ci; c <= cj; c++ {
		for k, st := range t.chunks[c].starts {
			olds = append(olds, t.offs[c]+st)
			onum = append(onum, t.chunks[c].num(k))
		}
	}
	p := t.offs[ci]
	for _, c := range mid {
		for _, st := range c.starts {
			news = append(news, p+st)
		}
		p += len(c.b)
	}
	endsBreak := false
	for _, b := range []string{"\n", "\r", "\u0085", "\u2028", "\u2029"} {
		endsBreak = endsBreak || strings.HasSuffix(ins, b)
	}
	nums := make([]int, len(news)) // 0: a new line
	// Lines before s are where they were. So is the line at s when ins
	// does not end a line: what it brings goes in front of that line.
	h := 0
	for h < len(news) && h < len(olds) && olds[h] == news[h] && (news[h] < s || news[h] == s && len(ins) > 0 && !endsBreak) {
		nums[h] = onum[h]
		h++
	}
	// Lines after the replaced bytes moved by as many bytes as it added.
	delta := len(ins) - (e - s)
	for a, b := len(news)-1, len(olds)-1; a >= h && b >= h; a, b = a-1, b-1 {
		o := olds[b]
		if news[a]-delta != o || news[a] < s+len(ins) || o < e || o == s && len(ins) > 0 && !endsBreak {
			break
		}
		nums[a] = onum[b]
	}
	before := 0
	if ci > 0 {
		before = t.chunks[ci-1].lastNum()
	}
	after := -1 // none: the rebuilt lines end the text
	if cj+1 < len(t.chunks) {
		after = t.chunks[cj+1].num(0)
	}
	for i := 0; i < len(nums); {
		if nums[i] != 0 {
			if nums[i] <= before {
				return false
			}
			before = nums[i]
			i++
			continue
		}
		j := i
		for j < len(nums) && nums[j] == 0 {
			j++
		}
		hi := after
		if j < len(nums) {
			hi = nums[j]
		}
		k := j - i
		if hi < 0 {
			hi = before + (k+1)*lineStride
		}
		if hi-before <= k {
			return false
		}
		for m := range k {
			nums[i+m] = before + (hi-before)*(m+1)/(k+1)
		}
		i = j
	}
	for _, c := range mid {
		c.base, c.nums = nums[0], nums[:len(c.starts):len(c.starts)]
		if regular(c.nums) {
			c.nums = nil
		}
		nums = nums[len(c.starts):]
	}
	return true
}

// regular reports whether numbers run lineStride apart.
func regular(nums []int) bool {
	for i := 1; i < len(nums); i++ {
		if nums[i]-nums[i-1] != lineStride {
			return false
		}
	}
	return true
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

// locate is the chunk and place of the first line numbered n or more;
// (len(t.chunks), 0) when none is.
func (t *text) locate(n int) (int, int) {
	c := sort.Search(len(t.chunks), func(i int) bool { return t.chunks[i].lastNum() >= n })
	if c == len(t.chunks) {
		return c, 0
	}
	return c, t.chunks[c].index(n)
}

// count is the number of lines.
func (t *text) count() int { return t.first[len(t.chunks)] }

// last is the number of the last line.
func (t *text) last() int { return t.chunks[len(t.chunks)-1].lastNum() }

// start is the byte offset where line n begins (or the first line after n,
// when no line is numbered n).
func (t *text) start(n int) int {
	if n < t.chunks[0].num(0) {
		return 0
	}
	c, i := t.locate(n)
	if c == len(t.chunks) {
		return t.size()
	}
	return t.offs[c] + t.chunks[c].starts[i]
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
	c, i := t.locate(n + 1)
	if c == len(t.chunks) {
		return n + 1
	}
	return t.chunks[c].num(i)
}

// prev is the number of the line before line n (0 before the first).
func (t *text) prev(n int) int {
	c, i := t.locate(n)
	switch {
	case i > 0:
		return t.chunks[c].num(i - 1)
	case c > 0:
		return t.chunks[c-1].lastNum()
	}
	return 0
}

// realLine is the 1-based line of the file that line n is.
func (t *text) realLine(n int) int {
	if n < 1 {
		return n
	}
	c, i := t.locate(n)
	if c == len(t.chunks) {
		return t.count()
	}
	return t.first[c] + i + 1
}

// lineNumber is the number of the file's 1-based line r.
func (t *text) lineNumber(r int) int {
	if r < 1 {
		return r
	}
	if r > t.count() {
		return t.last() + (r-t.count())*lineStride
	}
	c := sort.Search(len(t.chunks), func(i int) bool { return t.first[i+1] > r-1 })
	return t.chunks[c].num(r - 1 - t.first[c])
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
	return t.chunks[c].num(max(sort.Search(len(st), func(i int) bool { return st[i] > local })-1, 0))
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
	c := 0
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if r := n.Line - 1; r >= 0 {
			if r < t.first[c] || r >= t.first[c+1] {
				c = min(sort.Search(len(t.chunks), func(i int) bool { return t.first[i+1] > r }), len(t.chunks)-1)
			}
			n.Line = t.chunks[c].num(r - t.first[c])
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
}
