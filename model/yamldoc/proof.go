package yamldoc

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// What is written must be proven to read back as exactly the document's
// tree. A full parse proves it for every byte; the proof here costs what
// the edits since the last full parse touched instead:
//
//   - An edit that parses the whole new text keeps that parse as the
//     tree, so right after it the proof is complete: the text is the
//     proven one.
//   - An item added to or taken from a block list without a full parse
//     (local.go) is checked there on the lines around it; the next proof
//     is then a full parse, run where the save runs, off the screen.
//   - The exception is a single-line scalar replaced by another (fast.go):
//     it changes one token on one line, no line is added or removed, and
//     it is recorded as a touched line.
//   - To prove a later text, every line nobody touched must hold the same
//     bytes as in the proven text (chunks the texts share are not even
//     read), and every touched line is parsed on its own, its indentation
//     and `- ` taken off, and must give exactly the tree's nodes on that
//     line, with the same comments as the proven line had.
//   - A text with anchors or aliases (one value in several places) is
//     always checked in full, as is anything the steps above cannot place:
//     a line that does not parse alone, a flow collection over several
//     lines, a changed number of lines.

// proof is how far the document's text is known to match its tree.
type proof struct {
	text    *text   // the text last proven in full to read back as the tree then
	anchors bool    // that text had anchors or aliases
	aliases bool    // that text had aliases
	touched []touch // the lines changed in place since, oldest first
	parses  int     // full parses so far, so that a proof of an older base is not taken for this one
	// unproven counts the items added or taken out since without a full
	// parse (local.go): until a full check, the touched lines prove nothing.
	unproven int
}

// touch is one token replaced in place: the line it is on and the content
// indexes from the root to the outermost node that holds it and starts on
// that line (the scalar, or the flow collection around it).
type touch struct {
	line int
	path []int
}

// parsed records that the tree was just parsed from the whole text.
func (d *Document) parsed() {
	anchors, aliases := hasAnchors(d.root)
	d.proof = proof{text: d.t, anchors: anchors, aliases: aliases, parses: d.proof.parses + 1}
}

// hasAnchors reports whether the tree under n has an anchor or an alias,
// and whether it has an alias, walking with its own stack as deep trees
// are allowed.
func hasAnchors(n *yaml.Node) (anchors, aliases bool) {
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode {
			return true, true
		}
		anchors = anchors || n.Anchor != ""
		stack = append(stack, n.Content...)
	}
	return anchors, false
}

// Parses counts the document's full parses. An edit after which it is
// unchanged replaced one token in place: every node but those from the
// root down to that token is the one it was.
func (d *Document) Parses() int { return d.proof.parses }

// Snapshot is a document's text and tree at one moment. Edits made to the
// document after it never change it (they build new chunks and new nodes),
// so it can be verified and written on another goroutine while editing
// goes on. Taking one costs no copy of the text.
type Snapshot struct {
	doc   *Document
	t     *text
	root  *yaml.Node
	proof proof
}

// Snapshot takes the document as it is now.
func (d *Document) Snapshot() *Snapshot {
	p := d.proof
	p.touched = p.touched[:len(p.touched):len(p.touched)]
	return &Snapshot{doc: d, t: d.t, root: d.root, proof: p}
}

// Bytes is the snapshot's text, built once and kept; never change it.
func (s *Snapshot) Bytes() []byte { return s.t.bytes() }

// Same reports whether the document's text is exactly the snapshot's. It
// reads only the chunks the edits since have built.
func (d *Document) Same(s *Snapshot) bool { return s != nil && d.t.equal(s.t) }

// Verify proves that the snapshot's text reads back as exactly its tree's
// data and comments: from the lines edits touched when it can (see above),
// by parsing the whole text when it cannot.
func (s *Snapshot) Verify() error {
	if s.proof.text == s.t && len(s.proof.touched) == 0 {
		return nil
	}
	if s.incremental() {
		return nil
	}
	return verifyFull(s.t, s.root, s.doc.lim)
}

// Verify re-checks the document's text against its tree, the last check
// before any write, and remembers the proof for the next one.
func (d *Document) Verify() error {
	s := d.Snapshot()
	if err := s.Verify(); err != nil {
		return err
	}
	d.Verified(s)
	return nil
}

// Verified records that s, taken from this document, was proven: later
// proofs start from its text, so they cost only the edits made since.
func (d *Document) Verified(s *Snapshot) {
	p := &d.proof
	if s.doc != d || p.parses != s.proof.parses || len(p.touched) < len(s.proof.touched) {
		return // parsed in full since: a newer proof already
	}
	p.text = s.t
	p.touched = append([]touch(nil), p.touched[len(s.proof.touched):]...)
	p.unproven -= s.proof.unproven
}

// VerifyFull is Verify without the shortcut, for tests that compare the two.
func (s *Snapshot) VerifyFull() error { return verifyFull(s.t, s.root, s.doc.lim) }

// incremental proves the snapshot from its proven text and touched lines,
// or reports false when only the full check can tell.
func (s *Snapshot) incremental() bool {
	base, cur := s.proof.text, s.t
	if s.proof.anchors || s.proof.unproven > 0 || base == nil || base.count() != cur.count() || len(base.chunks) != len(cur.chunks) {
		return false
	}
	byLine := map[int][]int{}
	for _, t := range s.proof.touched {
		byLine[t.line] = t.path
	}
	// Untouched lines: the same bytes.
	for c, a := range cur.chunks {
		b := base.chunks[c]
		if a == b {
			continue
		}
		if cur.first[c] != base.first[c] || len(a.starts) != len(b.starts) || !sameNumbers(a, b) || !bytes.Equal(a.b[:a.starts[0]], b.b[:b.starts[0]]) {
			return false
		}
		for i := range a.starts {
			if _, ok := byLine[a.num(i)]; ok {
				continue
			}
			if !bytes.Equal(lineIn(a, i), lineIn(b, i)) {
				return false
			}
		}
	}
	// Touched lines: parsed alone, the tree's nodes and the same comments.
	for ln, path := range byLine {
		for _, t := range s.proof.touched {
			if t.line == ln && !sameInts(t.path, path) {
				return false // two nodes changed on one line: not placed here
			}
		}
		if !s.lineHolds(ln, path) {
			return false
		}
	}
	return true
}

// sameNumbers reports whether two chunks of as many lines number them
// alike.
func sameNumbers(a, b *chunk) bool {
	for i := range a.starts {
		if a.num(i) != b.num(i) {
			return false
		}
	}
	return true
}

// lineIn is line i of chunk c, its break included.
func lineIn(c *chunk, i int) []byte {
	if i+1 < len(c.starts) {
		return c.b[c.starts[i]:c.starts[i+1]]
	}
	return c.b[c.starts[i]:]
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// lineHolds reports whether line ln, parsed alone, is the node at path
// (with its key, when the key is on that line too), and carries the
// comments the proven text's line did.
func (s *Snapshot) lineHolds(ln int, path []int) bool {
	got, ok := parseLine(s.t.content(ln))
	if !ok {
		return false
	}
	was, ok := parseLine(s.proof.text.content(ln))
	if !ok {
		return false
	}
	n := nodeAt(s.root.Content[0], path)
	want := n
	if len(path) > 0 {
		parent := nodeAt(s.root.Content[0], path[:len(path)-1])
		if i := path[len(path)-1]; parent.Kind == yaml.MappingNode && i%2 == 1 && parent.Content[i-1].Line == ln {
			want = &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{parent.Content[i-1], n}}
		}
	}
	if n.Line != ln || sameData(want, got.Content[0], false) != nil {
		return false
	}
	a, b := map[string]int{}, map[string]int{}
	comments(got, a)
	comments(was, b)
	if len(a) != len(b) {
		return false
	}
	for c, k := range a {
		if b[c] != k {
			return false
		}
	}
	return true
}

// parseLine parses one line on its own, without its indentation and the
// `- ` of the items it opens.
func parseLine(l []byte) (*yaml.Node, bool) {
	for {
		l = bytes.TrimLeft(l, " ")
		if len(l) > 0 && l[0] == '-' && (len(l) == 1 || l[1] == ' ') {
			l = l[1:]
			continue
		}
		break
	}
	var n yaml.Node
	if err := yaml.Unmarshal(l, &n); err != nil || n.Kind != yaml.DocumentNode || len(n.Content) != 1 {
		return nil, false
	}
	return &n, true
}
