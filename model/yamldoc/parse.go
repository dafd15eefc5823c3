package yamldoc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// DefaultMaxSize is the largest file Parse accepts unless given another
// limit with WithMaxSize.
const DefaultMaxSize = 16 << 20

// Option sets one of the limits a Document keeps to: Parse checks the file
// against them, and every edit checks the text it would make.
type Option func(*limits)

type limits struct {
	maxSize int // bytes
}

// WithMaxSize sets the largest text accepted, in bytes.
func WithMaxSize(n int) Option { return func(l *limits) { l.maxSize = n } }

// SyntaxError is a file that cannot be read as a single YAML document.
type SyntaxError struct {
	Line, Col int // 1-based; Col counts runes
	Msg       string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Document is a YAML file held as its exact bytes plus the node tree parsed
// from them.
type Document struct {
	lim   limits
	t     *text
	root  *yaml.Node // the DocumentNode
	style style
	proof proof
	tally tally // the tree's comment lines, for the next edit's check
	// numberings counts the times an edit had to number every line
	// afresh (see text.replace), which moves the numbers of lines it did
	// not touch.
	numberings int
}

// Parse reads one YAML document, refusing what no journey map can be:
// empty or oversized files, binary data, several documents, and nesting so
// deep that it is an attack rather than a map.
func Parse(src []byte, opts ...Option) (*Document, error) {
	lim := limits{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(&lim)
	}
	root, err := parseNode(src, lim)
	if err != nil {
		return nil, err
	}
	d := &Document{lim: lim, t: newText(src), root: root}
	d.t.numberNodes(root)
	d.parsed()
	d.style = detectStyle(d)
	return d, nil
}

// parseNode parses src into a DocumentNode with the hostile-input checks.
func parseNode(src []byte, lim limits) (*yaml.Node, error) {
	if len(src) > lim.maxSize {
		return nil, &SyntaxError{1, 1, fmt.Sprintf("file is %d bytes; the limit is %d", len(src), lim.maxSize)}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		line, col := position(src, i)
		return nil, &SyntaxError{line, col, "file holds a NUL byte: binary data, not YAML"}
	}
	if !utf8.Valid(src) {
		i := firstInvalidUTF8(src)
		line, col := position(src, i)
		return nil, &SyntaxError{line, col, "file is not valid UTF-8 text"}
	}
	if i, r := disallowedRune(src); i >= 0 {
		line, col := position(src, i)
		return nil, &SyntaxError{line, col, fmt.Sprintf("control character %U is not allowed in YAML; remove it or write it as an escape in a double-quoted string", r)}
	}
	if bytes.HasPrefix(src, []byte(byteOrderMark+byteOrderMark)) {
		return nil, &SyntaxError{1, 1, "file starts with two byte order marks (U+FEFF); remove the second one"}
	}
	dec := yaml.NewDecoder(bytes.NewReader(asYAML11(src)))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &SyntaxError{1, 1, "file is empty"}
		}
		return nil, syntaxError(src, err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 {
		return nil, &SyntaxError{1, 1, "file is empty"}
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == nil:
		return nil, &SyntaxError{extra.Line, extra.Column, "file holds more than one YAML document; a map is one document"}
	case !errors.Is(err, io.EOF):
		return nil, syntaxError(src, err)
	}
	return &root, nil
}

// disallowedRune finds the first character YAML does not allow in a
// stream (C0 and C1 controls but tab and line breaks, DEL, surrogates,
// U+FFFE and U+FFFF), which the parser reports without a position.
func disallowedRune(src []byte) (int, rune) {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				return i, rune(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r >= 0x80 && r < 0xa0 && r != 0x85 || r == 0xfffe || r == 0xffff {
			return i, r
		}
		i += size
	}
	return -1, 0
}

// byteOrderMark is U+FEFF, which may open a file once.
const byteOrderMark = "\ufeff"

// yaml12RE is a %YAML 1.2 directive, which the parser (a YAML 1.1 one,
// that reads the YAML 1.2 core schema's values as 1.2 does) refuses.
var yaml12RE = regexp.MustCompile(`^%YAML[ \t]+1\.2([ \t#]|$)`)

// asYAML11 is src for the parser: the same bytes, with a %YAML 1.2
// directive among the directives before the document read as 1.1, so that
// positions in the tree are those of src.
func asYAML11(src []byte) []byte {
	rest := bytes.TrimPrefix(src, []byte(byteOrderMark))
	for off := len(src) - len(rest); len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line = rest[:i+1]
		}
		t := bytes.TrimRight(line, "\r\n")
		switch {
		case yaml12RE.Match(t):
			out := bytes.Clone(src)
			out[off+bytes.Index(t, []byte("1.2"))+2] = '1'
			return out
		case len(bytes.TrimSpace(t)) == 0, t[0] == '#', t[0] == '%':
			off += len(line)
			rest = rest[len(line):]
		default:
			return src
		}
	}
	return src
}

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblemRE matches the problems yaml.v3's parser (not its scanner)
// reports: it gives their line counted from 0, where a scanner's is counted
// from 1.
var parserProblemRE = regexp.MustCompile(`^(did not find expected (key|node content|'-' indicator|',' or '[]}]'|<document start>)|found undefined tag handle)$`)

// syntaxError locates a yaml.v3 error. The library reports a line only, so
// the column is that line's first non-blank character.
func syntaxError(src []byte, err error) error {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if parserProblemRE.MatchString(m[2]) {
			line++
		}
		l := newText(src)
		line = min(max(line, 1), l.count())
		return &SyntaxError{line, l.indent(l.lineNumber(line)) + 1, m[2]}
	}
	if len(msg) > 6 && msg[:6] == "yaml: " {
		msg = msg[6:]
	}
	if msg == "found incompatible YAML document" {
		msg = "unsupported %YAML version: a map is YAML 1.2 (or 1.1)"
	}
	return &SyntaxError{1, 1, msg}
}

// position is the 1-based line and rune column of byte offset off.
func position(src []byte, off int) (line, col int) {
	l := newText(src)
	n := l.lineOf(off)
	return l.realLine(n), utf8.RuneCount(src[l.start(n):off]) + 1
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}

// Bytes is the document's current text, built once per change and then
// kept; never change it.
func (d *Document) Bytes() []byte { return d.t.bytes() }

// Root is the document's top node (the mapping of a journey map). Like
// every node the document hands out (Node, Get), it is the tree as of now,
// which no later edit changes (they build new nodes): read it, keep it as
// a snapshot if need be, never change it.
func (d *Document) Root() *yaml.Node { return d.root.Content[0] }

// Node is the DocumentNode, holding the head comment of the file.
func (d *Document) Node() *yaml.Node { return d.root }

// Aliases reports whether the tree has an alias (a merge key included), so
// that one value may show in several places.
func (d *Document) Aliases() bool { return d.proof.aliases }

// Line is the 1-based line of the file that a node's Line names. A node's
// Line is the document's own number for its line, which stays put when an
// edit adds or removes lines elsewhere; it is never the file's line (a
// text as parsed numbers its lines lineStride apart).
func (d *Document) Line(n int) int { return d.t.realLine(n) }

// Numbering changes when an edit numbers every line afresh, as one must
// when there is no room left between two lines' numbers for the lines it
// brings: line numbers (node Lines, and positions taken from them) read
// before such an edit no longer name the same lines.
func (d *Document) Numbering() int { return d.numberings }
