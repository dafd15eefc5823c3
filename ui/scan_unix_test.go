//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe called *.yaml in a folder neither blocks the picker's scan
// nor shows up as a map.
func TestFindMapsPassesOverANamedPipe(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.yaml"), []byte("journey: 1\ntitle: A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan []string, 1)
	go func() {
		maps, _ := FindMaps(dir)
		done <- maps
	}()
	select {
	case maps := <-done:
		if len(maps) != 1 || filepath.Base(maps[0]) != "a.yaml" {
			t.Errorf("FindMaps = %v; want only a.yaml", maps)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("FindMaps waits on a named pipe")
	}
}
