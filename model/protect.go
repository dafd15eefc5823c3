package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrReadOnly is the cause of a refused save over a file without write
// permission: the mode is the author's word that the file is not to be
// changed, so writing a new file over it (which a rename can) needs a
// yes first.
var ErrReadOnly = errors.New("the file is read-only")

// ErrHardLinked is the cause of a refused save over a file with more than
// one name: an atomic save writes a new file, which would leave the other
// names holding the old text without a word.
var ErrHardLinked = errors.New("the file has other hard links")

// ProtectedError tells why a save would overwrite something the user may
// not mean to, and how to go ahead.
type ProtectedError struct {
	Path  string
	Cause error // ErrReadOnly or ErrHardLinked
	Links uint64
}

func (e *ProtectedError) Error() string {
	if e.Cause == ErrHardLinked {
		return fmt.Sprintf("it has %d hard links: saving writes a new file, so the other names would keep the old text (--force saves anyway and breaks the link)", e.Links)
	}
	return "it is read-only: saving would replace it (--force saves anyway, keeping its mode)"
}

// Unwrap lets errors.Is find the cause.
func (e *ProtectedError) Unwrap() error { return e.Cause }

// CheckOverwrite refuses to replace a file that is read-only or has
// other hard links; a missing file is no objection.
func CheckOverwrite(path string) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil
	}
	info, err := os.Stat(target)
	if err != nil {
		return nil
	}
	if info.Mode().Perm()&0o222 == 0 {
		return &ProtectedError{Path: path, Cause: ErrReadOnly}
	}
	if n := linkCount(info); n > 1 {
		return &ProtectedError{Path: path, Cause: ErrHardLinked, Links: n}
	}
	return nil
}

// AllowOverwrite lets the next saves replace a read-only or hard-linked
// file: the user said yes (the CLI's --force, the editor's question).
func (d *Doc) AllowOverwrite(yes bool) { d.overwrite = yes }
