package yamldoc

import "testing"

// TestRefusedBatchKeepsTextAndTreeTogether fails a batch after a set made
// in place and an insert that re-reads the text: the text must be back as
// it was and still read as the tree the document holds, or the next save
// would be refused.
func TestRefusedBatchKeepsTextAndTreeTogether(t *testing.T) {
	src := "a: 1\nb: [x]\n"
	d := mustParse(t, src)
	e := Batch(Set(Path{"a"}, Scalar("!!int", "2")), Insert(Path{"b"}, -1, Scalar("!!str", "y")), Delete(Path{"zzz"}))
	if _, err := d.Apply(e); err == nil {
		t.Fatal("batch with a missing path applied")
	}
	if string(d.Bytes()) != src {
		t.Fatalf("refused batch changed the text to %q", d.Bytes())
	}
	if err := d.Verify(); err != nil {
		t.Errorf("after a refused batch: %v", err)
	}
	if n, _ := d.Get(Path{"a"}); n == nil || n.Value != "1" {
		t.Errorf("a reads %v after a refused batch, want 1", n)
	}
}
