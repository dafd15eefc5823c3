package ui

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
)

// persist keeps a session's work safe while the App edits: it writes the
// recovery file within a second of each change, saves on its own under
// --autosave, and watches the file on disk for changes made elsewhere.
// The App tells it about changes and saves, hands it every message first,
// and shows its banner; it talks back with the messages below.
type persist struct {
	c   *Common
	doc *model.Doc

	change   int  // counts changes, so a timer set for an older one can tell
	pending  bool // a recovery write is scheduled
	actions  []string
	restored []string // labels of edits restored from a recovery file, not yet saved
	rec      *recoveryFile
	asked    int // numbers the writes and removals asked of rec, in order

	watch   *watcher
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

// Timings, short enough that "within a second" holds with room to spare.
const (
	recoveryDelay = 300 * time.Millisecond
	autosaveDelay = time.Second
)

// recoveryTickMsg asks for the recovery file to be brought up to date.
type recoveryTickMsg struct{}

// recoveryDoneMsg reports a recovery write or removal.
type recoveryDoneMsg struct{ err error }

// autosaveTickMsg fires a second after change number change.
type autosaveTickMsg struct{ change int }

func newPersist(c *Common) *persist { return &persist{c: c, rec: &recoveryFile{}} }

// recoveryFile carries out the writes and removals of a map's recovery
// file one at a time, never an older one after a newer: a write held up by
// a slow disk must not land over a newer copy, nor bring edits back after
// the removal that follows a save or a discard.
type recoveryFile struct {
	mu   sync.Mutex
	done int // the number of the newest request carried out
}

func (f *recoveryFile) run(n int, do func() error) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if n < f.done {
		return nil // a newer state is on disk already
	}
	f.done = n
	return do()
}

// keep is a command that writes r to its recovery file in its turn, or,
// when r is nil, removes the recovery file of path.
func (p *persist) keep(path string, r *model.Recovery) tea.Cmd {
	p.asked++
	n, f := p.asked, p.rec
	return func() tea.Msg {
		return recoveryDoneMsg{f.run(n, func() error {
			if r == nil {
				return model.RemoveRecovery(path)
			}
			return model.WriteRecovery(*r)
		})}
	}
}

// Discard drops the recovery copy of edits thrown away on purpose, and
// keeps none from now on, so that they are not offered back next time.
func (p *persist) Discard(path string) tea.Cmd {
	p.doc, p.disk, p.restored = nil, nil, nil
	return p.keep(path, nil)
}

// Start begins looking after doc: watching its file (not in read-only
// mode, where nothing is ever written, but a reviewer still sees a reload).
func (p *persist) Start(doc *model.Doc) tea.Cmd {
	p.doc = doc
	if p.watch == nil {
		p.watch = newWatcher(doc.Path())
		return p.watch.start()
	}
	return nil
}

// Stop ends the watching, when the map is closed.
func (p *persist) Stop() {
	if p.watch != nil {
		p.watch.close()
		p.watch = nil
	}
}

// Changed is called after every change to the document (an action, an
// undo, a redo) with the labels of the actions not yet saved.
func (p *persist) Changed(doc *model.Doc, actions []string) tea.Cmd {
	if p.c.ReadOnly {
		return nil
	}
	// Edits restored from a recovery file stay listed until they are saved,
	// so a second crash still says what they were.
	p.doc, p.actions = doc, append(append([]string(nil), p.restored...), actions...)
	p.change++
	var cmds []tea.Cmd
	if !p.pending {
		p.pending = true
		cmds = append(cmds, tea.Tick(recoveryDelay, func(time.Time) tea.Msg { return recoveryTickMsg{} }))
	}
	if p.c.Autosave {
		n := p.change
		cmds = append(cmds, tea.Tick(autosaveDelay, func(time.Time) tea.Msg { return autosaveTickMsg{n} }))
	}
	return tea.Batch(cmds...)
}

// Saved is called after the map was written to its file: the recovery
// file has nothing left to keep.
func (p *persist) Saved(doc *model.Doc) tea.Cmd {
	p.doc = doc
	p.disk = nil
	rest := p.actions[min(len(p.restored), len(p.actions)):]
	p.restored = nil // restored edits are on disk now
	if doc.Dirty() {
		return p.Changed(doc, rest)
	}
	p.actions = nil
	return p.keep(doc.Path(), nil)
}

// flush writes the recovery file now, on this goroutine: the last thing
// done before a crash takes the program down.
func (p *persist) flush() {
	if p.doc != nil && p.doc.Dirty() && !p.c.ReadOnly {
		p.asked++
		r := p.doc.Recovery(p.actions)
		_ = p.rec.run(p.asked, func() error { return model.WriteRecovery(r) })
	}
}

// Update sees every message before the App; handled tells the App to stop
// there.
func (p *persist) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case recoveryTickMsg:
		p.pending = false
		if p.doc == nil {
			return nil, true
		}
		if !p.doc.Dirty() {
			return p.keep(p.doc.Path(), nil), true
		}
		r := p.doc.Recovery(append([]string(nil), p.actions...))
		return p.keep(p.doc.Path(), &r), true
	case recoveryDoneMsg:
		p.warning = ""
		if msg.err != nil {
			p.warning = "cannot keep a recovery copy: " + msg.err.Error()
		}
		return nil, true
	case autosaveTickMsg:
		if msg.change != p.change || p.doc == nil || !p.doc.Dirty() || p.disk != nil {
			return nil, true // a newer change has its own timer; a disk change waits for a choice
		}
		return func() tea.Msg { return SaveRequestMsg{} }, true
	case watchStartedMsg, fileEventMsg, diskReadMsg:
		return p.onDisk(msg)
	case ReloadedMsg:
		p.doc, p.disk, p.actions, p.restored = msg.Doc, nil, nil, nil
		return nil, false
	case tea.KeyMsg:
		if p.disk != nil {
			return p.diskKey(msg)
		}
	}
	return nil, false
}
