package model

import (
	"slices"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Structural edits the editor's keys make (a pain point, opportunity or
// touchpoint added, deleted or moved) patch the typed map and its
// diagnostics in what they touch, so that their cost does not grow with
// the map. What the full decode checks across the whole map (ids claimed
// once, references that resolve) is kept in an index beside the typed
// map; any edit whose outcome the patch cannot vouch for falls back to the
// full decode, which then reports or refuses as it always has.
//
// Map-wide findings of the full decode, and how the patch keeps each:
//   - duplicate ids (touchpoints, pain point and opportunity ids): an
//     insert whose key is taken falls back;
//   - unknown references (a persona in emotions, a pain point an
//     opportunity addresses, a goal it moves): an insert whose reference
//     names nothing falls back, and so does a delete of the last item a
//     reference names;
//   - references written with a slug from before transliteration: a map
//     with any falls back on every structural edit, and so does an insert
//     whose reference does not name a key as it is now;
//   - the staleness warning and the priorities read at the root: no
//     structural edit changes them;
//   - the opportunity scoring warnings: read per item against the map's
//     method and criteria, with a decoder set up as Decode sets one up;
//   - nesting deeper than the decoder allows: an insert that reaches it
//     falls back;
//   - aliases: a map with any is never patched, nor an item that brings one.

// itemList is a list of typed items the patch knows: a stage's
// touchpoints, or the pain points or opportunities of a stage
// (touchpoint -1) or of one of its touchpoints.
type itemList struct {
	kind       string // "touchpoint", "pain point" or "opportunity"
	stage, tp  int
	path       yamldoc.Path
	pathString string
}

// listAt reads a list path of the shapes the patch takes.
func listAt(p yamldoc.Path) (itemList, bool) {
	num := func(s string) (int, bool) {
		i, err := strconv.Atoi(s)
		return i, err == nil && i >= 0 && strconv.Itoa(i) == s
	}
	if len(p) < 3 || p[0] != "stages" {
		return itemList{}, false
	}
	si, ok := num(p[1])
	if !ok {
		return itemList{}, false
	}
	l := itemList{stage: si, tp: -1, path: p, pathString: p.String()}
	last := p[len(p)-1]
	switch {
	case len(p) == 3 && last == "touchpoints":
		l.kind = "touchpoint"
		return l, true
	case len(p) == 5 && p[2] == "touchpoints":
		ti, ok := num(p[3])
		if !ok {
			return itemList{}, false
		}
		l.tp = ti
	case len(p) != 3:
		return itemList{}, false
	}
	switch last {
	case "pain_points":
		l.kind = "pain point"
	case "opportunities":
		l.kind = "opportunity"
	default:
		return itemList{}, false
	}
	return l, true
}

// typed is the list's items in m, as a pointer to the slice that holds
// them; nil when the stage or touchpoint is not there.
func (l itemList) touchpoints(m *Map) *[]Touchpoint {
	if l.stage >= len(m.Stages) || l.kind != "touchpoint" {
		return nil
	}
	return &m.Stages[l.stage].Touchpoints
}

func (l itemList) owner(m *Map) (pains *[]PainPoint, opps *[]Opportunity, ok bool) {
	if l.stage >= len(m.Stages) {
		return nil, nil, false
	}
	s := &m.Stages[l.stage]
	if l.tp < 0 {
		return &s.PainPoints, &s.Opportunities, true
	}
	if l.tp >= len(s.Touchpoints) {
		return nil, nil, false
	}
	t := &s.Touchpoints[l.tp]
	return &t.PainPoints, &t.Opportunities, true
}

// length is the number of typed items in the list (false: no such list).
func (l itemList) length(m *Map) (int, bool) {
	if l.kind == "touchpoint" {
		ts := l.touchpoints(m)
		if ts == nil {
			return 0, false
		}
		return len(*ts), true
	}
	pains, opps, ok := l.owner(m)
	switch {
	case !ok:
		return 0, false
	case l.kind == "pain point":
		return len(*pains), true
	}
	return len(*opps), true
}

// get is the typed item at index i.
func (l itemList) get(m *Map, i int) any {
	if l.kind == "touchpoint" {
		return (*l.touchpoints(m))[i]
	}
	pains, opps, _ := l.owner(m)
	if l.kind == "pain point" {
		return (*pains)[i]
	}
	return (*opps)[i]
}

// remove takes item i out of the list.
func (l itemList) remove(m *Map, i int) { l.splice(m, i, 1, nil) }

// insert puts item v at index i of the list.
func (l itemList) insert(m *Map, i int, v any) { l.splice(m, i, 0, v) }

// splice replaces drop items from i with v (none when nil).
func (l itemList) splice(m *Map, i, drop int, v any) {
	switch l.kind {
	case "touchpoint":
		spliceList(l.touchpoints(m), i, drop, v)
	case "pain point":
		pains, _, _ := l.owner(m)
		spliceList(pains, i, drop, v)
	default:
		_, opps, _ := l.owner(m)
		spliceList(opps, i, drop, v)
	}
}

// spliceList replaces drop items of *s from i with v (none when nil) in a
// new backing array, so that no slice still holding the old one sees its
// items shift; an emptied list is nil, as a decode leaves it.
func spliceList[T any](s *[]T, i, drop int, v any) {
	out := make([]T, 0, len(*s)-drop+1)
	out = append(out, (*s)[:i]...)
	if v != nil {
		out = append(out, v.(T))
	}
	out = append(out, (*s)[i+drop:]...)
	if len(out) == 0 {
		out = nil
	}
	*s = out
}

// structuralStep is one delete or insert of an edit the patch takes.
type structuralStep struct {
	del   bool
	list  itemList
	index int
	// For a delete, captured before the edit: the item's node, its typed
	// value and the diagnostics it has, as they are written in d.diags.
	node  *yaml.Node
	item  any
	diags Diagnostics
}

// structuralPlan is what planStructural captured before the text changed.
type structuralPlan struct {
	steps  []structuralStep
	before map[string]int // each list's length before the edit
	// numbering is the text's as the plan was made: an edit that numbers
	// the lines afresh leaves every position of the typed map and its
	// diagnostics in numbers the text no longer has.
	numbering int
}

// Positions in the typed map and its diagnostics come from nodes, whose
// lines keep their numbers however many lines an edit adds or removes
// elsewhere (model/yamldoc numbers them so): a patch leaves those of
// untouched items as they are. structuralOff turns patching off, for
// benchmarks that time the full decode.
var structuralOff = false

// planStructural reads an edit of the shapes the editor's keys make and
// captures, before the text changes, what patching it will need. nil: the
// edit is not one the patch takes, and the map is decoded again.
func (d *Doc) planStructural(e yamldoc.Edit) *structuralPlan {
	if d.m == nil || d.shared || d.diags.HasErrors() {
		return nil
	}
	var steps []yamldoc.Edit
	switch e.Op {
	case yamldoc.OpInsert:
		steps = []yamldoc.Edit{e}
	case yamldoc.OpDelete:
		steps = []yamldoc.Edit{e}
		// The list key itself, when it holds one item: how the undo of a
		// first pain point (which brought the key) takes it away.
		if l, ok := listAt(e.Path); ok {
			if n, ok := l.length(d.m); !ok || n != 1 {
				return nil
			}
			steps[0] = yamldoc.Delete(child(e.Path, "0"))
		}
	case yamldoc.OpMove:
		steps = []yamldoc.Edit{yamldoc.Delete(e.Path), {Op: yamldoc.OpInsert, Path: e.To, Index: e.Index}}
	case yamldoc.OpBatch:
		// An undone move: the item leaves where it went, back to where it was.
		if len(e.Edits) != 2 || e.Edits[0].Op != yamldoc.OpDelete || e.Edits[1].Op != yamldoc.OpInsert {
			return nil
		}
		steps = e.Edits
	default:
		return nil
	}
	p := &structuralPlan{before: map[string]int{}, numbering: d.text.Numbering()}
	kind := ""
	for _, s := range steps {
		st, ok := d.planStep(s, p)
		if !ok || kind != "" && st.list.kind != kind {
			return nil
		}
		kind = st.list.kind
		p.steps = append(p.steps, st)
	}
	// A delete then an insert: the insert comes last, so that the tree
	// after the edit holds the new item where the insert put it.
	if len(p.steps) == 2 && (!p.steps[0].del || p.steps[1].del) {
		return nil
	}
	return p
}

func (d *Doc) planStep(e yamldoc.Edit, p *structuralPlan) (structuralStep, bool) {
	var st structuralStep
	listPath := e.Path
	if e.Op == yamldoc.OpDelete {
		if len(e.Path) == 0 {
			return st, false
		}
		listPath = e.Path[:len(e.Path)-1]
	} else if e.Key != "" {
		return st, false
	}
	l, ok := listAt(listPath)
	if !ok {
		return st, false
	}
	n, ok := l.length(d.m)
	if !ok {
		return st, false
	}
	st.list = l
	if was, seen := p.before[l.pathString]; seen {
		n = was
	} else {
		p.before[l.pathString] = n
		if !d.listNodeHolds(listPath, n) {
			return st, false
		}
	}
	if e.Op == yamldoc.OpInsert {
		st.index = e.Index
		return st, true
	}
	i, err := strconv.Atoi(e.Path[len(e.Path)-1])
	if err != nil || i < 0 || i >= n || len(p.steps) > 0 {
		return st, false
	}
	node, err := d.text.Get(e.Path)
	if err != nil || node.Kind != yaml.MappingNode {
		return st, false
	}
	st.del, st.index, st.node, st.item = true, i, node, l.get(d.m, i)
	// The item's own findings, found again from its node, which stands
	// where the item was decoded.
	md := d.itemDecoder()
	md.decodeItem(l.kind, node)
	if itemPos(st.item) != posAt(node) {
		return st, false
	}
	st.diags = md.finish()
	return st, true
}

// listNodeHolds reports whether the list at path is n items long in the
// text, written as a block list (or absent or empty when n is 0), so that
// its items are laid out one below the other.
func (d *Doc) listNodeHolds(path yamldoc.Path, n int) bool {
	list, err := d.text.Get(path)
	if err != nil || isNullScalar(list) {
		return n == 0
	}
	return list.Kind == yaml.SequenceNode && list.Style&yaml.FlowStyle == 0 && len(list.Content) == n
}

// patchStructural patches the typed map for the edit plan was made for,
// now that the text has it. It reports false, having changed neither the
// typed map nor the diagnostics, when the map must be decoded again.
func (d *Doc) patchStructural(p *structuralPlan) bool {
	if p == nil || structuralOff || d.text.Numbering() != p.numbering {
		return false
	}
	// Built only once a patch can be made, so that a map decoded in full
	// on every edit does not pay for it.
	if d.idx == nil {
		d.idx = buildIndex(d.m)
		// The typed map holds only the emotions whose value it read; the
		// decode saw every persona an emotions key names.
		d.idx.legacy = d.idx.legacy || d.oldSlugRefs
	}
	if d.idx.legacy {
		return false
	}
	// The lists' lengths in the text now.
	after := map[string]int{}
	for k, n := range p.before {
		after[k] = n
	}
	for _, st := range p.steps {
		if st.del {
			after[st.list.pathString]--
		} else {
			after[st.list.pathString]++
		}
	}
	for _, st := range p.steps {
		if !d.listNodeHolds(st.list.path, after[st.list.pathString]) {
			return false
		}
	}
	x := d.idx
	var removed []int
	for _, st := range p.steps {
		if !st.del {
			continue
		}
		at, ok := d.diagsOf(st.diags, removed)
		if !ok {
			return false
		}
		removed = append(removed, at...)
		x.add(st.item, -1)
		if x.orphans(st.item) {
			return false
		}
	}
	var ins *structuralStep
	var added any
	var addedDiags Diagnostics
	if last := &p.steps[len(p.steps)-1]; !last.del {
		ins = last
		n := p.before[ins.list.pathString]
		if len(p.steps) == 2 && p.steps[0].list.pathString == ins.list.pathString {
			n--
		}
		if ins.index < 0 || ins.index > n {
			ins.index = n
		}
		node, err := d.text.Get(append(append(yamldoc.Path{}, ins.list.path...), strconv.Itoa(ins.index)))
		if err != nil || node.Kind != yaml.MappingNode || hasAlias(node) || len(ins.list.path)+1+depthOf(node) > decodeMaxDepth {
			return false
		}
		md := d.itemDecoder()
		added = md.decodeItem(ins.list.kind, node)
		addedDiags = md.finish()
		if addedDiags.HasErrors() || x.taken(added) {
			return false
		}
		x.add(added, 1)
		// Every reference the decoder saw, an empty emotion's persona
		// included, which the typed item does not hold.
		if !x.resolvesAll(md.refs) {
			return false
		}
	}
	// Nothing can fail from here on.
	for _, st := range p.steps {
		if st.del {
			st.list.remove(d.m, st.index)
		}
	}
	if ins != nil {
		ins.list.insert(d.m, ins.index, added)
	}
	d.diags = mergeDiags(d.diags, removed, addedDiags)
	forgetDerived(d.m)
	d.patches++
	return true
}

// diagsOf finds in d.diags each of want, skipping those already taken.
func (d *Doc) diagsOf(want Diagnostics, taken []int) ([]int, bool) {
	var out []int
	for _, g := range want {
		found := -1
		for i, h := range d.diags {
			if h == g && !slices.Contains(taken, i) && !slices.Contains(out, i) {
				found = i
				break
			}
		}
		if found < 0 {
			return nil, false
		}
		out = append(out, found)
	}
	return out, true
}

// mergeDiags is ds less the diagnostics at removed, with add merged in by
// position as finish sorts them, in a new slice.
func mergeDiags(ds Diagnostics, removed []int, add Diagnostics) Diagnostics {
	out := make(Diagnostics, 0, len(ds)-len(removed)+len(add))
	for i, g := range ds {
		if !slices.Contains(removed, i) {
			out = append(out, g)
		}
	}
	for _, g := range add {
		at, _ := slices.BinarySearchFunc(out, g, func(a, b Diagnostic) int {
			if a.Line != b.Line {
				return a.Line - b.Line
			}
			if a.Col != b.Col {
				return a.Col - b.Col
			}
			return -1 // after every diagnostic at the same place
		})
		out = slices.Insert(out, at, g)
	}
	return out
}

// itemDecoder is a decoder set up as Decode sets one up, with the map's
// priorities method and criteria, for one item of the map.
func (d *Doc) itemDecoder() *mapDecoder {
	md := newMapDecoder(d.path, d.text.Line)
	md.method = d.m.Method
	md.workLimit = aliasWorkSlack
	for _, w := range d.m.Weights {
		md.criteria = append(md.criteria, w.Criterion)
	}
	return md
}

// decodeItem decodes one item of a list of kind, as each does.
func (md *mapDecoder) decodeItem(kind string, n *yaml.Node) any {
	defer md.enter(n)()
	switch kind {
	case "touchpoint":
		return md.touchpoint(n, n)
	case "pain point":
		return md.painPoint(n, n)
	}
	return md.opportunity(n, n)
}

// itemPos is a typed item's position.
func itemPos(v any) Pos {
	switch it := v.(type) {
	case Touchpoint:
		return it.Pos
	case PainPoint:
		return it.Pos
	case Opportunity:
		return it.Pos
	}
	return Pos{}
}

// depthOf is how many levels the tree under n has, n included.
func depthOf(n *yaml.Node) int {
	type level struct {
		n *yaml.Node
		d int
	}
	most := 0
	stack := []level{{n, 1}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		most = max(most, top.d)
		for _, c := range top.n.Content {
			if c != nil {
				stack = append(stack, level{c, top.d + 1})
			}
		}
	}
	return most
}

// forgetDerived drops every figure kept for m, after a patch that added,
// removed or moved items.
func forgetDerived(m *Map) {
	if dv := derivedFor(m); dv != nil {
		dv.mu.Lock()
		dv.hasF, dv.hasP, dv.hasL = false, false, false
		dv.mu.Unlock()
	}
}
