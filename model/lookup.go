package model

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Lookup finds the value at a dotted path for reading, as export and the
// editor see the map: aliases are followed and the fields a mapping takes
// from a merge key (<<: *base) count as its own. Resolve, for edits, names
// only what is written at the place itself.
func (d *Doc) Lookup(dotted string) (*yaml.Node, error) {
	if strings.TrimSpace(dotted) == "" {
		return nil, fmt.Errorf("empty path")
	}
	segs := strings.Split(dotted, ".")
	n := deref(d.text.Root())
	for i, seg := range segs {
		here := strings.Join(segs[:i+1], ".")
		switch {
		case n == nil:
			return nil, fmt.Errorf("%s: no such field", here)
		case n.Kind == yaml.MappingNode:
			v := mergedValue(n, seg, 0)
			if v == nil {
				return nil, fmt.Errorf("%s: no such field%s", here, hint(seg, mergedKeys(n)))
			}
			n = deref(v)
		case n.Kind == yaml.SequenceNode:
			idx := -1
			for j, it := range n.Content {
				if mergedItemKey(deref(it)) == seg {
					idx = j
					break
				}
			}
			if j, err := strconv.Atoi(seg); idx < 0 && err == nil && j >= 0 && j < len(n.Content) {
				idx = j
			}
			for j, it := range n.Content {
				if k := legacyItemKey(deref(it)); idx < 0 && k != "" && k == seg {
					idx = j
				}
			}
			if idx < 0 {
				var names []string
				for _, it := range n.Content {
					if k := mergedItemKey(deref(it)); k != "" {
						names = append(names, k)
					}
				}
				return nil, fmt.Errorf("%s: no item %q in %s%s", here, seg, strings.Join(segs[:i], "."), hint(seg, names))
			}
			n = deref(n.Content[idx])
		default:
			return nil, fmt.Errorf("%s: %s holds a single value, not fields", here, strings.Join(segs[:i], "."))
		}
	}
	if n == nil {
		return nil, fmt.Errorf("%s: alias names no anchor", dotted)
	}
	return n, nil
}

// deref follows aliases to the node they name; nil for one that names none.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < decodeMaxDepth; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

// isMergeKey reports whether k is the merge key of YAML (<<, plain).
func isMergeKey(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Style == 0 && (k.Tag == "" || k.Tag == "!!merge")
}

// mergedValue is the value of key in mapping m after merge keys: its own
// value first, then the merged mappings' in order, as YAML's rule says.
func mergedValue(m *yaml.Node, key string, depth int) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode || depth > decodeMaxDepth {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; !isMergeKey(k) && k.Value == key {
			return m.Content[i+1]
		}
	}
	for _, src := range mergeSources(m) {
		if v := mergedValue(src, key, depth+1); v != nil {
			return v
		}
	}
	return nil
}

// mergeSources lists the mappings m merges, in the order they count.
func mergeSources(m *yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		if !isMergeKey(m.Content[i]) {
			continue
		}
		switch v := deref(m.Content[i+1]); {
		case v == nil:
		case v.Kind == yaml.MappingNode:
			out = append(out, v)
		case v.Kind == yaml.SequenceNode:
			for _, it := range v.Content {
				if s := deref(it); s != nil && s.Kind == yaml.MappingNode {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// mergedKeys lists a mapping's keys, merged ones included, for hints.
func mergedKeys(m *yaml.Node) []string {
	out := keysOf(m)
	for _, src := range mergeSources(m) {
		out = append(out, keysOf(src)...)
	}
	return out
}

// mergedItemKey is itemKey with fields that come from a merge key.
func mergedItemKey(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	if v := deref(mergedValue(n, "id", 0)); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		return v.Value
	}
	for _, k := range []string{"name", "text"} {
		if v := deref(mergedValue(n, k, 0)); v != nil && v.Kind == yaml.ScalarNode {
			return Slug(v.Value)
		}
	}
	return ""
}

// Flatten copies the tree under n as it reads on its own: aliases replaced
// by what they name and merge keys applied, as export's JSON does (merged
// keys at the place of their <<, except those the mapping gives itself).
// It gives up with an error on an alias cycle or past limit values, so an
// alias bomb cannot run the machine out of memory.
func Flatten(n *yaml.Node, limit int) (*yaml.Node, error) {
	f := flattener{budget: limit, active: map[*yaml.Node]bool{}}
	out := f.node(n)
	if f.budget < 0 {
		return nil, fmt.Errorf("its aliases form a cycle or expand to more than %d values", limit)
	}
	return out, nil
}

type flattener struct {
	budget int
	active map[*yaml.Node]bool
}

func (f *flattener) node(n *yaml.Node) *yaml.Node {
	if f.budget--; f.budget < 0 || f.active[n] {
		f.budget = -1
		return n
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			f.budget = -1
			return n
		}
		return f.node(n.Alias)
	}
	f.active[n] = true
	defer delete(f.active, n)
	c := *n
	c.Anchor = ""
	c.Content = nil
	if n.Kind != yaml.MappingNode {
		for _, k := range n.Content {
			c.Content = append(c.Content, f.node(k))
		}
		return &c
	}
	f.pairs(n, &c, map[string]bool{}, nil)
	return &c
}

// pairs adds m's pairs to out in file order, a merge key's mappings at
// its place. A key is left out when it is in out already (seen) or when
// the mapping that merges m gives it itself (skip).
func (f *flattener) pairs(m, out *yaml.Node, seen, skip map[string]bool) {
	own := map[string]bool{}
	for k := range skip {
		own[k] = true
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := deref(m.Content[i]); k != nil && !isMergeKey(m.Content[i]) && k.Kind == yaml.ScalarNode {
			own[k.Value] = true
		}
	}
	for i := 0; i+1 < len(m.Content) && f.budget >= 0; i += 2 {
		k := m.Content[i]
		if !isMergeKey(k) {
			if key := deref(k); key != nil && key.Kind == yaml.ScalarNode {
				if seen[key.Value] || skip[key.Value] {
					continue
				}
				seen[key.Value] = true
			}
			out.Content = append(out.Content, f.node(k), f.node(m.Content[i+1]))
			continue
		}
		for _, src := range mergeSources(&yaml.Node{Kind: yaml.MappingNode, Content: m.Content[i : i+2]}) {
			if f.budget--; f.budget < 0 || f.active[src] {
				f.budget = -1
				return
			}
			f.active[src] = true
			f.pairs(src, out, seen, own)
			delete(f.active, src)
		}
	}
}

// Complete lists the dotted paths that continue prefix in this map, for
// shell completion: the keys of the mapping (merged ones included) or the
// items of the list that the part before the last dot names, each with
// a dot after it when it holds more. With forWrite, the keys the format
// knows for that mapping but the map lacks are offered too.
func (d *Doc) Complete(prefix string, forWrite bool) []string {
	parent, head := "", prefix
	n := deref(d.text.Root())
	if i := strings.LastIndexByte(prefix, '.'); i >= 0 {
		parent, head = prefix[:i+1], prefix[i+1:]
		var err error
		if n, err = d.Lookup(prefix[:i]); err != nil {
			return nil
		}
	}
	var out []string
	seen := map[string]bool{}
	offer := func(name string, v *yaml.Node) {
		if name == "" || seen[name] || !strings.HasPrefix(name, head) {
			return
		}
		seen[name] = true
		if v = deref(v); v != nil && (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) {
			name += "."
		}
		out = append(out, parent+name)
	}
	switch n.Kind {
	case yaml.MappingNode:
		for _, k := range mergedKeys(n) {
			if k != "<<" {
				offer(k, mergedValue(n, k, 0))
			}
		}
		if forWrite {
			kind := "map"
			if parent != "" {
				p, err := d.Resolve(strings.TrimSuffix(parent, "."), false)
				if err != nil {
					break
				}
				kind = mappingKind(p)
			}
			for _, k := range KnownKeys[kind] {
				offer(k, nil)
			}
		}
	case yaml.SequenceNode:
		for i, it := range n.Content {
			name := mergedItemKey(deref(it))
			if name == "" {
				name = strconv.Itoa(i)
			}
			offer(name, it)
		}
	}
	return out
}
