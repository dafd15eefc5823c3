package yamldoc

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Every edit is checked by parsing the new text in full and comparing it
// with the old tree changed as intended: the data must match exactly and
// no comment may appear or vanish outside the text the edit replaced.

// wildcard stands in an expected tree for a node whose content is not
// known in advance (text restored by undo); it matches any node.
var wildcard = &yaml.Node{}

func wildcardOr(v *yaml.Node, raw *string) *yaml.Node {
	if raw != nil || v == nil {
		return wildcard
	}
	return v
}

// splice replaces src[s:e] with text, re-parses, and keeps the result only
// when it equals expect(old tree) and keeps every comment.
func (d *Document) splice(s, e int, text string, expect func(old *yaml.Node) *yaml.Node) error {
	src := make([]byte, 0, d.t.size()-(e-s)+len(text))
	src = append(d.t.appendTo(src, 0, s), text...)
	src = d.t.appendTo(src, e, d.t.size())
	root, err := parseNode(src, d.lim)
	if err != nil {
		return fmt.Errorf("the change would not read back as YAML: %v", err)
	}
	want := expect(d.Root())
	if err := sameData(want, root.Content[0], false); err != nil {
		return fmt.Errorf("refused: the change would alter other data (%v)", err)
	}
	after := map[string]int{}
	comments(root, after)
	if err := compareNotes(d.notes(), after, d.t.str(s, e), text); err != nil {
		return fmt.Errorf("refused: %v", err)
	}
	// The new text shares every chunk the edit did not touch with the old
	// one, so that telling them apart later costs what the edit touched.
	d.t, d.root = d.t.replace(s, e, text), root
	if d.t.renumbered {
		d.numberings++
	}
	d.t.numberNodes(root)
	d.parsed()
	d.tally = tally{parses: d.proof.parses, lines: after}
	return nil
}

// tally counts the comment lines of the tree as of one full parse. Only a
// full parse changes the tree's comments (the one-token path copies a
// node with its comments and refuses a token that brings one), so the
// count holds until the next.
type tally struct {
	parses int
	lines  map[string]int // never changed once made: snapshots may share it
}

// notes is the tree's comment lines, counted once per full parse.
func (d *Document) notes() map[string]int {
	if d.tally.lines == nil || d.tally.parses != d.proof.parses {
		m := map[string]int{}
		comments(d.root, m)
		d.tally = tally{parses: d.proof.parses, lines: m}
	}
	return d.tally.lines
}

// cow copies the collections along keys (content indexes from the root) so
// that the last one can be changed without touching the original tree.
func cow(root *yaml.Node, keys []int) (newRoot, last *yaml.Node) {
	cp := func(n *yaml.Node) *yaml.Node {
		c := *n
		c.Content = append([]*yaml.Node(nil), n.Content...)
		return &c
	}
	newRoot = cp(root)
	last = newRoot
	for _, k := range keys {
		next := cp(last.Content[k])
		last.Content[k] = next
		last = next
	}
	return newRoot, last
}

// sameData compares two trees as data: kinds, resolved tags, values,
// anchors and alias names, not positions or styles; and with strict, the
// comments each node carries. The error names where they first differ.
func sameData(want, got *yaml.Node, strict bool) error {
	d := differ(want, got, strict)
	if d == nil {
		return nil
	}
	for i, j := 0, len(d.rev)-1; i < j; i, j = i+1, j-1 {
		d.rev[i], d.rev[j] = d.rev[j], d.rev[i]
	}
	where := "at the top"
	if len(d.rev) > 0 {
		where = "at " + strings.Join(d.rev, ".")
	}
	return fmt.Errorf("%s: %s", where, d.msg)
}

// dataDiff is where two trees first differ: the keys and indexes from the
// deepest up, and what differs there. The labels are made only once a
// difference is found, so that comparing equal trees allocates nothing.
type dataDiff struct {
	rev []string
	msg string
}

func differ(want, got *yaml.Node, strict bool) *dataDiff {
	if want == wildcard {
		return nil
	}
	if want.Kind != got.Kind {
		return &dataDiff{msg: "kind changed"}
	}
	switch want.Kind {
	case yaml.ScalarNode:
		if want.Value != got.Value || want.ShortTag() != got.ShortTag() {
			return &dataDiff{msg: fmt.Sprintf("%q (%s) became %q (%s)", shorten(want.Value), want.ShortTag(), shorten(got.Value), got.ShortTag())}
		}
	case yaml.AliasNode:
		if want.Value != got.Value {
			return &dataDiff{msg: "alias changed"}
		}
	}
	if want.Anchor != got.Anchor {
		return &dataDiff{msg: "anchor changed"}
	}
	if strict && (want.HeadComment != got.HeadComment || want.LineComment != got.LineComment || want.FootComment != got.FootComment) {
		return &dataDiff{msg: "comments changed"}
	}
	if len(want.Content) != len(got.Content) {
		return &dataDiff{msg: fmt.Sprintf("%d entries became %d", len(want.Content), len(got.Content))}
	}
	for i := range want.Content {
		if d := differ(want.Content[i], got.Content[i], strict); d != nil {
			label := strconv.Itoa(i)
			if want.Kind == yaml.MappingNode {
				label = want.Content[i&^1].Value
			}
			d.rev = append(d.rev, label)
			return d
		}
	}
	return nil
}

// comments lists every comment line in a tree.
func comments(n *yaml.Node, out map[string]int) {
	for _, c := range [...]string{n.HeadComment, n.LineComment, n.FootComment} {
		for c != "" {
			var l string
			l, c, _ = strings.Cut(c, "\n")
			if l = strings.TrimSpace(l); l != "" {
				out[l]++
			}
		}
	}
	for _, c := range n.Content {
		comments(c, out)
	}
}

// sameComments checks that comments only left with the removed text and
// only arrived with the inserted text.
func sameComments(before, after *yaml.Node, removed, inserted string) error {
	a, b := map[string]int{}, map[string]int{}
	comments(before, a)
	comments(after, b)
	return compareNotes(a, b, removed, inserted)
}

// compareNotes is sameComments on the counted comment lines of the trees.
func compareNotes(a, b map[string]int, removed, inserted string) error {
	var lost, gained []string
	for c, n := range a {
		if b[c] < n && !strings.Contains(removed, c) {
			lost = append(lost, c)
		}
	}
	for c, n := range b {
		if a[c] < n && !strings.Contains(inserted, c) {
			gained = append(gained, c)
		}
	}
	sort.Strings(lost)
	sort.Strings(gained)
	switch {
	case len(lost) > 0:
		return fmt.Errorf("the change would drop the comment %q", shorten(lost[0]))
	case len(gained) > 0:
		return fmt.Errorf("the change would add the comment %q", shorten(gained[0]))
	}
	return nil
}

// verifyFull re-parses a text and checks that it holds exactly the data
// and comments of tree (a DocumentNode).
func verifyFull(t *text, tree *yaml.Node, lim limits) error {
	root, err := parseNode(t.bytes(), lim)
	if err != nil {
		return fmt.Errorf("document no longer parses: %v", err)
	}
	strict := tree.HeadComment == root.HeadComment && tree.FootComment == root.FootComment &&
		sameData(tree.Content[0], root.Content[0], true) == nil
	if strict {
		return nil
	}
	// yaml.v3 may hang a comment on another node when a token beside it
	// changes (a plain scalar quoted); the same data with the same
	// comments, wherever they hang, is the same file.
	if err := sameData(tree.Content[0], root.Content[0], false); err != nil {
		return fmt.Errorf("document text and data disagree: %v", err)
	}
	return sameComments(tree, root, "", "")
}
