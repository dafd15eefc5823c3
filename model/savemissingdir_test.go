package model

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Saving into a folder that does not exist says which folder is missing,
// and never shows the name of the temporary file the save would have
// written: that file is the tool's business, not the user's.
func TestWriteFileAtomicIntoAMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gone")
	err := WriteFileAtomic(filepath.Join(dir, "x.yaml"), []byte("journey: 1\n"))
	if err == nil {
		t.Fatal("saved into a folder that does not exist")
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%v: want an error that is fs.ErrNotExist", err)
	}
	if msg := err.Error(); strings.Contains(msg, ".tmp") || !strings.Contains(msg, dir) {
		t.Errorf("%q: want the missing folder named and no temporary file", msg)
	}
}
