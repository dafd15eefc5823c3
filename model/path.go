package model

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Resolve turns a dotted path as people write it into a document path:
// `stages.apply.touchpoints.app-form.emotion`, where a list item is named
// by its id, the slug of its name (or text), or its 0-based index. With
// forWrite, the last step may name a field or list that does not exist yet
// (one the format knows, or an x- extension), and so may the step before it
// when that is a touchpoint's emotions, a stage's metrics, an opportunity's
// scores or experiment, or the map's priorities or their weights
// (emotions.maya, metrics.nps, priorities.method): the caller then writes
// the mapping with its first entry.
func (d *Doc) Resolve(dotted string, forWrite bool) (yamldoc.Path, error) {
	if strings.TrimSpace(dotted) == "" {
		return nil, fmt.Errorf("empty path")
	}
	segs := strings.Split(dotted, ".")
	n := d.text.Root()
	out := make(yamldoc.Path, 0, len(segs))
	for i, seg := range segs {
		here := strings.Join(segs[:i+1], ".")
		lastStep := i == len(segs)-1
		switch n.Kind {
		case yaml.MappingNode:
			v := valueOf(n, seg)
			if v == nil {
				if forWrite && (lastStep || i == len(segs)-2 && (namedValues[seg] || seg == "priorities" || seg == "experiment")) {
					if kind := mappingKind(out); kind != "" && !knownKey(kind, seg) {
						return nil, fmt.Errorf("%s: a %s has no field %q%s", here, kind, seg, hint(seg, KnownKeys[kind]))
					}
					return append(out, segs[i:]...), nil
				}
				return nil, fmt.Errorf("%s: no such field%s", here, hint(seg, keysOf(n)))
			}
			out, n = append(out, seg), v
		case yaml.SequenceNode:
			idx := itemIndex(n, seg)
			if idx < 0 {
				return nil, fmt.Errorf("%s: no item %q in %s%s", here, seg, strings.Join(segs[:i], "."), hint(seg, itemNames(n)))
			}
			out, n = append(out, strconv.Itoa(idx)), n.Content[idx]
		case yaml.AliasNode:
			return nil, fmt.Errorf("%s: goes through an alias (*%s); edit its anchor instead", here, n.Value)
		default:
			if forWrite && lastStep && i > 0 {
				return nil, fmt.Errorf("%s: %s holds a single value, not fields", here, strings.Join(segs[:i], "."))
			}
			return nil, fmt.Errorf("%s: %s holds a single value, not fields", here, strings.Join(segs[:i], "."))
		}
	}
	return out, nil
}

// mappingKind is the kind of KnownKeys of the mapping at path p ("map",
// "stage", ...), or "" where the keys are the author's (emotions, metrics)
// or the path is not one the format knows.
func mappingKind(p yamldoc.Path) string {
	if len(p) == 0 {
		return "map"
	}
	if _, err := strconv.Atoi(p[len(p)-1]); err != nil || len(p) < 2 {
		return ""
	}
	kind, err := ListKind(p[:len(p)-1])
	if err != nil {
		return ""
	}
	return kind
}

// knownKey reports whether a mapping of the kind may hold key: one of the
// format's keys, or an x- extension.
func knownKey(kind, key string) bool {
	if strings.HasPrefix(key, "x-") {
		return true
	}
	for _, k := range KnownKeys[kind] {
		if k == key {
			return true
		}
	}
	return false
}

// namedValues are the mappings of author-chosen names to values.
var namedValues = map[string]bool{"emotions": true, "metrics": true, "scores": true, "weights": true}

func valueOf(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func keysOf(m *yaml.Node) []string {
	var out []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, m.Content[i].Value)
	}
	return out
}

// itemKey is how a list item is named in a path: its id, else the slug of
// its name or text.
func itemKey(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	if v := valueOf(n, "id"); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		return v.Value
	}
	for _, k := range []string{"name", "text"} {
		if v := valueOf(n, k); v != nil && v.Kind == yaml.ScalarNode {
			return Slug(v.Value)
		}
	}
	return ""
}

func itemIndex(seq *yaml.Node, seg string) int {
	for i, it := range seq.Content {
		if itemKey(it) == seg {
			return i
		}
	}
	if i, err := strconv.Atoi(seg); err == nil && i >= 0 && i < len(seq.Content) {
		return i
	}
	for i, it := range seq.Content {
		if k := legacyItemKey(it); k != "" && k == seg {
			return i // a slug from before transliteration, still accepted
		}
	}
	return -1
}

// legacyItemKey is the old slug (OldSlug) of an item without an id, where
// it differs from today's, or "".
func legacyItemKey(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	if v := valueOf(n, "id"); v != nil && v.Kind == yaml.ScalarNode && v.Value != "" {
		return ""
	}
	for _, k := range []string{"name", "text"} {
		if v := valueOf(n, k); v != nil && v.Kind == yaml.ScalarNode {
			return legacySlug(v.Value)
		}
	}
	return ""
}

func itemNames(seq *yaml.Node) []string {
	var out []string
	for _, it := range seq.Content {
		if k := itemKey(it); k != "" {
			out = append(out, k)
		}
	}
	return out
}

func hint(word string, options []string) string {
	if s := Suggest(word, options); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}

// IDTaken reports, for a new item in the list at path, which ids are in
// use: touchpoint, pain point and opportunity ids across the whole map,
// others within their own list.
func (d *Doc) IDTaken(listPath yamldoc.Path) func(string) bool {
	kind, _ := ListKind(listPath)
	if x := d.idx; x != nil && (kind == "touchpoint" || kind == "pain point" || kind == "opportunity") {
		// The structural patch's index knows every key: no walk.
		return func(id string) bool {
			return x.keys[scopedKey{scopeTouch, id}] > 0 || x.keys[scopedKey{scopePainKey, id}] > 0 || x.keys[scopedKey{scopeOppKey, id}] > 0
		}
	}
	return d.idsInUse(kind)
}

// idsInUse is IDTaken found by walking the map.
func (d *Doc) idsInUse(kind string) func(string) bool {
	used := map[string]bool{}
	m := d.m
	switch kind {
	case "touchpoint", "pain point", "opportunity":
		for _, s := range m.Stages {
			for _, t := range s.Touchpoints {
				used[t.Key()] = true
				for _, p := range t.PainPoints {
					used[p.Key()] = true
				}
				for _, o := range t.Opportunities {
					used[o.Key()] = true
				}
			}
			for _, p := range s.PainPoints {
				used[p.Key()] = true
			}
			for _, o := range s.Opportunities {
				used[o.Key()] = true
			}
		}
	case "stage":
		for _, s := range m.Stages {
			used[s.Key()] = true
		}
	case "persona":
		for _, p := range m.Personas {
			used[p.Key()] = true
		}
	case "goal":
		for _, g := range m.Goals {
			used[g.Key()] = true
		}
	}
	return func(id string) bool { return used[id] }
}
