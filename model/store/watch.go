package store

import (
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/journey-maps/journey/model"
)

// Watcher follows a map file through its directory, because editors and
// git replace files by renaming a new one over them, which a watch on the
// file itself would lose.
type Watcher struct {
	real string // the file behind any symlink
	fw   *fsnotify.Watcher
}

// Settle is how long a burst of writes (an editor saving in steps) may
// last before the file is read.
const Settle = 150 * time.Millisecond

// Watch starts watching the map file at path.
func Watch(path string) (*Watcher, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real = path
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := fw.Add(filepath.Dir(real)); err != nil {
		fw.Close()
		return nil, err
	}
	return &Watcher{real: real, fw: fw}, nil
}

// Wait blocks until the map's file is touched and the burst of writes has
// settled; false when the watcher was closed.
func (w *Watcher) Wait() bool {
	name := filepath.Base(w.real)
	for {
		select {
		case ev, ok := <-w.fw.Events:
			if !ok {
				return false
			}
			if filepath.Base(ev.Name) != name || ev.Op == fsnotify.Chmod {
				continue
			}
			w.drain()
			return true
		case _, ok := <-w.fw.Errors:
			if !ok {
				return false
			}
		}
	}
}

func (w *Watcher) drain() {
	t := time.NewTimer(Settle)
	defer t.Stop()
	for {
		select {
		case _, ok := <-w.fw.Events:
			if !ok {
				return
			}
		case <-t.C:
			return
		}
	}
}

// Close stops watching; a Wait under way returns false.
func (w *Watcher) Close() { w.fw.Close() }

// DiskRead is the map as found on disk after a change.
type DiskRead struct {
	Changed bool       // the file differs from what the document knows
	Gone    bool       // it was removed or renamed
	Doc     *model.Doc // the map on disk, when it loads
	Err     error      // why it does not
}

// ReadDisk reads the map's file when it differs from state.
func ReadDisk(state model.DiskState, path string, today model.Date) DiskRead {
	changed, err := state.Changed()
	if err != nil || !changed {
		return DiskRead{}
	}
	if _, err := os.Stat(path); err != nil {
		return DiskRead{Changed: true, Gone: true}
	}
	doc, err := model.Load(path, today)
	return DiskRead{Changed: true, Doc: doc, Err: err}
}
