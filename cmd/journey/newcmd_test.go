package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/maps"
	"github.com/journey-maps/journey/model"
)

var updatedLine = regexp.MustCompile(`(?m)^updated: (\d{4}-\d{2}-\d{2})\r?$`)

// loadNew loads a map written by journey new on the day it was written
// (its updated date), so that staleness does not depend on the clock.
func loadNew(t *testing.T, path string) *model.Doc {
	t.Helper()
	text := fileText(t, path)
	m := updatedLine.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no updated date in the new map:\n%s", text)
	}
	day, err := model.ParseDate(m[1])
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.Load(path, day)
	if err != nil {
		t.Fatalf("the new map does not load: %v\n%s", err, text)
	}
	return doc
}

func TestNewEveryTemplateLintsClean(t *testing.T) {
	names := maps.TemplateNames()
	for _, want := range []string{"blank", "ecommerce"} {
		if !contains(names, want) {
			t.Errorf("no %s template among %v", want, names)
		}
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "first-purchase.yaml")
			code, out, errOut := jrun(t, "new", path, "--template", name)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, path) || !strings.Contains(out, "journey "+path) {
				t.Errorf("output %q does not say where the map is and how to open it", out)
			}
			doc := loadNew(t, path)
			for _, d := range doc.Diagnostics() {
				t.Errorf("%s", d)
			}
			if got := doc.Map().Title; got != "First purchase" {
				t.Errorf("title %q, want one from the file name", got)
			}
			if strings.Contains(fileText(t, path), "{{") {
				t.Errorf("placeholders left:\n%s", fileText(t, path))
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestNewTitles(t *testing.T) {
	for _, title := range []string{"Returning an order", "2026", "yes", "a: b # c", `Quotes "and" 'more'`, "Café ☕ journey"} {
		path := filepath.Join(t.TempDir(), "m.yaml")
		code, _, errOut := jrun(t, "new", path, "--template", "ecommerce", "--title", title)
		if code != 0 {
			t.Errorf("--title %q: exit %d: %s", title, code, errOut)
			continue
		}
		if got := loadNew(t, path).Map().Title; got != title {
			t.Errorf("--title %q gave title %q", title, got)
		}
	}
}

func TestNewRefusesToOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	const mine = "journey: 1\ntitle: Mine\n"
	if err := os.WriteFile(path, []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := jrun(t, "new", path)
	if code != 2 || !strings.Contains(errOut, "already exists") || !strings.Contains(errOut, "--force") {
		t.Errorf("exit %d, stderr %q; want 2 and a pointer to --force", code, errOut)
	}
	if fileText(t, path) != mine {
		t.Fatalf("new overwrote an existing map")
	}
	if code, _, errOut := jrun(t, "new", path, "--force", "--template", "blank"); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, errOut)
	}
	if loadNew(t, path).Map().Title != "Mine" {
		t.Errorf("--force kept the old map")
	}
}

func TestNewUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		errs []string
	}{
		{[]string{"new", filepath.Join(dir, "a.yaml"), "--template", "nope"}, []string{`no template "nope"`, "blank", "ecommerce"}},
		{[]string{"new", filepath.Join(dir, "a.yaml"), "--template", "../evil"}, []string{"no template"}},
		{[]string{"new"}, []string{"takes 1 argument, got 0"}},
		{[]string{"new", filepath.Join(dir, "no", "such", "dir", "a.yaml")}, []string{"a.yaml"}},
	}
	for _, tt := range tests {
		code, _, errOut := jrun(t, tt.args...)
		if code == 0 {
			t.Errorf("%v: exit 0", tt.args)
		}
		for _, want := range tt.errs {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: stderr %q does not say %q", tt.args, errOut, want)
			}
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("failed runs left %v", left)
	}
}

func TestNewPointsAtTheSchema(t *testing.T) {
	// Beside a schema: the map names it.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "journey.schema.json"), maps.Schema, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "maps")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, schema string }{
		{filepath.Join(dir, "a.yaml"), "journey.schema.json"},
		{filepath.Join(sub, "b.yaml"), "../journey.schema.json"},
	}
	for _, tt := range tests {
		if code, _, errOut := jrun(t, "new", tt.path); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		first := strings.SplitN(fileText(t, tt.path), "\n", 2)[0]
		if first != "# yaml-language-server: $schema="+tt.schema {
			t.Errorf("%s starts %q, want the schema comment for %s", tt.path, first, tt.schema)
		}
		loadNew(t, tt.path)
	}
	// --schema names it outright.
	path := filepath.Join(dir, "c.yaml")
	if code, _, _ := jrun(t, "new", path, "--schema", "https://example.com/journey.schema.json"); code != 0 {
		t.Fatal("--schema failed")
	}
	if !strings.HasPrefix(fileText(t, path), "# yaml-language-server: $schema=https://example.com/journey.schema.json\n") {
		t.Errorf("--schema not used:\n%s", fileText(t, path))
	}
}

func TestSchemaPrintsJSONSchema(t *testing.T) {
	code, out, errOut := jrun(t, "schema")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var schema struct {
		Schema     string                     `json:"$schema"`
		Required   []string                   `json:"required"`
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal([]byte(out), &schema); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if !strings.Contains(schema.Schema, "json-schema.org") || !contains(schema.Required, "journey") || !contains(schema.Required, "title") {
		t.Errorf("not the map schema: $schema %q, required %v", schema.Schema, schema.Required)
	}
	for _, key := range model.KnownKeys["map"] {
		if _, ok := schema.Properties[key]; !ok {
			t.Errorf("the schema has no property %q", key)
		}
	}
	if code, _, _ := jrun(t, "schema", "extra"); code != 2 {
		t.Errorf("schema with an argument: exit %d, want 2", code)
	}
}

func TestEveryCommandHelpHasAnExample(t *testing.T) {
	root := newRootCmd(env{stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &strings.Builder{}})
	var names []string // command paths without "journey ", subcommands too
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() != "help" && sub.Name() != "completion" && !sub.Hidden {
				names = append(names, strings.TrimPrefix(sub.CommandPath(), root.Name()+" "))
				walk(sub)
			}
		}
	}
	walk(root)
	for _, want := range []string{"lint", "get", "set", "add", "rm", "new", "schema"} {
		if !contains(names, want) {
			t.Errorf("no %s command among %v", want, names)
		}
	}
	for _, name := range names {
		code, out, errOut := jrun(t, append(strings.Fields(name), "--help")...)
		if code != 0 {
			t.Errorf("%s --help: exit %d: %s", name, code, errOut)
		}
		i := strings.Index(out, "Examples:\n")
		if i < 0 || !strings.Contains(out[i:], "journey "+name) {
			t.Errorf("%s --help shows no example of journey %s:\n%s", name, name, out)
		}
	}
}

func TestUnknownCommandsAndFlagsExitTwo(t *testing.T) {
	tests := [][]string{
		{"lint", "--bogus", "../../maps/"},
		{"set", "--bogus", "x", "y", "z"},
		{"get", "-z", "../../maps/online-shop.yaml", "title"},
		{"new", "--templat", "blank", filepath.Join(t.TempDir(), "x.yaml")},
		{"schema", "--json"},
		{"lnt", "../../maps/online-shop.yaml"},
		{"--bogus"},
	}
	for _, args := range tests {
		code, out, errOut := jrun(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stdout %q)", args, code, out)
		}
		if errOut == "" {
			t.Errorf("%v: no reason given", args)
		}
	}
}
