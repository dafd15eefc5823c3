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

// fastSet tries the fast path; ok is false when the edit needs the full
// splice-and-reparse path.
func (d *Document) fastSet(old *yaml.Node, s, e int, text string, flowRoot *yaml.Node) bool {
	removed := d.src[s:e]
	if old.Kind != yaml.ScalarNode || old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 ||
		hasBreak(removed) || hasBreak([]byte(text)) || text == "" {
		return false
	}
	got, ok := parseToken(text, flowRoot != nil)
	if !ok {
		return false
	}
	src := make([]byte, 0, len(d.src)-len(removed)+len(text))
	src = append(append(append(src, d.src[:s]...), text...), d.src[e:]...)
	delta := len(text) - len(removed)
	cols := utf8.RuneCountInString(text) - utf8.RuneCount(removed)
	// The token's own line and column: a tag or anchor may sit on the
	// line before it (`key: !\n  value`), where the node's position is.
	line := d.lines.lineOf(s)
	col := utf8.RuneCount(d.src[d.lines.start(line):s]) + 1
	if flowRoot != nil && cols != 0 {
		shiftAfter(flowRoot, line, col, cols)
	}
	old.Value = got.Value
	old.Style = got.Style | old.Style&yaml.TaggedStyle
	if old.Style&yaml.TaggedStyle == 0 {
		old.Tag = got.Tag
	}
	starts := make([]int, len(d.lines.starts))
	copy(starts, d.lines.starts)
	for i := line; i < len(starts); i++ {
		starts[i] += delta
	}
	d.src = src
	d.lines = lines{src: src, starts: starts}
	return true
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
