package model

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Limits that keep a hostile file from hanging or crashing the decoder.
const (
	// decodeMaxDepth is far above the ~10 levels a journey map needs, so only
	// a hostile or broken file reaches it.
	decodeMaxDepth = 64
	// aliasWorkSlack is the number of node visits allowed on top of four per
	// node of the file. Without aliases a decode visits each node about once,
	// so only aliases that multiply one another (a "billion laughs") exceed it.
	aliasWorkSlack = 100_000
	// suggestRefLimit caps the "did you mean" searches over the map's own ids,
	// which cost ids × refs, so a map full of broken references stays fast.
	suggestRefLimit = 200
	// shownMaxRunes keeps a huge value from flooding a message.
	shownMaxRunes = 40
)

// mapDecoder walks one YAML node tree, collecting diagnostics. It follows
// aliases only where the format expects a value, never recursing into a
// node it is already inside (a cycle) and stopping once the work budget is
// spent (an alias bomb).
type mapDecoder struct {
	file      string
	line      func(int) int // a node's line as the file's, for messages
	diags     Diagnostics
	active    map[*yaml.Node]bool
	work      int
	workLimit int
	exhausted bool
	refs      []mapRef
	suggested int

	personas, goals, stages idScope
	touchpoints             idScope
	painIDs, oppIDs         idScope
	painKeys                []string
	// oldSlugs maps, per kind, the slugs names had before transliteration
	// to today's, so that references written then still resolve.
	oldSlugs map[string]map[string]string
	// oldSlugRefs tells that checkRefs resolved a reference through an
	// old slug.
	oldSlugRefs bool
	method      string   // the map's priorities method, read before the stages
	criteria    []string // the criteria the map's weights name
}

// yamlField is one key: value pair of a mapping; name is how messages call it.
type yamlField struct {
	name     string
	key, val *yaml.Node
}

// mapRef is a reference to an id that can only be checked once the whole map is read.
type mapRef struct {
	kind string // "stage", "persona", "pain point", "goal"
	key  string
	at   *yaml.Node
}

// idScope remembers where each key was first seen, to report duplicates.
type idScope struct {
	what  string
	first map[string]int
	keys  []string
}

func newIDScope(what string) idScope { return idScope{what: what, first: map[string]int{}} }

func posAt(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

func (d *mapDecoder) report(sev Severity, at *yaml.Node, format string, args ...any) {
	d.diags = append(d.diags, Diagnostic{File: d.file, Line: at.Line, Col: at.Column, Severity: sev, Message: fmt.Sprintf(format, args...)})
}

func (d *mapDecoder) errorf(at *yaml.Node, format string, args ...any) {
	d.report(Error, at, format, args...)
}

func (d *mapDecoder) warnf(at *yaml.Node, format string, args ...any) {
	d.report(Warning, at, format, args...)
}

// finish sorts the diagnostics into file order and drops repeats, which
// arise when an aliased or merged node is decoded more than once.
func (d *mapDecoder) finish() Diagnostics {
	seen := make(map[Diagnostic]bool, len(d.diags))
	out := d.diags[:0]
	for _, g := range d.diags {
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Col < out[j].Col
	})
	return out
}

// scan measures the tree without following aliases, to size the work
// budget and to refuse nesting no journey map has. It uses its own stack so
// that a deep tree cannot exhaust Go's.
func (d *mapDecoder) scan(root *yaml.Node) {
	type level struct {
		n     *yaml.Node
		depth int
	}
	stack := []level{{root, 1}}
	nodes, reported := 0, false
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		if top.depth > decodeMaxDepth {
			if !reported {
				reported = true
				d.errorf(top.n, "nesting too deep (more than %d levels)", decodeMaxDepth)
			}
			continue
		}
		for i := len(top.n.Content) - 1; i >= 0; i-- {
			if c := top.n.Content[i]; c != nil {
				stack = append(stack, level{c, top.depth + 1})
			}
		}
	}
	d.workLimit = 4*nodes + aliasWorkSlack
}

func (d *mapDecoder) tick() { d.work++ }

// deref follows an alias to its anchored node. An alias to a scalar is free;
// one to a collection is refused when it would re-enter a node being decoded
// (a cycle) or when the work budget is spent. nil means refused (reported).
func (d *mapDecoder) deref(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		t := n.Alias
		switch {
		case t == nil || hops > 8:
			d.errorf(n, "alias *%s refers to no anchor", plainWord(n.Value))
			return nil
		case d.active[t]:
			d.errorf(n, "alias *%s refers to a node that contains it (a cycle)", plainWord(n.Value))
			return nil
		case t.Kind == yaml.MappingNode || t.Kind == yaml.SequenceNode:
			if d.exhausted || d.work > d.workLimit {
				if !d.exhausted {
					d.exhausted = true
					d.errorf(n, "too many alias expansions; refusing to expand *%s and any later alias", plainWord(n.Value))
				}
				return nil
			}
		}
		n = t
	}
	return n
}

// enter marks a collection as being decoded so an alias back to it is a cycle.
// It is a no-op for a node already marked, so nested marks do not unmark early.
func (d *mapDecoder) enter(n *yaml.Node) func() {
	if d.active[n] {
		return func() {}
	}
	d.active[n] = true
	return func() { delete(d.active, n) }
}

func isNullScalar(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// pairs lists a mapping's key: value pairs in order, with merge keys (<<)
// applied as YAML defines them: the mapping's own keys win over merged ones,
// and earlier merged mappings over later ones. Keys starting with "x-" are
// extensions and left out. Duplicate keys are reported; the first one counts.
func (d *mapDecoder) pairs(m *yaml.Node) []yamlField {
	out := make([]yamlField, 0, len(m.Content)/2)
	d.collectPairs(m, nil, &out, 0)
	return out
}

// keysSeen are the keys of one mapping so far, with the line of each: a
// short list on the stack for the handful of keys an item has, a map for
// a mapping too long to search from the start.
type keysSeen struct {
	few [12]struct {
		name string
		line int
	}
	n    int
	many map[string]int
}

func (k *keysSeen) line(name string) (int, bool) {
	if k.many != nil {
		l, ok := k.many[name]
		return l, ok
	}
	for _, f := range k.few[:k.n] {
		if f.name == name {
			return f.line, true
		}
	}
	return 0, false
}

func (k *keysSeen) add(name string, line int) {
	switch {
	case k.many != nil:
		k.many[name] = line
	case k.n < len(k.few):
		k.few[k.n].name, k.few[k.n].line = name, line
		k.n++
	default:
		k.many = make(map[string]int, 2*k.n)
		for _, f := range k.few[:k.n] {
			k.many[f.name] = f.line
		}
		k.many[name] = line
	}
}

func (d *mapDecoder) collectPairs(m *yaml.Node, present map[string]bool, out *[]yamlField, depth int) {
	if depth > decodeMaxDepth {
		d.errorf(m, "merge keys nested too deep")
		return
	}
	defer d.enter(m)()
	var own keysSeen
	var merges []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		d.tick()
		k := d.deref(m.Content[i])
		if k == nil {
			continue
		}
		if k.Kind != yaml.ScalarNode {
			d.errorf(m.Content[i], "keys must be plain strings, got %s", describe(k))
			continue
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, m.Content[i+1])
			continue
		}
		name := k.Value
		if line, dup := own.line(name); dup {
			d.errorf(m.Content[i], "duplicate key %s (first at line %d)", shownValue(name), d.line(line))
			continue
		}
		own.add(name, m.Content[i].Line)
		// present holds the names taken by the mappings read before this
		// one, which only merge keys bring: the outermost mapping makes
		// it when it has some.
		if present != nil {
			if present[name] {
				continue
			}
			present[name] = true
		}
		if !strings.HasPrefix(name, "x-") {
			*out = append(*out, yamlField{name: name, key: m.Content[i], val: m.Content[i+1]})
		}
	}
	if len(merges) > 0 && present == nil {
		present = map[string]bool{}
		for _, f := range own.few[:own.n] {
			present[f.name] = true
		}
		for name := range own.many {
			present[name] = true
		}
	}
	for _, v := range merges {
		src := d.deref(v)
		if src == nil {
			continue
		}
		switch src.Kind {
		case yaml.MappingNode:
			d.collectPairs(src, present, out, depth+1)
		case yaml.SequenceNode:
			done := d.enter(src)
		items:
			for _, item := range src.Content {
				d.tick()
				s := d.deref(item)
				switch {
				case s == nil:
				case s.Kind == yaml.MappingNode:
					d.collectPairs(s, present, out, depth+1)
				case v.Kind == yaml.AliasNode:
					// Report at the merge the author wrote, not inside the anchored list.
					d.errorf(v, "<< must merge a mapping or a list of mappings, got a list holding %s", describe(s))
					break items
				default:
					d.errorf(item, "<< must merge a mapping, got %s", describe(s))
				}
			}
			done()
		default:
			d.errorf(v, "<< must merge a mapping or a list of mappings, got %s", describe(src))
		}
	}
}

// fields reads a mapping of a known kind, warning about keys the format
// does not have, with a suggestion when one is close.
func (d *mapDecoder) fields(m *yaml.Node, kind string) fieldSet {
	known := KnownKeys[kind]
	all := d.pairs(m)
	out := all[:0]
	for _, f := range all {
		if hasWord(known, f.name) {
			out = append(out, f)
			continue
		}
		where := kind
		if kind == "map" {
			where = "top-level"
		}
		d.warnf(f.key, "unknown %s key %s%s", where, shownValue(f.name), didYouMean(Suggest(f.name, known)))
	}
	return out
}

// fieldSet is a mapping's known fields, each name once (pairs keeps the
// first of a duplicate). A mapping has a handful, so a list read from the
// start costs less than a map to build and no more to search.
type fieldSet []yamlField

// lookup is the field called name, if the mapping has it.
func (s fieldSet) lookup(name string) (yamlField, bool) {
	for _, f := range s {
		if f.name == name {
			return f, true
		}
	}
	return yamlField{}, false
}

// get is the field called name, or the zero field.
func (s fieldSet) get(name string) yamlField {
	f, _ := s.lookup(name)
	return f
}

func hasWord(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// kindPlural is the plural of a kind's name, for messages.
func kindPlural(kind string) string {
	if strings.HasSuffix(kind, "y") {
		return kind[:len(kind)-1] + "ies"
	}
	return kind + "s"
}

func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %s?)", shownValue(s))
}

// each calls fn for every item of a list of mappings, with the item's
// position (the alias's, when the item is an alias, since that is where it
// appears in the list).
func (d *mapDecoder) each(f yamlField, what string, fn func(m *yaml.Node, at *yaml.Node)) {
	v := d.value(f)
	if v == nil {
		return
	}
	if v.Kind != yaml.SequenceNode {
		d.expect(f, "a list of "+kindPlural(what), v)
		return
	}
	defer d.enter(v)()
	for _, item := range v.Content {
		d.tick()
		m := d.deref(item)
		if m == nil {
			continue
		}
		if m.Kind != yaml.MappingNode {
			d.errorf(item, "%s must be a mapping, got %s", what, describe(m))
			continue
		}
		done := d.enter(m)
		fn(m, item)
		done()
	}
}

// collect decodes every item of a list of mappings with item, into a slice
// made once at the list's length (nil when none is read).
func collect[T any](d *mapDecoder, f yamlField, what string, item func(m, at *yaml.Node) T) []T {
	var out []T
	if v := f.val; v != nil && v.Kind == yaml.SequenceNode && len(v.Content) > 0 {
		out = make([]T, 0, len(v.Content))
	}
	d.each(f, what, func(m, at *yaml.Node) { out = append(out, item(m, at)) })
	if len(out) == 0 {
		return nil
	}
	return out
}

// claim records an item's key in its scope and reports a duplicate at the
// second occurrence. explicit tells an id the author wrote from one derived
// from a name.
func (d *mapDecoder) claim(s *idScope, key string, explicit bool, at *yaml.Node) {
	if key == "" {
		return
	}
	line, dup := s.first[key]
	switch {
	case !dup:
		s.first[key] = at.Line
		s.keys = append(s.keys, key)
	case explicit:
		d.errorf(at, "duplicate %s id %s (first at line %d)", s.what, shownValue(key), d.line(line))
	default:
		d.errorf(at, "duplicate %s id %s, taken from its name (first at line %d)", s.what, shownValue(key), d.line(line))
	}
}

// keyed claims the key of an item named by id or name, warning when it has
// neither, since nothing could then refer to it.
func (d *mapDecoder) keyed(s *idScope, what string, id, name string, f fieldSet, item *yaml.Node) {
	switch {
	case id != "":
		d.claim(s, id, true, claimAt(f.get("id"), item))
	case Slug(name) != "":
		d.claim(s, Slug(name), false, claimAt(f.get("name"), item))
		d.oldSlug(s.what, name)
	case name != "":
		d.warnf(f.get("name").val, "%s name %s gives no id; add an id", what, shownValue(name))
	default:
		d.warnf(item, "%s has no id or name", what)
	}
}

// claimAt is where an item's id is reported: at the id itself, or at the
// alias when the item is an alias, since that is the second occurrence.
func claimAt(f yamlField, item *yaml.Node) *yaml.Node {
	if item.Kind == yaml.AliasNode {
		return item
	}
	return f.val
}

// checkRefs reports references to ids the map does not define.
func (d *mapDecoder) checkRefs() {
	known := map[string][]string{
		"stage":      d.stages.keys,
		"persona":    d.personas.keys,
		"pain point": d.painKeys,
		"goal":       d.goals.keys,
	}
	sets := map[string]map[string]bool{}
	for kind, keys := range known {
		sets[kind] = make(map[string]bool, len(keys))
		for _, k := range keys {
			sets[kind][k] = true
		}
	}
	for _, r := range d.refs {
		if sets[r.kind][r.key] {
			continue
		}
		if now, ok := d.oldSlugs[r.kind][r.key]; ok && sets[r.kind][now] {
			d.oldSlugRefs = true
			d.warnf(r.at, "%s %s is the slug its name had before accents were transliterated; write %s", r.kind, shownValue(r.key), shownValue(now))
			continue
		}
		hint := ""
		switch {
		case len(known[r.kind]) == 0:
			hint = fmt.Sprintf(" (the map has no %s)", kindPlural(r.kind))
		case d.suggested < suggestRefLimit:
			d.suggested++
			hint = didYouMean(Suggest(r.key, known[r.kind]))
		}
		d.errorf(r.at, "unknown %s %s%s", r.kind, shownValue(r.key), hint)
	}
}

// oldSlug records the slug name had before transliteration, when it
// differs from today's.
func (d *mapDecoder) oldSlug(kind, name string) {
	old := legacySlug(name)
	if old == "" {
		return
	}
	if d.oldSlugs == nil {
		d.oldSlugs = map[string]map[string]string{}
	}
	if d.oldSlugs[kind] == nil {
		d.oldSlugs[kind] = map[string]string{}
	}
	d.oldSlugs[kind][old] = Slug(name)
}
