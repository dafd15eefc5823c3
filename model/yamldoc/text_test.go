package yamldoc

import (
	"bytes"
	"maps"
	"math/rand"
	"strconv"
	"testing"
)

// withChunks runs f with chunks of about n bytes, so that small files
// spread over many chunks and every seam between them is crossed.
func withChunks(t *testing.T, n int, f func()) {
	t.Helper()
	was := chunkSize
	chunkSize = n
	defer func() { chunkSize = was }()
	f()
}

// sameLines checks every line position of t against the line breaks of
// its bytes, counted here afresh: whatever numbers the lines carry, the
// file's line n is the one numbered lineNumber(n).
func sameLines(t *testing.T, what string, got *text) {
	t.Helper()
	b := got.bytes()
	starts := []int{0}
	if bytes.HasPrefix(b, []byte(bom)) {
		starts[0] = 3
	}
	for i := 0; i < len(b); {
		if n := breakLen(b, i); n > 0 {
			i += n
			starts = append(starts, i)
			continue
		}
		i++
	}
	if got.count() != len(starts) || got.size() != len(b) {
		t.Fatalf("%s: %d lines, %d bytes; want %d, %d", what, got.count(), got.size(), len(starts), len(b))
	}
	for n := 1; n <= len(starts); n++ {
		v := got.lineNumber(n)
		end := len(b)
		if n < len(starts) {
			end = starts[n]
		}
		content := end
		for k := 3; k >= 1; k-- {
			if end-k >= starts[n-1] && breakLen(b, end-k) == k {
				content = end - k
				break
			}
		}
		if got.start(v) != starts[n-1] || got.end(v) != end || got.contentEnd(v) != content {
			t.Fatalf("%s: line %d (%d) at %d-%d (%d), want %d-%d (%d)", what, n, v, got.start(v), got.end(v), got.contentEnd(v), starts[n-1], end, content)
		}
		if got.realLine(v) != n {
			t.Fatalf("%s: line %d is numbered %d, which is line %d", what, n, v, got.realLine(v))
		}
		if n < len(starts) && (got.next(v) != got.lineNumber(n+1) || got.prev(got.next(v)) != v || got.next(v) <= v) {
			t.Fatalf("%s: line %d (%d) is followed by %d, want %d", what, n, v, got.next(v), got.lineNumber(n+1))
		}
	}
	if got.start(0) != 0 || got.start(got.last()+1) != len(b) || got.prev(got.lineNumber(1)) >= got.lineNumber(1) {
		t.Fatalf("%s: the ends of the text are out of place", what)
	}
	line := 1
	for off := 0; off <= len(b); off++ {
		for line < len(starts) && starts[line] <= off {
			line++
		}
		if got.realLine(got.lineOf(off)) != line {
			t.Fatalf("%s: byte %d on line %d, want %d", what, off, got.realLine(got.lineOf(off)), line)
		}
	}
}

// keptNumbers checks that a replacement of bytes [s, e) by n bytes left
// the number of every line that starts before s or after e as it was:
// nodes there keep their Line.
func keptNumbers(t *testing.T, what string, before, after *text, s, e, n int) {
	t.Helper()
	if after.renumbered {
		return
	}
	for ln := before.lineNumber(1); ln <= before.last(); ln = before.next(ln) {
		o := before.start(ln)
		switch {
		case o < s && after.lineOf(o) != ln:
			t.Fatalf("%s: the line at %d, before the edit, was numbered %d and now %d", what, o, ln, after.lineOf(o))
		case o > e && o <= before.size() && after.start(after.lineOf(o-e+s+n)) == o-e+s+n && after.lineOf(o-e+s+n) != ln:
			t.Fatalf("%s: the line at %d, after the edit, was numbered %d and now %d", what, o, ln, after.lineOf(o-e+s+n))
		}
	}
}

// Random replacements, line breaks of every kind included, keep the bytes
// and every line position of a text held in one piece.
func TestTextReplaceKeepsBytesAndLines(t *testing.T) {
	pieces := []string{"", "x", "\n", "\r\n", "\r", "\u0085", "\u2028", "ab\ncd\n", "- item\n  key: v\n", "é", bom}
	for _, size := range []int{1, 3, 16, 64} {
		withChunks(t, size, func() {
			for name, src := range corpusFiles(t) {
				r := rand.New(rand.NewSource(int64(size)))
				cur := newText(append([]byte(nil), src...))
				ref := append([]byte(nil), src...)
				sameLines(t, name, cur)
				for step := 0; step < 60; step++ {
					s := r.Intn(len(ref) + 1)
					e := min(len(ref), s+r.Intn(20))
					ins := pieces[r.Intn(len(pieces))] + pieces[r.Intn(len(pieces))]
					before := cur
					cur = cur.replace(s, e, ins)
					ref = append(append(append([]byte(nil), ref[:s]...), ins...), ref[e:]...)
					if !bytes.Equal(cur.bytes(), ref) {
						t.Fatalf("%s chunks %d step %d: bytes differ", name, size, step)
					}
					sameLines(t, name+" step "+strconv.Itoa(step), cur)
					keptNumbers(t, name+" step "+strconv.Itoa(step), before, cur, s, e, len(ins))
					if cur.equal(before) != bytes.Equal(before.bytes(), ref) {
						t.Fatalf("%s chunks %d step %d: equal disagrees with the bytes", name, size, step)
					}
				}
			}
		})
	}
}

// Random edits and undo on documents spread over many small chunks give
// back the original bytes, and the proof from the touched lines agrees
// with the full re-parse after every edit.
func TestRandomEditsOnSmallChunks(t *testing.T) {
	proved := 0
	defer func() {
		if proved < 50 {
			t.Errorf("only %d edits proven from their lines; the shortcut is not being tested", proved)
		}
		t.Logf("%d edits proven from their lines", proved)
	}()
	for _, size := range []int{1, 40} {
		withChunks(t, size, func() {
			for name, src := range corpusFiles(t) {
				for seed := int64(0); seed < 10; seed++ {
					r := rand.New(rand.NewSource(seed))
					d := mustParse(t, string(src))
					var inverses []Edit
					for step := 0; step < 12; step++ {
						e, ok := randomEdit(d, r)
						if !ok {
							continue
						}
						inv, err := d.Apply(e)
						if err != nil {
							continue
						}
						inverses = append(inverses, inv)
						s := d.Snapshot()
						if len(s.proof.touched) > 0 && s.incremental() {
							proved++
						}
						inc, full := s.Verify(), s.VerifyFull()
						if (inc == nil) != (full == nil) {
							t.Fatalf("%s seed %d: after %s %s the proofs disagree: %v / %v", name, seed, e.Op, e.Path, inc, full)
						}
						if r.Intn(3) == 0 {
							d.Verified(s)
						}
						// The comment lines counted at the last full parse
						// are still the tree's: the next edit's check of
						// lost and gained comments starts from them.
						fresh := map[string]int{}
						comments(d.root, fresh)
						if !maps.Equal(fresh, d.notes()) {
							t.Fatalf("%s seed %d: after %s %s the counted comments are stale: %v, the tree has %v", name, seed, e.Op, e.Path, d.notes(), fresh)
						}
					}
					for i := len(inverses) - 1; i >= 0; i-- {
						if _, err := d.Apply(inverses[i]); err != nil {
							t.Fatalf("%s seed %d: undo %d: %v", name, seed, i, err)
						}
					}
					if string(d.Bytes()) != string(src) {
						t.Fatalf("%s seed %d: undo all gave other bytes", name, seed)
					}
				}
			}
		})
	}
}

// The proof from touched lines catches a text that does not hold the
// tree: a touched line put back, or an untouched line changed.
func TestIncrementalProofCatchesMismatch(t *testing.T) {
	src := "# top\nstages:\n  - id: a\n    emotion: 1   # felt\n  - id: b\n    emotion: 2\n"
	withChunks(t, 8, func() {
		d := mustParse(t, src)
		before := d.Snapshot()
		if _, err := d.Apply(Set(Path{"stages", "0", "emotion"}, Scalar("!!int", "-2"))); err != nil {
			t.Fatal(err)
		}
		if d.Parses() != 1 {
			t.Fatalf("the emotion did not go the fast way")
		}
		now := d.Snapshot()
		if err := now.Verify(); err != nil {
			t.Fatalf("the true text: %v", err)
		}
		if !now.incremental() {
			t.Fatalf("a one-token edit needed the full check")
		}
		old := &Snapshot{doc: d, t: before.t, root: now.root, proof: now.proof}
		if old.incremental() || old.Verify() == nil {
			t.Errorf("the text before the edit passed for the tree after it")
		}
		i := bytes.Index(now.Bytes(), []byte("id: b"))
		other := &Snapshot{doc: d, t: now.t.replace(i+4, i+5, "c"), root: now.root, proof: now.proof}
		if other.incremental() || other.Verify() == nil {
			t.Errorf("an untouched line changed and passed")
		}
		comment := bytes.Index(now.Bytes(), []byte("# felt"))
		gone := &Snapshot{doc: d, t: now.t.replace(comment, comment+6, ""), root: now.root, proof: now.proof}
		if gone.incremental() {
			t.Errorf("a comment dropped from a touched line passed")
		}
	})
}

// A snapshot stays as it was while the document goes on being edited.
func TestSnapshotUnchangedByLaterEdits(t *testing.T) {
	src := "a: 1\nb: [x, y]\nc: {p: 1, q: 2}\n"
	d := mustParse(t, src)
	s := d.Snapshot()
	for _, e := range []Edit{
		Set(Path{"a"}, Scalar("!!int", "22")),
		Set(Path{"b", "0"}, Scalar("!!str", "longer")),
		Set(Path{"c", "p"}, Scalar("!!int", "3")),
		InsertKey(Path{}, -1, "d", Scalar("!!str", "new")),
	} {
		if _, err := d.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	if string(s.Bytes()) != src {
		t.Fatalf("snapshot text changed to %q", s.Bytes())
	}
	if err := s.Verify(); err != nil {
		t.Fatalf("snapshot no longer verifies: %v", err)
	}
	var v map[string]any
	if err := s.root.Decode(&v); err != nil || v["a"] != 1 || v["c"].(map[string]any)["p"] != 1 {
		t.Fatalf("snapshot tree changed: %v %v", v, err)
	}
}
