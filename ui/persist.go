package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
)

// persist keeps a session's work safe while the App edits: it writes the
// recovery file within a second of each change, saves on its own under
// --autosave, and watches the file on disk for changes made elsewhere.
// The App tells it about changes and saves, hands it every message first,
// and shows its banner; it talks back with the messages below.
type persist struct {
	c    *common.Common
	sess *session.Session // the map looked after, nil once closed or discarded

	change  int  // counts changes, so a timer set for an older one can tell
	pending bool // a recovery write is scheduled
	rec     *store.Keeper

	watch   *store.Watcher
	closed  bool        // Stop was called: a watcher starting late is closed
	disk    *diskChange // a change on disk waiting for the person's choice
	warning string      // a problem keeping work safe, shown in the banner
}

// SaveRequestMsg asks the App to save now, exactly as ctrl+s does
// (autosave sends it).
type SaveRequestMsg struct{}

// ReloadedMsg carries the map as it now is on disk; the App shows it,
// keeping the selection where the item still exists, and starts a fresh
// undo history.
type ReloadedMsg struct{ Doc *model.Doc }

// DiskChangedMsg tells the App the file changed on disk while it has
// unsaved edits (the header says so until a reload or a save).
type DiskChangedMsg struct{}

// recoveryTickMsg asks for the recovery file to be brought up to date.
type recoveryTickMsg struct{}

// recoveryDoneMsg reports a recovery write or removal.
type recoveryDoneMsg struct{ err error }

// autosaveTickMsg fires a second after change number change.
type autosaveTickMsg struct{ change int }

func newPersist(c *common.Common) *persist { return &persist{c: c, rec: &store.Keeper{}} }

// keep is a command that writes r to its recovery file in its turn, or,
// when r is nil, removes the recovery file of path.
func (p *persist) keep(path string, r *store.Recovery) tea.Cmd {
	n, k := p.rec.Ask(), p.rec
	return func() tea.Msg {
		return recoveryDoneMsg{k.Run(n, func() error {
			if r == nil {
				return store.Remove(path)
			}
			return store.Write(*r)
		})}
	}
}

// Discard drops the recovery copy of edits thrown away on purpose, and
// keeps none from now on, so that they are not offered back next time.
func (p *persist) Discard(path string) tea.Cmd {
	p.sess, p.disk = nil, nil
	return p.keep(path, nil)
}

// Start begins looking after a session's map: watching its file (not in
// read-only mode, where nothing is ever written, but a reviewer still sees
// a reload).
func (p *persist) Start(sess *session.Session) tea.Cmd {
	p.sess = sess
	if p.watch != nil || p.closed {
		return nil
	}
	path := sess.Doc().Path()
	return func() tea.Msg {
		w, err := store.Watch(path)
		return watchStartedMsg{w, err}
	}
}

// Stop ends the watching, when the map is closed.
func (p *persist) Stop() {
	p.closed = true
	if p.watch != nil {
		p.watch.Close()
		p.watch = nil
	}
}

// Changed is called after every change to the map (an edit, an undo, a
// redo, a merge): the recovery file follows within a second.
func (p *persist) Changed(sess *session.Session) tea.Cmd {
	if p.c.ReadOnly || p.c.Participant {
		return nil
	}
	p.sess = sess
	p.change++
	var cmds []tea.Cmd
	if !p.pending {
		p.pending = true
		cmds = append(cmds, tea.Tick(store.RecoveryDelay, func(time.Time) tea.Msg { return recoveryTickMsg{} }))
	}
	if p.c.Autosave {
		n := p.change
		cmds = append(cmds, tea.Tick(store.AutosaveDelay, func(time.Time) tea.Msg { return autosaveTickMsg{n} }))
	}
	return tea.Batch(cmds...)
}

// Saved is called after the map was written to its file: the recovery
// file has nothing left to keep.
func (p *persist) Saved(sess *session.Session) tea.Cmd {
	p.sess, p.disk = sess, nil
	if sess.Dirty() { // edits made while the save was writing
		return p.Changed(sess)
	}
	return p.keep(sess.Doc().Path(), nil)
}

// flush writes the recovery file now, on this goroutine: the last thing
// done before a crash takes the program down.
func (p *persist) flush() {
	if p.sess != nil && p.sess.Dirty() && !p.c.ReadOnly {
		r := store.Snapshot(p.sess)
		_ = p.rec.Run(p.rec.Ask(), func() error { return store.Write(r) })
	}
}

// Update sees every message before the App; handled tells the App to stop
// there.
func (p *persist) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case recoveryTickMsg:
		p.pending = false
		if p.sess == nil {
			return nil, true
		}
		if !p.sess.Dirty() {
			return p.keep(p.sess.Doc().Path(), nil), true
		}
		r := store.Snapshot(p.sess)
		return p.keep(p.sess.Doc().Path(), &r), true
	case recoveryDoneMsg:
		p.warning = ""
		if msg.err != nil {
			p.warning = "cannot keep a recovery copy: " + msg.err.Error()
		}
		return nil, true
	case autosaveTickMsg:
		if msg.change != p.change || p.sess == nil || !p.sess.Dirty() || p.disk != nil {
			return nil, true // a newer change has its own timer; a disk change waits for a choice
		}
		return func() tea.Msg { return SaveRequestMsg{} }, true
	case watchStartedMsg, fileEventMsg, diskReadMsg:
		return p.onDisk(msg)
	case ReloadedMsg:
		p.disk = nil
		return nil, false
	case tea.KeyMsg:
		if p.disk != nil {
			return p.diskKey(msg)
		}
	}
	return nil, false
}
