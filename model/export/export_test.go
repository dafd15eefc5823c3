package export

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/mermaid"
	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// today is fixed so that goal status in the goldens never depends on the
// day the tests run.
var today = model.Date{Year: 2026, Month: 12, Day: 1}

func sampleMaps(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../maps/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample maps found: %v", err)
	}
	return paths
}

func load(t *testing.T, path string) (*model.Map, *yaml.Node) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		t.Fatal(err)
	}
	m, diags := model.Decode(path, &root, today)
	if diags.HasErrors() {
		t.Fatalf("sample map has errors:\n%v", diags)
	}
	return m, &root
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model/export -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run with -update and review the diff.\ngot:\n%s", path, got)
	}
}

func TestExportsOfEverySampleMapMatchTheirGoldens(t *testing.T) {
	for _, path := range sampleMaps(t) {
		base := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(base, func(t *testing.T) {
			m, root := load(t, path)
			golden(t, base+".md", []byte(Markdown(m, today)))
			golden(t, base+".mmd", []byte(mermaid.Render(m)))
			golden(t, base+".csv", CSV(m))
			j, err := JSON(path, root)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, base+".json", j)
			golden(t, base+".txt", []byte(Text(m)))
		})
	}
}
