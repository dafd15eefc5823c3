// Package session is the one way a journey map changes. A Session owns a
// map's document, the log of every edit made to it (who made it, what it
// was, how to take it back) and the subscribers that hear of each change.
// The editor, the command line and every participant of a shared workshop
// edit through it.
//
// Undo is per actor: Undo takes back the actor's own last edit, even when
// others have edited since, carrying it across their edits (an item added
// above mine moves my undo down by one). When someone else has since
// changed what my edit changed, the undo is refused with a ConflictError
// that says who and what, instead of overwriting their work.
//
// A Session is safe for concurrent use. Reading the map (Read) and
// changing it (Do, Undo, Redo, Reload) are serialised by one lock;
// subscribers are told after the lock is released and never block an
// edit.
package session

import (
	"errors"
	"fmt"
	"sync"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// Actor names who makes an edit: "local" for the person at the keyboard, a
// participant's key fingerprint or name in a workshop, "cli" for a command.
type Actor string

// Local is the actor of a single-user editor or a command.
const Local Actor = "local"

// Kind says what a change was.
type Kind int

// The kinds of change.
const (
	Did      Kind = iota // an edit made
	Undid                // an edit taken back
	Redid                // an undone edit made again
	Reloaded             // the map replaced from disk (or merged)
	Saved                // the map written to its file
)

func (k Kind) String() string {
	return [...]string{"did", "undid", "redid", "reloaded", "saved"}[k]
}

// Event is one change, as subscribers hear of it.
type Event struct {
	Seq uint64 // the change's place in the session's history, from 1
	// Version is the session's Version once this event was published.
	Version uint64
	Actor   Actor
	Kind    Kind
	Label   string // what it did, for people: "Checkout: emotion -1 → 0"
	// Touched are the document paths the change wrote (set or added), in
	// the document as it is after the change.
	Touched []yamldoc.Path
	// Removed are the paths of what the change removed and left nothing
	// in place of (a deleted item, a removed key), as they were before it.
	Removed []yamldoc.Path
	// Place is where the change can be seen: the item it made, or the
	// place of the one it removed.
	Place yamldoc.Path
}

// entry is one applied change in the log.
type entry struct {
	seq     uint64
	actor   Actor
	kind    Kind
	action  model.Action // as applied (its paths current when it was made)
	inverse yamldoc.Edit // what takes it back, in the coordinates after it
	effects []effect
	reverts uint64  // the entry this one took back (undo or redo), or 0
	pending Pending // the change in replayable form
}

// Session is a map being edited by one or many actors.
type Session struct {
	mu  sync.RWMutex
	doc *model.Doc
	log []*entry
	seq uint64
	// version counts the events published (publish); never reset.
	version uint64
	undo    map[Actor][]uint64 // per actor, the entries Undo takes back, last on top
	redo    map[Actor][]uint64 // per actor, the undo entries Redo takes back
	// saved is the last entry included in the file on disk.
	saved  uint64
	subs   map[*Subscription]struct{}
	events []Event
	guard  Guard
	names  map[Actor]string // how people know an actor (SetName)
}

// Guard may refuse an edit before it is applied: a shared workshop refuses
// one person's edit of a field another has open. It is called with the
// session locked, and must not call the session.
type Guard func(actor Actor, paths []yamldoc.Path) error

// SetGuard installs the guard every edit, undo and redo passes.
func (s *Session) SetGuard(g Guard) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.guard = g
}

// SetName is how an actor is named to the others in messages ("Ana Silva
// changed it since"), in place of their key's fingerprint.
func (s *Session) SetName(a Actor, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.names == nil {
		s.names = map[Actor]string{}
	}
	s.names[a] = name
}

// check runs the guard on an edit about to be applied by actor. Call with
// the lock held.
func (s *Session) check(actor Actor, e yamldoc.Edit) error {
	if s.guard == nil {
		return nil
	}
	var paths []yamldoc.Path
	var walk func(e yamldoc.Edit)
	walk = func(e yamldoc.Edit) {
		if e.Op == yamldoc.OpBatch {
			for _, x := range e.Edits {
				walk(x)
			}
			return
		}
		p := e.Path
		if e.Op == yamldoc.OpInsert && e.Key != "" {
			p = child(p, e.Key)
		}
		paths = append(paths, p)
		if e.To != nil {
			paths = append(paths, e.To)
		}
	}
	walk(e)
	return s.guard(actor, paths)
}

// New starts a session on a loaded document.
func New(doc *model.Doc) *Session {
	return &Session{doc: doc, undo: map[Actor][]uint64{}, redo: map[Actor][]uint64{}, subs: map[*Subscription]struct{}{}}
}

// Read calls f with the document under the session's read lock: the map,
// its text and its diagnostics are consistent for the duration of f and
// must not be kept or changed after it returns.
func (s *Session) Read(f func(d *model.Doc)) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	f(s.doc)
}

// Doc is the session's document, for a client that is the only one to
// edit it (the single-user editor and the command line). In a shared
// session read it only inside Read.
func (s *Session) Doc() *model.Doc { return s.doc }

// Do applies an edit as actor and records it for undo. An edit the map
// refuses (it would add an error) leaves everything as it was.
func (s *Session) Do(actor Actor, a model.Action) (Event, error) {
	if a.Edit.Op == yamldoc.OpBatch && len(a.Edit.Edits) == 0 {
		return Event{}, ErrNothing
	}
	s.mu.Lock()
	if err := s.check(actor, a.Edit); err != nil {
		s.mu.Unlock()
		return Event{}, err
	}
	stable, checks := capture(s.doc, a.Edit)
	inv, err := s.doc.Apply(a.Edit)
	if err != nil {
		s.mu.Unlock()
		return Event{}, err
	}
	finish(s.doc, a.Edit, checks)
	e := s.record(actor, Did, a, inv, 0)
	e.pending = Pending{Actor: actor, Label: a.Label, Edit: stable, Checks: checks}
	s.undo[actor] = append(s.undo[actor], e.seq)
	s.redo[actor] = nil
	ev := s.publish(s.event(e))
	s.mu.Unlock()
	s.notify()
	return ev, nil
}

// ErrNothing is returned for an edit that changes nothing.
var ErrNothing = errors.New("nothing to change")

// ErrNoUndo and ErrNoRedo say that the actor has nothing to take back or
// to make again.
var (
	ErrNoUndo = errors.New("nothing to undo")
	ErrNoRedo = errors.New("nothing to redo")
)

// ConflictError is an undo or redo refused because another actor has since
// changed what it would change back.
type ConflictError struct {
	Label string // the edit that could not be taken back
	By    Actor  // who changed it since
	Who   string // their name, when the session knows it (SetName)
	Their string // their edit's label
	Gone  bool   // what it named no longer exists
}

func (e *ConflictError) Error() string {
	if e.Gone && e.By == "" {
		return fmt.Sprintf("cannot take back %q: what it changed is no longer there", e.Label)
	}
	who := e.Who
	if who == "" {
		who = string(e.By)
	}
	return fmt.Sprintf("cannot take back %q: %s changed it since (%s)", e.Label, who, e.Their)
}

// Undo takes back actor's last edit.
func (s *Session) Undo(actor Actor) (Event, error) {
	return s.revert(actor, s.undo, s.redo, Undid, ErrNoUndo)
}

// Redo makes actor's last undone edit again.
func (s *Session) Redo(actor Actor) (Event, error) {
	return s.revert(actor, s.redo, s.undo, Redid, ErrNoRedo)
}

// revert takes back the entry on top of actor's from stack and pushes the
// new entry onto its to stack: an undo reverts an edit, a redo reverts the
// undo.
func (s *Session) revert(actor Actor, from, to map[Actor][]uint64, kind Kind, none error) (Event, error) {
	s.mu.Lock()
	stack := from[actor]
	if len(stack) == 0 {
		s.mu.Unlock()
		return Event{}, none
	}
	target := s.entry(stack[len(stack)-1])
	edit, crossed, err := s.carry(target)
	if ce := (*ConflictError)(nil); errors.As(err, &ce) {
		ce.Who = s.names[ce.By]
	}
	if err == nil {
		err = s.check(actor, edit)
	}
	if err == nil {
		var inv yamldoc.Edit
		stable, checks := capture(s.doc, edit)
		// Taking back my edit alone returns the map to a state it has been
		// in, errors and all. Carried across others' edits, it makes a new
		// state: that one must not break the map.
		restore := s.doc.Restore
		if crossed {
			restore = s.doc.Apply
		}
		inv, err = restore(edit)
		if err == nil {
			finish(s.doc, edit, checks)
			from[actor] = stack[:len(stack)-1]
			e := s.record(actor, kind, model.Action{Edit: edit, Label: target.action.Label}, inv, target.seq)
			label := target.action.Label
			if kind == Undid {
				label = "undid: " + label
			}
			e.pending = Pending{Actor: actor, Label: label, Edit: stable, Checks: checks}
			to[actor] = append(to[actor], e.seq)
			ev := s.publish(s.event(e))
			s.mu.Unlock()
			s.notify()
			return ev, nil
		}
		err = fmt.Errorf("cannot %s %s: %v", map[Kind]string{Undid: "undo", Redid: "redo"}[kind], target.action.Label, err)
	}
	s.mu.Unlock()
	return Event{}, err
}

// carry is target's inverse carried across every change made after it,
// or a ConflictError when one of them, by another actor, changed what the
// inverse would change back. Changes that were themselves taken back
// after target (an edit and its undo) cancel out and are skipped.
func (s *Session) carry(target *entry) (edit yamldoc.Edit, crossed bool, err error) {
	later := s.log[s.index(target.seq)+1:]
	cancelled := map[uint64]bool{}
	for i := len(later) - 1; i >= 0; i-- {
		e := later[i]
		if e.reverts > target.seq && !cancelled[e.seq] {
			cancelled[e.seq], cancelled[e.reverts] = true, true
		}
	}
	mine := s.touched(target)
	edit = target.inverse
	for _, e := range later {
		if cancelled[e.seq] {
			continue
		}
		foreign := e.actor != target.actor
		crossed = crossed || foreign
		for _, f := range e.effects {
			if foreign && conflicts(mine, f.before) {
				return yamldoc.Edit{}, crossed, &ConflictError{Label: target.action.Label, By: e.actor, Their: e.action.Label}
			}
			var ok bool
			if edit, ok = moveEdit(edit, f); !ok {
				return yamldoc.Edit{}, crossed, &ConflictError{Label: target.action.Label, By: e.actor, Their: e.action.Label, Gone: true}
			}
			mine = moveAll(mine, f)
			if foreign && conflicts(mine, f.after) {
				return yamldoc.Edit{}, crossed, &ConflictError{Label: target.action.Label, By: e.actor, Their: e.action.Label}
			}
		}
	}
	return edit, crossed, nil
}

// touched are the paths an entry's change left behind, in the coordinates
// after it: what taking it back would write.
func (s *Session) touched(e *entry) []yamldoc.Path {
	var out []yamldoc.Path
	for _, f := range e.effects {
		out = moveAll(out, f)
		if f.after != nil {
			out = append(out, f.after)
		}
	}
	return out
}

// moveAll carries paths across an effect, dropping those that are gone.
func moveAll(ps []yamldoc.Path, f effect) []yamldoc.Path {
	out := ps[:0:0]
	for _, p := range ps {
		if q, ok := movePath(p, f); ok {
			out = append(out, q)
		}
	}
	return out
}

func conflicts(mine []yamldoc.Path, p yamldoc.Path) bool {
	for _, m := range mine {
		if overlaps(m, p) {
			return true
		}
	}
	return false
}

// record appends an applied change to the log. Call with the lock held.
func (s *Session) record(actor Actor, kind Kind, a model.Action, inv yamldoc.Edit, reverts uint64) *entry {
	s.seq++
	e := &entry{seq: s.seq, actor: actor, kind: kind, action: a, inverse: inv, effects: effects(a.Edit, inv), reverts: reverts}
	s.log = append(s.log, e)
	return e
}

func (s *Session) event(e *entry) Event {
	ev := Event{Seq: e.seq, Actor: e.actor, Kind: e.kind, Label: e.action.Label}
	for _, f := range e.effects {
		switch {
		case f.after != nil:
			ev.Touched = append(ev.Touched, f.after)
		case f.before != nil:
			ev.Removed = append(ev.Removed, f.before)
		case len(f.path) == 0:
			ev.Touched = append(ev.Touched, yamldoc.Path{}) // the whole document
		}
	}
	ev.Place = place(e.action.Edit, e.inverse)
	return ev
}

// place is where an applied edit can be seen: the item it added or moved,
// the field it set, the list position of what it removed.
func place(e, inv yamldoc.Edit) yamldoc.Path {
	switch e.Op {
	case yamldoc.OpInsert:
		if inv.Op == yamldoc.OpDelete {
			return inv.Path
		}
		return e.Path
	case yamldoc.OpMove:
		if inv.Op == yamldoc.OpBatch && len(inv.Edits) > 0 {
			return inv.Edits[0].Path
		}
	case yamldoc.OpBatch:
		for i := len(e.Edits) - 1; i >= 0; i-- {
			if e.Edits[i].Op != yamldoc.OpDelete {
				n := len(e.Edits)
				if len(inv.Edits) == n {
					return place(e.Edits[i], inv.Edits[n-1-i])
				}
				return e.Edits[i].Path
			}
		}
		if len(e.Edits) > 0 {
			return e.Edits[0].Path
		}
	}
	return e.Path
}

// entry finds a logged entry by its sequence number. Call with the lock held.
func (s *Session) entry(seq uint64) *entry { return s.log[s.index(seq)] }

// index is the position of seq in the log: entries are numbered from 1 in
// order, and the log keeps them all.
func (s *Session) index(seq uint64) int { return int(seq - 1) }

// CanUndo and CanRedo report whether actor has something to take back or
// to make again.
func (s *Session) CanUndo(actor Actor) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.undo[actor]) > 0
}

// CanRedo reports whether actor has an undone edit to make again.
func (s *Session) CanRedo(actor Actor) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.redo[actor]) > 0
}

// LastUndo is the place of actor's edit that Undo would take back, for a
// screen to show where it happens; nil when there is none.
func (s *Session) LastUndo(actor Actor) yamldoc.Path {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := s.undo[actor]
	if len(st) == 0 {
		return nil
	}
	e := s.entry(st[len(st)-1])
	return place(e.action.Edit, e.inverse)
}

// Unsaved lists the labels of the changes made since the map was loaded
// or last saved, oldest first, leaving out edits that were undone since.
func (s *Session) Unsaved() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []string
	for _, p := range s.pending() {
		out = append(out, p.pending.Label)
	}
	return out
}

// step is a pending change: an action and the kind of change it was.
type step struct {
	kind    Kind
	actor   Actor
	action  model.Action
	pending Pending
}

// pending are the actions that make the file's text (as last loaded or
// saved) into the document's, with edits and their undos cancelled out.
// Call with the lock held.
func (s *Session) pending() []step {
	if s.saved >= s.seq {
		return nil
	}
	later := s.log[s.index(s.saved+1):]
	cancelled := map[uint64]bool{}
	for i := len(later) - 1; i >= 0; i-- {
		e := later[i]
		if e.reverts > s.saved && !cancelled[e.seq] {
			cancelled[e.seq], cancelled[e.reverts] = true, true
		}
	}
	// An edit made while another, undone later, was in effect names paths
	// as they were then: carry it across the undo.
	var out []step
	for _, m := range later {
		if cancelled[m.seq] {
			continue
		}
		a := m.action
		for _, u := range later {
			if u.seq <= m.seq || !cancelled[u.seq] || u.reverts == 0 || u.reverts >= m.seq || !cancelled[u.reverts] {
				continue
			}
			for _, f := range u.effects {
				a.Edit, _ = moveEdit(a.Edit, f)
			}
		}
		out = append(out, step{m.kind, m.actor, a, m.pending})
	}
	return out
}

// Undoable is how many of actor's edits Undo can take back, one by one.
func (s *Session) Undoable(actor Actor) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.undo[actor])
}

// Counts are what one actor did in the session.
type Counts struct{ Added, Changed int }

// Contributions counts, per actor, the edits in effect now (not undone):
// items added, and other changes.
func (s *Session) Contributions() map[Actor]Counts {
	s.mu.RLock()
	defer s.mu.RUnlock()
	cancelled := map[uint64]bool{}
	for i := len(s.log) - 1; i >= 0; i-- {
		e := s.log[i]
		if e.reverts > 0 && !cancelled[e.seq] {
			cancelled[e.seq], cancelled[e.reverts] = true, true
		}
	}
	out := map[Actor]Counts{}
	for _, e := range s.log {
		if cancelled[e.seq] {
			continue
		}
		c := out[e.actor]
		if addsItem(e.action.Edit) {
			c.Added++
		} else {
			c.Changed++
		}
		out[e.actor] = c
	}
	return out
}

func addsItem(e yamldoc.Edit) bool {
	switch e.Op {
	case yamldoc.OpInsert:
		return e.Key == ""
	case yamldoc.OpBatch:
		for _, x := range e.Edits {
			if addsItem(x) {
				return true
			}
		}
	}
	return false
}
