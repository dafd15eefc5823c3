package model

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// FuzzDocument feeds arbitrary bytes through load and validation, then
// makes one edit and checks the promises that hold for any input: nothing
// panics or hangs, a refused edit leaves the text alone, an applied edit
// reads back exactly (Verify), and its inverse restores the bytes.
func FuzzDocument(f *testing.F) {
	for _, glob := range []string{"../testdata/roundtrip/*.yaml", "../maps/*.yaml"} {
		names, _ := filepath.Glob(glob)
		for _, n := range names {
			if b, err := os.ReadFile(n); err == nil {
				f.Add(b, uint16(7), "a new value")
			}
		}
	}
	for _, s := range []string{"", "journey: 1\ntitle: t\n", "a: &a [*a]\n", "- [[[[", "k: \"\\u00\"", "\xff\xfe", "journey: 1\ntitle: x\nstages: [{id: a, touchpoints: [{id: b, emotion: 9}]}]\n"} {
		f.Add([]byte(s), uint16(1), "-1")
	}
	f.Fuzz(func(t *testing.T, data []byte, pick uint16, value string) {
		d, err := Parse("fuzz.yaml", data, Date{2026, 11, 22})
		if d == nil {
			ds, ok := err.(Diagnostics)
			if !ok || len(ds) == 0 || ds[0].Line < 1 || ds[0].Col < 1 {
				t.Fatalf("unlocated load error: %v", err)
			}
			return
		}
		for _, x := range d.Diagnostics() {
			if x.Line < 1 || x.Col < 1 {
				t.Fatalf("unlocated diagnostic: %v", x)
			}
		}
		edit, ok := fuzzEdit(d.Text().Root(), int(pick), value)
		if !ok {
			return
		}
		before := append([]byte(nil), d.Bytes()...)
		inv, err := d.Apply(edit)
		if err != nil {
			if !bytes.Equal(before, d.Bytes()) {
				t.Fatalf("refused %s %s changed the text", edit.Op, edit.Path)
			}
			return
		}
		snap := d.Text().Snapshot()
		if err := d.Text().Verify(); err != nil {
			t.Fatalf("after %s %s: %v", edit.Op, edit.Path, err)
		}
		// The proof from the touched lines is only a shortcut: the full
		// re-parse must agree.
		if err := snap.VerifyFull(); err != nil {
			t.Fatalf("after %s %s the full check fails: %v", edit.Op, edit.Path, err)
		}
		if _, err := d.Text().Apply(inv); err != nil {
			t.Fatalf("undo of %s %s: %v", edit.Op, edit.Path, err)
		}
		if !bytes.Equal(before, d.Bytes()) {
			t.Fatalf("undo of %s %s gave %q, want %q", edit.Op, edit.Path, d.Bytes(), before)
		}
	})
}

// fuzzEdit picks a set, insert or delete somewhere in the tree.
func fuzzEdit(root *yaml.Node, pick int, value string) (yamldoc.Edit, bool) {
	type spot struct {
		path yamldoc.Path
		n    *yaml.Node
	}
	var spots []spot
	var walk func(n *yaml.Node, p yamldoc.Path, depth int)
	walk = func(n *yaml.Node, p yamldoc.Path, depth int) {
		if depth > 12 || len(spots) > 2000 {
			return
		}
		spots = append(spots, spot{p, n})
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], append(append(yamldoc.Path{}, p...), n.Content[i].Value), depth+1)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, append(append(yamldoc.Path{}, p...), strconv.Itoa(i)), depth+1)
			}
		}
	}
	walk(root, nil, 0)
	if len(spots) < 2 {
		return yamldoc.Edit{}, false
	}
	s := spots[1+pick%(len(spots)-1)]
	switch (pick / 7) % 3 {
	case 0:
		return yamldoc.Set(s.path, yamldoc.Scalar("!!str", value)), true
	case 1:
		if s.n.Kind == yaml.SequenceNode {
			return yamldoc.Insert(s.path, pick%(len(s.n.Content)+1), yamldoc.Scalar("!!str", value)), true
		}
		return yamldoc.Set(s.path, yamldoc.Scalar("", value)), true
	}
	return yamldoc.Delete(s.path), true
}
