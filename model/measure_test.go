package model

import (
	"os"
	"testing"
)

// A record and an ingest are each one edit: its inverse gives back the
// file byte for byte, as the editor's undo does.
func TestRecordAndIngestUndoToTheBytes(t *testing.T) {
	orig, err := os.ReadFile("../maps/insurance-claim.yaml")
	if err != nil {
		t.Fatal(err)
	}
	day := Date{2026, 12, 1}
	d, err := Parse("insurance-claim.yaml", orig, day)
	if err != nil {
		t.Fatal(err)
	}
	g := d.Map().Goals[0]
	act, err := Record(d, g.Key(), "17.5", day)
	if err != nil {
		t.Fatal(err)
	}
	inv, err := d.Apply(act.Edit)
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Map().Goals[0].Current; c == nil || *c != 17.5 {
		t.Errorf("current after record = %v, want 17.5", c)
	}
	if _, err := d.Restore(inv); err != nil {
		t.Fatal(err)
	}
	if string(d.Bytes()) != string(orig) {
		t.Fatal("undoing the record did not give back the file")
	}
	rows := []Reading{
		{Line: 2, Path: "goals." + g.Key(), Value: "18"},
		{Line: 3, Path: "goals." + g.Key(), Value: "19", Date: Date{2026, 11, 15}},
		{Line: 4, Path: "stages.0.reached", Value: "100", Date: day},
		{Line: 5, Path: "stages.0.reached", Value: "90", Date: day}, // same day: the later line wins
		{Line: 6, Path: "stages.0.reached", Value: "80", Date: Date{2026, 1, 1}},
	}
	act, err = Ingest(d, rows, day)
	if err != nil {
		t.Fatal(err)
	}
	inv, err = d.Apply(act.Edit)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Map()
	if r := m.Stages[0].Reached; r == nil || *r != 90 {
		t.Errorf("reached = %v, want 90 (the later line of the latest day)", r)
	}
	h := m.Goals[0].History
	if n := len(h); n != len(g.History)+2 || h[n-1].Date != day || h[n-1].Value != 18 || h[n-2].Value != 19 {
		t.Errorf("history ends %v, want 19 on 2026-11-15 then 18 on 2026-12-01", h[len(g.History)-1:])
	}
	if _, err := d.Restore(inv); err != nil {
		t.Fatal(err)
	}
	if string(d.Bytes()) != string(orig) {
		t.Fatal("undoing the ingest did not give back the file")
	}
}
