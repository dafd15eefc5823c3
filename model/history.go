package model

import (
	"fmt"

	"github.com/journey-maps/journey/model/yamldoc"
)

// History is the session's undo and redo, without limit. Undo applies an
// action's inverse, which carries the exact text it replaced, so undoing
// everything gives back the file's bytes; redo applies the action again.
type History struct {
	done, undone []step
}

type step struct {
	action  Action
	inverse yamldoc.Edit
}

// Do applies an action and records it. A refused action is not recorded
// and leaves the map as it was.
func (h *History) Do(d *Doc, a Action) error {
	inv, err := d.Apply(a.Edit)
	if err != nil {
		return err
	}
	h.done = append(h.done, step{a, inv})
	h.undone = h.undone[:0]
	return nil
}

// Undo takes back the last action and returns its label; ok is false when
// there is nothing to undo.
func (h *History) Undo(d *Doc) (label string, ok bool, err error) {
	if len(h.done) == 0 {
		return "", false, nil
	}
	s := h.done[len(h.done)-1]
	if _, err := d.Restore(s.inverse); err != nil {
		return "", false, fmt.Errorf("cannot undo %s: %v", s.action.Label, err)
	}
	h.done = h.done[:len(h.done)-1]
	h.undone = append(h.undone, s)
	return s.action.Label, true, nil
}

// Redo makes the last undone action again.
func (h *History) Redo(d *Doc) (label string, ok bool, err error) {
	if len(h.undone) == 0 {
		return "", false, nil
	}
	s := h.undone[len(h.undone)-1]
	inv, err := d.Restore(s.action.Edit)
	if err != nil {
		return "", false, fmt.Errorf("cannot redo %s: %v", s.action.Label, err)
	}
	h.undone = h.undone[:len(h.undone)-1]
	h.done = append(h.done, step{s.action, inv})
	return s.action.Label, true, nil
}

// CanUndo reports whether there is an action to undo.
func (h *History) CanUndo() bool { return len(h.done) > 0 }

// CanRedo reports whether there is an undone action to redo.
func (h *History) CanRedo() bool { return len(h.undone) > 0 }

// Actions are the actions done so far, oldest first (for the recovery
// file and for showing what is unsaved).
func (h *History) Actions() []Action {
	out := make([]Action, len(h.done))
	for i, s := range h.done {
		out[i] = s.action
	}
	return out
}

// Reset forgets everything, after a reload from disk.
func (h *History) Reset() { h.done, h.undone = nil, nil }
