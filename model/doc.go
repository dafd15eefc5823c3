package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"time"

	"go.yaml.in/yaml/v3"

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
	saved *yamldoc.Snapshot // the text as loaded or last saved, to tell unsaved edits
	stamp stamp             // its size and time then, to skip hashing when unchanged
	// shared tells that the text has aliases, so that one value may show
	// in several places of the map and only a full decode is right.
	shared bool
	// overwrite lets a save replace a read-only or hard-linked file.
	overwrite bool
	// idx is what the map-wide checks know, for structural patches; nil
	// until one needs it after a full decode.
	idx *mapIndex
	// oldSlugRefs tells that the last full decode resolved a reference
	// through an old slug (a warning the structural patch does not keep).
	oldSlugRefs bool
	// patches counts the structural edits patched without a full decode.
	patches int
}

// stamp is what a stat says of a file: when both match, it is taken as
// unchanged without reading it.
type stamp struct {
	size  int64
	mtime time.Time
	// racy: the file was written so shortly before (or, by its clock,
	// after) it was stamped that another write of the same size could
	// still fall in the same tick of the file system's clock and keep the
	// time. Such a stamp proves nothing; the content is compared.
	racy bool
}

// racyWindow is longer than the coarsest clock of a common file system
// (FAT's two seconds).
const racyWindow = 3 * time.Second

func stampOf(path string) stamp {
	info, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stampInfo(info)
}

func stampInfo(info os.FileInfo) stamp {
	return stamp{info.Size(), info.ModTime(), time.Since(info.ModTime()) < racyWindow}
}

// same reports whether a stat taken now vouches for the file stamped as s.
func (s stamp) same(now stamp) bool {
	return s != (stamp{}) && !s.racy && now.size == s.size && now.mtime.Equal(s.mtime)
}

// Load reads and decodes a map file. A file that is not a valid map gives
// its located errors as a Diagnostics error; warnings stay with the Doc.
func Load(path string, today Date) (*Doc, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := CheckRegular(path, info); err != nil {
		return nil, err
	}
	if info.Size() > MaxSize {
		return nil, Diagnostics{{File: path, Line: 1, Col: 1, Message: fmt.Sprintf("file is %d bytes; the limit is %d", info.Size(), MaxSize)}}
	}
	// Stamped before reading: a write in between then shows as a change.
	st := stampInfo(info)
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, Diagnostics{{File: path, Line: 1, Col: 1, Message: fmt.Sprintf("file is larger than the limit of %d bytes", MaxSize)}}
	}
	d, err := Parse(path, data, today)
	if d != nil {
		d.stamp = st
	}
	return d, err
}

// readLimited reads a file up to one byte past the largest map, since a
// stat's size is no bound for a device or a pipe (/dev/zero never ends).
func readLimited(path string) ([]byte, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxSize+1))
}

// Parse decodes a map from bytes; file names it in diagnostics.
func Parse(file string, data []byte, today Date) (*Doc, error) {
	text, err := yamldoc.Parse(data, yamldoc.WithMaxSize(MaxSize))
	if err != nil {
		return nil, syntaxDiagnostics(file, err)
	}
	d := &Doc{path: file, text: text, today: today, disk: sha256.Sum256(data), saved: text.Snapshot()}
	d.decode()
	if d.diags.HasErrors() {
		return d, d.Diagnostics()
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
	d.m, d.diags, d.oldSlugRefs = decode(d.path, d.text.Node(), d.today, d.text.Line)
	d.idx = nil
	if d.m != nil {
		keepDerived(d.m)
	}
	d.shared = d.text.Aliases()
}

// hasAlias reports whether the tree under n uses an alias (a merge key
// included), walking with its own stack as deep trees are allowed.
func hasAlias(n *yaml.Node) bool {
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode {
			return true
		}
		stack = append(stack, n.Content...)
	}
	return false
}

// Map is the typed map as of the last edit. Treat it as read-only.
func (d *Doc) Map() *Map { return d.m }

// Path is the file the map was loaded from.
func (d *Doc) Path() string { return d.path }

// Diagnostics are lint's findings for the map as it is now, at the file's
// lines.
func (d *Doc) Diagnostics() Diagnostics {
	if len(d.diags) == 0 {
		return nil
	}
	out := make(Diagnostics, len(d.diags))
	for i, x := range d.diags {
		x.Line = d.text.Line(x.Line)
		out[i] = x
	}
	return out
}

// FilePos is where in the file a position of the typed map is. The map's
// positions (its items' Pos) are those of the document's nodes, whose line
// numbers stay put when an edit adds or removes lines elsewhere; this
// turns one into the file's line as of now.
func (d *Doc) FilePos(p Pos) Pos {
	if p.Line >= 1 {
		p.Line = d.text.Line(p.Line)
	}
	return p
}

// Bytes is the map's text as it is now.
func (d *Doc) Bytes() []byte { return d.text.Bytes() }

// Text is the format-preserving document under the map.
func (d *Doc) Text() *yamldoc.Document { return d.text }

// Today is the date goal figures and staleness are computed for.
func (d *Doc) Today() Date { return d.today }

// Dirty reports whether the text differs from the file as loaded or last
// saved. It reads only the parts of the text edits have rebuilt since, so
// it is cheap enough to ask after every key.
func (d *Doc) Dirty() bool { return !d.text.Same(d.saved) }

// EditError is an edit refused because it would break the map.
type EditError struct {
	Diagnostic Diagnostic
}

func (e *EditError) Error() string { return e.Diagnostic.Message }

// Apply makes an edit and returns its inverse. An edit that would leave
// the map with an error it did not have (emotion 7, severity catastrophic,
// a duplicate id) is refused and the map stays as it was.
//
// The set of a key an item does not have yet is made as an insert where
// the format lists that key (votes after severity, not after a long list
// of actions), so that every client writes the same bytes for the same
// change and the file reads as if a person had written it.
func (d *Doc) Apply(e yamldoc.Edit) (yamldoc.Edit, error) {
	if p := placed(d, e); p.Op != e.Op {
		inv, err := d.apply(p)
		var ee *EditError
		if err == nil || errors.As(err, &ee) {
			return inv, err
		}
		// The file's layout did not take the key there: append it.
	}
	return d.apply(e)
}

func (d *Doc) apply(e yamldoc.Edit) (yamldoc.Edit, error) {
	parses := d.text.Parses()
	plan := d.planStructural(e)
	inv, err := d.text.Apply(e)
	if err != nil {
		return yamldoc.Edit{}, err
	}
	if d.patchable(e, parses) {
		v, _ := d.text.Get(e.Path)
		if patch(d.m, e.Path, v) {
			patchDerived(d.m, e.Path[len(e.Path)-1])
			return inv, nil
		}
	}
	if d.patchStructural(plan) {
		return inv, nil
	}
	old := d.diags
	d.decode()
	if fresh := newErrors(old, d.diags); len(fresh) > 0 {
		fresh[0].Line = d.text.Line(fresh[0].Line)
		if _, err := d.text.Apply(inv); err != nil {
			return yamldoc.Edit{}, fmt.Errorf("refused edit could not be taken back: %v", err)
		}
		d.decode()
		return yamldoc.Edit{}, &EditError{d.refusal(e, fresh[0])}
	}
	return inv, nil
}

// Restore applies an edit without refusing errors it brings back: undo
// and redo return the map to a state it has been in, errors and all.
func (d *Doc) Restore(e yamldoc.Edit) (yamldoc.Edit, error) {
	parses := d.text.Parses()
	plan := d.planStructural(e)
	inv, err := d.text.Apply(e)
	if err != nil {
		return yamldoc.Edit{}, err
	}
	if d.patchable(e, parses) {
		if v, _ := d.text.Get(e.Path); patch(d.m, e.Path, v) {
			patchDerived(d.m, e.Path[len(e.Path)-1])
			return inv, nil
		}
	}
	if d.patchStructural(plan) {
		return inv, nil
	}
	d.decode()
	return inv, nil
}

// patchable reports whether a set just made may update the typed map in
// place: a map without errors, so that none can go away, and without
// aliases, so that the value shows nowhere else. The set must have been
// one token replaced within its line (the text was not parsed again, and
// the tree kept every node but those down to that token), outside [...] and
// {...}: then no other item moved, and the positions in the map and its
// diagnostics hold. patch itself takes only leaf scalars it knows.
func (d *Doc) patchable(e yamldoc.Edit, parses int) bool {
	if e.Op != yamldoc.OpSet || len(e.Path) == 0 || d.diags.HasErrors() || d.shared || d.text.Parses() != parses {
		return false
	}
	parent, err := d.text.Get(e.Path[:len(e.Path)-1])
	return err == nil && parent.Style&yaml.FlowStyle == 0
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

// DiskState is what a document knows of its file on disk, captured on
// the UI thread so that a check or a save can run in the background while
// the document goes on being edited.
type DiskState struct {
	path  string
	stamp stamp
	sum   [sha256.Size]byte
}

// Sum is the sha256 of the file's content as last loaded or saved, in hex.
func (s DiskState) Sum() string { return hex.EncodeToString(s.sum[:]) }

// Disk captures the document's knowledge of its file.
func (d *Doc) Disk() DiskState { return DiskState{d.path, d.stamp, d.disk} }

// Changed reports whether the file on disk differs from what was loaded
// or last saved. A file that is gone counts as changed. Size and mtime
// answer first; the content is hashed only when they moved.
func (s DiskState) Changed() (bool, error) {
	if s.stamp.same(stampOf(s.path)) {
		return false, nil
	}
	data, err := readLimited(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	return sha256.Sum256(data) != s.sum, nil
}

// ChangedOnDisk reports whether the file on disk differs from what was
// loaded or last saved.
func (d *Doc) ChangedOnDisk() (bool, error) { return d.Disk().Changed() }

// SaveJob is a save taken on the UI thread and carried out by Run
// anywhere, so that neither the check nor the write blocks the screen.
type SaveJob struct {
	disk  DiskState
	snap  *yamldoc.Snapshot
	force bool
	dirty bool
	sum   [sha256.Size]byte // the written text's hash, for the next disk check
	after stamp             // the file's stamp once written

	// overwrite lets the job replace a read-only or hard-linked file.
	overwrite bool
}

// PrepareSave takes the text as it is now for writing. It copies nothing
// and checks nothing, so it never makes the caller wait: later edits build
// new text and nodes and leave the job's snapshot as it was, and Run does
// the checking.
func (d *Doc) PrepareSave(force bool) (*SaveJob, error) {
	return &SaveJob{disk: d.Disk(), snap: d.text.Snapshot(), force: force, dirty: d.Dirty(), overwrite: d.overwrite}, nil
}

// Run proves that the text reads back as exactly the edited data and
// comments, then writes the file atomically. It refuses, unless forced,
// when the file changed on disk since it was loaded or last saved; when
// the file already holds the text, nothing is written and its mtime stays.
//
// The proof runs before the map's lock is taken; the check of the disk
// and the write happen under it (LockFile), so that no other journey
// process can write between them.
func (j *SaveJob) Run() error {
	if err := j.snap.Verify(); err != nil {
		return fmt.Errorf("not saved: %v", err)
	}
	data := j.snap.Bytes()
	unlock, err := LockFile(j.disk.path)
	if err != nil {
		return err
	}
	defer unlock()
	changed, err := j.disk.Changed()
	if err != nil && !j.force {
		return err
	}
	if changed && !j.force {
		return ErrChangedOnDisk
	}
	if err == nil && !changed && !j.dirty {
		j.sum, j.after = j.disk.sum, j.disk.stamp
		return nil
	}
	if !j.overwrite {
		if err := CheckOverwrite(j.disk.path); err != nil {
			return err
		}
	}
	if err := WriteFileAtomic(j.disk.path, data); err != nil {
		return err
	}
	j.sum = sha256.Sum256(data)
	j.after = stampOf(j.disk.path)
	return nil
}

// Saved records a finished job's text as what is on disk, and its proof
// as the start of the next one.
func (d *Doc) Saved(j *SaveJob) {
	d.disk = j.sum
	d.stamp = j.after
	d.saved = j.snap
	d.text.Verified(j.snap)
}

// Save writes the map atomically, in one go: PrepareSave, Run and Saved.
// It refuses, unless force is set, when the file changed on disk since it
// was loaded; and always when the text would not read back as exactly the
// edited data and comments.
func (d *Doc) Save(force bool) error {
	j, err := d.PrepareSave(force)
	if err != nil {
		return err
	}
	if err := j.Run(); err != nil {
		return err
	}
	d.Saved(j)
	return nil
}

// SameText reports whether data is exactly the map's current text.
func (d *Doc) SameText(data []byte) bool { return bytes.Equal(data, d.text.Bytes()) }
