package yamldoc

import (
	"bytes"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The fast path: a single-line scalar replaced by another single-line
// scalar (an emotion, a vote count, a name) changes nothing but that token,
// so the tree is updated in place instead of re-parsing the whole file.
// Only nodes after the token on the same line (inside a flow collection)
// move, by the token's change in width. The token itself is checked by
// parsing it in its context; the whole text is re-parsed and compared
// before any write (Verify).

// fastSet tries the fast path for the scalar at content indexes idx from
// the root, whose own text is [s, e); flowDepth is how deep along idx the
// outermost flow collection holding it sits (-1: none). The tree is never
// changed in place: the nodes from the root down to the scalar are copied
// (the whole flow collection, whose later nodes on the line move), so that
// a snapshot taken before stays as it was. ok is false when the edit needs
// the full splice-and-reparse path.
func (d *Document) fastSet(idx []int, flowDepth, s, e int, text string) bool {
	old := nodeAt(d.Root(), idx)
	removed := d.t.slice(s, e)
	if d.proof.anchors || old.Kind != yaml.ScalarNode || old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 ||
		hasBreak(removed) || hasBreak([]byte(text)) || text == "" {
		return false
	}
	got, ok := parseToken(text, flowDepth >= 0)
	if !ok {
		return false
	}
	cols := utf8.RuneCountInString(text) - utf8.RuneCount(removed)
	// The token's own line and column: a tag or anchor may sit on the
	// line before it (`key: !\n  value`), where the node's position is.
	line := d.t.lineOf(s)
	col := utf8.RuneCount(d.t.slice(d.t.start(line), s)) + 1
	set := func(n *yaml.Node) {
		n.Value = got.Value
		n.Style = got.Style | n.Style&yaml.TaggedStyle
		if n.Style&yaml.TaggedStyle == 0 {
			n.Tag = got.Tag
		}
	}
	var root *yaml.Node
	touched := idx
	if flowDepth >= 0 {
		touched = idx[:flowDepth]
		root = rebuild(d.Root(), idx[:flowDepth], func(fr *yaml.Node) *yaml.Node {
			c := deepCopy(fr)
			set(nodeAt(c, idx[flowDepth:]))
			if cols != 0 {
				shiftAfter(c, line, col, cols)
			}
			return c
		})
	} else {
		root = rebuild(d.Root(), idx, func(n *yaml.Node) *yaml.Node {
			c := *n
			set(&c)
			return &c
		})
	}
	nt := d.t.replace(s, e, text)
	if nt.renumbered {
		return false
	}
	doc := *d.root
	doc.Content = []*yaml.Node{root}
	d.root = &doc
	d.t = nt
	d.proof.touched = append(d.proof.touched, touch{line: line, path: append([]int(nil), touched...)})
	return true
}

// nodeAt is the node at content indexes idx below n.
func nodeAt(n *yaml.Node, idx []int) *yaml.Node {
	for _, i := range idx {
		n = n.Content[i]
	}
	return n
}

// rebuild is a copy of the tree under n in which the node at content
// indexes idx is replaced by f of it; only the nodes on the way are copied.
func rebuild(n *yaml.Node, idx []int, f func(*yaml.Node) *yaml.Node) *yaml.Node {
	if len(idx) == 0 {
		return f(n)
	}
	c := *n
	c.Content = append([]*yaml.Node(nil), n.Content...)
	c.Content[idx[0]] = rebuild(n.Content[idx[0]], idx[1:], f)
	return &c
}

// deepCopy copies a whole subtree (a flow collection: one line or a few).
func deepCopy(n *yaml.Node) *yaml.Node {
	c := *n
	if n.Content != nil {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, k := range n.Content {
			c.Content[i] = deepCopy(k)
		}
	}
	return &c
}

func hasBreak(b []byte) bool {
	for i := range b {
		if breakLen(b, i) > 0 {
			return true
		}
	}
	return false
}

// parseToken reads text as one scalar in a block or flow context, refusing
// anything else (a comment, a second value, a collection).
func parseToken(text string, flow bool) (*yaml.Node, bool) {
	var v yaml.Node
	src := "k: " + text
	if flow {
		src = "[" + text + "]"
	}
	if err := yaml.Unmarshal([]byte(src), &v); err != nil || len(v.Content) != 1 {
		return nil, false
	}
	c := v.Content[0]
	var n *yaml.Node
	switch {
	case !flow && c.Kind == yaml.MappingNode && len(c.Content) == 2:
		n = c.Content[1]
	case flow && c.Kind == yaml.SequenceNode && len(c.Content) == 1:
		n = c.Content[0]
	default:
		return nil, false
	}
	if n.Kind != yaml.ScalarNode || n.LineComment != "" || n.Anchor != "" || bytes.ContainsAny([]byte(n.Tag), "!") && n.Style&yaml.TaggedStyle != 0 {
		return nil, false
	}
	return n, true
}

// shiftAfter moves every node in root's tree that sits on line after
// column col by cols columns.
func shiftAfter(root *yaml.Node, line, col, cols int) {
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Line == line && n.Column > col {
			n.Column += cols
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
}
