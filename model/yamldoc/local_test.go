package yamldoc

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// bigList is a block list of n mappings under a key, with comments and
// blank lines about, long enough to span many chunks.
func bigList(n int) string {
	var b strings.Builder
	b.WriteString("# notes\ntitle: Big\nitems:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: i%d\n    text: Item %d # said twice\n    votes: %d\n", i, i, i%7)
		if i%10 == 9 {
			b.WriteString("\n")
		}
	}
	b.WriteString("tail:\n  key: value\n")
	return b.String()
}

// Adding, removing and moving list items skips the full parse: each edit
// parses only the lines around it, keeps every node it did not reach, and
// still gives a tree whose data, comments and positions are exactly what
// the text reads as (TestMain makes each such edit check itself against
// a full parse). Undoing them all gives back the original bytes, and the
// save's proof parses in full.
func TestItemsChangeInWhatTheyTouch(t *testing.T) {
	withChunks(t, 512, func() {
		src := bigList(300)
		d := mustParse(t, src)
		parses, locals := d.Parses(), localCount.Load()
		item := func(id string) Edit {
			return Insert(Path{"items"}, -1, mapping("id", id, "text", "New "+id))
		}
		edits := []Edit{
			Insert(Path{"items"}, 0, mapping("id", "first", "text", "At the top")),
			Insert(Path{"items"}, 150, mapping("id", "middle", "text", "In the middle")),
			item("last"),
			Delete(Path{"items", "40"}),
			Delete(Path{"items", "0"}),
			Move(Path{"items", "7"}, Path{"items"}, 200),
			Move(Path{"items", "250"}, Path{"items"}, 3),
			InsertKey(Path{"items", "12"}, 1, "severity", Scalar("!!str", "high")),
			Delete(Path{"items", "12", "votes"}),
		}
		var inverses []Edit
		for _, e := range edits {
			inv, err := d.Apply(e)
			if err != nil {
				t.Fatalf("%s %s: %v", e.Op, e.Path, err)
			}
			inverses = append(inverses, inv)
		}
		if d.Parses() != parses {
			t.Errorf("the edits parsed the whole text %d times", d.Parses()-parses)
		}
		if n := localCount.Load() - locals; n < int64(len(edits)) {
			t.Errorf("%d local splices for %d edits (moves are two)", n, len(edits))
		}
		first, _ := d.Get(Path{"items", "0", "id"})
		mid, _ := d.Get(Path{"items", "299", "id"})
		if first.Value != "i0" || d.Line(first.Line) != 4 {
			t.Errorf("items.0 is %s on line %d, want i0 on line 4", first.Value, d.Line(first.Line))
		}
		if want := lineOf(t, d.Bytes(), "- id: "+mid.Value+"\n"); d.Line(mid.Line) != want {
			t.Errorf("%s on line %d, want %d", mid.Value, d.Line(mid.Line), want)
		}
		if err := d.Snapshot().Verify(); err != nil {
			t.Fatal(err)
		}
		for i := len(inverses) - 1; i >= 0; i-- {
			if _, err := d.Apply(inverses[i]); err != nil {
				t.Fatalf("undo %d: %v", i, err)
			}
		}
		if !bytes.Equal(d.Bytes(), []byte(src)) {
			t.Error("undoing every edit did not give back the original bytes")
		}
	})
}

// A local splice is not taken where a comment beside the edit may hang on
// either side, nor in a text with anchors: those parse in full.
func TestItemsWithCommentsBesideGoTheFullWay(t *testing.T) {
	for name, src := range map[string]string{
		"comment after": "items:\n  - a\n  - b\n# about b\nnext: 1\n",
		"anchors":       "items:\n  - &x a\n  - b\nother: *x\n",
	} {
		d := mustParse(t, src)
		parses := d.Parses()
		if _, err := d.Apply(Insert(Path{"items"}, -1, Scalar("!!str", "c"))); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Parses() != parses+1 {
			t.Errorf("%s: the insert did not parse the whole text", name)
		}
	}
}

func mapping(kv ...string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Content = append(m.Content, Scalar("!!str", kv[i]), Scalar("!!str", kv[i+1]))
	}
	return m
}

// lineOf is the 1-based line of the first line of src ending in suffix.
func lineOf(t *testing.T, src []byte, suffix string) int {
	t.Helper()
	for i, l := range strings.SplitAfter(string(src), "\n") {
		if strings.HasSuffix(l, suffix) {
			return i + 1
		}
	}
	t.Fatalf("no line ends in %q", suffix)
	return 0
}

// applyChecked applies the edits one by one and fails unless, after each,
// the tree holds exactly the data, comments and positions a full parse of
// the text gives (an edit may be refused), and undoing them all gives back
// src.
func applyChecked(t *testing.T, name, src string, edits ...Edit) {
	t.Helper()
	d := mustParse(t, src)
	var inverses []Edit
	for _, e := range edits {
		var inv Edit
		var err error
		func() {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("panic: %v", p)
				}
			}()
			inv, err = d.Apply(e)
		}()
		if err != nil && !strings.HasPrefix(err.Error(), "panic") {
			continue // refused: Apply leaves the document as it was
		}
		if err != nil {
			t.Fatalf("%s: %s %s: %v", name, e.Op, e.Path, err)
		}
		inverses = append(inverses, inv)
		full, err := parseNode(d.t.bytes(), d.lim)
		if err != nil {
			t.Fatalf("%s: %s %s: %v", name, e.Op, e.Path, err)
		}
		if err := samePositions(d.t, d.root, full, ""); err != nil {
			t.Fatalf("%s: %s %s: %v", name, e.Op, e.Path, err)
		}
		if err := d.Snapshot().VerifyFull(); err != nil {
			t.Fatalf("%s: %s %s: %v", name, e.Op, e.Path, err)
		}
	}
	for i := len(inverses) - 1; i >= 0; i-- {
		if _, err := d.Apply(inverses[i]); err != nil {
			t.Fatalf("%s: undo %d: %v", name, i, err)
		}
	}
	if string(d.Bytes()) != src {
		t.Fatalf("%s: undo gave %q, want %q", name, d.Bytes(), src)
	}
}

// A kept block scalar (`|+`) takes in the blank lines after it: when the
// child after it goes, or a kept one is put back last, the blank lines
// that follow the window become part of the scalar, which the window's
// lines alone do not show.
func TestKeptBlockScalarTakesTheBlankLinesAfterIt(t *testing.T) {
	applyChecked(t, "delete after |+", "items:\n  - |+\n    text\n  - b\n\nnext: 1\n", Delete(Path{"items", "1"}))
	applyChecked(t, "undo |+ last", "items:\n  - a\n  - |+\n    text\n\nnext: 1\n", Delete(Path{"items", "1"}))
	applyChecked(t, "mapping", "m:\n  a: |+\n    t\n  b: 2\n  \nz: 1\n", Delete(Path{"m", "b"}))
	applyChecked(t, "at the end", "m:\n  a: |+\n    t\n  b: 2\n\n", Delete(Path{"m", "b"}))
}

// A collection whose tag stands on a line of its own stands there, not
// where its first child does: a new first child does not move it.
func TestCollectionTaggedOnItsOwnLine(t *testing.T) {
	applyChecked(t, "mapping insert", "m:\n  !!map\n  a: 1\n  b: 2\n", InsertKey(Path{"m"}, 0, "z", Scalar("!!str", "n")))
	applyChecked(t, "mapping delete", "m:\n  !!map\n  a: 1\n  b: 2\n", Delete(Path{"m", "a"}))
	applyChecked(t, "list insert", "m:\n  !!seq\n  - a\n  - b\n", Insert(Path{"m"}, 0, Scalar("!!str", "n")))
	applyChecked(t, "custom tag", "m:\n  !x\n  - a\n  - b\n", Delete(Path{"m", "0"}))
}

// Comments in or beside the lines an edit changes may hang on a node
// outside the window (the list's foot, the document's, the key after it)
// or move from one child to another; such edits cannot be told from the
// window alone.
func TestCommentsThatHangOutsideTheWindow(t *testing.T) {
	// A new first item with a deeper comment below it: the comment hangs
	// on the item after it.
	applyChecked(t, "first item's comment", "k0:\n  -\n    k0:\n  - w57\n   # c\n  - y\n", Move(Path{"k0", "1"}, Path{"k0"}, 0))
	// The last item's deeper comment hangs on the key after the list.
	applyChecked(t, "last item's comment", "m:\n  k2:\n  - a\n  - w23\n    # c\n  k3: x\n", Delete(Path{"m", "k2", "1"}))
	// The comment above a nested list's items hangs on its last item.
	applyChecked(t, "comment held from above", "- y\n- q\n-\n# c\n  -\n  -\n  - w50\n", Delete(Path{"2", "2"}))
	// A comment at the end of the file hangs on the document; an item put
	// back after it takes it.
	raw := "\n\n  -\n    k0: w\n\n    k2:\n      - a\n    # c\n      - q"
	applyChecked(t, "document's foot", "-\n  -\n    - w8\n\n  -\n    -\n      - w55\n      # c\n   # c",
		Edit{Op: OpInsert, Path: Path{"0"}, Index: 2, Raw: &raw})
}

// An empty item followed by a blank line and a nested list (CR line
// breaks) was laid out with its end before its start, and moving the item
// after it cut the text backwards and crashed. Such a layout is refused
// with a message; the document stays as it was.
func TestMisreadLayoutIsRefusedNotCut(t *testing.T) {
	src := "---\rk0:\r # c\r  k0: v # lc\r  k1: w79\r  # c\r  k2: !!map\r    -\r      - |\r          text\r          more\r    - k0: a\r        b\r      k1: v # lc\r    -\r    -\r\r      - a\r          b\r      - w43\r      - w36\r  z836: |\r    multi\r    line\r"
	d := mustParse(t, src)
	if _, err := d.Apply(Move(Path{"k0", "k2", "2"}, Path{"k0", "k2"}, 0)); err == nil || !strings.Contains(err.Error(), "cannot tell where the items") {
		t.Errorf("the move gave %v, want a refusal that says the items cannot be placed", err)
	}
	if string(d.Bytes()) != src {
		t.Error("a refused move changed the text")
	}
}

// A move that lands an item where it is changes nothing: moving a list's
// only item out and back laid the list out anew, and its undo then lost a
// comment under it.
func TestMoveToWhereItIsKeepsTheText(t *testing.T) {
	src := "k:\n    - only\n    # about it\nnext: 1\nlist:\n  - a\n  - b\n"
	d := mustParse(t, src)
	for _, e := range []Edit{
		Move(Path{"k", "0"}, Path{"k"}, 0),
		Move(Path{"list", "1"}, Path{"list"}, -1),
		Move(Path{"list", "0"}, Path{"list"}, 0),
	} {
		inv, err := d.Apply(e)
		if err != nil {
			t.Fatalf("%s: %v", e.Path, err)
		}
		if string(d.Bytes()) != src || inv.Op != OpBatch || len(inv.Edits) != 0 {
			t.Errorf("moving %s where it is changed the text to %q", e.Path, d.Bytes())
		}
	}
}
