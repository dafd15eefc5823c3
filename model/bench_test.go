package model

import (
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

var benchToday = Date{2026, 11, 22}

func TestGeneratedMapIsValid(t *testing.T) {
	d, err := Parse("gen.yaml", Generate(500), benchToday)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Diagnostics()) != 0 {
		t.Fatalf("generated map has problems: %v", d.Diagnostics()[0])
	}
	n := 0
	for _, s := range d.Map().Stages {
		n += len(s.Touchpoints)
	}
	if n != 500 {
		t.Fatalf("%d touchpoints, want 500", n)
	}
}

// BenchmarkDecodeBare is the floor: yaml.v3 parsing the same bytes into a
// node tree, with nothing else.
func BenchmarkDecodeBare(b *testing.B) {
	data := Generate(10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad reads a 10,000-touchpoint map: parse, decode and validate.
func BenchmarkLoad(b *testing.B) {
	data := Generate(10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("gen.yaml", data, benchToday); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSave makes one scalar edit to a loaded 10,000-touchpoint map and
// saves it: apply, re-check, verify the whole text, write atomically.
func BenchmarkSave(b *testing.B) {
	data := Generate(10000)
	path := filepath.Join(b.TempDir(), "gen.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	d, err := Load(path, benchToday)
	if err != nil {
		b.Fatal(err)
	}
	p := yamldoc.Path{"stages", "100", "touchpoints", "25", "emotion"}
	vals := []string{"1", "-1"}
	b.SetBytes(int64(len(data)))
	i := 0
	for b.Loop() {
		if _, err := d.Apply(yamldoc.Set(p, yamldoc.Scalar("!!int", vals[i%2]))); err != nil {
			b.Fatal(err)
		}
		i++
		if err := d.Save(false); err != nil {
			b.Fatal(err)
		}
	}
}
