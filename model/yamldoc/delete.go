package yamldoc

import (
	"fmt"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// delete removes an item or a key, with the lines it owns and one
// separator, and returns the insert that puts those exact bytes back.
func (d *Document) delete(p Path) (Edit, error) {
	if len(p) == 0 {
		return Edit{}, fmt.Errorf("cannot delete the whole document")
	}
	c, _, err := d.resolve(p.parent())
	if err != nil {
		return Edit{}, err
	}
	i, key := 0, ""
	switch c.Kind {
	case yaml.MappingNode:
		if i = keyIndex(c, p.last()); i < 0 {
			return Edit{}, &NotFoundError{Path: p}
		}
		key = p.last()
	case yaml.SequenceNode:
		i, err = strconv.Atoi(p.last())
		if err != nil || i < 0 || i >= len(c.Content) {
			return Edit{}, &NotFoundError{Path: p}
		}
	default:
		return Edit{}, &NotFoundError{Path: p}
	}
	n := len(c.Content)
	width := 1
	if c.Kind == yaml.MappingNode { // (a key may be the empty string)
		n /= 2
		width = 2
	}
	keys := d.keyed(p.parent())
	expect := func(old *yaml.Node) *yaml.Node {
		root, coll := cow(old, keys)
		coll.Content = append(coll.Content[:i*width], coll.Content[(i+1)*width:]...)
		return root
	}
	inverse := Edit{Op: OpInsert, Path: p.parent(), Index: i, Key: key}

	var s, e int
	var kids []child
	switch {
	case c.Style&yaml.FlowStyle != 0:
		s, e, err = d.flowRegion(c, i, n)
	case n == 1:
		return d.deleteOnly(p, c, keys, key)
	default:
		if kids, err = d.children(c); err == nil {
			s, e = d.blockRegion(kids, i)
		}
	}
	if err != nil {
		return Edit{}, fmt.Errorf("%s: %w", p, err)
	}
	inverse.Raw = ptr(d.t.str(s, e))
	if kids != nil && d.spliceChild(childEdit{coll: c, keys: keys, kids: kids, i: i, s: s, e: e}) {
		return inverse, nil
	}
	if err := d.splice(s, e, "", expect); err != nil {
		return Edit{}, fmt.Errorf("%s: %w", p, err)
	}
	return inverse, nil
}

// blockRegion is what deleting child i of a block collection (of two
// children or more, laid out as kids) removes: the first child with the
// separator after it, any other with the separator before it (so a file's
// final line break stays put, and an insert after a child is taken back
// exactly).
func (d *Document) blockRegion(kids []child, i int) (int, int) {
	if kids[i].wrap {
		return d.at(kids[0].key), d.at(kids[1].key)
	}
	if i == 0 {
		return d.startOf(kids[0]), d.startOf(kids[1])
	}
	return d.t.contentEnd(kids[i-1].last), d.t.contentEnd(kids[i].last)
}

// flowRegion is what deleting child i of a flow collection removes.
func (d *Document) flowRegion(c *yaml.Node, i, n int) (int, int, error) {
	if n == 1 {
		// The whole inside of the brackets, padding and all, so that the
		// undo (which inserts just after the bracket) puts it back as it was.
		end, err := d.flowEnd(d.valueStart(c))
		return d.valueStart(c) + 1, end - 1, err
	}
	s, e, err := d.flowChild(c, i)
	if err != nil {
		return s, e, err
	}
	if i < n-1 {
		next, _, err := d.flowChild(c, i+1)
		return s, next, err
	}
	_, prev, err := d.flowChild(c, i-1)
	return prev, e, err
}

// deleteOnly removes the only child of a block collection: under a key
// the key is left with no value; a `- key: v` item becomes `- {}`.
func (d *Document) deleteOnly(p Path, c *yaml.Node, keys []int, key string) (Edit, error) {
	kids, err := d.children(c)
	if err != nil {
		return Edit{}, err
	}
	if kids[0].wrap {
		s, e := d.at(kids[0].key), d.t.contentEnd(kids[0].last)
		raw := d.t.str(s, e)
		expect := func(old *yaml.Node) *yaml.Node {
			root, coll := cow(old, keys)
			coll.Content = nil
			return root
		}
		if err := d.splice(s, e, "{}", expect); err != nil {
			return Edit{}, fmt.Errorf("%s: %w", p, err)
		}
		return Edit{Op: OpSet, Path: p.parent(), Raw: &raw}, nil
	}
	if len(p) < 2 {
		return Edit{}, fmt.Errorf("%s: cannot delete the only key of the document", p)
	}
	parent, _, err := d.resolve(p.parent().parent())
	if err != nil || parent.Kind != yaml.MappingNode {
		return Edit{}, fmt.Errorf("%s: cannot delete the only item of a nested list; delete the list", p)
	}
	owner := parent.Content[2*keyIndex(parent, p.parent().last())]
	colon, err := d.colonEnd(owner, false)
	if err != nil {
		return Edit{}, err
	}
	s, e := d.t.end(d.t.lineOf(colon)), d.t.end(kids[0].last)
	raw := d.t.str(s, e)
	expect := func(old *yaml.Node) *yaml.Node {
		root, _ := cow(old, keys[:len(keys)-1])
		setAt(root, keys, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"})
		return root
	}
	if err := d.splice(s, e, "", expect); err != nil {
		return Edit{}, fmt.Errorf("%s: %w", p, err)
	}
	return Edit{Op: OpInsert, Path: p.parent(), Key: key, Raw: &raw}, nil
}

// move takes an item out of its sequence and puts its own lines, comments
// and all, into the target sequence: a delete and an insert, undone as one.
func (d *Document) move(e Edit) (Edit, error) {
	item, _, err := d.resolve(e.Path)
	if err != nil {
		return Edit{}, err
	}
	c, _, err := d.resolve(e.Path.parent())
	if err != nil || c.Kind != yaml.SequenceNode {
		return Edit{}, fmt.Errorf("%s: only list items can move", e.Path)
	}
	if i, err := strconv.Atoi(e.Path.last()); err == nil && e.To.String() == e.Path.parent().String() {
		n := len(c.Content)
		if e.Index == i || (e.Index < 0 || e.Index >= n-1) && i == n-1 {
			// It lands where it is: the text stays byte for byte (moving
			// a list's only item out and back would lay the list out anew).
			return Batch(), nil
		}
	}
	ins := Edit{Op: OpInsert, Path: e.To, Index: e.Index}
	if c.Style&yaml.FlowStyle != 0 {
		ins.Value = item
	} else {
		kids, err := d.children(c)
		if err != nil {
			return Edit{}, err
		}
		i, _ := strconv.Atoi(e.Path.last())
		s, end := d.t.start(kids[i].head), d.t.end(kids[i].last)
		ins.Text = dedent(d.t.str(s, end), kids[i].col)
	}
	if target, _, err := d.resolve(e.To); err == nil && target.Style&yaml.FlowStyle != 0 {
		ins.Text, ins.Value = "", item
	}
	return d.apply(Batch(Delete(e.Path), ins))
}
