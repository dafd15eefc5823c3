package model

import (
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The house's layering: model holds no terminal code, and screens and
// commands speak the session's addresses and edits, never the YAML text
// surgeon underneath.
func TestLayering(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, banned := range []string{"charmbracelet", "muesli/termenv", "golang.org/x/term", "mattn/go-isatty"} {
			if strings.Contains(dep, banned) {
				t.Errorf("model depends on %s", dep)
			}
		}
	}
	var files []string
	for _, glob := range []string{"../ui/*.go", "../ui/*/*.go", "../cmd/journey/*.go"} {
		more, _ := filepath.Glob(glob)
		files = append(files, more...)
	}
	if len(files) < 20 {
		t.Fatalf("found only %d files of ui/ and cmd/", len(files))
	}
	for _, f := range files {
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range ast.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); strings.HasSuffix(p, "/model/yamldoc") {
				t.Errorf("%s imports model/yamldoc: use the session's addresses and model's edit builders", f)
			}
		}
	}
}
