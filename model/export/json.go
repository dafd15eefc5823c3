package export

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/journey-maps/journey/model/textsafe"
	"go.yaml.in/yaml/v3"
)

// maxJSONNodes bounds the output: aliases can make a small file expand
// beyond any use ("billion laughs"), and an export must not run the
// machine out of memory on a hostile map.
const maxJSONNodes = 1_000_000

// JSON writes the map file as JSON with the same structure as the YAML:
// keys as in the file and in its order (unknown and x- keys included),
// dates as strings, numbers as numbers, aliases and merge keys (<<)
// expanded. Comments, which JSON cannot hold, are dropped. The text is
// made safe to view by textsafe.JSON: controls, bidi and zero-width
// characters come out as \u escapes. file names the input in errors,
// which are located file:line:col.
func JSON(file string, root *yaml.Node) ([]byte, error) {
	return JSONAt(file, root, func(n int) int { return n })
}

// JSONAt is JSON of a tree whose nodes' lines line turns into the file's:
// a document's own numbers (yamldoc.Document.Line), which are not the
// file's lines once parsed or edited.
func JSONAt(file string, root *yaml.Node, line func(int) int) ([]byte, error) {
	j := &jsonWriter{file: file, line: line, active: map[*yaml.Node]bool{}}
	n := root
	if n != nil && n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			n = nil
		} else {
			n = n.Content[0]
		}
	}
	if n == nil {
		return nil, fmt.Errorf("%s:1:1: empty file", file)
	}
	if err := j.value(n, 0); err != nil {
		return nil, err
	}
	j.b.WriteByte('\n')
	return textsafe.JSON(j.b.Bytes()), nil
}

type jsonWriter struct {
	file   string
	line   func(int) int // a node's line as the file's
	b      bytes.Buffer
	nodes  int
	active map[*yaml.Node]bool // anchors being expanded, to refuse cycles
}

func (j *jsonWriter) errorf(n *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%s:%d:%d: %s", j.file, j.line(n.Line), n.Column, fmt.Sprintf(format, args...))
}

func (j *jsonWriter) indent(depth int) {
	j.b.WriteByte('\n')
	for range depth {
		j.b.WriteString("  ")
	}
}

func (j *jsonWriter) value(n *yaml.Node, depth int) error {
	if j.nodes++; j.nodes > maxJSONNodes {
		return j.errorf(n, "the map expands to more than %d values through aliases", maxJSONNodes)
	}
	switch n.Kind {
	case yaml.AliasNode:
		return j.alias(n, func(target *yaml.Node) error { return j.value(target, depth) })
	case yaml.MappingNode:
		return j.mapping(n, depth)
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			j.b.WriteString("[]")
			return nil
		}
		j.b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				j.b.WriteByte(',')
			}
			j.indent(depth + 1)
			if err := j.value(c, depth+1); err != nil {
				return err
			}
		}
		j.indent(depth)
		j.b.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		return j.scalar(n)
	}
	return j.errorf(n, "cannot export this YAML node as JSON")
}

func (j *jsonWriter) alias(n *yaml.Node, f func(*yaml.Node) error) error {
	t := n.Alias
	if t == nil {
		return j.errorf(n, "alias *%s names no anchor", n.Value)
	}
	if j.active[t] {
		return j.errorf(n, "alias *%s refers to a node that contains it", n.Value)
	}
	j.active[t] = true
	defer delete(j.active, t)
	return f(t)
}

// pair is one key and value of a mapping after merge keys are expanded.
type pair struct {
	key   string
	value *yaml.Node
}

func (j *jsonWriter) mapping(n *yaml.Node, depth int) error {
	pairs, err := j.pairs(n, map[string]bool{})
	if err != nil {
		return err
	}
	if len(pairs) == 0 {
		j.b.WriteString("{}")
		return nil
	}
	j.b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			j.b.WriteByte(',')
		}
		j.indent(depth + 1)
		writeString(&j.b, p.key)
		j.b.WriteString(": ")
		if err := j.value(p.value, depth+1); err != nil {
			return err
		}
	}
	j.indent(depth)
	j.b.WriteByte('}')
	return nil
}

// pairs lists a mapping's keys in file order, with the keys of merged
// mappings at the place of their << and skipped where the mapping itself
// (or an earlier merge) already gives them, as YAML's merge rule says.
// seen holds the keys already taken and is filled in.
func (j *jsonWriter) pairs(n *yaml.Node, seen map[string]bool) ([]pair, error) {
	own := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode && !isMerge(k) {
			own[k.Value] = true
		}
	}
	var out []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if isMerge(k) {
			merged, err := j.merge(v, seen, own)
			if err != nil {
				return nil, err
			}
			out = append(out, merged...)
			continue
		}
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			return nil, j.errorf(k, "a key must be a plain value to export as JSON")
		}
		if seen[k.Value] {
			continue
		}
		seen[k.Value] = true
		out = append(out, pair{k.Value, v})
	}
	return out, nil
}

// merge expands the value of a << key: a mapping, or a list of them.
func (j *jsonWriter) merge(v *yaml.Node, seen, own map[string]bool) ([]pair, error) {
	var out []pair
	var add func(m *yaml.Node, list bool) error
	add = func(m *yaml.Node, list bool) error {
		switch {
		case m.Kind == yaml.AliasNode:
			return j.alias(m, func(t *yaml.Node) error { return add(t, list) })
		case m.Kind == yaml.SequenceNode && !list:
			for _, c := range m.Content {
				if err := add(c, true); err != nil {
					return err
				}
			}
			return nil
		case m.Kind != yaml.MappingNode:
			return j.errorf(m, "<< must merge a mapping or a list of mappings")
		}
		ps, err := j.pairs(m, seen)
		if err != nil {
			return err
		}
		for _, p := range ps {
			if !own[p.key] {
				out = append(out, p)
			} else {
				delete(seen, p.key) // the mapping's own value comes later and wins
			}
		}
		return nil
	}
	return out, add(v, false)
}

func isMerge(k *yaml.Node) bool {
	return k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Style == 0 && (k.Tag == "" || k.Tag == "!!merge")
}

func (j *jsonWriter) scalar(n *yaml.Node) error {
	switch n.ShortTag() {
	case "!!null":
		j.b.WriteString("null")
	case "!!bool":
		var v bool
		if err := n.Decode(&v); err != nil {
			return j.errorf(n, "%q is not a boolean", n.Value)
		}
		j.b.WriteString(strconv.FormatBool(v))
	case "!!int":
		var v int64
		if err := n.Decode(&v); err != nil {
			var f float64
			if err := n.Decode(&f); err != nil {
				return j.errorf(n, "%q is not a number", n.Value)
			}
			j.b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
			return nil
		}
		j.b.WriteString(strconv.FormatInt(v, 10))
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil {
			return j.errorf(n, "%q is not a number", n.Value)
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			// JSON has no NaN or infinity; keep YAML's spelling as text.
			writeString(&j.b, n.Value)
			return nil
		}
		j.b.WriteString(strconv.FormatFloat(f, 'f', -1, 64))
	default: // strings, dates (!!timestamp), binary and custom tags: the text
		writeString(&j.b, n.Value)
	}
	return nil
}

// writeString writes s as a JSON string, with the escapes JSON requires;
// JSON then escapes what a terminal must not see raw.
func writeString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteString(`\ufffd`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20:
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}
