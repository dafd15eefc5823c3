package session

import "github.com/journey-maps/journey/model"

// Save is a save in progress: the text taken (and proven to read back as
// the edited map) under the session's lock, written by Run anywhere, and
// recorded by Done. Edits may go on while it runs; they stay unsaved.
type Save struct {
	s   *Session
	job *model.SaveJob
	at  uint64 // the last change the text includes
}

// PrepareSave takes the map's text for writing. force writes even over a
// file that changed on disk since it was loaded.
func (s *Session) PrepareSave(force bool) (*Save, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	job, err := s.doc.PrepareSave(force)
	if err != nil {
		return nil, err
	}
	return &Save{s: s, job: job, at: s.seq}, nil
}

// AllowOverwrite lets the session's next saves replace a read-only or
// hard-linked file (model.Doc.AllowOverwrite): the user said yes.
func (s *Session) AllowOverwrite(yes bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.doc.AllowOverwrite(yes)
}

// Run writes the file (see model.SaveJob.Run); it takes no session lock.
func (sv *Save) Run() error { return sv.job.Run() }

// Done records a finished save: the changes it wrote are no longer
// unsaved.
func (sv *Save) Done(actor Actor) {
	s := sv.s
	s.mu.Lock()
	s.doc.Saved(sv.job)
	if sv.at > s.saved {
		s.saved = sv.at
	}
	s.publish(Event{Actor: actor, Kind: Saved, Label: "saved " + s.doc.Path()})
	s.mu.Unlock()
	s.notify()
}

// Save writes the map at once: PrepareSave, Run and Done.
func (s *Session) Save(actor Actor, force bool) error {
	sv, err := s.PrepareSave(force)
	if err != nil {
		return err
	}
	if err := sv.Run(); err != nil {
		return err
	}
	sv.Done(actor)
	return nil
}

// Dirty reports whether the map differs from its file as last loaded or
// saved.
func (s *Session) Dirty() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.doc.Dirty()
}

// Reload replaces the map with doc (read again from disk), forgetting the
// history: its edits name places in the text that is gone.
func (s *Session) Reload(actor Actor, doc *model.Doc) {
	s.mu.Lock()
	s.doc = doc
	s.forget()
	s.publish(Event{Actor: actor, Kind: Reloaded, Label: "reloaded " + doc.Path()})
	s.mu.Unlock()
	s.notify()
}

// forget drops the log and every actor's undo and redo. Call with the
// lock held.
func (s *Session) forget() {
	s.log = s.log[:0:0]
	s.undo, s.redo = map[Actor][]uint64{}, map[Actor][]uint64{}
	s.saved, s.seq = 0, 0
}
