package model

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// An edit names list items by index, which is right for the text it was
// made on and wrong as soon as someone else adds or removes an item above.
// To replay edits onto another version of the file (the file changed on
// disk while they were unsaved; a recovery file kept them while the map
// moved on), their paths are made stable first: a list item that has an id
// is named "id=<id>" instead of by its index. Concrete turns them back
// into indexes in the text they are replayed onto.

// idSeg is the prefix of a stable path segment naming a list item by id.
const idSeg = "id="

// Stable is e with the list items in its paths named by id where they
// have one, as the map is now (before e is applied).
func (d *Doc) Stable(e yamldoc.Edit) yamldoc.Edit {
	out := e
	out.Path = d.stablePath(e.Path)
	if e.To != nil {
		out.To = d.stablePath(e.To)
	}
	if e.Edits != nil {
		out.Edits = make([]yamldoc.Edit, len(e.Edits))
		for i, s := range e.Edits {
			out.Edits[i] = d.Stable(s)
		}
	}
	return out
}

// StablePath is p with its list items named by id where they have one.
func (d *Doc) StablePath(p yamldoc.Path) yamldoc.Path { return d.stablePath(p) }

func (d *Doc) stablePath(p yamldoc.Path) yamldoc.Path {
	if p == nil {
		return nil
	}
	return d.renameItems(p, func(n *yaml.Node) string {
		if id := idOf(n); id != "" {
			return idSeg + id
		}
		return ""
	})
}

// renameItems copies p with each list index whose item name gives a
// non-empty name replaced by that name, as far as p names nodes of the map.
func (d *Doc) renameItems(p yamldoc.Path, name func(*yaml.Node) string) yamldoc.Path {
	out := make(yamldoc.Path, len(p))
	copy(out, p)
	n := d.text.Root()
	for i, seg := range p {
		switch n.Kind {
		case yaml.MappingNode:
			n = valueOf(n, seg)
		case yaml.SequenceNode:
			j, err := strconv.Atoi(seg)
			if err != nil || j < 0 || j >= len(n.Content) {
				return out
			}
			n = n.Content[j]
			if k := name(n); k != "" {
				out[i] = k
			}
		default:
			return out
		}
		if n == nil {
			return out
		}
	}
	return out
}

func idOf(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	if v := valueOf(n, "id"); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// GoneError is a stable path whose item is not in the map.
type GoneError struct{ ID string }

func (e *GoneError) Error() string { return fmt.Sprintf("%q is no longer in the map", e.ID) }

// Concrete turns a stable edit's paths back into indexes in the map as it
// is now. An item named by an id the map does not have gives a GoneError.
func (d *Doc) Concrete(e yamldoc.Edit) (yamldoc.Edit, error) {
	out := e
	var err error
	if out.Path, err = d.concretePath(e.Path); err != nil {
		return e, err
	}
	if e.To != nil {
		if out.To, err = d.concretePath(e.To); err != nil {
			return e, err
		}
	}
	if e.Edits != nil {
		out.Edits = make([]yamldoc.Edit, len(e.Edits))
		for i, s := range e.Edits {
			if out.Edits[i], err = d.Concrete(s); err != nil {
				return e, err
			}
		}
	}
	return out, nil
}

// ConcretePath turns a stable path back into indexes in the map as it is
// now (see Concrete).
func (d *Doc) ConcretePath(p yamldoc.Path) (yamldoc.Path, error) { return d.concretePath(p) }

func (d *Doc) concretePath(p yamldoc.Path) (yamldoc.Path, error) {
	if p == nil {
		return nil, nil
	}
	out := make(yamldoc.Path, len(p))
	copy(out, p)
	n := d.text.Root()
	for i, seg := range p {
		id, named := strings.CutPrefix(seg, idSeg)
		switch {
		case n == nil:
			if named {
				return nil, &GoneError{id}
			}
			continue
		case n.Kind == yaml.SequenceNode && named:
			j := -1
			for k, c := range n.Content {
				if idOf(c) == id {
					j = k
					break
				}
			}
			if j < 0 {
				return nil, &GoneError{id}
			}
			out[i], n = strconv.Itoa(j), n.Content[j]
		case n.Kind == yaml.SequenceNode:
			j, err := strconv.Atoi(seg)
			if err != nil || j < 0 || j >= len(n.Content) {
				n = nil
				continue
			}
			n = n.Content[j]
		case n.Kind == yaml.MappingNode:
			n = valueOf(n, seg)
		default:
			n = nil
		}
	}
	return out, nil
}

// ValueAt is the value at p as a canonical text that compares equal when
// the data is equal (whatever its quoting or layout), and a short form
// for people; ok is false when nothing is there.
func (d *Doc) ValueAt(p yamldoc.Path) (canon, show string, ok bool) {
	n, err := d.text.Get(p)
	if err != nil || n == nil {
		return "", "", false
	}
	var b strings.Builder
	budget := 100000
	canonical(&b, n, &budget)
	return b.String(), displayValue(n), true
}

// canonical writes n's data: kinds, resolved tags and values, aliases
// followed within a budget.
func canonical(b *strings.Builder, n *yaml.Node, budget *int) {
	if *budget--; *budget < 0 {
		return
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.ScalarNode:
		fmt.Fprintf(b, "%s:%q", n.ShortTag(), n.Value)
	case yaml.SequenceNode:
		b.WriteString("[")
		for _, c := range n.Content {
			canonical(b, c, budget)
			b.WriteString(",")
		}
		b.WriteString("]")
	case yaml.MappingNode:
		b.WriteString("{")
		for i := 0; i+1 < len(n.Content); i += 2 {
			canonical(b, n.Content[i], budget)
			b.WriteString(":")
			canonical(b, n.Content[i+1], budget)
			b.WriteString(",")
		}
		b.WriteString("}")
	}
}

// displayValue is a value in a few words for a list of conflicts.
func displayValue(n *yaml.Node) string {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "(empty)"
		}
		return short(n.Value)
	case yaml.SequenceNode:
		return fmt.Sprintf("(a list of %d)", len(n.Content))
	case yaml.MappingNode:
		if k := itemKey(n); k != "" {
			return k
		}
		return fmt.Sprintf("(%d fields)", len(n.Content)/2)
	}
	return ""
}

// DottedPath is a document path as people write it for get and set: list
// items by id or slug where they have one.
func (d *Doc) DottedPath(p yamldoc.Path) string {
	return strings.Join(d.renameItems(p, itemKey), ".")
}
