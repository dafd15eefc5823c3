// Package maps ships what journey carries inside the binary: the JSON Schema
// of the map format, the templates behind `journey new`, and the sample
// maps, so that none of them depends on where the binary is run.
package maps

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Schema is the JSON Schema (draft 2020-12) of the map format, version 1.
//
//go:embed journey.schema.json
var Schema []byte

// SchemaFile is the schema's file name, beside the sample maps in maps/.
const SchemaFile = "journey.schema.json"

// Templates are YAML with {{...}} placeholders, so they are not valid maps
// until filled in. The .tmpl suffix keeps `journey lint maps/` and the map
// picker from mistaking them for maps.
//
//go:embed templates/*.yaml.tmpl
var templates embed.FS

//go:embed *.yaml
var samples embed.FS

// Template is the text of the named template ("blank", "ecommerce"), with
// its placeholders still in place; see Fill.
func Template(name string) ([]byte, bool) {
	if name == "" || strings.ContainsAny(name, `/\.`) {
		return nil, false
	}
	b, err := templates.ReadFile("templates/" + name + templateExt)
	if err != nil {
		return nil, false
	}
	return b, true
}

// TemplateNames lists the templates `journey new --template` accepts, sorted.
func TemplateNames() []string {
	return names(templates, "templates", templateExt)
}

// Samples lists the file names of the sample maps, sorted.
func Samples() []string {
	return names(samples, ".", "")
}

// Sample is the text of the sample map with the given file name
// ("online-shop.yaml").
func Sample(name string) ([]byte, bool) {
	if strings.ContainsAny(name, `/\`) {
		return nil, false
	}
	b, err := samples.ReadFile(name)
	if err != nil {
		return nil, false
	}
	return b, true
}

// names lists the files in dir ending in ext (".yaml" when ext is empty),
// sorted, with ext trimmed off when given.
func names(fsys embed.FS, dir, ext string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil // the directories are embedded; this cannot happen in a built binary
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		switch {
		case e.IsDir():
		case ext == "" && path.Ext(n) == ".yaml":
			out = append(out, n)
		case ext != "" && strings.HasSuffix(n, ext):
			out = append(out, strings.TrimSuffix(n, ext))
		}
	}
	sort.Strings(out)
	return out
}

// Placeholders in the templates, and the templates' file suffix.
const (
	templateExt       = ".yaml.tmpl"
	titlePlaceholder  = "{{title}}"
	datePlaceholder   = "{{date}}"
	schemaPlaceholder = "{{schema}}"
)

// Fill turns a template into a new map. The title goes in as a YAML string
// (quoted only when it has to be, so "Checkout: v2" stays a string), date is
// the `updated` day as YYYY-MM-DD, and schema is the path the
// yaml-language-server comment points at; an empty schema drops that line,
// for maps kept away from the schema file.
func Fill(tmpl []byte, title, date, schema string) []byte {
	// One replacer, so a title that happens to contain "{{date}}" stays as typed.
	r := strings.NewReplacer(titlePlaceholder, yamlString(title), datePlaceholder, date, schemaPlaceholder, schema)
	var out strings.Builder
	for line := range strings.Lines(string(tmpl)) {
		if schema == "" && strings.Contains(line, schemaPlaceholder) {
			continue
		}
		out.WriteString(r.Replace(line))
	}
	return []byte(out.String())
}

// yamlString renders s as a one-line YAML scalar that reads back as the
// same string: plain where that is safe, double-quoted otherwise (a title of
// "2026", "yes", "a: b # c" or one with a line break). Bytes that are not
// UTF-8 become U+FFFD, since a YAML file cannot hold them.
func yamlString(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	b, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
	if err == nil {
		text := strings.TrimSuffix(string(b), "\n")
		var back yaml.Node
		if !strings.Contains(text, "\n") && yaml.Unmarshal([]byte(text), &back) == nil &&
			len(back.Content) == 1 && back.Content[0].ShortTag() == "!!str" && back.Content[0].Value == s {
			return text
		}
	}
	// Go's escapes (\n, \t, \xXX, \uXXXX, \", \\) are all valid in a YAML
	// double-quoted scalar.
	return strconv.Quote(s)
}
