package yamldoc

import "go.yaml.in/yaml/v3"

// style is how the file lays itself out, read once at load so that new
// fragments look like the author's own lines.
type style struct {
	eol       string // the file's line break: "\n", "\r\n" or "\r"
	indent    int    // spaces per nested mapping level
	seqIndent int    // columns from a key to the `-` of its block sequence (0: indentless)
	itemGap   int    // columns from a `-` to its item's content
}

func detectStyle(d *Document) style {
	st := style{eol: "\n", indent: -1, seqIndent: -1, itemGap: -1}
	// New lines end the way the file's first line does: LF, CRLF or a
	// lone CR.
	if d.t.count() > 1 {
		l1 := d.t.lineNumber(1)
		st.eol = d.t.str(d.t.contentEnd(l1), d.t.end(l1))
	}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if depth > 64 || st.indent >= 0 && st.seqIndent >= 0 && st.itemGap >= 0 {
			return
		}
		switch {
		case n.Kind == yaml.MappingNode && block(n):
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if block(v) && v.Line > k.Line && k.Line > 0 {
					gap := d.t.indent(v.Line) - (k.Column - 1)
					if v.Kind == yaml.MappingNode && st.indent < 0 && gap > 0 {
						st.indent = gap
					}
					if v.Kind == yaml.SequenceNode && st.seqIndent < 0 && gap >= 0 {
						st.seqIndent = gap
					}
				}
				walk(v, depth+1)
			}
		case n.Kind == yaml.SequenceNode && block(n):
			for _, it := range n.Content {
				if it.Line > 0 && it.Column > n.Column && st.itemGap < 0 && !emptyNull(it) {
					if ln, err := d.dashLine(n, 0); err == nil && ln == it.Line {
						st.itemGap = it.Column - n.Column
					}
				}
				walk(it, depth+1)
			}
		}
	}
	walk(d.Root(), 0)
	if st.indent <= 0 {
		st.indent = 2
		if st.itemGap > 2 {
			st.indent = st.itemGap
		}
	}
	if st.itemGap <= 0 {
		st.itemGap = 2
	}
	if st.seqIndent < 0 {
		st.seqIndent = st.indent
	}
	return st
}
