package model_test

import (
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

func TestSlugTransliterates(t *testing.T) {
	for name, want := range map[string]string{
		"Café crème":          "cafe-creme",
		"José":                "jose",
		"Straße":              "strasse",
		"Ærø Øst":             "aero-ost",
		"Zürich — über":       "zurich-uber",
		"Checkout form (web)": "checkout-form-web",
		"日本":                  "",
	} {
		if got := model.Slug(name); got != want {
			t.Errorf("Slug(%q) = %q, want %q", name, got, want)
		}
	}
}

// A slug from before transliteration keeps working as a path and as a
// reference, and lint says which slug to write now.
func TestOldSlugsStillResolve(t *testing.T) {
	src := "journey: 1\ntitle: Café\ngoals:\n  - name: More coffee\n    stages: [caf-cr-me]\nstages:\n  - name: Café crème\n    pain_points:\n      - text: Crème brûlée gone\n" +
		"    opportunities:\n      - text: Bake more\n        addresses: [cr-me-br-l-e-gone]\n"
	d := parseText(t, src)
	var warned []string
	for _, x := range d.Diagnostics() {
		if x.Severity == model.Error {
			t.Errorf("an old slug is an error: %v", x)
		}
		warned = append(warned, x.String())
	}
	all := strings.Join(warned, "\n")
	for _, want := range []string{
		`map.yaml:5:14: warning: stage "caf-cr-me" is the slug its name had before accents were transliterated; write "cafe-creme"`,
		`map.yaml:12:21: warning: pain point "cr-me-br-l-e-gone" is the slug its name had before accents were transliterated; write "creme-brulee-gone"`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("lint lacks %q:\n%s", want, all)
		}
	}
	for _, path := range []string{"stages.cafe-creme.name", "stages.caf-cr-me.name"} {
		p, err := d.Resolve(path, false)
		if err != nil || strings.Join(p, ".") != "stages.0.name" {
			t.Errorf("Resolve(%s) = %v, %v", path, p, err)
		}
		if n, err := d.Lookup(path); err != nil || n.Value != "Café crème" {
			t.Errorf("Lookup(%s) = %v, %v", path, n, err)
		}
	}
}
