package model

import (
	"strings"
	"testing"
)

// Text a parser refuses is reported where it is, in words that say what to
// do; text YAML allows is read.
func TestSyntaxDiagnosticsAreLocated(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"C0 control", "journey: 1\ntitle: A\x01b\n", "m.yaml:2:9: error: control character U+0001"},
		{"C1 control in quotes", "journey: 1\ntitle: \"café\u009b\"\n", "m.yaml:2:13: error: control character U+009B"},
		{"DEL", "journey: 1\n# ok\ntitle: A\x7f\n", "m.yaml:3:9: error: control character U+007F"},
		{"two BOMs", "\ufeff\ufeffjourney: 1\ntitle: A\n", "m.yaml:1:1: error: file starts with two byte order marks"},
		{"YAML 2.0", "%YAML 2.0\n---\njourney: 1\ntitle: A\n", "m.yaml:1:1: error: unsupported %YAML version"},
	}
	for _, tt := range tests {
		_, err := Parse("m.yaml", []byte(tt.src), Date{2026, 11, 22})
		ds, ok := err.(Diagnostics)
		if !ok || len(ds) != 1 || !strings.HasPrefix(ds[0].String(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
		if ok && strings.Contains(ds[0].String(), "itle") && !strings.Contains(ds[0].String(), "title") {
			t.Errorf("%s: a key lost its first letter: %v", tt.name, err)
		}
	}
	for name, src := range map[string]string{
		"%YAML 1.2":          "%YAML 1.2\n---\njourney: 1\ntitle: A\n",
		"%YAML 1.2, comment": "# a map\n%YAML 1.2 # the core schema\n---\njourney: 1\ntitle: A\n",
		"%YAML 1.1":          "%YAML 1.1\n---\njourney: 1\ntitle: A\n",
		"BOM then %YAML 1.2": "\ufeff%YAML 1.2\n---\njourney: 1\ntitle: A\n",
		"tab, CR, NEL":       "journey: 1\r\ntitle: \"A\tB\u0085C\"\r\n",
	} {
		d, err := Parse("m.yaml", []byte(src), Date{2026, 11, 22})
		if err != nil || d.Map().Title == "" {
			t.Errorf("%s: refused: %v", name, err)
			continue
		}
		if string(d.Bytes()) != src {
			t.Errorf("%s: the text changed on reading", name)
		}
	}
}

// A map that declares %YAML 1.2 is edited like any other, its directive
// kept as the author wrote it.
func TestEditKeepsAYAML12Directive(t *testing.T) {
	src := "%YAML 1.2\n---\njourney: 1\ntitle: A\nstate: current\n"
	d, err := Parse("m.yaml", []byte(src), Date{2026, 11, 22})
	if err != nil {
		t.Fatal(err)
	}
	p, err := d.Resolve("title", true)
	if err != nil {
		t.Fatal(err)
	}
	act, err := SetPath(d, p, "B")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(act.Edit); err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(src, "title: A", "title: B", 1); string(d.Bytes()) != want {
		t.Errorf("after the edit:\n%s\nwant:\n%s", d.Bytes(), want)
	}
}
