package model

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The readers below turn one field's value into a Go value, or report what
// was expected instead and leave the value unset.

// value is the field's value with aliases followed; nil when the field is
// absent or empty (null), which every optional field reads as unset.
func (d *mapDecoder) value(f yamlField) *yaml.Node {
	if f.val == nil {
		return nil
	}
	v := d.deref(f.val)
	if v == nil || isNullScalar(v) {
		return nil
	}
	return v
}

func (d *mapDecoder) expect(f yamlField, want string, got *yaml.Node) {
	d.errorf(f.val, "%s must be %s, got %s", f.name, want, describe(got))
}

func (d *mapDecoder) str(f yamlField) string {
	v := d.value(f)
	if v == nil {
		return ""
	}
	if v.Kind != yaml.ScalarNode {
		d.expect(f, "a string", v)
		return ""
	}
	return v.Value
}

// ident reads an id field, refusing ids that could not be used in a path.
func (d *mapDecoder) ident(f yamlField) string {
	s := d.str(f)
	if s != "" && !ValidID(s) {
		d.errorf(f.val, "id must be lowercase letters, digits and dashes, got %s", shownValue(s))
	}
	return s
}

// decodeScalar decodes a scalar with yaml's own rules (0x10, 1_000, .inf),
// turning any panic of the library into an error.
func decodeScalar(v *yaml.Node, out any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot decode %v", r)
		}
	}()
	return v.Decode(out)
}

// plainInt reads a scalar written as decimal digits, with a minus sign or
// none and no leading zero, which every YAML reading takes as that integer,
// without starting a decoder; ok is false for anything else.
func plainInt(v *yaml.Node) (int, bool) {
	s := v.Value
	if v.Kind != yaml.ScalarNode || v.Style != 0 || v.Tag != "!!int" || len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || digits[0] == '0' && len(digits) > 1 {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// integer reads a whole number within lo..hi; want says what is expected.
func (d *mapDecoder) integer(f yamlField, lo, hi int, want string) *int {
	v := d.value(f)
	if v == nil {
		return nil
	}
	i, ok := plainInt(v)
	if !ok && (v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" || decodeScalar(v, &i) != nil) || i < lo || i > hi {
		d.expect(f, want, v)
		return nil
	}
	return &i
}

func (d *mapDecoder) number(f yamlField) *float64 {
	v := d.value(f)
	if v == nil {
		return nil
	}
	var x float64
	tag := v.ShortTag()
	if v.Kind != yaml.ScalarNode || tag != "!!int" && tag != "!!float" || decodeScalar(v, &x) != nil {
		d.expect(f, "a number", v)
		return nil
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		d.expect(f, "a finite number", v)
		return nil
	}
	return &x
}

func (d *mapDecoder) boolean(f yamlField) bool {
	v := d.value(f)
	if v == nil {
		return false
	}
	var b bool
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" || decodeScalar(v, &b) != nil {
		d.expect(f, "true or false", v)
		return false
	}
	return b
}

var dateForm = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// date reads YYYY-MM-DD whatever tag yaml gave it (an unquoted date is a
// !!timestamp, a quoted one a string) and refuses impossible dates.
func (d *mapDecoder) date(f yamlField) Date {
	v := d.value(f)
	if v == nil {
		return Date{}
	}
	if v.Kind != yaml.ScalarNode || !dateForm.MatchString(v.Value) {
		d.expect(f, "YYYY-MM-DD", v)
		return Date{}
	}
	t, err := ParseDate(v.Value)
	if err != nil {
		d.errorf(f.val, "%s %s is not a real date", f.name, v.Value)
		return Date{}
	}
	return t
}

// enum reads one of the allowed words.
func (d *mapDecoder) enum(f yamlField, allowed []string) string {
	v := d.value(f)
	if v == nil {
		return ""
	}
	if v.Kind == yaml.ScalarNode && hasWord(allowed, v.Value) {
		return v.Value
	}
	hint := ""
	if v.Kind == yaml.ScalarNode {
		hint = didYouMean(Suggest(v.Value, allowed))
	}
	d.errorf(f.val, "%s must be one of %s, got %s%s", f.name, strings.Join(allowed, ", "), describe(v), hint)
	return ""
}

// strs reads a list of strings. Numbers and other scalars count as their text.
func (d *mapDecoder) strs(f yamlField) []string {
	out, _ := d.strItems(f)
	return out
}

// strItems is strs with the node each string was read from.
func (d *mapDecoder) strItems(f yamlField) ([]string, []*yaml.Node) {
	v := d.value(f)
	if v == nil {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		d.expect(f, "a list of strings", v)
		return nil, nil
	}
	defer d.enter(v)()
	var out []string
	var nodes []*yaml.Node
	for _, item := range v.Content {
		d.tick()
		s := d.deref(item)
		switch {
		case s == nil:
		case s.Kind != yaml.ScalarNode || isNullScalar(s):
			d.errorf(item, "%s item must be a string, got %s", f.name, describe(s))
		default:
			out = append(out, s.Value)
			nodes = append(nodes, item)
		}
	}
	return out, nodes
}

// describe shows a value for a message: collections by kind, numbers and
// booleans as written, anything else quoted with control characters escaped
// (a map's text must never reach a terminal raw).
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.ShortTag() {
	case "!!null":
		return "an empty value"
	case "!!int", "!!float", "!!bool":
		if n.Style == 0 {
			return plainWord(n.Value)
		}
	}
	return shownValue(n.Value)
}

// plainWord prints a word as it is when it is short printable ASCII, quoted otherwise.
func plainWord(s string) string {
	if s == "" || len(s) > shownMaxRunes {
		return shownValue(s)
	}
	for _, r := range s {
		if r <= ' ' || r > '~' || r == '"' || r == '\\' {
			return shownValue(s)
		}
	}
	return s
}

// shownValue quotes s (a key, an id, a value), shortened to a readable length.
func shownValue(s string) string {
	if utf8.RuneCountInString(s) > shownMaxRunes {
		r := []rune(s)
		return strconv.Quote(string(r[:shownMaxRunes])) + "…"
	}
	return strconv.Quote(s)
}
