package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// The panes (board, detail, panels, screens) get a common.View: they read
// the shared state and never write it, so that no pane can change what
// another shows behind the root's back. The compiler keeps a View
// read-only; this keeps the panes from taking a *common.Common instead.
func TestPanesNeverHoldCommon(t *testing.T) {
	var files []string
	for _, pane := range []string{"board", "detail", "panels", "screens"} {
		more, _ := filepath.Glob(filepath.Join(pane, "*.go"))
		files = append(files, more...)
	}
	if len(files) < 20 {
		t.Fatalf("found only %d files of the panes", len(files))
	}
	for _, f := range files {
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Common" {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "common" {
					t.Errorf("%s names common.Common: a pane gets a common.View", f)
				}
			}
			return true
		})
	}
}
