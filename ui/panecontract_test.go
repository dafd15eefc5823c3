package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// The panes (board, detail, panels, screens) get a common.View: they read
// the shared state and never write it, so that no pane can change what
// another shows behind the root's back. The compiler keeps a View
// read-only; this keeps the panes from taking a *common.Common instead.
func TestPanesNeverHoldCommon(t *testing.T) {
	for _, f := range paneFiles(t) {
		ast.Inspect(f.ast, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Common" {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "common" {
					t.Errorf("%s names common.Common: a pane gets a common.View", f.name)
				}
			}
			return true
		})
	}
}

// The styles a View hands out are shared by every pane on the screen (a
// pointer, since copying them each frame would cost): a pane reads them
// and never assigns to them, whether it got them from View.Styles or as a
// *common.Styles argument.
func TestPanesNeverAssignToTheSharedStyles(t *testing.T) {
	for _, f := range paneFiles(t) {
		shared := map[string]bool{} // names that hold the shared styles in this file
		ast.Inspect(f.ast, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Field:
				if isStylesPointer(n.Type) {
					for _, name := range n.Names {
						shared[name.Name] = true
					}
				}
			case *ast.AssignStmt:
				for i, rhs := range n.Rhs {
					if call, ok := rhs.(*ast.CallExpr); ok && i < len(n.Lhs) {
						if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Styles" {
							if id, ok := n.Lhs[i].(*ast.Ident); ok {
								shared[id.Name] = true
							}
						}
					}
				}
			}
			return true
		})
		ast.Inspect(f.ast, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for _, lhs := range as.Lhs {
				for x := lhs; ; {
					sel, ok := x.(*ast.SelectorExpr)
					if !ok {
						break
					}
					switch base := sel.X.(type) {
					case *ast.Ident:
						if shared[base.Name] {
							t.Errorf("%s: assigns to the shared styles (%s.%s)", f.name, base.Name, sel.Sel.Name)
						}
					case *ast.CallExpr:
						if fn, ok := base.Fun.(*ast.SelectorExpr); ok && fn.Sel.Name == "Styles" {
							t.Errorf("%s: assigns to the shared styles (Styles().%s)", f.name, sel.Sel.Name)
						}
					}
					x = sel.X
				}
			}
			return true
		})
	}
}

func isStylesPointer(e ast.Expr) bool {
	star, ok := e.(*ast.StarExpr)
	if !ok {
		return false
	}
	sel, ok := star.X.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "common" && sel.Sel.Name == "Styles"
}

type paneFile struct {
	name string
	ast  *ast.File
}

// paneFiles are the parsed sources of the panes, tests left out.
func paneFiles(t *testing.T) []paneFile {
	t.Helper()
	var out []paneFile
	for _, pane := range []string{"board", "detail", "panels", "screens"} {
		names, _ := filepath.Glob(filepath.Join(pane, "*.go"))
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, paneFile{name, f})
		}
	}
	if len(out) < 20 {
		t.Fatalf("found only %d files of the panes", len(out))
	}
	return out
}
