package model

import (
	"go.yaml.in/yaml/v3"
)

// Limits on what a map may expand to through its aliases, the same for
// every command: lint refuses what export, get or the editor would, x-
// extension keys included, so that its verdict is the tool's.
const (
	// MaxExpandedValues is the most values (nodes) a map may hold with
	// every alias expanded.
	MaxExpandedValues = 1_000_000
	// MaxExpandedBytes is the most scalar text a map may hold with every
	// alias expanded: no more than the largest file journey reads.
	MaxExpandedBytes = MaxSize
)

// expansion is the size of a subtree with its aliases expanded.
type expansion struct{ values, bytes int }

func (e expansion) over() bool {
	return e.values > MaxExpandedValues || e.bytes > MaxExpandedBytes
}

// expander sizes a tree as every alias expanded, counting each anchored
// node once (so an alias bomb costs the walk its file size, not its
// expansion) and refusing an alias inside the node it names.
type expander struct {
	memo   map[*yaml.Node]expansion
	active map[*yaml.Node]bool
	cycle  *yaml.Node // the first alias found inside what it names
	at     *yaml.Node // the first alias whose expansion broke a limit
}

// checkExpansion reports a map whose aliases form a cycle anywhere (an
// x- key included) or expand beyond the limits.
func (d *mapDecoder) checkExpansion(n *yaml.Node) {
	if !hasAlias(n) {
		return
	}
	x := &expander{memo: map[*yaml.Node]expansion{}, active: map[*yaml.Node]bool{}}
	x.size(n)
	switch {
	case x.cycle != nil:
		d.errorf(x.cycle, "alias *%s refers to a node that contains it (a cycle)", plainWord(x.cycle.Value))
	case x.at != nil:
		d.errorf(x.at, "aliases expand the map beyond %d values or %d MB of text (alias *%s); no command reads it",
			MaxExpandedValues, MaxExpandedBytes>>20, plainWord(x.at.Value))
	}
}

func (x *expander) size(n *yaml.Node) expansion {
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return expansion{values: 1}
		}
		if x.active[n.Alias] {
			if x.cycle == nil {
				x.cycle = n
			}
			return expansion{values: 1}
		}
		e := x.size(n.Alias)
		if e.over() && x.at == nil {
			x.at = n
		}
		return e
	}
	if e, ok := x.memo[n]; ok {
		return e
	}
	x.active[n] = true
	e := expansion{values: 1, bytes: len(n.Value)}
	for _, c := range n.Content {
		ce := x.size(c)
		// Saturate: past the limit, the exact size does not matter.
		e.values = min(e.values+ce.values, MaxExpandedValues+1)
		e.bytes = min(e.bytes+ce.bytes, MaxExpandedBytes+1)
	}
	delete(x.active, n)
	if n.Anchor != "" {
		x.memo[n] = e
	}
	return e
}
