package yamldoc

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// insert adds an item to a sequence or a key to a mapping. A collection
// that is missing, or a key with no value, is created in block style.
func (d *Document) insert(e Edit) (Edit, error) {
	c, _, err := d.resolve(e.Path)
	var nf *NotFoundError
	if errors.As(err, &nf) && len(nf.Path) == len(e.Path) && len(e.Path) > 0 {
		return d.create(e)
	}
	if err != nil {
		return Edit{}, err
	}
	// A mapping insert is one into a mapping: an undo may put back a key
	// that is the empty string (`? : x`), which Key cannot tell apart.
	isMap := e.Key != "" || c.Kind == yaml.MappingNode && e.Raw != nil
	switch {
	case emptyNull(c):
		return d.fillEmpty(e, c)
	case isMap && c.Kind != yaml.MappingNode, !isMap && c.Kind != yaml.SequenceNode:
		return Edit{}, fmt.Errorf("%s is not a %s", e.Path, map[bool]string{true: "mapping", false: "list"}[isMap])
	case isMap && keyIndex(c, e.Key) >= 0 && e.Raw == nil:
		// (An undo puts back exact text, which may be a duplicate key the
		// author wrote; only new keys must be unique.)
		return Edit{}, fmt.Errorf("%s already has %q", e.Path, e.Key)
	}
	n := len(c.Content)
	if isMap {
		n /= 2
	}
	i := e.Index
	if i < 0 || i > n {
		i = n
	}
	keys := d.keyed(e.Path)
	add := []*yaml.Node{wildcardOr(e.Value, e.Raw)}
	at := i
	if isMap {
		k := Scalar("!!str", e.Key)
		if e.Raw != nil {
			k = wildcard // restored text keeps the author's key, `0` or "0"
		}
		add = []*yaml.Node{k, add[0]}
		at = 2 * i
	}
	if e.Text != "" {
		add[len(add)-1] = wildcard
	}
	expect := func(old *yaml.Node) *yaml.Node {
		root, coll := cow(old, keys)
		coll.Content = append(coll.Content[:at], append(append([]*yaml.Node(nil), add...), coll.Content[at:]...)...)
		return root
	}
	var pos int
	var text string
	var emptyFlow *string // the text of an empty [ ] or { }, which its undo puts back
	if c.Style&yaml.FlowStyle != 0 && n == 0 {
		if end, err := d.flowEnd(d.valueStart(c)); err == nil {
			emptyFlow = ptr(d.t.str(d.valueStart(c), end))
		}
	}
	var kids []child
	if c.Style&yaml.FlowStyle != 0 {
		pos, text, err = d.flowInsert(c, i, n, e)
	} else if kids, err = d.children(c); err == nil {
		pos, text, err = d.blockInsert(kids, i, e)
	}
	if err != nil {
		return Edit{}, fmt.Errorf("%s: %w", e.Path, err)
	}
	local := kids != nil && d.spliceChild(childEdit{coll: c, keys: keys, kids: kids, i: i, insert: true, s: pos, e: pos, text: text, want: add})
	if !local {
		if err := d.splice(pos, pos, text, expect); err != nil {
			return Edit{}, fmt.Errorf("%s: %w", e.Path, err)
		}
	}
	if emptyFlow != nil {
		// Deleting the one item would leave [] where the author had [ ].
		return Edit{Op: OpSet, Path: e.Path, Raw: emptyFlow}, nil
	}
	name := fmt.Sprint(i)
	if isMap {
		name = e.Key
	}
	return Delete(append(append(Path{}, e.Path...), name)), nil
}

// lines renders what an insert adds as block lines indented to ind: an
// item (`- ...`) or an entry (`key: ...`).
func (d *Document) newLines(e Edit, ind int) ([]string, error) {
	if e.Text != "" {
		t := strings.TrimRight(reindent(e.Text, ind), "\r\n")
		return strings.Split(strings.ReplaceAll(t, "\r\n", "\n"), "\n"), nil
	}
	if e.Value == nil {
		return nil, fmt.Errorf("no value to insert")
	}
	if sib := e.sibling; sib != nil && sib.Style&yaml.FlowStyle != 0 && sib.Kind == e.Value.Kind && e.Value.Kind != yaml.ScalarNode {
		// New items look like their neighbours: `- {date: ..., value: ...}`.
		v := *e.Value
		v.Style |= yaml.FlowStyle
		e.Value = &v
	}
	if e.Key != "" {
		return d.emit(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{Scalar("!!str", e.Key), e.Value}}, ind)
	}
	return d.item(e.Value, ind)
}

// blockInsert places a new child at index i of a block collection whose
// children are kids: before
// child i, or after the last child, with the separator its neighbours use.
func (d *Document) blockInsert(kids []child, i int, e Edit) (int, string, error) {
	e.sibling = kids[0].value
	if i < len(kids) && kids[i].wrap {
		// A new first key of a `- key: v` item goes beside the dash.
		pos := d.at(kids[0].key)
		if e.Raw != nil {
			return pos, *e.Raw, nil
		}
		lines, err := d.newLines(e, kids[0].col)
		if err != nil {
			return 0, "", err
		}
		lines[0] = lines[0][kids[0].col:]
		return pos, d.joinLines(lines) + d.style.eol + strings.Repeat(" ", kids[0].col), nil
	}
	lines := func() ([]string, error) { return d.newLines(e, kids[0].col) }
	if e.Raw != nil && kids[0].key == nil { // a list's item
		e.Raw = d.refit(*e.Raw, i == 0)
	}
	if i == 0 {
		pos := d.startOf(kids[0])
		if e.Raw != nil {
			return pos, *e.Raw, nil
		}
		ls, err := lines()
		if err != nil {
			return 0, "", err
		}
		sep := ""
		if len(kids) > 1 {
			sep = d.gap(kids[0], kids[1])
		}
		return pos, d.joinLines(ls) + d.style.eol + sep, nil
	}
	// After a child, the new one joins that child's group: it is set off
	// from it as that child is from the one before (`updated:` right under
	// `state:`, a new stage a blank line below the last). Deleting it takes
	// exactly this back: the separator before it and its own lines.
	pos := d.t.contentEnd(kids[i-1].last)
	if e.Raw != nil {
		return pos, *e.Raw, nil
	}
	ls, err := lines()
	if err != nil {
		return 0, "", err
	}
	sep := ""
	switch {
	case i >= 2:
		sep = d.gap(kids[i-2], kids[i-1])
	case len(kids) >= 2:
		sep = d.gap(kids[0], kids[1])
	}
	return pos, d.style.eol + sep + d.joinLines(ls), nil
}

// flowInsert places a new child in a [...] or {...} collection.
func (d *Document) flowInsert(c *yaml.Node, i, n int, e Edit) (int, string, error) {
	text := ""
	if e.Raw != nil {
		text = *e.Raw
	} else {
		if e.Value == nil {
			return 0, "", fmt.Errorf("no value to insert")
		}
		v, ok := d.inlineFlow(e.Value)
		if !ok {
			return 0, "", fmt.Errorf("this value cannot go inside [...] or {...}")
		}
		if e.Key != "" {
			k, _ := d.inlineFlow(Scalar("!!str", e.Key))
			v = k + ": " + v
		}
		text = v
	}
	switch {
	case n == 0:
		return d.valueStart(c) + 1, text, nil
	case i < n:
		s, _, err := d.flowChild(c, i)
		if e.Raw == nil {
			text += ", "
		}
		return s, text, err
	}
	_, end, err := d.flowChild(c, n-1)
	if e.Raw == nil {
		text = ", " + text
	}
	return end, text, err
}

// flowChild is the text span of child i of a flow collection.
func (d *Document) flowChild(c *yaml.Node, i int) (int, int, error) {
	if c.Kind == yaml.MappingNode {
		k, v := c.Content[2*i], c.Content[2*i+1]
		if emptyNull(v) {
			e, err := d.colonEnd(k, true)
			return d.at(k), e, err
		}
		e, err := d.end(v, true)
		return d.at(k), e, err
	}
	e, err := d.end(c.Content[i], true)
	return d.at(c.Content[i]), e, err
}

// create adds a missing key holding a new one-child collection.
func (d *Document) create(e Edit) (Edit, error) {
	coll := &yaml.Node{Kind: yaml.SequenceNode}
	if e.Key != "" {
		coll.Kind = yaml.MappingNode
	}
	if e.Text != "" || e.Raw != nil {
		return Edit{}, fmt.Errorf("%s: no such list to put the item in", e.Path)
	}
	if e.Key != "" {
		coll.Content = []*yaml.Node{Scalar("!!str", e.Key), e.Value}
	} else {
		coll.Content = []*yaml.Node{e.Value}
	}
	if _, err := d.insert(InsertKey(e.Path.parent(), -1, e.Path.last(), coll)); err != nil {
		return Edit{}, err
	}
	return Delete(e.Path), nil
}

// fillEmpty puts a first child under a key that has no value yet.
func (d *Document) fillEmpty(e Edit, c *yaml.Node) (Edit, error) {
	parent, _, err := d.resolve(e.Path.parent())
	if err != nil || parent.Kind != yaml.MappingNode {
		return Edit{}, fmt.Errorf("%s: cannot add to an empty value here", e.Path)
	}
	key := parent.Content[2*keyIndex(parent, e.Path.last())]
	colon, err := d.colonEnd(key, false)
	if err != nil {
		return Edit{}, err
	}
	pos := d.t.end(d.t.lineOf(colon))
	var text string
	if e.Raw != nil {
		text = *e.Raw
	} else {
		ind := key.Column - 1 + d.style.seqIndent
		if e.Key != "" {
			ind = key.Column - 1 + d.style.indent
		}
		lines, err := d.newLines(e, ind)
		if err != nil {
			return Edit{}, err
		}
		text = d.joinLines(lines) + d.style.eol
		if pos == d.t.size() && d.t.contentEnd(d.t.last()) == pos {
			text = d.style.eol + d.joinLines(lines)
		}
	}
	keys := d.keyed(e.Path)
	expect := func(old *yaml.Node) *yaml.Node {
		root, _ := cow(old, keys[:len(keys)-1])
		coll := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{wildcard}}
		switch {
		case e.Raw != nil:
			coll = wildcard // restored text: a list, or a mapping whose key may be ""
		case e.Key != "":
			coll = &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{Scalar("!!str", e.Key), wildcard}}
		}
		setAt(root, keys, coll)
		return root
	}
	if err := d.splice(pos, pos, text, expect); err != nil {
		return Edit{}, fmt.Errorf("%s: %w", e.Path, err)
	}
	at := "0"
	if e.Key != "" {
		at = e.Key
	}
	return Delete(append(append(Path{}, e.Path...), at)), nil
}

// setAt replaces the node at keys in a tree copied by cow.
func setAt(root *yaml.Node, keys []int, n *yaml.Node) {
	p := root
	for _, k := range keys[:len(keys)-1] {
		p = p.Content[k]
	}
	p.Content[keys[len(keys)-1]] = n
}

// refit shapes the text of a deleted list item, put back by an undo, for
// where it now goes. A first item was cut with the separator after it,
// any other with the separator before it; when others' edits have since
// made a first item into a later one or the reverse, the separator moves
// to the other side.
func (d *Document) refit(raw string, first bool) *string {
	eol := d.style.eol
	if eol == "" {
		return &raw
	}
	lead := strings.HasPrefix(raw, eol)
	switch {
	case first && lead:
		core, k := raw, 0
		for strings.HasPrefix(core, eol) {
			core, k = core[len(eol):], k+1
		}
		out := core + strings.Repeat(eol, k)
		return &out
	case !first && !lead:
		core, k := raw, 0
		for strings.HasSuffix(core, eol) {
			core, k = core[:len(core)-len(eol)], k+1
		}
		out := strings.Repeat(eol, k) + core
		return &out
	}
	return &raw
}
