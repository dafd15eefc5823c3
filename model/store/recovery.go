// Package store keeps a map's work safe on disk: recovery files that hold
// unsaved edits as values, the timing of recovery writes and autosave, and
// the watch on the map's file for changes made elsewhere. It has no
// terminal code: the editor turns its calls into commands and messages.
package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
)

// Timings, short enough that "within a second" holds with room to spare.
const (
	// RecoveryDelay is how soon after a change its recovery copy is written.
	RecoveryDelay = 300 * time.Millisecond
	// AutosaveDelay is how long after the last change autosave saves.
	AutosaveDelay = time.Second
)

// Recovery is what the editor keeps on disk while a map has unsaved edits,
// so that they survive a crash, a kill or a flat battery: the edits
// themselves, as values that can be replayed onto the file as it is when
// the map is opened again, and what they were for people.
type Recovery struct {
	Path  string            `json:"path"` // the map file, absolute
	Base  string            `json:"base"` // sha256 of the file the edits were made on
	Edits []session.Pending `json:"edits,omitempty"`
	// Text is the whole edited text, as recovery files kept it before they
	// kept edits; such a file is restored only onto the file it was made on.
	Text    string    `json:"text,omitempty"`
	Actions []string  `json:"actions"` // what was done, oldest first
	Written time.Time `json:"written"`
}

// Snapshot is the recovery of a session's unsaved edits.
func Snapshot(s *session.Session) Recovery {
	var path, base string
	s.Read(func(d *model.Doc) { path, base = d.Path(), d.Disk().Sum() })
	abs, _ := filepath.Abs(path)
	pend := s.Pending()
	labels := make([]string, len(pend))
	for i, p := range pend {
		labels[i] = p.Label
	}
	return Recovery{Path: abs, Base: base, Edits: pend, Actions: labels, Written: time.Now()}
}

// Dir is where recovery files live: the user's cache directory.
// JOURNEY_RECOVERY_DIR overrides it (tests, or a machine with no cache).
func Dir() (string, error) {
	if d := os.Getenv("JOURNEY_RECOVERY_DIR"); d != "" {
		return d, nil
	}
	c, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory for recovery files: %v", err)
	}
	return filepath.Join(c, "journey", "recovery"), nil
}

// File is the recovery file for a map: named after the map's absolute
// path, so two maps called shop.yaml in different folders do not share one.
func File(mapPath string) (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(mapPath)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	name := model.Slug(filepath.Base(abs))
	if name == "" {
		name = "map"
	}
	return filepath.Join(dir, name+"-"+hex.EncodeToString(sum[:6])+".json"), nil
}

// Write stores r atomically, readable only by the user (a map may hold
// things not everyone on the machine should read).
func Write(r Recovery) error {
	f, err := File(r.Path)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f), 0o700); err != nil {
		return err
	}
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if _, err := os.Stat(f); errors.Is(err, os.ErrNotExist) {
		if err := os.WriteFile(f, nil, 0o600); err != nil {
			return err
		}
	}
	return model.WriteFileAtomic(f, data)
}

// Read returns the recovery kept for a map, or nil when there is none.
func Read(mapPath string) (*Recovery, error) {
	f, err := File(mapPath)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(f)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r Recovery
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("recovery file %s is damaged: %v", f, err)
	}
	return &r, nil
}

// Remove deletes a map's recovery file, once the person has chosen what to
// do with it or has saved.
func Remove(mapPath string) error {
	f, err := File(mapPath)
	if err != nil {
		return err
	}
	if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// BaseMatches reports whether the map file is still the one the recovered
// edits were made on.
func (r *Recovery) BaseMatches(fileData []byte) bool {
	sum := sha256.Sum256(fileData)
	return hex.EncodeToString(sum[:]) == r.Base
}

// ErrOtherMap is a recovery whose edits do not apply to the file as it is
// now: the path holds another map.
var ErrOtherMap = errors.New("the file now holds a different map: none of the kept edits apply to it")

// Prepare works out how the recovered edits replay onto doc, the map file
// as it is now. When none of them applies, it returns ErrOtherMap and the
// file must be left as it is.
func (r *Recovery) Prepare(doc *model.Doc) (*session.Merge, error) {
	if len(r.Edits) == 0 && r.Text != "" {
		return nil, fmt.Errorf("this recovery file was written by an older journey")
	}
	m, err := session.PrepareMerge(doc, r.Edits)
	if err != nil {
		return nil, err
	}
	if m.Clean+m.Same == 0 && len(m.Conflicts) > 0 {
		gone := true
		for _, c := range m.Conflicts {
			gone = gone && c.Gone
		}
		if gone {
			return m, ErrOtherMap
		}
	}
	return m, nil
}

// Keeper carries out the writes and removals of a map's recovery file one
// at a time, never an older one after a newer: a write held up by a slow
// disk must not land over a newer copy, nor bring edits back after the
// removal that follows a save or a discard. Ask numbers each request on
// the caller's goroutine; Run carries it out on any.
type Keeper struct {
	asked atomic.Int64
	mu    sync.Mutex // held while a request is carried out
	done  int64
}

// Ask numbers a request, in the order the caller makes them. It never
// waits for a request being carried out.
func (k *Keeper) Ask() int64 { return k.asked.Add(1) }

// Run carries out request n unless a newer one has been carried out.
func (k *Keeper) Run(n int64, do func() error) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if n < k.done {
		return nil
	}
	k.done = n
	return do()
}
