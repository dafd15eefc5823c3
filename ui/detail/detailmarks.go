package detail

import (
	"maps"
	"slices"

	"github.com/journey-maps/journey/ui/common"
)

// Marks in the detail pane beyond what the map says: notes above an
// item's fields (how it changed since a revision, a ghost's old values)
// and, in repair mode, each field with a problem marked under its row.

// Marks is what the App tells the detail pane about items.
type Marks struct {
	// Notes are lines to show above the item's fields.
	Notes func(it common.Item, width int) []string
	// Problems are the item's problems by field key ("emotion"), those
	// on no field of the form under "".
	Problems func(it common.Item) map[string][]string
}

// SetMarks gives the pane what it marks items with.
func (d *Detail) SetMarks(m Marks) {
	d.marks = m
	d.built = detailKey{}
	d.frame = ""
}

// annotate puts the notes above the lines and each problem under the row
// of its field, moving the rows to match.
func (d *Detail) annotate(lines []string, rows []detailRow, width int) ([]string, []detailRow) {
	st := d.c.Styles()
	var probs map[string][]string
	if d.marks.Problems != nil {
		probs = d.marks.Problems(d.item)
	}
	var head []string
	if d.marks.Notes != nil {
		head = d.marks.Notes(d.item, width)
	}
	shown := map[string]bool{}
	for _, r := range rows {
		shown[r.Key] = true
	}
	// In order, so that what is drawn does not change between frames.
	for _, k := range slices.Sorted(maps.Keys(probs)) {
		if !shown[k] || k == "" {
			head = append(head, problemLines(probs[k], width, st)...)
		}
	}
	if len(head) == 0 && len(probs) == 0 {
		return lines, rows
	}
	out := append([]string(nil), head...)
	moved := make([]detailRow, 0, len(rows))
	next := 0
	for _, r := range rows {
		out = append(out, lines[next:r.end]...)
		next = r.end
		shift := len(out) - r.end
		r.first, r.end = r.first+shift, r.end+shift
		if ps, ok := probs[r.Key]; ok && r.Key != "" {
			out = append(out, problemLines(ps, width, st)...)
			r.end = len(out)
		}
		moved = append(moved, r)
	}
	out = append(out, lines[next:]...)
	return out, moved
}

// problemLines are problems marked with MarkProblem and the word, so that
// they read without colour.
func problemLines(ps []string, width int, st *common.Styles) []string {
	var out []string
	for _, p := range ps {
		for _, l := range common.Wrap(common.MarkProblem+" problem: "+p, width) {
			out = append(out, st.Bad.Render(l))
		}
	}
	return out
}
