package session

import (
	"strconv"

	"github.com/journey-maps/journey/model/yamldoc"
)

// An edit names what it changes by document paths, and list items by their
// index. When several people edit one map, an edit made later may shift
// those indexes (a touchpoint added above mine) or remove what a path
// names (the stage mine was in, deleted). Taking back an older edit then
// means carrying its inverse through every edit made since: the effects
// below say, for one applied step, how paths move.

// effectKind is how one applied step changed the document's shape.
type effectKind int

const (
	// replaced: the node at path was set, created or removed as a whole;
	// whatever sat under it is gone.
	replaced effectKind = iota
	// inserted: a new item at index of the list at path; items from index
	// on moved down by one.
	inserted
	// deleted: the item at index of the list at path is gone; items after
	// it moved up by one.
	deleted
)

// effect is one step's change of shape, and the path it touched for
// conflict checks: before (what it changed or removed, in the coordinates
// before the step) and after (what it created or changed, after it).
type effect struct {
	kind   effectKind
	path   yamldoc.Path // the replaced node, or the list
	index  int          // for inserted and deleted
	before yamldoc.Path // nil when the step changed nothing that existed
	after  yamldoc.Path // nil when the step left nothing behind
}

// effects lists the changes of shape that an applied edit made, in order,
// from the edit as given and the inverse the document returned (whose
// indexes are concrete where the edit said "append").
func effects(e, inv yamldoc.Edit) []effect {
	switch e.Op {
	case yamldoc.OpBatch:
		var out []effect
		n := len(e.Edits)
		if len(inv.Edits) != n {
			return []effect{wholeDoc()}
		}
		for i, sub := range e.Edits {
			out = append(out, effects(sub, inv.Edits[n-1-i])...)
		}
		return out
	case yamldoc.OpMove:
		// A move is made as a delete and an insert, undone as one batch:
		// the inverse's first step takes the item out of its new place,
		// its second puts it back.
		if inv.Op != yamldoc.OpBatch || len(inv.Edits) != 2 {
			return []effect{wholeDoc()}
		}
		del := effects(yamldoc.Delete(e.Path), inv.Edits[1])
		ins := effects(yamldoc.Edit{Op: yamldoc.OpInsert, Path: e.To, Index: e.Index}, inv.Edits[0])
		return append(del, ins...)
	case yamldoc.OpSet:
		return []effect{{kind: replaced, path: e.Path, before: e.Path, after: e.Path}}
	case yamldoc.OpInsert:
		if inv.Op == yamldoc.OpDelete && e.Key == "" && len(inv.Path) == len(e.Path)+1 && hasPrefix(inv.Path, e.Path) {
			if i, err := strconv.Atoi(inv.Path[len(inv.Path)-1]); err == nil {
				return []effect{{kind: inserted, path: e.Path, index: i, after: inv.Path}}
			}
		}
		if e.Key != "" {
			p := child(e.Path, e.Key)
			return []effect{{kind: replaced, path: p, after: p}}
		}
		// The list was created, or an empty [] filled: the list as a whole
		// is new.
		return []effect{{kind: replaced, path: e.Path, before: e.Path, after: e.Path}}
	case yamldoc.OpDelete:
		if len(e.Path) == 0 {
			return []effect{wholeDoc()}
		}
		parent := e.Path[:len(e.Path)-1]
		if inv.Op == yamldoc.OpInsert && inv.Key == "" {
			return []effect{{kind: deleted, path: parent, index: inv.Index, before: e.Path}}
		}
		if inv.Op == yamldoc.OpInsert {
			return []effect{{kind: replaced, path: e.Path, before: e.Path}}
		}
		// The only entry went and its parent was rewritten as a whole.
		return []effect{{kind: replaced, path: parent, before: parent, after: parent}}
	}
	return []effect{wholeDoc()}
}

// wholeDoc is the effect of a step whose shape is not known: it touches
// everything, so no edit is carried across it.
func wholeDoc() effect {
	return effect{kind: replaced, path: yamldoc.Path{}, before: yamldoc.Path{}, after: yamldoc.Path{}}
}

// movePath carries a path across one effect; ok is false when what it
// named is gone.
func movePath(p yamldoc.Path, f effect) (yamldoc.Path, bool) {
	switch f.kind {
	case replaced:
		if len(p) > len(f.path) && hasPrefix(p, f.path) {
			return nil, false
		}
		return p, true
	case inserted, deleted:
		if len(p) <= len(f.path) || !hasPrefix(p, f.path) {
			return p, true
		}
		j, err := strconv.Atoi(p[len(f.path)])
		if err != nil {
			return p, true
		}
		switch {
		case f.kind == inserted && j >= f.index:
			j++
		case f.kind == deleted && j == f.index:
			return nil, false
		case f.kind == deleted && j > f.index:
			j--
		default:
			return p, true
		}
		out := append(yamldoc.Path{}, p...)
		out[len(f.path)] = strconv.Itoa(j)
		return out, true
	}
	return p, true
}

// movePosition carries an insertion position in the list at list (already
// carried) across one effect. -1 (append) stays.
func movePosition(list yamldoc.Path, k int, f effect) int {
	if k < 0 || !samePath(list, f.path) {
		return k
	}
	switch {
	case f.kind == inserted && f.index <= k:
		return k + 1
	case f.kind == deleted && f.index < k:
		return k - 1
	}
	return k
}

// moveEdit carries an edit across one effect; ok is false when a path it
// names is gone.
func moveEdit(e yamldoc.Edit, f effect) (yamldoc.Edit, bool) {
	out := e
	switch e.Op {
	case yamldoc.OpBatch:
		out.Edits = make([]yamldoc.Edit, len(e.Edits))
		for i, sub := range e.Edits {
			m, ok := moveEdit(sub, f)
			if !ok {
				return e, false
			}
			out.Edits[i] = m
		}
		return out, true
	case yamldoc.OpInsert:
		p, ok := movePath(e.Path, f)
		if !ok {
			return e, false
		}
		out.Path = p
		if e.Key == "" {
			out.Index = movePosition(p, e.Index, f)
		}
		return out, true
	case yamldoc.OpMove:
		p, ok := movePath(e.Path, f)
		if !ok {
			return e, false
		}
		to, ok := movePath(e.To, f)
		if !ok {
			return e, false
		}
		out.Path, out.To, out.Index = p, to, movePosition(to, e.Index, f)
		return out, true
	default:
		p, ok := movePath(e.Path, f)
		if !ok {
			return e, false
		}
		out.Path = p
		return out, true
	}
}

// overlaps reports whether two paths name the same node or one lies
// inside the other.
func overlaps(a, b yamldoc.Path) bool {
	if a == nil || b == nil {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return hasPrefix(b, a)
}

func hasPrefix(p, prefix yamldoc.Path) bool {
	if len(p) < len(prefix) {
		return false
	}
	for i := range prefix {
		if p[i] != prefix[i] {
			return false
		}
	}
	return true
}

func samePath(a, b yamldoc.Path) bool { return len(a) == len(b) && hasPrefix(a, b) }

func child(p yamldoc.Path, key string) yamldoc.Path {
	return append(append(yamldoc.Path{}, p...), key)
}
