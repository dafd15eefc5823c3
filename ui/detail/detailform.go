package detail

import (
	"github.com/journey-maps/journey/ui/common"
	"strings"
)

// The detail pane as a form: a two-column gutter carries the cursor, and
// the field being typed into takes the place of its row.

// formLines are the form's lines with the cursor in the gutter and the
// open field in place of its row.
func (d *Detail) formLines(lines []string) []string {
	out := make([]string, 0, len(lines)+maxFieldRows+2)
	cur := detailRow{first: -1, end: -1}
	if d.cursor < len(d.Rows) {
		cur = d.Rows[d.cursor]
	}
	mark := d.c.Styles().SelectedTitle.Render(common.MarkSelected) + " "
	for i := 0; i < len(lines); i++ {
		if i == cur.first && d.editor != nil {
			out = append(out, d.editLines(d.c.Styles().SelectedTitle.Render("✎")+" ")...)
			i = cur.end - 1
			continue
		}
		g := "  "
		if i == cur.first {
			g = mark
		}
		out = append(out, g+lines[i])
	}
	return out
}

// editLines are the open field under its label: beside it for one line,
// below it for several, with the reason a value was refused under both.
func (d *Detail) editLines(mark string) []string {
	st := d.c.Styles()
	iw := d.bodyWidth()
	lw := min(common.LabelWidth, max(iw/3, 1))
	if !d.editor.Multi {
		v := d.editor.View(max(iw-lw-1, 1))
		out := []string{mark + st.Label.Render(common.PadRight(d.editLabel, lw)) + " " + v[0]}
		for _, l := range v[1:] {
			out = append(out, "  "+strings.Repeat(" ", lw+1)+l)
		}
		return out
	}
	out := []string{mark + st.Label.Render(common.Clip(d.editLabel, iw))}
	for _, l := range d.editor.View(iw) {
		out = append(out, "  "+l)
	}
	return out
}

// scrollFor is the offset that shows the cursor's row (all of it when it
// fits) in the form's lines, moving as little as it can from the last.
func (d *Detail) scrollFor(lines []string) int {
	_, ih := common.PanelBody(d.w, d.h)
	if d.cursor >= len(d.Rows) || d.cursor == 0 {
		return 0 // the first row is the name: show the heading above it too
	}
	cur := d.Rows[d.cursor]
	first, end := cur.first, cur.end
	if d.editor != nil {
		end += len(lines) - len(d.lines)
	}
	off := d.offset
	if end-off > ih {
		off = end - ih
	}
	if first < off {
		off = first
	}
	return max(0, min(off, len(lines)-ih))
}
