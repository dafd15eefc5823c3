package ui

import (
	"errors"
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Repair mode: a map that parses but has errors (an emotion of 7, a
// severity nobody knows) opens in the editor all the same, with its
// problems listed in the banner by line and column. Edits that add a
// problem are refused as always (model.Doc.Apply); those that fix one, or
// leave it, are made, and the banner follows until none is left.

// repairable reports whether a load that failed with err still gave a map
// the editor can open in repair mode.
func repairable(doc Document, err error) bool {
	var diags model.Diagnostics
	d, ok := doc.(*model.Doc)
	return ok && d != nil && errors.As(err, &diags)
}

// repairShown is how many problems the banner lists before "and N more".
const repairShown = 3

// repairLines are the banner's lines for a map with errors, or none.
func repairLines(d *model.Doc) []string {
	if d == nil {
		return nil
	}
	var errs model.Diagnostics
	for _, x := range d.Diagnostics() {
		if x.Severity == model.Error {
			errs = append(errs, x)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	head := fmt.Sprintf("Repair mode: %d problems (] and [ go to each, marked %s on the board); an edit that adds one is refused", len(errs), common.MarkProblem)
	if len(errs) == 1 {
		head = "Repair mode: 1 problem (] goes to it, marked " + common.MarkProblem + " on the board); an edit that adds one is refused"
	}
	out := []string{head}
	for i, x := range errs {
		if i == repairShown {
			out = append(out, fmt.Sprintf("  … and %d more (journey lint lists them all)", len(errs)-repairShown))
			break
		}
		out = append(out, fmt.Sprintf("  line %d, col %d: %s", x.Line, x.Col, common.Sanitize(x.Message)))
	}
	return out
}
