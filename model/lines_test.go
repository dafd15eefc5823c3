package model_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/modeltest"
	"github.com/journey-maps/journey/model/yamldoc"
)

// A map of many chunks, edited near its top, still names the file's lines:
// in its diagnostics, its refusals and its items' positions.
func TestLinesAreTheFilesAfterEditsAbove(t *testing.T) {
	src := string(model.Generate(400)) + "x-note: kept\nwhatever: 1\n"
	doc, err := model.Parse("big.yaml", []byte(src), docToday)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(src, "\n")
	if ds := doc.Diagnostics(); len(ds) != 1 || ds[0].Line != lines {
		t.Fatalf("diagnostics %v, want one at line %d", ds, lines)
	}
	list := yamldoc.Path{"stages", "0", "touchpoints", "0", "pain_points"}
	for i := range 3 {
		a, err := model.Add(doc, list, 0, fmt.Sprintf("Note %d", i))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := doc.Apply(a.Edit); err != nil {
			t.Fatal(err)
		}
	}
	fresh, err := model.Parse("big.yaml", doc.Bytes(), docToday)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Diagnostics(), fresh.Diagnostics(); !reflect.DeepEqual(got, want) || got[0].Line <= lines {
		t.Errorf("diagnostics %v, want %v", got, want)
	}
	if !reflect.DeepEqual(modeltest.AtFile(doc), modeltest.AtFile(fresh)) {
		t.Error("positions differ from those of the same text read afresh")
	}
	last := doc.Map().Stages[len(doc.Map().Stages)-1]
	if got, want := doc.FilePos(last.Pos), fresh.FilePos(fresh.Map().Stages[len(fresh.Map().Stages)-1].Pos); got != want || got.Line < 3000 {
		t.Errorf("last stage at %v, want %v", got, want)
	}
}
