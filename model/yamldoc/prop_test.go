package yamldoc

import (
	"math/rand"
	"strconv"
	"testing"

	"go.yaml.in/yaml/v3"
)

// candidate edits for the current document, drawn at random.
func randomEdit(d *Document, r *rand.Rand) (Edit, bool) {
	type spot struct {
		path Path
		node *yaml.Node
		seq  bool // node is a sequence item
	}
	var spots []spot
	var seqs []spot
	var walk func(n *yaml.Node, p Path)
	walk = func(n *yaml.Node, p Path) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				cp := append(append(Path{}, p...), n.Content[i].Value)
				spots = append(spots, spot{cp, n.Content[i+1], false})
				walk(n.Content[i+1], cp)
			}
		case yaml.SequenceNode:
			seqs = append(seqs, spot{p, n, false})
			for i, c := range n.Content {
				cp := append(append(Path{}, p...), strconv.Itoa(i))
				spots = append(spots, spot{cp, c, true})
				walk(c, cp)
			}
		}
	}
	walk(d.Root(), nil)
	words := []string{"plain words", "quote \"me\"", "it's", "yes", "42", "-2", "multi\nline\n", "café ☕", "a: b", "#hash", ""}
	value := func() *yaml.Node {
		if r.Intn(4) == 0 {
			return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
				Scalar("!!str", "text"), Scalar("!!str", words[r.Intn(len(words))]),
				Scalar("!!str", "votes"), Scalar("!!int", strconv.Itoa(r.Intn(9))),
			}}
		}
		if r.Intn(3) == 0 {
			return Scalar("!!int", strconv.Itoa(r.Intn(5)-2))
		}
		return Scalar("!!str", words[r.Intn(len(words))])
	}
	switch r.Intn(4) {
	case 0:
		s := spots[r.Intn(len(spots))]
		if s.node.Kind != yaml.ScalarNode {
			return Edit{}, false
		}
		return Set(s.path, value()), true
	case 1:
		if len(seqs) == 0 {
			return Edit{}, false
		}
		s := seqs[r.Intn(len(seqs))]
		return Insert(s.path, r.Intn(len(s.node.Content)+1), value()), true
	case 2:
		s := spots[r.Intn(len(spots))]
		if len(s.path) < 2 {
			return Edit{}, false
		}
		return Delete(s.path), true
	default:
		var items []spot
		for _, s := range spots {
			if s.seq {
				items = append(items, s)
			}
		}
		if len(items) == 0 || len(seqs) == 0 {
			return Edit{}, false
		}
		s := items[r.Intn(len(items))]
		to := seqs[r.Intn(len(seqs))]
		return Move(s.path, to.path, r.Intn(len(to.node.Content)+1)), true
	}
}

func TestRandomEditsUndoToOriginalBytes(t *testing.T) {
	files := corpusFiles(t)
	applied := 0
	for name, src := range files {
		for seed := int64(0); seed < 40; seed++ {
			r := rand.New(rand.NewSource(seed))
			d := mustParse(t, string(src))
			var done, inverses []Edit
			var states []string
			for step := 0; step < 12; step++ {
				e, ok := randomEdit(d, r)
				if !ok {
					continue
				}
				inv, err := d.Apply(e)
				if err != nil {
					continue // refused edits must leave the document untouched
				}
				if err := d.Verify(); err != nil {
					t.Fatalf("%s seed %d: after %s %s: %v", name, seed, e.Op, e.Path, err)
				}
				done = append(done, e)
				inverses = append(inverses, inv)
				states = append(states, string(d.Bytes()))
			}
			applied += len(done)
			for i := len(inverses) - 1; i >= 0; i-- {
				if _, err := d.Apply(inverses[i]); err != nil {
					t.Fatalf("%s seed %d: undo of %s %s: %v", name, seed, done[i].Op, done[i].Path, err)
				}
				want := string(src)
				if i > 0 {
					want = states[i-1]
				}
				if got := string(d.Bytes()); got != want {
					t.Fatalf("%s seed %d: undo of %s %s gave\n%s\nwant\n%s", name, seed, done[i].Op, done[i].Path, got, want)
				}
			}
			// Redo from the start gives the same bytes as doing it once.
			for i, e := range done {
				if _, err := d.Apply(e); err != nil {
					t.Fatalf("%s seed %d: redo %d: %v", name, seed, i, err)
				}
				if string(d.Bytes()) != states[i] {
					t.Fatalf("%s seed %d: redo %d differs", name, seed, i)
				}
			}
		}
	}
	if applied < 500 {
		t.Errorf("only %d random edits applied; the generator or the document refuses too much", applied)
	}
	t.Logf("%d random edits applied and undone", applied)
}

func TestRefusedEditLeavesDocumentAlone(t *testing.T) {
	src := "a: &x 1\nb: *x\nc: [1, 2]\nd:\n  - one\n"
	for _, e := range []Edit{
		Set(Path{"b"}, Scalar("!!int", "2")),                             // through an alias
		Set(Path{"missing", "x"}, Scalar("", "1")),                       // no such parent
		Delete(Path{"c", "5"}),                                           // no such item
		Insert(Path{"a"}, 0, Scalar("", "1")),                            // not a list
		InsertKey(Path{}, -1, "a", Scalar("", "2")),                      // key exists
		Batch(Set(Path{"a"}, Scalar("!!int", "5")), Delete(Path{"zzz"})), // second step fails
	} {
		d := mustParse(t, src)
		_, err := d.Apply(e)
		if err == nil {
			t.Errorf("%s %s: applied, want refused", e.Op, e.Path)
		}
		if string(d.Bytes()) != src {
			t.Errorf("%s %s: refused edit changed the text to %q", e.Op, e.Path, d.Bytes())
		}
	}
}
