package yamldoc

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Node positions in yaml.v3 have a start but no end, so the end of each
// node is found here from its style, and multi-line cuts are checked by
// re-parsing them.

// maxPlainLines bounds the search for the end of a multi-line plain scalar.
const maxPlainLines = 10000

// at is the byte offset of a node's position (its properties included).
func (d *Document) at(n *yaml.Node) int { return d.t.offset(n.Line, n.Column) }

// isSpace reports a YAML white space byte.
func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// skipProps skips a node's anchor and tag (`&a !!str `) at off.
func (d *Document) skipProps(off int) int {
	src := d.t.view()
	for off < src.n && (src.at(off) == '&' || src.at(off) == '!') {
		for off < src.n && !isSpace(src.at(off)) && src.brk(off) == 0 {
			off++
		}
		for off < src.n && (isSpace(src.at(off)) || src.brk(off) > 0) {
			off++
		}
	}
	return off
}

// propsEnd is the offset just past the last of the anchor and tag at off.
func (d *Document) propsEnd(off int) int {
	src := d.t.view()
	end := off
	for off < src.n && (src.at(off) == '&' || src.at(off) == '!') {
		for off < src.n && !isSpace(src.at(off)) && src.brk(off) == 0 {
			off++
		}
		end = off
		for off < src.n && isSpace(src.at(off)) {
			off++
		}
	}
	return end
}

// emptyNull reports a null with no text at all (`key:` with no value).
func emptyNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" && n.Anchor == "" && n.Style&^yaml.TaggedStyle == 0
}

// block reports whether n is a block (indented) collection.
func block(n *yaml.Node) bool {
	return (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) && n.Style&yaml.FlowStyle == 0
}

// valueStart is where a node's own text begins, after its properties.
func (d *Document) valueStart(n *yaml.Node) int { return d.skipProps(d.at(n)) }

// end is the byte offset just past node n's text. flow tells whether n sits
// inside a flow collection, where plain scalars stop at `,`, `]` and `}`.
func (d *Document) end(n *yaml.Node, flow bool) (int, error) {
	switch n.Kind {
	case yaml.AliasNode:
		s := d.at(n)
		return s + 1 + len(n.Value), nil
	case yaml.ScalarNode:
		return d.scalarEnd(n, flow)
	case yaml.MappingNode, yaml.SequenceNode:
		if n.Style&yaml.FlowStyle != 0 {
			return d.flowEnd(d.valueStart(n))
		}
		if len(n.Content) == 0 {
			return 0, fmt.Errorf("line %d: empty block collection", d.t.realLine(n.Line))
		}
		last := n.Content[len(n.Content)-1]
		if n.Kind == yaml.MappingNode && emptyNull(last) {
			return d.colonEnd(n.Content[len(n.Content)-2], false)
		}
		if emptyNull(last) { // `- ` with nothing after the dash
			return d.dashEnd(n, len(n.Content)-1)
		}
		return d.end(last, false)
	}
	return 0, fmt.Errorf("line %d: unexpected node kind", d.t.realLine(n.Line))
}

func (d *Document) scalarEnd(n *yaml.Node, flow bool) (int, error) {
	s := d.valueStart(n)
	src := d.t.view()
	switch {
	case emptyNull(n):
		return d.at(n), nil
	case n.Value == "" && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		// Only a tag or an anchor (`key: !t`, `key: &a`): the value ends
		// with them, not on whatever line comes next.
		return d.propsEnd(d.at(n)), nil
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && s < src.n:
		if e, ok := quotedEnd(src, s); ok {
			return e, nil
		}
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return d.blockScalarEnd(n, s)
	default:
		return d.plainEnd(n, s, flow)
	}
	return 0, fmt.Errorf("line %d: unterminated quoted scalar", d.t.realLine(n.Line))
}

// blockScalarEnd finds the last content line of a `|` or `>` scalar. The
// content is every following line that is blank or indented at least as
// far as the first non-blank one; trailing blank lines stay outside.
func (d *Document) blockScalarEnd(n *yaml.Node, s int) (int, error) {
	header := d.t.lineOf(s)
	end := d.t.contentEnd(header)
	parent := d.t.indent(header)
	want := -1
	for ln := d.t.next(header); ln <= d.t.last(); ln = d.t.next(ln) {
		if d.t.blank(ln) {
			continue
		}
		ind := d.t.indent(ln)
		if want < 0 {
			if ind <= parent {
				break
			}
			want = ind
		}
		if ind < want {
			break
		}
		end = d.t.contentEnd(ln)
	}
	return end, d.checkCut(n, s, end)
}

// plainEnd finds the end of a plain scalar: the end of its line (before a
// comment), extended over continuation lines until the re-parsed cut holds
// the node's value.
func (d *Document) plainEnd(n *yaml.Node, s int, flow bool) (int, error) {
	src := d.t.view()
	line := d.t.lineOf(s)
	e := s
	for ln, k := line, 0; ln <= d.t.last() && k < maxPlainLines; ln, k = d.t.next(ln), k+1 {
		from := s
		if ln != line {
			from = d.t.start(ln)
		}
		stop := d.t.contentEnd(ln)
		i := from
		for ; i < stop; i++ {
			c := src.at(i)
			if c == '#' && i > 0 && (isSpace(src.at(i-1)) || i == from && ln != line) {
				break
			}
			if c == ':' && (i+1 == stop || isSpace(src.at(i+1)) || flow && bytes.IndexByte([]byte(",[]{}"), src.at(i+1)) >= 0) {
				break
			}
			if flow && (c == ',' || c == ']' || c == '}') {
				break
			}
		}
		for i > from && isSpace(src.at(i-1)) {
			i--
		}
		if i > from {
			e = i
		}
		if i < stop && ln == line || d.cutHolds(n, s, e) {
			break
		}
	}
	return e, d.checkCut(n, s, e)
}

// cutHolds reports whether bytes [s, e) parse as a scalar with n's value.
func (d *Document) cutHolds(n *yaml.Node, s, e int) bool {
	if e-s == len(n.Value) && d.t.str(s, e) == n.Value {
		return true
	}
	cut := d.t.slice(s, e)
	blockStyle := n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0
	if blockStyle {
		// The cut stops before the final line break, which the value keeps.
		cut = append(append([]byte(nil), cut...), '\n')
	}
	var v yaml.Node
	if err := yaml.Unmarshal(cut, &v); err != nil || len(v.Content) != 1 || v.Content[0].Kind != yaml.ScalarNode {
		return false
	}
	got := v.Content[0].Value
	if blockStyle {
		// Trailing blank lines stay outside the cut; `|+` keeps them.
		return strings.TrimRight(got, "\n") == strings.TrimRight(n.Value, "\n")
	}
	return got == n.Value
}

// checkCut refuses a scalar whose found text does not hold its value.
func (d *Document) checkCut(n *yaml.Node, s, e int) error {
	if d.cutHolds(n, s, e) {
		return nil
	}
	return fmt.Errorf("line %d: cannot find where the value %q ends", d.t.realLine(n.Line), shorten(n.Value))
}

func shorten(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

// flowEnd finds the bracket closing the flow collection that opens at s.
func (d *Document) flowEnd(s int) (int, error) {
	src := d.t.view()
	depth := 0
	// A quote opens a quoted scalar only where a scalar can start: after
	// an indicator or at the start; inside a plain scalar (it's) it is text.
	scalarStart := true
	for i := s; i < src.n; i++ {
		c := src.at(i)
		switch {
		case c == '[' || c == '{':
			depth++
			scalarStart = true
			continue
		case c == ']' || c == '}':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		case (c == '"' || c == '\'') && scalarStart:
			end, ok := quotedEnd(src, i)
			if !ok {
				return 0, fmt.Errorf("unterminated quoted scalar at byte %d", i)
			}
			i = end - 1
		case c == '#' && i > 0 && (isSpace(src.at(i-1)) || src.brk(i-1) > 0):
			i = d.t.contentEnd(d.t.lineOf(i)) - 1
			continue
		}
		switch {
		case c == ',' || c == ':' || c == '?' || c == '-' && scalarStart:
			scalarStart = true
		case isSpace(c) || src.brk(i) > 0:
		default:
			scalarStart = false
		}
	}
	return 0, fmt.Errorf("unterminated flow collection at byte %d", s)
}

// quotedEnd is the offset just past the quoted scalar opening at i.
func quotedEnd(src *view, i int) (int, bool) {
	q := src.at(i)
	for j := i + 1; j < src.n; j++ {
		switch {
		case q == '"' && src.at(j) == '\\':
			j++
		case src.at(j) == q:
			if q == '\'' && j+1 < src.n && src.at(j+1) == '\'' {
				j++
				continue
			}
			return j + 1, true
		}
	}
	return 0, false
}

// colonEnd is the offset just past the `:` that follows key.
func (d *Document) colonEnd(key *yaml.Node, flow bool) (int, error) {
	e, err := d.end(key, flow)
	if err != nil {
		return 0, err
	}
	for e < d.t.size() && isSpace(d.t.at(e)) {
		e++
	}
	if e >= d.t.size() || d.t.at(e) != ':' {
		return 0, fmt.Errorf("line %d: no ':' after key %q (complex keys are not editable)", d.t.realLine(key.Line), shorten(key.Value))
	}
	return e + 1, nil
}

// dashLine is the line holding the `-` of item i of block sequence seq.
func (d *Document) dashLine(seq *yaml.Node, i int) (int, error) {
	item := seq.Content[i]
	col := seq.Column
	for ln := item.Line; ln >= seq.Line; ln = d.t.prev(ln) {
		off := d.t.offset(ln, col)
		if d.t.indent(ln) == col-1 && off < d.t.size() && d.t.at(off) == '-' {
			return ln, nil
		}
	}
	return 0, fmt.Errorf("line %d: cannot find the '-' of this item", d.t.realLine(item.Line))
}

// dashEnd is the offset just past the `-` of item i.
func (d *Document) dashEnd(seq *yaml.Node, i int) (int, error) {
	ln, err := d.dashLine(seq, i)
	if err != nil {
		return 0, err
	}
	return d.t.offset(ln, seq.Column) + 1, nil
}
