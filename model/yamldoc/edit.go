package yamldoc

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Op is the kind of an Edit. It is written as its name ("set") where
// edits are kept as JSON (recovery files), and reading an unknown name
// fails rather than making an edit that does nothing.
type Op string

// The kinds of edit.
const (
	OpSet    Op = "set"    // set the node at Path to Value (or Raw)
	OpInsert Op = "insert" // add an item to the list at Path, or a Key to the mapping
	OpDelete Op = "delete" // remove the node at Path
	OpMove   Op = "move"   // move the item at Path to Index of the list To
	OpBatch  Op = "batch"  // apply Edits in order
)

// UnmarshalText reads an Op by its name, refusing names it does not know.
func (o *Op) UnmarshalText(b []byte) error {
	switch op := Op(b); op {
	case OpSet, OpInsert, OpDelete, OpMove, OpBatch:
		*o = op
		return nil
	}
	return fmt.Errorf("unknown edit kind %q", b)
}

// Edit is one change to a document, kept as a plain value so that it can
// be stored, sent to another editor of the same file, and inverted.
type Edit struct {
	// Op is what the edit does.
	Op Op `json:"op"`
	// Path names the node to set or delete, the collection to insert
	// into, or the item to move.
	Path Path `json:"path,omitempty"`
	// Key is the new key when inserting into a mapping.
	Key string `json:"key,omitempty"`
	// Index is where to insert, or where a moved item lands in To (counted
	// after it has left its old place); -1 appends.
	Index int `json:"index"`
	// To is the sequence a moved item goes to.
	To Path `json:"to,omitempty"`
	// Value is the new value of a set or insert.
	Value *yaml.Node `json:"value,omitempty"`
	// Raw, when set, is the exact text to put back instead of rendering
	// Value: inverses carry it so that undo restores bytes exactly.
	Raw *string `json:"raw,omitempty"`
	// Wide tells that Raw spans from the `:` or `-` rather than from the
	// value's first character.
	Wide bool `json:"wide,omitempty"`
	// Text is a sequence item's own lines, its `-` at column 0, to be
	// indented to fit where it is inserted (how a move carries an item).
	Text string `json:"text,omitempty"`
	// Edits are the steps of a batch, applied in order.
	Edits []Edit `json:"edits,omitempty"`

	sibling *yaml.Node // an existing neighbour whose style a new item copies
}

// Set is an edit that sets the node at path to v.
func Set(path Path, v *yaml.Node) Edit { return Edit{Op: OpSet, Path: path, Value: v} }

// Insert is an edit that inserts v as item index of the sequence at path
// (-1 appends). A missing sequence is created.
func Insert(path Path, index int, v *yaml.Node) Edit {
	return Edit{Op: OpInsert, Path: path, Index: index, Value: v}
}

// InsertKey is an edit that adds key: v to the mapping at path at pair
// position index (-1 appends).
func InsertKey(path Path, index int, key string, v *yaml.Node) Edit {
	return Edit{Op: OpInsert, Path: path, Index: index, Key: key, Value: v}
}

// Delete is an edit that removes the node at path (an item or a key).
func Delete(path Path) Edit { return Edit{Op: OpDelete, Path: path} }

// Move is an edit that moves the item at path into the sequence to, at
// index (counted after the item has left its place).
func Move(path, to Path, index int) Edit { return Edit{Op: OpMove, Path: path, To: to, Index: index} }

// Batch is an edit made of several, applied in order and undone together.
func Batch(edits ...Edit) Edit { return Edit{Op: OpBatch, Edits: edits} }

// Scalar builds a scalar node for a value, with the tag that says how it
// must read back ("!!str", "!!int", "!!float", "!!bool"; "" to resolve).
func Scalar(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}

// Apply makes the edit and returns its inverse. The document is left as it
// was when the edit cannot be made exactly: a path that names nothing, a
// value that cannot be written, or a result that would not read back as
// the intended data with every comment in place.
func (d *Document) Apply(e Edit) (inverse Edit, err error) {
	// No edit changes a text or a tree in place, so the document as it
	// was is a copy of its fields.
	saved := *d
	inv, err := d.apply(e)
	if err == nil && d.t.size() > d.lim.maxSize {
		err = fmt.Errorf("the text would be %d bytes; the limit is %d", d.t.size(), d.lim.maxSize)
	}
	if err != nil {
		*d = saved
		return Edit{}, err
	}
	return inv, nil
}

func (d *Document) apply(e Edit) (Edit, error) {
	switch e.Op {
	case OpSet:
		return d.set(e)
	case OpInsert:
		return d.insert(e)
	case OpDelete:
		return d.delete(e.Path)
	case OpMove:
		return d.move(e)
	case OpBatch:
		inv := make([]Edit, len(e.Edits))
		for i, sub := range e.Edits {
			r, err := d.apply(sub)
			if err != nil {
				// Steps done in place cannot be restored from a copy of
				// the document; take them back with their inverses.
				for _, u := range inv[len(e.Edits)-i:] {
					if _, uerr := d.apply(u); uerr != nil {
						return Edit{}, fmt.Errorf("%v; and taking back the steps before it failed: %v", err, uerr)
					}
				}
				return Edit{}, err
			}
			inv[len(e.Edits)-1-i] = r
		}
		return Batch(inv...), nil
	}
	return Edit{}, fmt.Errorf("unknown edit %q", e.Op)
}

func ptr(s string) *string { return &s }

// set replaces the value at e.Path, adding the key when it is missing.
func (d *Document) set(e Edit) (Edit, error) {
	if len(e.Path) == 0 {
		return Edit{}, fmt.Errorf("cannot replace the whole document")
	}
	parent, _, err := d.resolve(e.Path.parent())
	if err != nil {
		return Edit{}, err
	}
	last := e.Path.last()
	var key, old *yaml.Node
	index := 0
	switch parent.Kind {
	case yaml.MappingNode:
		k := keyIndex(parent, last)
		if k < 0 {
			if e.Value == nil {
				return Edit{}, &NotFoundError{Path: e.Path}
			}
			if _, err := d.insert(InsertKey(e.Path.parent(), -1, last, e.Value)); err != nil {
				return Edit{}, err
			}
			return Delete(e.Path), nil
		}
		key, old, index = parent.Content[2*k], parent.Content[2*k+1], 2*k+1
	case yaml.SequenceNode:
		i, err := strconv.Atoi(last)
		if err != nil || i < 0 || i >= len(parent.Content) {
			return Edit{}, &NotFoundError{Path: e.Path}
		}
		old, index = parent.Content[i], i
	default:
		return Edit{}, &NotFoundError{Path: e.Path}
	}
	if e.Raw == nil && e.Value != nil && old.Kind == yaml.ScalarNode && e.Value.Kind == yaml.ScalarNode &&
		old.Value == e.Value.Value && old.ShortTag() == e.Value.ShortTag() && !emptyNull(old) {
		return Batch(), nil // the value is already there: the text stays byte for byte
	}
	if old.Kind == yaml.AliasNode && e.Raw == nil {
		return Edit{}, fmt.Errorf("%s is an alias (*%s); edit its anchor instead", e.Path, old.Value)
	}
	flow := parent.Style&yaml.FlowStyle != 0

	wide := e.Wide
	var text string
	if e.Raw != nil {
		text = *e.Raw
	} else if e.Value == nil {
		return Edit{}, fmt.Errorf("%s: no value to set", e.Path)
	} else if t, ok := d.narrowText(old, e.Value, flow); ok {
		text, wide = t, false
	} else if flow {
		return Edit{}, fmt.Errorf("%s: a multi-line value cannot go inside [...] or {...}", e.Path)
	} else {
		text, wide, err = d.wideText(parent, key, old, index, e.Value), true, nil
	}
	s, end, err := d.setRegion(parent, key, old, index, wide, flow)
	if err != nil {
		return Edit{}, err
	}
	removed := d.t.str(s, end)
	if !wide {
		_, steps, _ := d.resolve(e.Path.parent())
		steps = append(steps, step{coll: parent, index: index})
		idx := make([]int, len(steps))
		flowDepth := -1
		for i, st := range steps {
			idx[i] = st.index
			if st.coll.Kind == yaml.MappingNode && i < len(steps)-1 {
				idx[i] = 2*st.index + 1
			}
			if flowDepth < 0 && st.coll.Style&yaml.FlowStyle != 0 {
				flowDepth = i
			}
		}
		before := *d
		if d.fastSet(idx, flowDepth, s, end, text) {
			now := nodeAt(d.Root(), idx)
			if e.Value == nil || (now.Value == e.Value.Value && now.ShortTag() == e.Value.ShortTag()) {
				return Edit{Op: OpSet, Path: e.Path, Raw: ptr(removed)}, nil
			}
			// The token read back as something else: take it back and go
			// the careful way, which will say why.
			*d = before
		}
	}
	keys := d.keyed(e.Path.parent())
	want := wildcardOr(e.Value, e.Raw)
	if !wide && want != wildcard && old.Anchor != "" {
		// The value's own text is replaced; its anchor stays in front.
		v := *want
		v.Anchor = old.Anchor
		want = &v
	}
	expect := func(root *yaml.Node) *yaml.Node {
		root, coll := cow(root, keys)
		coll.Content[index] = want
		return root
	}
	if err := d.splice(s, end, text, expect); err != nil {
		return Edit{}, fmt.Errorf("%s: %w", e.Path, err)
	}
	return Edit{Op: OpSet, Path: e.Path, Raw: ptr(removed), Wide: wide}, nil
}

// narrowText renders v to replace old's own text (its anchor and tag kept).
func (d *Document) narrowText(old, v *yaml.Node, flow bool) (string, bool) {
	if emptyNull(old) || block(old) || v.Kind != yaml.ScalarNode && !(v.Style&yaml.FlowStyle != 0 || len(v.Content) == 0) {
		return "", false
	}
	if old.Kind == yaml.ScalarNode && old.Value == "" && old.Style&^yaml.TaggedStyle == 0 {
		// A null with no text of its own (`key: &a`): nothing to replace
		// in place, and text put there would run into the anchor.
		return "", false
	}
	prefer := yaml.Style(0)
	if old.Kind == yaml.ScalarNode && v.Kind == yaml.ScalarNode {
		prefer = old.Style & (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle)
	}
	if flow {
		t, ok := d.inlineFlow(v)
		return t, ok && t != ""
	}
	if t, ok := d.inline(v, prefer|v.Style&^yaml.TaggedStyle); ok {
		// An empty rendering (a null) leaves no text for an undo to aim
		// at, so it goes the wide way, from the colon.
		return t, t != ""
	}
	if v.Kind != yaml.ScalarNode {
		return "", false
	}
	// A multi-line string replacing a scalar: a literal block whose lines
	// sit where the old block's did, or one level in from the line.
	line := d.t.lineOf(d.at(old))
	ind := d.t.indent(line) + d.style.indent
	if old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && line < d.t.last() {
		for ln := d.t.next(line); ln <= d.t.last(); ln = d.t.next(ln) {
			if !d.t.blank(ln) {
				ind = d.t.indent(ln)
				break
			}
		}
	}
	folded := (old.Style|v.Style)&yaml.FoldedStyle != 0
	h, lines, ok := blockScalar(v.Value, ind, folded)
	if !ok && folded {
		h, lines, ok = blockScalar(v.Value, ind, false)
	}
	if !ok {
		return doubleQuote(v.Value), true
	}
	return h + d.style.eol + d.joinLines(lines), true
}

// wideText renders v to follow a `key:` or `-` in place of old.
func (d *Document) wideText(parent, key, old *yaml.Node, index int, v *yaml.Node) string {
	var lines []string
	var err error
	if key != nil {
		ind := key.Column - 1
		lines, err = d.afterIndicator(v, ind, ind+d.style.indent, ind+d.style.seqIndent)
	} else {
		dash := parent.Column - 1
		lines, err = d.item(v, dash)
		if err == nil {
			lines[0] = strings.TrimPrefix(lines[0], strings.Repeat(" ", dash)+"-")
		}
	}
	if err != nil {
		return " " + doubleQuote(v.Value)
	}
	if lines[0] == " " && len(lines) == 1 {
		return "" // `key:` with nothing after it
	}
	if lines[0] == "" {
		return d.style.eol + d.joinLines(lines[1:])
	}
	return d.joinLines(lines)
}

// setRegion is the text a set replaces: the value's own text (narrow), or
// everything from the `:` or `-` to the value's end (wide).
func (d *Document) setRegion(parent, key, old *yaml.Node, index int, wide, flow bool) (int, int, error) {
	end, err := d.end(old, flow)
	if err != nil {
		return 0, 0, err
	}
	if !wide {
		if emptyNull(old) {
			return 0, 0, fmt.Errorf("line %d: value has no text to replace", d.t.realLine(old.Line))
		}
		return d.valueStart(old), end, nil
	}
	var s int
	if key != nil {
		s, err = d.colonEnd(key, flow)
	} else {
		s, err = d.dashEnd(parent, index)
	}
	if emptyNull(old) {
		end = s
	}
	return s, end, err
}

// keyed converts a path into one whose mapping steps are pair indexes, for
// walking a copy of the tree that the path resolved against.
func (d *Document) keyed(p Path) []int {
	_, steps, _ := d.resolve(p)
	out := make([]int, len(steps))
	for i, st := range steps {
		if st.coll.Kind == yaml.MappingNode {
			out[i] = 2*st.index + 1
		} else {
			out[i] = st.index
		}
	}
	return out
}
