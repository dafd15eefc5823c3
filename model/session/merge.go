package session

import (
	"errors"
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// Edits are values, so unsaved ones can be replayed onto another version
// of the file: when it changed on disk meanwhile ("keep mine"), or when a
// recovery file kept them while the map moved on. Each pending edit is
// kept in stable form (list items named by id) with, for every value it
// set or removed, what that value was before and became after. Replaying
// onto the other version, a value that is still as it was takes my change;
// one the other side changed to something else is a conflict the person
// decides; one already changed the same way is left alone.

// Pending is an unsaved edit as it is replayed: who made it, what it did,
// and its checks. It is what a recovery file keeps.
type Pending struct {
	Actor  Actor        `json:"actor"`
	Label  string       `json:"label"`
	Edit   yamldoc.Edit `json:"edit"` // in stable form
	Checks []Check      `json:"checks,omitempty"`
}

// Check is one value a pending edit set or removed.
type Check struct {
	Path yamldoc.Path `json:"path"` // stable
	Op   yamldoc.Op   `json:"op"`   // OpSet or OpDelete
	Was  *string      `json:"was,omitempty"`
	Now  *string      `json:"now,omitempty"`  // for a set, the value it left
	Show string       `json:"show,omitempty"` // that value for people
}

// capture builds the stable form and checks of an edit about to be applied
// to d; finish completes the checks once it is. Call with the lock held.
func capture(d *model.Doc, e yamldoc.Edit) (stable yamldoc.Edit, checks []Check) {
	stable = d.Stable(e)
	var walk func(e, st yamldoc.Edit)
	walk = func(e, st yamldoc.Edit) {
		switch e.Op {
		case yamldoc.OpBatch:
			for i := range e.Edits {
				walk(e.Edits[i], st.Edits[i])
			}
		case yamldoc.OpSet, yamldoc.OpDelete:
			c := Check{Path: st.Path, Op: e.Op}
			if canon, _, ok := d.ValueAt(e.Path); ok {
				c.Was = &canon
			}
			checks = append(checks, c)
		}
	}
	walk(e, stable)
	return stable, checks
}

// finish records what each set left, after the edit was applied.
func finish(d *model.Doc, e yamldoc.Edit, checks []Check) {
	var sets []yamldoc.Path
	var walk func(e yamldoc.Edit)
	walk = func(e yamldoc.Edit) {
		switch e.Op {
		case yamldoc.OpBatch:
			for _, s := range e.Edits {
				walk(s)
			}
		case yamldoc.OpSet, yamldoc.OpDelete:
			sets = append(sets, e.Path)
		}
	}
	walk(e)
	for i := range checks {
		if i < len(sets) && checks[i].Op == yamldoc.OpSet {
			if canon, show, ok := d.ValueAt(sets[i]); ok {
				checks[i].Now, checks[i].Show = &canon, show
			}
		}
	}
}

// Conflict is a value both sides changed, each its own way.
type Conflict struct {
	Field  string // where, as a dotted path
	Label  string // my edit
	Mine   string // my value, for people
	Theirs string // theirs
	// Gone tells that the other side removed what my edit changed; it
	// cannot be kept.
	Gone bool
}

func (c Conflict) String() string {
	if c.Gone {
		return fmt.Sprintf("%s: %s (removed on disk; your edit cannot be kept)", c.Field, c.Label)
	}
	return fmt.Sprintf("%s: mine %s, theirs %s", c.Field, c.Mine, c.Theirs)
}

// Merge is unsaved edits prepared for replay onto another version of the
// file: the ones that apply cleanly, and the conflicts to decide.
type Merge struct {
	theirs    *model.Doc
	steps     []mergeStep
	Conflicts []Conflict
	// Clean counts the edits that apply without a conflict; Same those the
	// other side had already made.
	Clean, Same int
}

type mergeStep struct {
	p        Pending
	conflict int  // index into Conflicts, or -1
	same     bool // already there
}

// Pending lists the unsaved edits in replayable form, oldest first.
func (s *Session) Pending() []Pending {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Pending
	for _, st := range s.pending() {
		out = append(out, st.pending)
	}
	return out
}

// PrepareMerge works out how pending edits replay onto theirs (the file as
// it is now), without changing anything.
func PrepareMerge(theirs *model.Doc, pending []Pending) (*Merge, error) {
	scratch, err := model.Parse(theirs.Path(), theirs.Bytes(), theirs.Today())
	if err != nil && scratch == nil {
		return nil, err
	}
	m := &Merge{theirs: theirs}
	for _, p := range pending {
		st := mergeStep{p: p, conflict: -1}
		c, same, ok := judge(scratch, p)
		switch {
		case !ok:
			st.conflict = len(m.Conflicts)
			m.Conflicts = append(m.Conflicts, c)
		case same:
			st.same = true
			m.Same++
		default:
			e, err := scratch.Concrete(p.Edit)
			if err == nil {
				_, err = scratch.Apply(e)
			}
			if err != nil {
				st.conflict = len(m.Conflicts)
				m.Conflicts = append(m.Conflicts, Conflict{Field: fieldOf(scratch, p), Label: p.Label, Gone: true})
			} else {
				m.Clean++
			}
		}
		m.steps = append(m.steps, st)
	}
	return m, nil
}

// judge checks a pending edit's values against d: ok is false with the
// conflict when the other side changed one of them its own way; same when
// every value is already what the edit would make it.
func judge(d *model.Doc, p Pending) (c Conflict, same, ok bool) {
	if len(p.Checks) == 0 {
		return Conflict{}, false, true
	}
	same = true
	for _, ch := range p.Checks {
		e, err := d.Concrete(yamldoc.Edit{Op: ch.Op, Path: ch.Path})
		var gone *model.GoneError
		if errors.As(err, &gone) {
			return Conflict{Field: d.DottedPath(ch.Path), Label: p.Label, Gone: true}, false, false
		}
		canon, show, has := d.ValueAt(e.Path)
		cur := optional(canon, has)
		switch {
		case equal(cur, ch.Was):
			same = false // untouched by them: mine applies
		case ch.Op == yamldoc.OpSet && equal(cur, ch.Now), ch.Op == yamldoc.OpDelete && cur == nil:
			// they made the same change
		default:
			mine := ch.Show
			if ch.Op == yamldoc.OpDelete {
				mine = "(removed)"
			}
			if !has {
				show = "(removed)"
			}
			return Conflict{Field: d.DottedPath(e.Path), Label: p.Label, Mine: mine, Theirs: show}, false, false
		}
	}
	return Conflict{}, same, true
}

func optional(s string, ok bool) *string {
	if !ok {
		return nil
	}
	return &s
}

func equal(a, b *string) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func fieldOf(d *model.Doc, p Pending) string {
	if e, err := d.Concrete(p.Edit); err == nil && e.Path != nil {
		return d.DottedPath(e.Path)
	}
	return p.Edit.Path.String()
}

// Replace makes the session edit theirs with the merge's edits replayed
// onto it: those without a conflict, and each conflicting one whose entry
// in keepMine is true. The replayed edits are unsaved and undoable by
// their actors; the file on disk is theirs. It returns how many edits
// could not be replayed after all.
func (s *Session) Replace(actor Actor, m *Merge, keepMine []bool) (dropped int) {
	s.mu.Lock()
	s.doc = m.theirs
	s.forget()
	for _, st := range m.steps {
		if st.same || st.conflict >= 0 && (st.conflict >= len(keepMine) || !keepMine[st.conflict] || m.Conflicts[st.conflict].Gone) {
			continue
		}
		e, err := s.doc.Concrete(st.p.Edit)
		if err != nil {
			dropped++
			continue
		}
		_, checks := capture(s.doc, e)
		inv, err := s.doc.Apply(e)
		if err != nil {
			dropped++
			continue
		}
		finish(s.doc, e, checks)
		en := s.record(st.p.Actor, Did, model.Action{Edit: e, Label: st.p.Label}, inv, 0)
		en.pending = Pending{Actor: st.p.Actor, Label: st.p.Label, Edit: st.p.Edit, Checks: checks}
		s.undo[st.p.Actor] = append(s.undo[st.p.Actor], en.seq)
	}
	s.publish(Event{Actor: actor, Kind: Reloaded, Label: "merged with the file on disk"})
	s.mu.Unlock()
	s.notify()
	return dropped
}
