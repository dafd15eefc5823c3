package session

import "sync"

// Subscription hears of every change to a session. It never blocks the
// session: a change only marks it ready (C), and the subscriber reads the
// changes since its last read with Events, at its own pace. A slow screen
// therefore gets several events at once instead of slowing everyone.
type Subscription struct {
	s    *Session
	c    chan struct{}
	mu   sync.Mutex
	next uint64 // the first change not yet read
}

// Subscribe starts hearing of changes made from now on.
func (s *Session) Subscribe() *Subscription {
	s.mu.Lock()
	defer s.mu.Unlock()
	sub := &Subscription{s: s, c: make(chan struct{}, 1), next: uint64(len(s.events)) + 1}
	s.subs[sub] = struct{}{}
	return sub
}

// C is ready when there are changes to read.
func (sub *Subscription) C() <-chan struct{} { return sub.c }

// Events returns the changes made since the last call, oldest first.
func (sub *Subscription) Events() []Event {
	sub.mu.Lock()
	defer sub.mu.Unlock()
	sub.s.mu.RLock()
	defer sub.s.mu.RUnlock()
	if sub.next > uint64(len(sub.s.events)) {
		return nil
	}
	out := append([]Event(nil), sub.s.events[sub.next-1:]...)
	sub.next = uint64(len(sub.s.events)) + 1
	return out
}

// Close stops the subscription.
func (sub *Subscription) Close() {
	sub.s.mu.Lock()
	defer sub.s.mu.Unlock()
	delete(sub.s.subs, sub)
}

// publish adds an event for subscribers. Call with the lock held, then
// notify once it is released.
func (s *Session) publish(ev Event) Event {
	s.version++
	ev.Version = s.version
	s.events = append(s.events, ev)
	return ev
}

// Version counts the events published so far: every change, undo, redo,
// reload, merge and save. It is never reset, so a screen that has shown
// version v and hears of events v+1 to Version() has heard of everything.
func (s *Session) Version() uint64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.version
}

// notify marks every subscriber ready, without waiting for any of them.
func (s *Session) notify() {
	s.mu.RLock()
	defer s.mu.RUnlock()
	for sub := range s.subs {
		select {
		case sub.c <- struct{}{}:
		default: // already marked: it will read this change with the others
		}
	}
}
