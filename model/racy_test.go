package model_test

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// TestSaveSeesASameSizeChangeWithinTheClockTick: a file system's clock
// ticks coarsely (seconds on some), so a change of the same size written
// in the tick of the load leaves size and time as they were. The file's
// times here are set an hour ahead, as such a tick looks to the editor:
// no later than the moment it read the file.
func TestSaveSeesASameSizeChangeWithinTheClockTick(t *testing.T) {
	path := copyInto(t, "../maps/online-shop.yaml")
	tick := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, tick, tick); err != nil {
		t.Fatal(err)
	}
	doc, err := model.Load(path, docToday)
	if err != nil {
		t.Fatal(err)
	}
	theirs := bytes.Replace(readFile(t, path), []byte("owner: E-commerce team"), []byte("owner: E-commerce TEAM"), 1)
	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, tick, tick); err != nil {
		t.Fatal(err)
	}
	setTitle(t, doc, "Mine")
	if changed, err := doc.ChangedOnDisk(); err != nil || !changed {
		t.Errorf("ChangedOnDisk = %v, %v; want true", changed, err)
	}
	if err := doc.Save(false); !errors.Is(err, model.ErrChangedOnDisk) {
		t.Errorf("Save = %v; want ErrChangedOnDisk", err)
	}
	if !bytes.Equal(readFile(t, path), theirs) {
		t.Error("the save wrote over a change made on disk")
	}
}
