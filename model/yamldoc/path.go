package yamldoc

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Path names a node from the root: mapping keys and sequence indexes
// ("stages", "2", "touchpoints", "0", "emotion").
type Path []string

func (p Path) String() string { return strings.Join(p, ".") }

// parent is the path without its last step.
func (p Path) parent() Path { return p[:len(p)-1] }

// last is the path's final step.
func (p Path) last() string { return p[len(p)-1] }

// step is one resolved level of a path: the collection and where in it.
type step struct {
	coll  *yaml.Node // the mapping or sequence
	index int        // item index, or the key's index (pair number) in a mapping
	flow  bool       // coll is inside (or is) a flow collection
}

// resolve walks p from the root. It never follows an alias: a path through
// one is refused, since editing the anchor would change every use of it.
func (d *Document) resolve(p Path) (*yaml.Node, []step, error) {
	n := d.Root()
	steps := make([]step, 0, len(p))
	flow := false
	for i, seg := range p {
		flow = flow || n.Style&yaml.FlowStyle != 0
		switch n.Kind {
		case yaml.MappingNode:
			k := keyIndex(n, seg)
			if k < 0 {
				return nil, steps, &NotFoundError{Path: p[:i+1]}
			}
			steps = append(steps, step{n, k, flow})
			n = n.Content[2*k+1]
		case yaml.SequenceNode:
			idx, err := strconv.Atoi(seg)
			if err != nil || idx < 0 || idx >= len(n.Content) {
				return nil, steps, &NotFoundError{Path: p[:i+1]}
			}
			steps = append(steps, step{n, idx, flow})
			n = n.Content[idx]
		case yaml.AliasNode:
			return nil, steps, fmt.Errorf("%s is an alias (*%s); edit its anchor instead", Path(p[:i]), n.Value)
		default:
			return nil, steps, &NotFoundError{Path: p[:i+1]}
		}
	}
	return n, steps, nil
}

// keyIndex is the pair number of key in mapping m, or -1.
func keyIndex(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return i / 2
		}
	}
	return -1
}

// NotFoundError is a path that names nothing in the document.
type NotFoundError struct{ Path Path }

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s: no such item", e.Path) }

// Get returns the node at p, to read and never to change (see Root).
func (d *Document) Get(p Path) (*yaml.Node, error) {
	n, _, err := d.resolve(p)
	return n, err
}
