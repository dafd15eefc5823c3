package yamldoc

import (
	"fmt"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Rendering of new fragments. The encoder alone would reflow indentation
// and pick its own sequence style, so fragments are laid out here in the
// file's style, and each rendered scalar is checked by parsing it back.

// inline renders a scalar (or an empty or small collection) for use on one
// line. ok is false when it needs a block of its own (a multi-line string).
func (d *Document) inline(n *yaml.Node, prefer yaml.Style) (string, bool) {
	switch n.Kind {
	case yaml.AliasNode:
		return "*" + n.Value, true
	case yaml.MappingNode, yaml.SequenceNode:
		if len(n.Content) == 0 || n.Style&yaml.FlowStyle != 0 {
			return d.flow(n)
		}
		return "", false
	}
	v := n.Value
	tag := n.ShortTag()
	multi := strings.ContainsAny(v, "\n\r")
	switch {
	case prefer&yaml.DoubleQuotedStyle != 0:
		return doubleQuote(v), true
	case prefer&yaml.SingleQuotedStyle != 0 && !multi && printable(v):
		return "'" + strings.ReplaceAll(v, "'", "''") + "'", true
	case multi && tag == "!!str":
		return "", false
	}
	out, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v})
	s := strings.TrimSuffix(string(out), "\n")
	if err != nil || strings.ContainsAny(s, "\n\r") || !printable(s) || !roundTrips(s, n) {
		return doubleQuote(v), true
	}
	if strings.HasPrefix(s, `"`) && printable(v) {
		// The encoder quotes and escapes characters outside the Basic
		// Multilingual Plane (emoji: "\U0001F331"); the file keeps them
		// as UTF-8, plain where that reads back as the same value.
		if roundTrips(v, n) && !strings.ContainsAny(v, "\"'") {
			return v, true
		}
		return doubleQuote(v), true
	}
	return s, true
}

// flow renders a collection in flow style: [a, b] or {k: v}.
func (d *Document) flow(n *yaml.Node) (string, bool) {
	var parts []string
	step := 1
	if n.Kind == yaml.MappingNode {
		step = 2
	}
	for i := 0; i < len(n.Content); i += step {
		c := n.Content[i]
		s, ok := d.inlineFlow(c)
		if !ok {
			return "", false
		}
		if step == 2 {
			v, ok := d.inlineFlow(n.Content[i+1])
			if !ok {
				return "", false
			}
			s += ": " + v
		}
		parts = append(parts, s)
	}
	if step == 2 {
		return "{" + strings.Join(parts, ", ") + "}", true
	}
	return "[" + strings.Join(parts, ", ") + "]", true
}

// inlineFlow renders a node inside a flow collection, where `,[]{}` end a
// plain scalar, so such scalars are quoted.
func (d *Document) inlineFlow(n *yaml.Node) (string, bool) {
	if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
		return d.flow(n)
	}
	if n.Kind == yaml.ScalarNode && strings.ContainsAny(n.Value, ",[]{}#") {
		return doubleQuote(n.Value), true
	}
	if n.Kind == yaml.ScalarNode && strings.ContainsAny(n.Value, "\n\r") {
		return doubleQuote(n.Value), true
	}
	return d.inline(n, n.Style)
}

// roundTrips reports whether text, read back as a value, is n again.
func roundTrips(text string, n *yaml.Node) bool {
	var v yaml.Node
	if err := yaml.Unmarshal([]byte("k: "+text), &v); err != nil || len(v.Content) != 1 || len(v.Content[0].Content) != 2 {
		return false
	}
	got := v.Content[0].Content[1]
	return got.Kind == yaml.ScalarNode && got.Value == n.Value && got.ShortTag() == n.ShortTag()
}

func printable(s string) bool {
	for _, r := range s {
		if r != '\t' && !unicode.IsPrint(r) && r != ' ' {
			return false
		}
	}
	return true
}

// doubleQuote quotes s, escaping only what must be escaped so that
// non-ASCII text stays readable in the file.
func doubleQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case 0x85:
			b.WriteString(`\N`)
		case 0x2028:
			b.WriteString(`\L`)
		case 0x2029:
			b.WriteString(`\P`)
		default:
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfeff {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// blockScalar renders a multi-line string as a literal block: the header
// (`|` or `|-`) and its content lines indented to ind. ok is false
// for strings a literal block cannot hold exactly.
func blockScalar(v string, ind int, folded bool) (header string, lines []string, ok bool) {
	if strings.ContainsRune(v, '\r') || !printable(strings.ReplaceAll(v, "\n", "")) {
		return "", nil, false
	}
	body := strings.TrimRight(v, "\n")
	trail := len(v) - len(body)
	if body == "" || strings.HasPrefix(body, " ") || strings.HasPrefix(body, "\t") {
		return "", nil, false
	}
	header = "|"
	if folded {
		header = ">"
	}
	switch trail {
	case 0:
		header += "-"
	case 1:
	default:
		// Kept trailing blank lines (`|+`) cannot be told from blank
		// lines after the block: such text is double-quoted instead.
		return "", nil, false
	}
	pad := strings.Repeat(" ", ind)
	src := strings.Split(body, "\n")
	for _, l := range src {
		if l != "" && strings.TrimLeft(l, " \t") == "" {
			// A line of only spaces cannot be told from a blank line
			// around the block; such text is double-quoted instead.
			return "", nil, false
		}
	}
	for i, l := range src {
		if folded && i > 0 {
			if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") || src[i-1] == "" {
				return "", nil, false
			}
			lines = append(lines, "")
		}
		if l == "" {
			lines = append(lines, "")
			continue
		}
		lines = append(lines, pad+l)
	}
	return header, lines, true
}

// emit lays out node n as block lines at indentation ind (no line breaks).
// A mapping yields `key: value` lines, a sequence `- item` lines.
func (d *Document) emit(n *yaml.Node, ind int) ([]string, error) {
	pad := strings.Repeat(" ", ind)
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			return []string{pad + "{}"}, nil
		}
		var out []string
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, ok := d.inline(n.Content[i], 0)
			if !ok {
				return nil, fmt.Errorf("a mapping key must fit on one line")
			}
			rest, err := d.afterIndicator(n.Content[i+1], ind, ind+d.style.indent, ind+d.style.seqIndent)
			if err != nil {
				return nil, err
			}
			out = append(out, pad+k+":"+rest[0])
			out = append(out, rest[1:]...)
		}
		return out, nil
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			return []string{pad + "[]"}, nil
		}
		var out []string
		for _, it := range n.Content {
			lines, err := d.item(it, ind)
			if err != nil {
				return nil, err
			}
			out = append(out, lines...)
		}
		return out, nil
	}
	s, ok := d.inline(n, n.Style)
	if !ok {
		return nil, fmt.Errorf("cannot lay out this value on its own")
	}
	return []string{pad + s}, nil
}

// item lays out one sequence item with its `-` at indentation dash.
func (d *Document) item(n *yaml.Node, dash int) ([]string, error) {
	inner := dash + d.style.itemGap
	rest, err := d.afterIndicator(n, dash, inner, inner)
	if err != nil {
		return nil, err
	}
	if block(n) && len(n.Content) > 0 {
		// The first line of a nested block moves up beside the dash.
		lines, err := d.emit(n, inner)
		if err != nil {
			return nil, err
		}
		lines[0] = strings.Repeat(" ", dash) + "-" + strings.Repeat(" ", d.style.itemGap-1) + lines[0][inner:]
		return lines, nil
	}
	rest[0] = strings.Repeat(" ", dash) + "-" + rest[0]
	return rest, nil
}

// afterIndicator lays out a value that follows `key:` or `-` on a line
// indented by parent: the first element is the rest of that line (" v",
// " |-" or ""), the others are the lines below. mapInd and seqInd are where
// a nested mapping or sequence goes.
func (d *Document) afterIndicator(n *yaml.Node, parent, mapInd, seqInd int) ([]string, error) {
	if s, ok := d.inline(n, n.Style); ok {
		return []string{" " + s}, nil
	}
	if n.Kind == yaml.ScalarNode {
		folded := n.Style&yaml.FoldedStyle != 0
		h, lines, ok := blockScalar(n.Value, parent+d.style.indent, folded)
		if !ok && folded {
			h, lines, ok = blockScalar(n.Value, parent+d.style.indent, false)
		}
		if !ok {
			return []string{" " + doubleQuote(n.Value)}, nil
		}
		return append([]string{" " + h}, lines...), nil
	}
	ind := mapInd
	if n.Kind == yaml.SequenceNode {
		ind = seqInd
	}
	lines, err := d.emit(n, ind)
	if err != nil {
		return nil, err
	}
	return append([]string{""}, lines...), nil
}
