//go:build unix

package model_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/journey-maps/journey/model"
)

// A read-only map is not replaced without a yes; with one, it keeps its
// mode.
func TestSaveRefusesAReadOnlyFile(t *testing.T) {
	doc, path := loadCopy(t, "../maps/online-shop.yaml")
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	setTitle(t, doc, "Overwritten")
	err := doc.Save(false)
	if !errors.Is(err, model.ErrReadOnly) {
		t.Fatalf("Save of a 0444 file = %v; want ErrReadOnly", err)
	}
	if string(readFile(t, path)) != string(before) {
		t.Fatal("the refused save changed the file")
	}
	doc.AllowOverwrite(true)
	if err := doc.Save(false); err != nil {
		t.Fatalf("Save after the yes: %v", err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o444 {
		t.Errorf("mode after the save = %v; want 0444 kept", info.Mode().Perm())
	}
}

// A save never leaves a hard link's other names behind silently.
func TestSaveRefusesAHardLinkedFile(t *testing.T) {
	doc, path := loadCopy(t, "../maps/online-shop.yaml")
	other := filepath.Join(t.TempDir(), "other.yaml")
	if err := os.Link(path, other); err != nil {
		t.Fatal(err)
	}
	setTitle(t, doc, "Linked")
	err := doc.Save(false)
	if !errors.Is(err, model.ErrHardLinked) {
		t.Fatalf("Save of a hard-linked file = %v; want ErrHardLinked", err)
	}
	doc.AllowOverwrite(true)
	if err := doc.Save(false); err != nil {
		t.Fatalf("Save after the yes: %v", err)
	}
	if string(readFile(t, path)) == string(readFile(t, other)) {
		t.Error("a forced save should write a new file and leave the other name as it was")
	}
}

// A save keeps the file's owner and group: run as root, it does not make
// another user's map root's.
func TestSaveKeepsOwnerAndGroup(t *testing.T) {
	doc, path := loadCopy(t, "../maps/online-shop.yaml")
	uid, gid := os.Getuid(), os.Getgid()
	if uid == 0 {
		uid, gid = 65534, 65534 // nobody: another user's file
		if err := os.Chown(path, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	setTitle(t, doc, "Owner kept")
	if err := doc.Save(false); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	if int(st.Uid) != uid || int(st.Gid) != gid {
		t.Errorf("owner after save = %d:%d; want %d:%d", st.Uid, st.Gid, uid, gid)
	}
}
