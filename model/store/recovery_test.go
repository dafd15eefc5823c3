package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
)

var day = model.Date{Year: 2026, Month: 11, Day: 22}

func sample(t *testing.T) (string, []byte) {
	t.Helper()
	src, err := os.ReadFile("../../maps/online-shop.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "shop.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, src
}

func editedSession(t *testing.T, path string) *session.Session {
	t.Helper()
	d, err := model.Load(path, day)
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(d)
	for _, tp := range []int{0, 2} {
		a, err := model.EmotionStep(d.Map(), model.TouchpointLoc(2, tp), 1)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Do(session.Local, a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// A recovery file keeps the unsaved edits as values, privately, and they
// replay onto the untouched file to exactly the edited text.
func TestRecoveryKeepsEditsAndReplaysThem(t *testing.T) {
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	path, _ := sample(t)
	s := editedSession(t, path)
	if r, err := Read(path); r != nil || err != nil {
		t.Fatalf("recovery before any was written: %v %v", r, err)
	}
	if err := Write(Snapshot(s)); err != nil {
		t.Fatal(err)
	}
	f, _ := File(path)
	if info, err := os.Stat(f); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("recovery file %s: %v (mode %v), want private", f, err, info)
	}
	data, _ := os.ReadFile(f)
	if bytes.Contains(data, []byte("First purchase at Leafline")) {
		t.Error("the recovery file holds the map's text, not its edits")
	}
	r, err := Read(path)
	if err != nil || r == nil || len(r.Edits) != 2 || len(r.Actions) != 2 {
		t.Fatalf("read: %+v %v", r, err)
	}
	fresh, err := model.Load(path, day)
	if err != nil {
		t.Fatal(err)
	}
	if !r.BaseMatches(fresh.Bytes()) {
		t.Fatal("base should match the file the edits were made on")
	}
	m, err := r.Prepare(fresh)
	if err != nil || m.Clean != 2 || len(m.Conflicts) != 0 {
		t.Fatalf("prepare: %v clean %d conflicts %v", err, m.Clean, m.Conflicts)
	}
	restored := session.New(fresh)
	restored.Replace(session.Local, m, nil)
	if !bytes.Equal(restored.Doc().Bytes(), s.Doc().Bytes()) {
		t.Fatal("replayed edits differ from the edited text")
	}
	if err := Remove(path); err != nil {
		t.Fatal(err)
	}
	if r, _ := Read(path); r != nil {
		t.Error("recovery still there after removal")
	}
	other, _ := File(filepath.Join(filepath.Dir(path), "elsewhere", "shop.yaml"))
	if other == f {
		t.Error("two maps with one name in different folders share a recovery file")
	}
}

// The path now holds another map: restoring says so and changes nothing.
func TestRecoveryOntoAnotherMapIsRefused(t *testing.T) {
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	path, _ := sample(t)
	s := editedSession(t, path)
	r := Snapshot(s)
	other := []byte("journey: 1\ntitle: Returns\nstages:\n  - id: start\n    name: Start\n")
	if err := os.WriteFile(path, other, 0o644); err != nil {
		t.Fatal(err)
	}
	now, err := model.Load(path, day)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Prepare(now); !errors.Is(err, ErrOtherMap) {
		t.Fatalf("prepare onto another map: %v, want ErrOtherMap", err)
	}
}

// Requests carried out out of order never let an older one win.
func TestKeeperRunsNoOlderRequestAfterANewer(t *testing.T) {
	var k Keeper
	a, b := k.Ask(), k.Ask()
	var got []int64
	k.Run(b, func() error { got = append(got, b); return nil })
	k.Run(a, func() error { got = append(got, a); return nil })
	if len(got) != 1 || got[0] != b {
		t.Fatalf("carried out %v, want only the newer request %d", got, b)
	}
}
