package yamldoc

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"go.yaml.in/yaml/v3"
)

// An item added to a block list, or taken out of one, changes whole lines
// between two neighbours. Instead of parsing the whole new text, the
// window from the neighbour before it to the one after it is parsed on
// its own: when the neighbours read back exactly as they were (data and
// comments) and the new item as intended, the text around them reads as
// before, since a block item's lines read the same wherever they stand
// among block items at their indentation. The new nodes are spliced into
// the tree, and every other node is shared with the tree before: the lines
// it stands on kept their numbers. Anything unusual goes the full way: flow
// collections, anchors and aliases, a new first child of a list that is
// not a key's value or that a tag stands above, a comment line beside the
// window or one the window's children do not hold, a text with a byte
// order mark. The window runs on over blank lines after it, which a kept
// block scalar (`|+`) at its end takes in.
//
// Such a text is proven before it is written by the full parse (see
// proof.unproven), which the save runs off the screen's thread.

// childEdit is an insert or a delete of one child of a block collection,
// as blockInsert or blockRegion laid it out.
type childEdit struct {
	coll   *yaml.Node
	keys   []int   // content indexes from the root to coll
	kids   []child // coll's children before the edit
	i      int     // the child inserted (its index after) or deleted
	insert bool
	s, e   int          // the bytes replaced
	text   string       // by this
	want   []*yaml.Node // an insert's new nodes (key and value in a mapping); wildcard for restored text
}

// spliceChild makes the edit without parsing the whole text, or reports
// false (the document unchanged) when it cannot prove it that way.
func (d *Document) spliceChild(ce childEdit) bool {
	c, kids, n := ce.coll, ce.kids, len(ce.kids)
	width := 1
	if c.Kind == yaml.MappingNode {
		width = 2
	}
	if d.proof.anchors || c.Style&yaml.FlowStyle != 0 || n == 0 || len(ce.keys) == 0 || d.t.chunks[0].starts[0] != 0 {
		return false
	}
	if ce.i == 0 {
		// A new first child moves where the collection stands, which is
		// told here only for the value of a key on a line of its own.
		parent := nodeAt(d.Root(), ce.keys[:len(ce.keys)-1])
		if kids[0].wrap || parent.Kind != yaml.MappingNode || ce.keys[len(ce.keys)-1]%2 == 0 {
			return false
		}
		// And only where it stood on its first child's line before: a tag
		// on a line of its own (`key:\n  !!seq\n  - a`) is where it stands.
		if c.Line != kids[0].first || kids[0].key != nil && c.Column != kids[0].key.Column {
			return false
		}
	}
	nt := d.t.replace(ce.s, ce.e, ce.text)
	if nt.renumbered {
		return false
	}
	delta := len(ce.text) - (ce.e - ce.s)

	// The window: from the neighbour before to the one after, in the new text.
	prev, next := ce.i-1, ce.i
	if !ce.insert {
		next = ce.i + 1
	}
	ws := ce.s
	if prev >= 0 {
		ws = d.t.start(kids[prev].first)
	}
	var last int // the offset of the window's last content, in the new text
	switch {
	case next < n:
		last = d.t.contentEnd(kids[next].last) + delta
	case ce.insert:
		last = ce.s + len(ce.text)
	default:
		last = ce.s
	}
	we := nt.end(nt.lineOf(last))
	// The blank lines after the window read with it: a kept block scalar
	// (`|+`) at its end takes them in, and an edit may have brought them
	// to it (the child after it deleted) or it to them (inserted last).
	for we < nt.size() && nt.blank(nt.lineOf(we)) {
		we = nt.end(nt.lineOf(we))
	}
	if ws > ce.s || we < ce.s+len(ce.text) {
		return false
	}
	if commentNear(nt, nt.lineOf(ws), -1) || we < nt.size() && commentNear(nt, nt.lineOf(we), 1) {
		return false // a comment beside the window may hang on either side
	}
	src := nt.slice(ws, we)
	if prev == 0 && kids[0].wrap {
		// The window opens with the item's `- ` before its first key:
		// blanked, the mapping reads alone at the key's column.
		src = append([]byte(nil), src...)
		for k := range d.at(kids[0].key) - ws {
			if src[k] != ' ' && src[k] != '-' {
				return false
			}
			src[k] = ' '
		}
	}
	frag, err := parseNode(src, d.lim)
	if err != nil || frag.HeadComment != "" || frag.FootComment != "" {
		return false
	}
	got := frag.Content[0]
	var added []*yaml.Node
	if ce.insert {
		added = ce.want
	}
	count := len(added) / width
	if prev >= 0 {
		count++
	}
	if next < n {
		count++
	}
	if got.Kind != c.Kind || got.Style&yaml.FlowStyle != 0 || got.HeadComment+got.LineComment+got.FootComment != "" ||
		len(got.Content) != count*width || got.Column != c.Column {
		return false
	}
	if anchors, _ := hasAnchors(got); anchors {
		return false // an anchor or alias reaches beyond the window
	}
	at := 0
	if prev >= 0 {
		if !sameChild(c, prev, got, 0, width, true) {
			return false
		}
		at = width
	}
	for k, w := range added {
		g := got.Content[at+k]
		if sameData(w, g, false) != nil {
			return false
		}
	}
	if next < n && !sameChild(c, next, got, at+len(added), width, false) {
		return false
	}

	// Every comment in the window, before and after, is held by the
	// children in it, and every comment they hold is in it: a comment line
	// a node outside the window holds (a foot comment of the list or the
	// document, the head comment of the key after it), or one a child holds
	// from outside, may hang elsewhere once the lines around it change.
	lo, hi := max(prev, 0)*width, min(next+1, n)*width
	if !windowComments(c.Content[lo:hi], prev >= 0, d.t.slice(ws, we-delta)) || !windowComments(got.Content, prev >= 0, nt.slice(ws, we)) {
		return false
	}

	// The new tree: the old one with the child spliced in. Every line but
	// the new ones kept its number, so no other node changes.
	r0 := nt.realLine(nt.lineOf(ws))
	fresh := make([]*yaml.Node, len(added))
	for k := range added {
		fresh[k] = got.Content[at+k]
		numberFragment(fresh[k], nt, r0)
	}
	root := rebuild(d.Root(), ce.keys, func(coll *yaml.Node) *yaml.Node {
		cp := *coll
		cp.Content = make([]*yaml.Node, 0, len(coll.Content)+len(fresh)-width)
		cp.Content = append(cp.Content, coll.Content[:ce.i*width]...)
		if ce.insert {
			cp.Content = append(cp.Content, fresh...)
			cp.Content = append(cp.Content, coll.Content[ce.i*width:]...)
		} else {
			cp.Content = append(cp.Content, coll.Content[(ce.i+1)*width:]...)
		}
		if ce.i == 0 {
			// A block collection stands where its first child does.
			cp.Line, cp.Column = nt.lineNumber(r0+got.Line-1), got.Column
		}
		return &cp
	})
	doc := *d.root
	doc.Content = []*yaml.Node{root}
	d.t, d.root = nt, &doc
	d.tally = tally{}
	d.proof.unproven++
	localCount.Add(1)
	if os.Getenv(CheckEnv) == "1" {
		d.checkLocal(ce.i, nt.slice(ws, we))
	}
	return true
}

// CheckEnv names the environment variable that, set to 1, makes every
// local splice check itself against a full parse of the new text: its
// tree's data, comments and every node's position. A wrong splice then
// panics where it happens. The test suites of model and its packages set
// it, so that their property tests and fuzz seeds check the shortcut on
// every edit they make.
const CheckEnv = "JOURNEY_YAMLDOC_CHECK"

// localCount counts local splices, for tests that must see them happen.
var localCount atomic.Int64

// checkLocal panics unless the tree is exactly what the text reads as.
func (d *Document) checkLocal(i int, window []byte) {
	full, err := parseNode(d.t.bytes(), d.lim)
	if err != nil {
		return // too large: Apply refuses it
	}
	if err := samePositions(d.t, d.root, full, ""); err != nil {
		panic(fmt.Sprintf("yamldoc: local splice of child %d: %v\nwindow:\n%s", i, err, window))
	}
	if err := verifyFull(d.t, d.root, d.lim); err != nil {
		panic(fmt.Sprintf("yamldoc: local splice of child %d: %v\nwindow:\n%s", i, err, window))
	}
}

// samePositions compares the positions of two trees of the same shape:
// a numbered as t numbers lines, b parsed from t's bytes.
func samePositions(t *text, a, b *yaml.Node, path string) error {
	if t.realLine(a.Line) != b.Line || a.Column != b.Column {
		return fmt.Errorf("%s: at %d(%d):%d, want %d:%d", path, t.realLine(a.Line), a.Line, a.Column, b.Line, b.Column)
	}
	for i := range a.Content {
		if i < len(b.Content) {
			if err := samePositions(t, a.Content[i], b.Content[i], fmt.Sprintf("%s.%d", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// commentNear reports whether a comment line lies next to line ln on the
// side step tells (-1 above it, 1 from it on), blank lines between.
func commentNear(t *text, ln, step int) bool {
	if step < 0 {
		ln = t.prev(ln)
	}
	for ln >= 1 && ln <= t.last() {
		switch {
		case t.comment(ln):
			return true
		case !t.blank(ln):
			return false
		}
		if step < 0 {
			ln = t.prev(ln)
		} else {
			ln = t.next(ln)
		}
	}
	return false
}

// sameChild reports whether child k of coll (old tree) is exactly child at
// of got (the window parsed alone), comments included; with first, but
// for the comment above it, which lies outside the window.
func sameChild(coll *yaml.Node, k int, got *yaml.Node, at, width int, first bool) bool {
	for j := range width {
		a, b := coll.Content[k*width+j], got.Content[at+j]
		if first && j == 0 {
			ac, bc := *a, *b
			ac.HeadComment, bc.HeadComment = "", ""
			a, b = &ac, &bc
		}
		if differ(a, b, true) != nil {
			return false
		}
	}
	return true
}

// windowComments reports whether the comments of nodes, the children of
// a collection in a window (the first one's head comment left out with
// skipHead: it lies above the window), are exactly those of the window's
// text: each whole comment line held by one of them, and each comment
// they hold found in the text as often.
func windowComments(nodes []*yaml.Node, skipHead bool, text []byte) bool {
	held := map[string]int{}
	for k, n := range nodes {
		if k == 0 && skipHead {
			cp := *n
			cp.HeadComment = ""
			n = &cp
		}
		comments(n, held)
	}
	lines := map[string]int{}
	for s := 0; s < len(text); {
		e := s
		for e < len(text) && breakLen(text, e) == 0 {
			e++
		}
		if l := strings.TrimSpace(string(text[s:e])); strings.HasPrefix(l, "#") {
			lines[l]++
		}
		if e < len(text) {
			e += breakLen(text, e)
		}
		s = e
	}
	for l, k := range lines {
		if held[l] < k {
			return false
		}
	}
	for l, k := range held {
		if k > lines[l] && bytes.Count(text, []byte(l)) < k {
			return false
		}
	}
	return true
}

// numberFragment gives the nodes of a tree parsed from a window of t,
// whose first line is the file's line r0, t's numbers for their lines.
func numberFragment(n *yaml.Node, t *text, r0 int) {
	n.Line = t.lineNumber(r0 + n.Line - 1)
	for _, c := range n.Content {
		numberFragment(c, t, r0)
	}
}
