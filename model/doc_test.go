package model_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// docToday is the fixed "today" of these tests, so that no result depends
// on the machine's clock.
var docToday = model.Date{Year: 2026, Month: 11, Day: 22}

// copyInto copies the file src into a fresh temporary directory and returns
// the copy's path, so a test can save over it.
func copyInto(t *testing.T, src string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// loadCopy loads a temporary copy of src, failing the test on any error.
func loadCopy(t *testing.T, src string) (*model.Doc, string) {
	t.Helper()
	path := copyInto(t, src)
	doc, err := model.Load(path, docToday)
	if err != nil {
		t.Fatalf("load %s: %v", src, err)
	}
	return doc, path
}

// parseText parses a map held in a string, failing the test on errors.
func parseText(t *testing.T, src string) *model.Doc {
	t.Helper()
	doc, err := model.Parse("map.yaml", []byte(src), docToday)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

// sampleMaps are the sample maps shipped in maps/.
func sampleMaps(t *testing.T) []string {
	t.Helper()
	names, err := filepath.Glob("../maps/*.yaml")
	if err != nil || len(names) < 3 {
		t.Fatalf("sample maps not found: %v %v", names, err)
	}
	return names
}

// changedLines lists, for two texts with the same number of lines, the
// 0-based numbers of the lines that differ; ok is false when the number of
// lines differs.
func changedLines(a, b []byte) (lines []int, ok bool) {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	if len(al) != len(bl) {
		return nil, false
	}
	for i := range al {
		if al[i] != bl[i] {
			lines = append(lines, i)
		}
	}
	return lines, true
}

func mustResolve(t *testing.T, doc *model.Doc, dotted string) yamldoc.Path {
	t.Helper()
	p, err := doc.Resolve(dotted, false)
	if err != nil {
		t.Fatalf("resolve %s: %v", dotted, err)
	}
	return p
}

func TestApplyRefusesEditsThatBreakTheMap(t *testing.T) {
	tests := []struct {
		name string
		edit func(doc *model.Doc) yamldoc.Edit
		want string // in the refusal's message
	}{
		{"emotion 7", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "stages.purchase.touchpoints.checkout-form.emotion"), yamldoc.Scalar("!!int", "7"))
		}, "emotion"},
		{"persona emotion 3", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "stages.purchase.touchpoints.checkout-form.emotions.tom"), yamldoc.Scalar("!!int", "3"))
		}, "tom"},
		{"severity catastrophic", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.severity"), yamldoc.Scalar("!!str", "catastrophic"))
		}, "catastrophic"},
		{"duplicate touchpoint id by rename", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "stages.delivery.touchpoints.unboxing.id"), yamldoc.Scalar("!!str", "checkout-form"))
		}, "checkout-form"},
		{"duplicate touchpoint id by insert in another stage", func(doc *model.Doc) yamldoc.Edit {
			item, err := model.NewItem(yamldoc.Path{"stages", "0", "touchpoints"}, [][2]string{{"id", "cart"}, {"name", "Cart again"}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return yamldoc.Insert(mustResolve(t, doc, "stages.awareness.touchpoints"), -1, item)
		}, "cart"},
		{"date 2026-13-45", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "updated"), yamldoc.Scalar("", "2026-13-45"))
		}, "2026-13-45"},
		{"goal due before start", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "goals.checkout-conversion.due"), yamldoc.Scalar("", "2026-01-01"))
		}, "before"},
		{"title removed", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Delete(mustResolve(t, doc, "title"))
		}, "title"},
		{"reference to a stage that is gone", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Delete(mustResolve(t, doc, "stages.delivery"))
		}, "delivery"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := loadCopy(t, "../maps/online-shop.yaml")
			before := bytes.Clone(doc.Bytes())
			title := doc.Map().Title
			inv, err := doc.Apply(tt.edit(doc))
			var ee *model.EditError
			if !errors.As(err, &ee) {
				t.Fatalf("Apply = %v, %v; want an *EditError", inv, err)
			}
			if !strings.Contains(ee.Error(), tt.want) {
				t.Errorf("refusal %q does not mention %q", ee.Error(), tt.want)
			}
			if ee.Diagnostic.Severity != model.Error || ee.Diagnostic.Line < 1 {
				t.Errorf("refusal carries no located error: %+v", ee.Diagnostic)
			}
			if !bytes.Equal(doc.Bytes(), before) {
				t.Errorf("a refused edit changed the text")
			}
			if doc.Dirty() {
				t.Errorf("a refused edit left the document dirty")
			}
			if doc.Map().Title != title || doc.Diagnostics().HasErrors() {
				t.Errorf("a refused edit left the map changed: title %q, errors %v", doc.Map().Title, doc.Diagnostics())
			}
		})
	}
}

func TestApplyInverseRestoresBytes(t *testing.T) {
	edits := []struct {
		name string
		edit func(doc *model.Doc) yamldoc.Edit
	}{
		{"set emotion", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "stages.purchase.touchpoints.checkout-form.emotion"), yamldoc.Scalar("!!int", "-1"))
		}},
		{"set block description", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Set(mustResolve(t, doc, "description"), yamldoc.Scalar("!!str", "Short now"))
		}},
		{"add a pain point", func(doc *model.Doc) yamldoc.Edit {
			item, err := model.NewItem(yamldoc.Path{"stages", "0", "pain_points"}, [][2]string{{"text", "Too slow"}, {"severity", "low"}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return yamldoc.Insert(mustResolve(t, doc, "stages.awareness.touchpoints.instagram-ad.pain_points"), 0, item)
		}},
		{"delete a stage nothing refers to", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Delete(mustResolve(t, doc, "stages.advocacy"))
		}},
		{"move a touchpoint", func(doc *model.Doc) yamldoc.Edit {
			return yamldoc.Move(mustResolve(t, doc, "stages.purchase.touchpoints.payment"), mustResolve(t, doc, "stages.purchase.touchpoints"), 0)
		}},
	}
	for _, tt := range edits {
		t.Run(tt.name, func(t *testing.T) {
			doc, _ := loadCopy(t, "../maps/online-shop.yaml")
			before := bytes.Clone(doc.Bytes())
			inv, err := doc.Apply(tt.edit(doc))
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			if bytes.Equal(doc.Bytes(), before) || !doc.Dirty() {
				t.Fatalf("the edit changed nothing")
			}
			if _, err := doc.Apply(inv); err != nil {
				t.Fatalf("Apply(inverse): %v", err)
			}
			if !bytes.Equal(doc.Bytes(), before) {
				t.Errorf("undo did not restore the bytes:\n%s", doc.Bytes())
			}
			if doc.Dirty() {
				t.Errorf("undone document still dirty")
			}
		})
	}
}

func TestApplyUpdatesTheMap(t *testing.T) {
	doc, _ := loadCopy(t, "../maps/online-shop.yaml")
	if _, err := doc.Apply(yamldoc.Set(mustResolve(t, doc, "stages.purchase.touchpoints.checkout-form.emotion"), yamldoc.Scalar("!!int", "1"))); err != nil {
		t.Fatal(err)
	}
	tp := doc.Map().Stages[2].Touchpoints[2]
	if tp.ID != "checkout-form" || tp.Emotion == nil || *tp.Emotion != 1 {
		t.Errorf("after setting its emotion to 1 the map holds %s with emotion %v", tp.ID, tp.Emotion)
	}
	if _, err := doc.Apply(yamldoc.Delete(mustResolve(t, doc, "stages.advocacy"))); err != nil {
		t.Fatal(err)
	}
	if n := len(doc.Map().Stages); n != 5 {
		t.Errorf("after deleting a stage the map has %d stages, want 5", n)
	}
}

// A map that already has an error can still be edited elsewhere, even when
// the edit moves that error to another line: only new errors are refused.
func TestApplyAllowsEditsBesideExistingErrors(t *testing.T) {
	src := `journey: 1
title: Broken already
stages:
  - id: one
    name: One
    touchpoints:
      - id: a
        name: A
        emotion: 0
  - id: two
    name: Two
    touchpoints:
      - id: a
        name: A again
        emotion: 9
`
	doc, err := model.Parse("map.yaml", []byte(src), docToday)
	if err == nil || doc == nil {
		t.Fatalf("Parse = %v, %v; want the doc and its errors", doc, err)
	}
	errorsBefore := 0
	for _, d := range doc.Diagnostics() {
		if d.Severity == model.Error {
			errorsBefore++
		}
	}
	steps := []struct {
		name string
		edit yamldoc.Edit
	}{
		{"set the title", yamldoc.Set(yamldoc.Path{"title"}, yamldoc.Scalar("!!str", "Still broken"))},
		{"add a key above the errors", yamldoc.InsertKey(yamldoc.Path{}, 2, "owner", yamldoc.Scalar("!!str", "CX team"))},
		{"make the description several lines", yamldoc.InsertKey(yamldoc.Path{}, 2, "description", yamldoc.Scalar("!!str", "one\ntwo\nthree\n"))},
		{"add a stage above the errors", yamldoc.Insert(yamldoc.Path{"stages"}, 0, mapping("id", "zero", "name", "Zero"))},
	}
	for _, s := range steps {
		if _, err := doc.Apply(s.edit); err != nil {
			t.Errorf("%s: refused: %v", s.name, err)
		}
	}
	errorsAfter := 0
	for _, d := range doc.Diagnostics() {
		if d.Severity == model.Error {
			errorsAfter++
		}
	}
	if errorsAfter != errorsBefore {
		t.Errorf("errors went from %d to %d: %v", errorsBefore, errorsAfter, doc.Diagnostics())
	}
	// Fixing an error is an edit like any other.
	p := yamldoc.Path{"stages", "2", "touchpoints", "0", "emotion"}
	if _, err := doc.Apply(yamldoc.Set(p, yamldoc.Scalar("!!int", "-2"))); err != nil {
		t.Errorf("fixing the emotion was refused: %v", err)
	}
}

// mapping builds a mapping node of string keys and values.
func mapping(kv ...string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Content = append(m.Content, yamldoc.Scalar("!!str", kv[i]), yamldoc.Scalar("!!str", kv[i+1]))
	}
	return m
}

func TestParseRefusesWhatIsNotAMap(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"empty", "", "empty"},
		{"syntax", "journey: 1\ntitle: [unclosed\n", ""},
		{"no title", "journey: 1\n", "title"},
		{"version 2", "journey: 2\ntitle: T\n", "version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := model.Parse("bad.yaml", []byte(tt.src), docToday)
			var ds model.Diagnostics
			if !errors.As(err, &ds) || !ds.HasErrors() {
				t.Fatalf("Parse = %v; want located errors", err)
			}
			if ds[0].File != "bad.yaml" || ds[0].Line < 1 || ds[0].Col < 1 {
				t.Errorf("error not located in bad.yaml: %+v", ds[0])
			}
			if !strings.Contains(ds.Error(), tt.want) {
				t.Errorf("errors %q do not mention %q", ds.Error(), tt.want)
			}
		})
	}
}

func TestLoadRefusesDirectoriesAndMissingFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := model.Load(dir, docToday); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("Load(dir) = %v; want a directory error", err)
	}
	if _, err := model.Load(filepath.Join(dir, "nope.yaml"), docToday); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v; want not-exist", err)
	}
}

func TestSamplesLoadCleanAndUnchanged(t *testing.T) {
	for _, name := range sampleMaps(t) {
		doc, _ := loadCopy(t, name)
		data, _ := os.ReadFile(name)
		if !doc.SameText(data) || doc.Dirty() {
			t.Errorf("%s: loading changed the text", name)
		}
		for _, d := range doc.Diagnostics() {
			// One sample is overdue for review on purpose, for the portfolio.
			if !strings.HasPrefix(d.Message, "map last reviewed ") {
				t.Errorf("%s: %s", name, d)
			}
		}
	}
}
