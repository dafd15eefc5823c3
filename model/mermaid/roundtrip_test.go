package mermaid

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/journey-maps/journey/model"
	"go.yaml.in/yaml/v3"
)

// TestExportThenImportKeepsStagesTouchpointsAndEmotions checks the Mermaid
// export against the importer for every sample map: the same stages and
// touchpoints, in order, with the same emotions (a touchpoint without one
// exports as the neutral 3 and so comes back as 0), each persona's own
// included.
func TestExportThenImportKeepsStagesTouchpointsAndEmotions(t *testing.T) {
	paths, _ := filepath.Glob("../../maps/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no sample maps in ../../maps")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var root yaml.Node
			if err := yaml.Unmarshal(data, &root); err != nil {
				t.Fatal(err)
			}
			m, diags := model.Decode(path, &root, model.Date{})
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			d, err := Parse("export.mmd", []byte(Render(m)))
			if err != nil {
				t.Fatal(err)
			}
			back := d.Map("")
			if back.Title != m.Title {
				t.Errorf("title %q; want %q", back.Title, m.Title)
			}
			if back.Description != cleanText(m.Description, "") {
				t.Errorf("description %q; want %q", back.Description, m.Description)
			}
			if len(back.Stages) != len(m.Stages) {
				t.Fatalf("%d stages; want %d", len(back.Stages), len(m.Stages))
			}
			for si, s := range m.Stages {
				bs := back.Stages[si]
				if bs.Name != CleanName(s.Label()) {
					t.Errorf("stage %d is %q; want %q", si, bs.Name, s.Label())
				}
				if len(bs.Touchpoints) != len(s.Touchpoints) {
					t.Fatalf("stage %q has %d touchpoints; want %d", s.Label(), len(bs.Touchpoints), len(s.Touchpoints))
				}
				for ti, tp := range s.Touchpoints {
					bt := bs.Touchpoints[ti]
					want := 0
					if tp.Emotion != nil {
						want = *tp.Emotion
					}
					if bt.Name != CleanName(tp.Label()) || *bt.Emotion != want {
						t.Errorf("touchpoint %q emotion %d; want %q emotion %d", bt.Name, *bt.Emotion, tp.Label(), want)
					}
					if got, want := feelings(back, bt), feelings(m, tp); !reflect.DeepEqual(got, want) {
						t.Errorf("touchpoint %q: personas feel %v; want %v", bt.Name, got, want)
					}
				}
			}
		})
	}
}

// feelings maps the name of each persona with its own emotion at tp (as
// Mermaid shows it) to that emotion.
func feelings(m *model.Map, tp model.Touchpoint) map[string]int {
	names := personaNames(m)
	out := map[string]int{}
	for _, e := range tp.Emotions {
		out[names[e.Persona]] = e.Value
	}
	return out
}
