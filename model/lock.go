package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Saving is guarded by an advisory lock on the map file, so that two
// journey processes (two `journey set` runs, an editor and a script) never
// both check "unchanged on disk" and then both write, the later silently
// dropping the earlier's change. The lock is the kernel's flock on the file
// itself: it leaves nothing beside the map, and it goes with the process,
// so a lock held by a process that died never blocks anyone.
//
// A save replaces the file by a rename, so a process waiting on the old
// file wins a lock on a file that is no longer the map; it then sees the
// path names another file and takes the lock again on that one.

// LockWait is how long a save waits for another process's save or quick
// edit to finish before giving up with ErrLocked.
var LockWait = 10 * time.Second

// ErrLocked is returned when another process held the map's lock for
// longer than LockWait.
var ErrLocked = errors.New("another journey process is saving this map; try again")

// held counts this process's locks by file, so that a quick edit holding
// the lock from load to save can save without waiting on itself.
var held = struct {
	sync.Mutex
	locks map[string]*fileLock
}{locks: map[string]*fileLock{}}

type fileLock struct {
	f     *os.File
	count int
}

// LockFile takes the advisory lock on the map file at path (a symlink's
// target), waiting up to LockWait. The lock is re-entrant within the
// process. unlock releases it. A file that does not exist yet needs no
// lock: unlock is then a no-op.
func LockFile(path string) (unlock func(), err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return func() {}, nil
		}
		return nil, err
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	if info, err := os.Stat(target); err != nil || !info.Mode().IsRegular() {
		// Nothing to lock (a FIFO or a device is refused when loading,
		// and opening one here could hang).
		return func() {}, nil
	}
	held.Lock()
	defer held.Unlock()
	if l := held.locks[target]; l != nil {
		l.count++
		return func() { release(target) }, nil
	}
	deadline := time.Now().Add(LockWait)
	for {
		f, err := os.OpenFile(target, os.O_RDONLY, 0)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return func() {}, nil
			}
			return nil, err
		}
		got, err := tryLock(f)
		if err != nil {
			f.Close()
			// A file system without locks: saving still checks the disk
			// state just before writing.
			return func() {}, nil
		}
		if got {
			if same, serr := sameFile(f, target); serr == nil && same {
				held.locks[target] = &fileLock{f: f, count: 1}
				return func() { release(target) }, nil
			}
			// Replaced while we waited: lock the file that is there now.
			f.Close()
			continue
		}
		f.Close()
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s: %w", path, ErrLocked)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func release(target string) {
	held.Lock()
	defer held.Unlock()
	l := held.locks[target]
	if l == nil {
		return
	}
	if l.count--; l.count == 0 {
		unlock(l.f)
		l.f.Close()
		delete(held.locks, target)
	}
}

// sameFile reports whether the open file is still the one at path.
func sameFile(f *os.File, path string) (bool, error) {
	a, err := f.Stat()
	if err != nil {
		return false, err
	}
	b, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return os.SameFile(a, b), nil
}
