package model_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// roundtripMaps are the maps with tricky formatting in testdata/roundtrip.
func roundtripMaps(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob("../testdata/roundtrip/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("round-trip corpus not found: %v", err)
	}
	return names
}

// leftovers lists the files in dir other than the ones named in keep.
func leftovers(t *testing.T, dir string, keep ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !contains(keep, e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// backdate sets the file's modification time well into the past, so that a
// write, however quick, shows as a changed mtime.
func backdate(t *testing.T, path string) time.Time {
	t.Helper()
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	return old
}

func mtime(t *testing.T, path string) time.Time {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.ModTime()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// setTitle edits the map's title, the one scalar every map has.
func setTitle(t *testing.T, doc *model.Doc, title string) {
	t.Helper()
	if _, err := doc.Apply(yamldoc.Set(yamldoc.Path{"title"}, yamldoc.Scalar("!!str", title))); err != nil {
		t.Fatalf("set title: %v", err)
	}
}

func TestSaveUnchangedWritesNothing(t *testing.T) {
	files := append(sampleMaps(t), roundtripMaps(t)...)
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			doc, path := loadCopy(t, name)
			old := backdate(t, path)
			if err := doc.Save(false); err != nil {
				t.Fatalf("Save: %v", err)
			}
			if !bytes.Equal(readFile(t, path), readFile(t, name)) {
				t.Errorf("saving an unchanged map changed its bytes")
			}
			if got := mtime(t, path); !got.Equal(old) {
				t.Errorf("saving an unchanged map wrote the file (mtime %v, was %v)", got, old)
			}
			if extra := leftovers(t, filepath.Dir(path), filepath.Base(path)); len(extra) > 0 {
				t.Errorf("files left beside the map: %v", extra)
			}
		})
	}
}

// An edit and its inverse leave the text as loaded: saving then writes
// nothing either.
func TestSaveAfterUndoWritesNothing(t *testing.T) {
	doc, path := loadCopy(t, "../maps/saas-trial.yaml")
	old := backdate(t, path)
	inv, err := doc.Apply(yamldoc.Set(yamldoc.Path{"title"}, yamldoc.Scalar("!!str", "Renamed")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := doc.Apply(inv); err != nil {
		t.Fatal(err)
	}
	if err := doc.Save(false); err != nil {
		t.Fatal(err)
	}
	if got := mtime(t, path); !got.Equal(old) {
		t.Errorf("saving an edit that was undone wrote the file")
	}
}

func TestSaveOneScalarEditChangesOneLine(t *testing.T) {
	files := append(sampleMaps(t), roundtripMaps(t)...)
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			doc, path := loadCopy(t, name)
			before := readFile(t, path)
			setTitle(t, doc, "A new title")
			if err := doc.Save(false); err != nil {
				t.Fatalf("Save: %v", err)
			}
			after := readFile(t, path)
			lines, ok := changedLines(before, after)
			if !ok || len(lines) != 1 {
				t.Fatalf("a title edit changed lines %v (same count: %v):\n%s", lines, ok, after)
			}
			line := strings.Split(string(after), "\n")[lines[0]]
			// The title keeps its quotes and comment, if it had any.
			if !strings.HasPrefix(strings.TrimPrefix(line, "\ufeff"), "title: ") || !strings.Contains(line, "A new title") {
				t.Errorf("changed line is %q", line)
			}
			if doc.Dirty() {
				t.Errorf("document still dirty after saving")
			}
			if extra := leftovers(t, filepath.Dir(path), filepath.Base(path)); len(extra) > 0 {
				t.Errorf("files left beside the map: %v", extra)
			}
			back, err := model.Load(path, docToday)
			if err != nil || back.Map().Title != "A new title" {
				t.Errorf("reloaded: %v, %v", back, err)
			}
		})
	}
}

func TestSaveKeepsMode(t *testing.T) {
	for _, mode := range []os.FileMode{0o600, 0o640, 0o664} {
		t.Run(mode.String(), func(t *testing.T) {
			doc, path := loadCopy(t, "../maps/online-shop.yaml")
			if err := os.Chmod(path, mode); err != nil {
				t.Fatal(err)
			}
			setTitle(t, doc, "Mode kept")
			if err := doc.Save(false); err != nil {
				t.Fatal(err)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != mode {
				t.Errorf("mode after save = %v, want %v", info.Mode().Perm(), mode)
			}
		})
	}
}

func TestSaveFollowsSymlink(t *testing.T) {
	target := copyInto(t, "../maps/online-shop.yaml")
	linkDir := t.TempDir()
	link := filepath.Join(linkDir, "shop.yaml")
	rel, err := filepath.Rel(linkDir, target)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(rel, link); err != nil {
		t.Fatal(err)
	}
	doc, err := model.Load(link, docToday)
	if err != nil {
		t.Fatal(err)
	}
	setTitle(t, doc, "Through a link")
	if err := doc.Save(false); err != nil {
		t.Fatalf("Save: %v", err)
	}
	info, err := os.Lstat(link)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced by a %v", info.Mode())
	}
	if got, _ := os.Readlink(link); got != rel {
		t.Errorf("the link now points at %q, want %q", got, rel)
	}
	if !bytes.Contains(readFile(t, target), []byte("title: Through a link")) {
		t.Errorf("the link's target did not get the new text")
	}
	if extra := leftovers(t, linkDir, "shop.yaml"); len(extra) > 0 {
		t.Errorf("files left beside the link: %v", extra)
	}
	if extra := leftovers(t, filepath.Dir(target), filepath.Base(target)); len(extra) > 0 {
		t.Errorf("files left beside the target: %v", extra)
	}
	// A second save through the link is not mistaken for a change on disk.
	setTitle(t, doc, "Through a link again")
	if err := doc.Save(false); err != nil {
		t.Errorf("second save: %v", err)
	}
}

func TestSaveRefusesWhenChangedOnDisk(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, path string)
	}{
		{"rewritten", func(t *testing.T, path string) {
			data := readFile(t, path)
			data = bytes.Replace(data, []byte("owner: E-commerce team"), []byte("owner: Someone else"), 1)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"removed", func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, path := loadCopy(t, "../maps/online-shop.yaml")
			setTitle(t, doc, "Mine")
			tt.change(t, path)
			theirs, _ := os.ReadFile(path)
			changed, err := doc.ChangedOnDisk()
			if err != nil || !changed {
				t.Errorf("ChangedOnDisk = %v, %v; want true", changed, err)
			}
			if err := doc.Save(false); !errors.Is(err, model.ErrChangedOnDisk) {
				t.Fatalf("Save = %v; want ErrChangedOnDisk", err)
			}
			if now, _ := os.ReadFile(path); !bytes.Equal(now, theirs) {
				t.Errorf("a refused save touched the file")
			}
			if err := doc.Save(true); err != nil {
				t.Fatalf("forced Save: %v", err)
			}
			if !bytes.Equal(readFile(t, path), doc.Bytes()) {
				t.Errorf("forced save did not write the document")
			}
			// Once saved, the file is ours again: no more refusals.
			setTitle(t, doc, "Mine again")
			if err := doc.Save(false); err != nil {
				t.Errorf("save after a forced save: %v", err)
			}
		})
	}
}

// Even an unedited document refuses to save over someone else's change.
func TestSaveUnchangedDocStillRefusesChangedDisk(t *testing.T) {
	doc, path := loadCopy(t, "../maps/online-shop.yaml")
	theirs := append(readFile(t, path), "# their comment\n"...)
	if err := os.WriteFile(path, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := doc.Save(false); !errors.Is(err, model.ErrChangedOnDisk) {
		t.Errorf("Save = %v; want ErrChangedOnDisk", err)
	}
	if err := doc.Save(true); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readFile(t, path), doc.Bytes()) {
		t.Errorf("a forced save of an unedited map did not put the loaded text back")
	}
}

func TestSaveFailureLeavesNoTempFiles(t *testing.T) {
	doc, path := loadCopy(t, "../maps/online-shop.yaml")
	dir := filepath.Dir(path)
	setTitle(t, doc, "Never written")
	// Replace the file by a directory: the rename over it fails after the
	// temporary file was written.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, "keep"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := doc.Save(true); err == nil {
		t.Fatalf("Save over a directory succeeded")
	}
	if extra := leftovers(t, dir, filepath.Base(path)); len(extra) > 0 {
		t.Errorf("a failed save left %v", extra)
	}
	if !doc.Dirty() {
		t.Errorf("a failed save marked the document saved")
	}
}

func TestWriteFileAtomic(t *testing.T) {
	t.Run("new file", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "new.yaml")
		if err := model.WriteFileAtomic(path, []byte("journey: 1\n")); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o644 {
			t.Errorf("new file mode %v, want 0644", info.Mode().Perm())
		}
		if extra := leftovers(t, dir, "new.yaml"); len(extra) > 0 {
			t.Errorf("left %v", extra)
		}
	})
	t.Run("read-only directory", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "map.yaml")
		if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		err := model.WriteFileAtomic(path, []byte("new\n"))
		// Whoever runs the test (root may write anyway), the file holds the
		// old or the new text in full and nothing else is left behind.
		got := string(readFile(t, path))
		switch {
		case err != nil && got != "old\n":
			t.Errorf("failed write left %q", got)
		case err == nil && got != "new\n":
			t.Errorf("write reported success but the file holds %q", got)
		case err != nil && !strings.Contains(err.Error(), dir):
			t.Errorf("error %q does not say where", err)
		}
		if extra := leftovers(t, dir, "map.yaml"); len(extra) > 0 {
			t.Errorf("left %v", extra)
		}
	})
	t.Run("dangling symlink creates its target", func(t *testing.T) {
		dir := t.TempDir()
		link := filepath.Join(dir, "link.yaml")
		if err := os.Symlink("real.yaml", link); err != nil {
			t.Fatal(err)
		}
		if err := model.WriteFileAtomic(link, []byte("journey: 1\n")); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v %v", info, err)
		}
		if got := string(readFile(t, filepath.Join(dir, "real.yaml"))); got != "journey: 1\n" {
			t.Errorf("target holds %q", got)
		}
	})
}

func TestSaveKeepsCRLF(t *testing.T) {
	doc, path := loadCopy(t, "../testdata/roundtrip/crlf.yaml")
	before := readFile(t, path)
	setTitle(t, doc, "Still Windows")
	item, err := model.NewItem(yamldoc.Path{"stages", "0", "touchpoints"}, [][2]string{{"name", "Phone call"}, {"emotion", "-1"}}, doc.IDTaken(yamldoc.Path{"stages", "0", "touchpoints"}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := doc.Apply(yamldoc.Insert(yamldoc.Path{"stages", "0", "touchpoints"}, -1, item)); err != nil {
		t.Fatal(err)
	}
	if err := doc.Save(false); err != nil {
		t.Fatal(err)
	}
	after := readFile(t, path)
	if n := bytes.Count(after, []byte("\n")); n != bytes.Count(after, []byte("\r\n")) {
		t.Errorf("%d of %d line breaks are bare LF after an edit:\n%q", n-bytes.Count(after, []byte("\r\n")), n, after)
	}
	if !bytes.Contains(after, []byte("title: Still Windows\r\n")) || !bytes.Contains(after, []byte("name: Phone call\r\n")) {
		t.Errorf("edits missing:\n%q", after)
	}
	if bytes.Count(after, []byte("\r\n")) <= bytes.Count(before, []byte("\r\n")) {
		t.Errorf("the inserted touchpoint added no lines")
	}
}

// A save runs on its own goroutine while edits go on (run with -race):
// it writes the text as it was when taken, and the edits made meanwhile
// stay unsaved, whole.
func TestSaveRunsWhileEditing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gen.yaml")
	if err := os.WriteFile(path, model.Generate(300), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := model.Load(path, model.Date{Year: 2026, Month: 11, Day: 22})
	if err != nil {
		t.Fatal(err)
	}
	emotion := func(s, tp, v int) yamldoc.Edit {
		p := yamldoc.Path{"stages", strconv.Itoa(s), "touchpoints", strconv.Itoa(tp), "emotion"}
		return yamldoc.Set(p, yamldoc.Scalar("!!int", strconv.Itoa(v)))
	}
	if _, err := d.Apply(emotion(1, 2, 2)); err != nil {
		t.Fatal(err)
	}
	want := string(d.Bytes())
	j, err := d.PrepareSave(false)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- j.Run() }()
	for i := range 40 {
		e := emotion(i%6, i%50, i%5-2)
		if i%10 == 3 {
			e = yamldoc.Delete(yamldoc.Path{"stages", strconv.Itoa(i / 10), "touchpoints", "7", "channel"})
		}
		if _, err := d.Apply(e); err != nil {
			t.Fatalf("edit %d during the save: %v", i, err)
		}
	}
	if err := <-done; err != nil {
		t.Fatalf("save: %v", err)
	}
	d.Saved(j)
	if got, _ := os.ReadFile(path); string(got) != want {
		t.Fatalf("the save wrote other text than the one taken")
	}
	if !d.Dirty() {
		t.Fatalf("the edits made during the save show as saved")
	}
	if err := d.Save(false); err != nil {
		t.Fatalf("second save: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(d.Bytes()) || d.Dirty() {
		t.Fatalf("the second save did not write the edits made during the first")
	}
}
