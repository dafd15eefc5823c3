package yamldoc

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A child of a block collection (a sequence item with its `-`, or a
// mapping key with its value) owns whole lines: the comment lines right
// above it at its own indentation, its own lines, and the comment lines
// below it that are indented deeper than it. Blank lines between children
// belong to no child: they are the separator, kept as the author had it.

// child describes where one child of a block collection sits.
type child struct {
	head  int  // first line: its head comments, or its own first line
	first int  // the line with its `-` or key
	last  int  // last line, trailing deeper comments included
	col   int  // 0-based column of its `-` or key
	wrap  bool // a mapping's first key that shares its line with a `-`
	key   *yaml.Node
	value *yaml.Node
}

// children lays out every child of block collection c.
func (d *Document) children(c *yaml.Node) ([]child, error) {
	var out []child
	if c.Kind == yaml.SequenceNode {
		out = make([]child, len(c.Content))
		for i, it := range c.Content {
			ln, err := d.dashLine(c, i)
			if err != nil {
				return nil, err
			}
			out[i] = child{first: ln, col: c.Column - 1, value: it}
		}
	} else {
		out = make([]child, len(c.Content)/2)
		for i := range out {
			k := c.Content[2*i]
			out[i] = child{first: k.Line, col: k.Column - 1, key: k, value: c.Content[2*i+1]}
			out[i].wrap = d.t.indent(k.Line) != k.Column-1
		}
	}
	for i := range out {
		ch := &out[i]
		end, err := d.childEnd(c, i, ch)
		if err != nil {
			return nil, err
		}
		ch.last = d.t.lineOf(end - 1)
		if end-1 < d.at(ch.valueOrKey()) {
			ch.last = ch.first
		}
		for nx := d.t.next(ch.last); ch.last < d.t.last() && d.t.comment(nx) && d.t.indent(nx) > ch.col; nx = d.t.next(nx) {
			ch.last = nx
		}
		ch.head = ch.first
		floor := 0
		if i > 0 {
			floor = out[i-1].last
		}
		// Head comments sit at the child's own indentation or less; a
		// deeper one belongs to what is above (for the first child too,
		// so that inserting before it does not change whose comment it is).
		for pv := d.t.prev(ch.head); !ch.wrap && pv > floor && d.t.comment(pv) && d.t.indent(pv) <= ch.col; pv = d.t.prev(pv) {
			ch.head = pv
		}
		// Children own lines one after the other: a layout that says
		// otherwise (a value whose end was misread) is refused, never cut.
		if ch.last < ch.first || i > 0 && ch.head <= out[i-1].last && !ch.wrap && !out[i-1].wrap {
			return nil, fmt.Errorf("line %d: cannot tell where the items of this list begin and end", d.t.realLine(ch.first))
		}
	}
	return out, nil
}

func (ch child) valueOrKey() *yaml.Node {
	if ch.key != nil {
		return ch.key
	}
	return ch.value
}

// childEnd is the byte offset just past child i's own text.
func (d *Document) childEnd(c *yaml.Node, i int, ch *child) (int, error) {
	if emptyNull(ch.value) {
		if ch.key != nil {
			return d.colonEnd(ch.key, false)
		}
		return d.dashEnd(c, i)
	}
	return d.end(ch.value, false)
}

// start is where child ch's text begins: its head line, or its key when
// the key shares a line with the `-` of the item it belongs to.
func (d *Document) startOf(ch child) int {
	if ch.wrap {
		return d.at(ch.key)
	}
	return d.t.start(ch.head)
}

// gap is the separator text between two neighbouring children when it is
// only blank lines, else "".
func (d *Document) gap(a, b child) string {
	if a.wrap || b.wrap {
		return ""
	}
	s, e := d.t.end(a.last), d.t.start(b.head)
	if e <= s {
		return ""
	}
	for ln := d.t.next(a.last); ln < b.head; ln = d.t.next(ln) {
		if !d.t.blank(ln) {
			return ""
		}
	}
	return d.t.str(s, e)
}

// joinLines joins rendered lines with the file's line break.
func (d *Document) joinLines(lines []string) string { return strings.Join(lines, d.style.eol) }

// reindent shifts every non-blank line of text (whose `-` is at column 0)
// right by ind spaces.
func reindent(text string, ind int) string {
	pad := strings.Repeat(" ", ind)
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		if strings.TrimRight(l, "\r\n") != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "")
}

// dedent shifts every non-blank line of text left by ind spaces.
func dedent(text string, ind int) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		n := 0
		for n < ind && n < len(l) && l[n] == ' ' {
			n++
		}
		lines[i] = l[n:]
	}
	return strings.Join(lines, "")
}
