package model

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFileAtomic replaces the file at path with data so that a crash at
// any moment leaves either the old file or the new one, never a mix: it
// writes a temporary file in the same directory, syncs it, gives it the
// old file's mode, owner and group, and renames it over the old one. A symlink is followed,
// so the link stays a link and its target gets the new content.
func WriteFileAtomic(path string, data []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		if !os.IsNotExist(err) {
			return err
		}
		target = danglingTarget(path)
	}
	mode := os.FileMode(0o644)
	old, err := os.Stat(target)
	if err == nil {
		mode = old.Mode().Perm()
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) { // its path is the temporary file's
			err = pe.Err
		}
		return fmt.Errorf("cannot save %s in %s: %w", filepath.Base(target), dir, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", tmp.Name(), err)
	}
	if old != nil {
		keepOwner(tmp, old)
	}
	if err := tmp.Chmod(mode); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("cannot sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("cannot replace %s: %w", target, err)
	}
	done = true
	// Sync the directory so the rename itself survives a power cut.
	if dirf, err := os.Open(dir); err == nil {
		dirf.Sync()
		dirf.Close()
	}
	return nil
}

// danglingTarget is where a symlink whose target is missing points, so that
// writing through it creates the target rather than replacing the link; for
// a path that is no link it is the path itself.
func danglingTarget(path string) string {
	target := path
	for range 40 { // the kernel's own limit on links in a chain
		link, err := os.Readlink(target)
		if err != nil {
			break
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(target), link)
		}
		target = link
	}
	return target
}
