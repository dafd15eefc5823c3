package model

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Doc is a journey map file being read or edited: the author's text, the
// typed map decoded from it, and what lint has to say about it. Every
// change goes through Apply, so the text changes only where an edit
// changes it.
type Doc struct {
	path  string
	text  *yamldoc.Document
	m     *Map
	diags Diagnostics
	today Date
	disk  [sha256.Size]byte // the file's content when loaded or last saved
	stamp stamp             // its size and time then, to skip hashing when unchanged
}

// stamp is what a stat says of a file: when both match, it is taken as
// unchanged without reading it.
type stamp struct {
	size  int64
	mtime time.Time
}

func stampOf(path string) stamp {
	info, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{info.Size(), info.ModTime()}
}

// Load reads and decodes a map file. A file that is not a valid map gives
// its located errors as a Diagnostics error; warnings stay with the Doc.
func Load(path string, today Date) (*Doc, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not a map file", path)
	}
	if info.Size() > yamldoc.MaxSize {
		return nil, Diagnostics{{File: path, Line: 1, Col: 1, Message: fmt.Sprintf("file is %d bytes; the limit is %d", info.Size(), yamldoc.MaxSize)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	st := stampOf(path)
	d, err := Parse(path, data, today)
	if d != nil {
		d.stamp = st
	}
	return d, err
}

// Parse decodes a map from bytes; file names it in diagnostics.
func Parse(file string, data []byte, today Date) (*Doc, error) {
	text, err := yamldoc.Parse(data)
	if err != nil {
		return nil, syntaxDiagnostics(file, err)
	}
	d := &Doc{path: file, text: text, today: today, disk: sha256.Sum256(data)}
	d.decode()
	if d.diags.HasErrors() {
		return d, d.diags
	}
	return d, nil
}

func syntaxDiagnostics(file string, err error) Diagnostics {
	var se *yamldoc.SyntaxError
	if errors.As(err, &se) {
		return Diagnostics{{File: file, Line: se.Line, Col: se.Col, Message: se.Msg}}
	}
	return Diagnostics{{File: file, Line: 1, Col: 1, Message: err.Error()}}
}

func (d *Doc) decode() {
	d.m, d.diags = Decode(d.path, d.text.Node(), d.today)
}

// Map is the typed map as of the last edit. Treat it as read-only.
func (d *Doc) Map() *Map { return d.m }

// Path is the file the map was loaded from.
func (d *Doc) Path() string { return d.path }

// Diagnostics are lint's findings for the map as it is now.
func (d *Doc) Diagnostics() Diagnostics { return d.diags }

// Bytes is the map's text as it is now.
func (d *Doc) Bytes() []byte { return d.text.Bytes() }

// Text is the format-preserving document under the map.
func (d *Doc) Text() *yamldoc.Document { return d.text }

// Today is the date goal figures and staleness are computed for.
func (d *Doc) Today() Date { return d.today }

// Dirty reports whether the text differs from the file as loaded or last
// saved.
func (d *Doc) Dirty() bool { return sha256.Sum256(d.text.Bytes()) != d.disk }

// EditError is an edit refused because it would break the map.
type EditError struct {
	Diagnostic Diagnostic
}

func (e *EditError) Error() string { return e.Diagnostic.Message }

// Apply makes an edit and returns its inverse. An edit that would leave
// the map with an error it did not have (emotion 7, severity catastrophic,
// a duplicate id) is refused and the map stays as it was.
func (d *Doc) Apply(e yamldoc.Edit) (yamldoc.Edit, error) {
	inv, err := d.text.Apply(e)
	if err != nil {
		return yamldoc.Edit{}, err
	}
	if e.Op == "set" && d.patchable(e) {
		v, _ := d.text.Get(e.Path)
		if patch(d.m, e.Path, v) {
			return inv, nil
		}
	}
	old := d.diags
	d.decode()
	if fresh := newErrors(old, d.diags); len(fresh) > 0 {
		if _, err := d.text.Apply(inv); err != nil {
			return yamldoc.Edit{}, fmt.Errorf("refused edit could not be taken back: %v", err)
		}
		d.decode()
		return yamldoc.Edit{}, &EditError{fresh[0]}
	}
	return inv, nil
}

// Restore applies an edit without refusing errors it brings back: undo
// and redo return the map to a state it has been in, errors and all.
func (d *Doc) Restore(e yamldoc.Edit) (yamldoc.Edit, error) {
	inv, err := d.text.Apply(e)
	if err != nil {
		return yamldoc.Edit{}, err
	}
	if e.Op == "set" && d.patchable(e) {
		if v, _ := d.text.Get(e.Path); patch(d.m, e.Path, v) {
			return inv, nil
		}
	}
	d.decode()
	return inv, nil
}

// patchable reports whether a set may update the typed map in place: a map
// without errors, so that none can go away; patch itself takes only leaf
// scalars it knows.
func (d *Doc) patchable(e yamldoc.Edit) bool {
	return e.Op == "set" && !d.diags.HasErrors()
}

// newErrors lists the errors in after that were not in before, compared
// by message since an edit moves the lines below it. Line numbers inside a
// message ("first at line 12") move too, so they are left out of the
// comparison.
func newErrors(before, after Diagnostics) Diagnostics {
	seen := map[string]int{}
	for _, x := range before {
		if x.Severity == Error {
			seen[sansLines(x.Message)]++
		}
	}
	var out Diagnostics
	for _, x := range after {
		if x.Severity != Error {
			continue
		}
		if k := sansLines(x.Message); seen[k] > 0 {
			seen[k]--
			continue
		}
		out = append(out, x)
	}
	return out
}

var lineRef = regexp.MustCompile(`\bline \d+`)

func sansLines(msg string) string { return lineRef.ReplaceAllString(msg, "line") }

// ErrChangedOnDisk is returned by Save when the file was changed by
// someone else since it was loaded or last saved.
var ErrChangedOnDisk = errors.New("the file changed on disk since it was loaded")

// ChangedOnDisk reports whether the file on disk differs from what was
// loaded or last saved. A file that is gone counts as changed.
func (d *Doc) ChangedOnDisk() (bool, error) {
	if st := stampOf(d.path); st != (stamp{}) && st == d.stamp {
		return false, nil
	}
	data, err := os.ReadFile(d.path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return sha256.Sum256(data) != d.disk, nil
}

// Save writes the map atomically. It refuses, unless force is set, when the
// file changed on disk since it was loaded; and always when the text would
// not read back as exactly the edited data and comments. When the file
// already holds the text, nothing is written.
func (d *Doc) Save(force bool) error {
	if err := d.text.Verify(); err != nil {
		return fmt.Errorf("not saved: %v", err)
	}
	changed, err := d.ChangedOnDisk()
	if err != nil && !force {
		return err
	}
	if changed && !force {
		return ErrChangedOnDisk
	}
	if err == nil && !changed && !d.Dirty() {
		// Nothing to write: leave the file, and its mtime, alone.
		return nil
	}
	data := d.text.Bytes()
	if err := WriteFileAtomic(d.path, data); err != nil {
		return err
	}
	d.disk = sha256.Sum256(data)
	d.stamp = stampOf(d.path)
	return nil
}

// SameText reports whether data is exactly the map's current text.
func (d *Doc) SameText(data []byte) bool { return bytes.Equal(data, d.text.Bytes()) }

// Summary is one line describing the map, for listings and logs.
func (d *Doc) Summary() string {
	m := d.m
	tps := 0
	for _, s := range m.Stages {
		tps += len(s.Touchpoints)
	}
	parts := []string{fmt.Sprintf("%d stages", len(m.Stages)), fmt.Sprintf("%d touchpoints", tps),
		fmt.Sprintf("%d personas", len(m.Personas)), fmt.Sprintf("%d goals", len(m.Goals))}
	return m.Title + ": " + strings.Join(parts, ", ")
}
