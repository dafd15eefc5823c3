package model

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Edits of the fields that are mappings or lists of mappings: a stage's
// metrics, a goal's history, a touchpoint's emotions per persona. Each is
// typed one entry per line and changes only the entries that differ.

// MetricsEdit sets a stage's metrics from "name: value" lines.
func MetricsEdit(d *Doc, stage yamldoc.Path, text string) (Action, error) {
	p := child(stage, "metrics")
	type kv struct{ k, v string }
	var want []kv
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return Action{}, fmt.Errorf("write each metric as name: value, got %q", strings.TrimSpace(l))
		}
		if _, err := ValueFor(child(p, k), v); err != nil {
			return Action{}, err
		}
		want = append(want, kv{k, v})
	}
	have, err := d.Text().Get(p)
	if err != nil || have.Kind != yaml.MappingNode {
		if len(want) == 0 {
			return Action{Edit: yamldoc.Batch()}, nil
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, e := range want {
			v, _ := ValueFor(child(p, e.k), e.v)
			m.Content = append(m.Content, yamldoc.Scalar("!!str", e.k), v)
		}
		return Action{Edit: insertKey(d, stage, "metrics", m)}, nil
	}
	if len(want) == 0 {
		return Action{Edit: yamldoc.Delete(p)}, nil
	}
	old := map[string]string{}
	for i := 0; i+1 < len(have.Content); i += 2 {
		old[have.Content[i].Value] = unalias(have.Content[i+1]).Value
	}
	kept := map[string]bool{}
	var steps []yamldoc.Edit
	for _, e := range want {
		kept[e.k] = true
		if was, ok := old[e.k]; ok && was == e.v {
			continue
		}
		v, _ := ValueFor(child(p, e.k), e.v)
		steps = append(steps, yamldoc.Set(child(p, e.k), v))
	}
	for i := 0; i+1 < len(have.Content); i += 2 {
		if k := have.Content[i].Value; !kept[k] {
			steps = append(steps, yamldoc.Delete(child(p, k)))
		}
	}
	return Action{Edit: yamldoc.Batch(steps...)}, nil
}

// measurement is one line of a goal's history as the file writes it.
type measurement struct{ date, value string }

// HistoryEdit sets a goal's history from "YYYY-MM-DD value" lines, oldest
// first, keeping the entries that did not change.
func HistoryEdit(d *Doc, goal yamldoc.Path, text string) (Action, error) {
	p := child(goal, "history")
	var want []measurement
	for _, l := range strings.Split(text, "\n") {
		f := strings.Fields(strings.NewReplacer(",", " ", ":", " ").Replace(l))
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return Action{}, fmt.Errorf("write each measurement as YYYY-MM-DD value, got %q", strings.TrimSpace(l))
		}
		dn, err := ValueFor(child(p, "0", "date"), f[0])
		if err != nil {
			return Action{}, err
		}
		vn, err := ValueFor(child(p, "0", "value"), f[1])
		if err != nil {
			return Action{}, err
		}
		want = append(want, measurement{dn.Value, vn.Value})
	}
	n, err := d.Text().Get(p)
	var have []measurement
	if err == nil && n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			c = unalias(c)
			have = append(have, measurement{pairValue(c, "date"), pairValue(c, "value")})
		}
	}
	switch {
	case len(want) == 0 && err == nil:
		return Action{Edit: yamldoc.Delete(p)}, nil
	case len(want) == 0:
		return Action{Edit: yamldoc.Batch()}, nil
	case err != nil:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, m := range want {
			seq.Content = append(seq.Content, measurementNode(m))
		}
		return Action{Edit: insertKey(d, goal, "history", seq)}, nil
	}
	// Keep the common head and tail; change what lies between.
	i, j := commonEnds(have, want)
	oldMid, newMid := have[i:len(have)-j], want[i:len(want)-j]
	var steps []yamldoc.Edit
	k := 0
	for ; k < len(oldMid) && k < len(newMid); k++ {
		at := child(p, strconv.Itoa(i+k))
		if oldMid[k].date != newMid[k].date {
			steps = append(steps, yamldoc.Set(child(at, "date"), yamldoc.Scalar("", newMid[k].date)))
		}
		if oldMid[k].value != newMid[k].value {
			steps = append(steps, yamldoc.Set(child(at, "value"), yamldoc.Scalar("", newMid[k].value)))
		}
	}
	for x := len(oldMid) - 1; x >= k; x-- {
		steps = append(steps, yamldoc.Delete(child(p, strconv.Itoa(i+x))))
	}
	for x := k; x < len(newMid); x++ {
		steps = append(steps, yamldoc.Insert(p, i+x, measurementNode(newMid[x])))
	}
	return Action{Edit: yamldoc.Batch(steps...)}, nil
}

func measurementNode(m measurement) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		yamldoc.Scalar("!!str", "date"), yamldoc.Scalar("", m.date),
		yamldoc.Scalar("!!str", "value"), yamldoc.Scalar("", m.value),
	}}
}

// insertKey adds key: v to the mapping at path where the format lists it.
func insertKey(d *Doc, path yamldoc.Path, key string, v *yaml.Node) yamldoc.Edit {
	i, ok := insertIndex(d, path, key)
	if !ok {
		i = -1
	}
	return yamldoc.InsertKey(path, i, key, v)
}

// PersonaEmotionSet sets (or, given "", clears) one persona's own emotion
// at a touchpoint.
func PersonaEmotionSet(d *Doc, tp yamldoc.Path, persona, text string) (Action, error) {
	p := child(tp, "emotions")
	n, err := d.Text().Get(p)
	has := err == nil && n.Kind == yaml.MappingNode
	if strings.TrimSpace(text) == "" {
		if _, err := d.Text().Get(child(p, persona)); has && err == nil {
			return Action{Edit: yamldoc.Delete(child(p, persona))}, nil
		}
		return Action{Edit: yamldoc.Batch()}, nil
	}
	v, err := ValueFor(child(p, persona), text)
	if err != nil {
		return Action{}, err
	}
	if !has {
		m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamldoc.Scalar("!!str", persona), v}}
		return Action{Edit: insertKey(d, tp, "emotions", m)}, nil
	}
	return Action{Edit: yamldoc.Set(child(p, persona), v)}, nil
}

// placed turns the set of a key an item does not have yet into an insert
// where the format lists that key (votes after severity, not after a long
// list of actions), so that the file reads as if a person had written it.
func placed(d *Doc, e yamldoc.Edit) yamldoc.Edit {
	if e.Op != yamldoc.OpSet || len(e.Path) == 0 {
		return e
	}
	parent, key := e.Path[:len(e.Path)-1], e.Path[len(e.Path)-1]
	if i, ok := insertIndex(d, parent, key); ok {
		return yamldoc.InsertKey(append(yamldoc.Path{}, parent...), i, key, e.Value)
	}
	return e
}

// insertIndex is where a missing key goes in the mapping at path: after
// the last key present that the format lists before it. ok is false when
// the key is there already or the mapping has no known order.
func insertIndex(d *Doc, path yamldoc.Path, key string) (int, bool) {
	n, err := d.Text().Get(path)
	if err != nil || n.Kind != yaml.MappingNode {
		return 0, false
	}
	kind := "map"
	if len(path) >= 2 {
		k, err := ListKind(path[:len(path)-1])
		if err != nil || k == "" {
			return 0, false
		}
		kind = k
	} else if len(path) == 1 {
		return 0, false
	}
	order := KnownKeys[kind]
	pos := indexOf(order, key)
	if pos < 0 {
		return 0, false
	}
	at := 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i].Value
		if k == key {
			return 0, false
		}
		if p := indexOf(order, k); p >= 0 && p < pos {
			at = i/2 + 1
		}
	}
	return at, true
}

// FieldEdit builds the edit of one field of the item at itemPath from
// text typed by a person: a plain field, a stage's metrics ("name: value"
// lines), a goal's history ("YYYY-MM-DD value" lines), or a persona's own
// emotion (field "emotions/<persona>"). Every client builds field edits
// here, so the same change writes the same bytes from anywhere.
func FieldEdit(d *Doc, itemPath yamldoc.Path, field, text string) (Action, error) {
	switch {
	case field == "metrics":
		return MetricsEdit(d, itemPath, text)
	case field == "history":
		return HistoryEdit(d, itemPath, text)
	case field == "scores" || field == "experiment":
		return MappingEdit(d, itemPath, field, text)
	case strings.HasPrefix(field, "emotions/"):
		return PersonaEmotionSet(d, itemPath, strings.TrimPrefix(field, "emotions/"), text)
	}
	return SetField(d, itemPath, field, text)
}

// SetPath builds the set of the value at a resolved path from text, as
// `journey set` gives it: checked against the format, and writing the
// mapping with its first entry where a touchpoint has no persona emotions
// or a stage no metrics yet.
func SetPath(d *Doc, p yamldoc.Path, text string) (Action, error) {
	if n, err := d.text.Get(p); err == nil && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
		return Action{}, &ShapeError{Path: p}
	}
	v, err := ValueFor(p, text)
	if err != nil {
		return Action{}, err
	}
	label := fmt.Sprintf("%s → %s", p, short(text))
	if len(p) > 1 {
		parent := p[:len(p)-1]
		if _, err := d.text.Get(parent); err != nil {
			m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamldoc.Scalar("!!str", p[len(p)-1]), v}}
			return Action{Edit: yamldoc.Set(parent, m), Label: label}, nil
		}
	}
	return Action{Edit: yamldoc.Set(p, v), Label: label}, nil
}

// ShapeError is a set refused because the path names a list or a mapping.
type ShapeError struct{ Path yamldoc.Path }

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s is a list or a mapping; change its items, or add and remove them", e.Path)
}

func unalias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func pairValue(m *yaml.Node, key string) string {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return unalias(m.Content[i+1]).Value
		}
	}
	return ""
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// PersonaEmotionStep raises or lowers one persona's own emotion at the
// located touchpoint by delta; a persona without its own starts from the
// touchpoint's.
func PersonaEmotionStep(d *Doc, l Loc, persona string, delta int) (Action, error) {
	t, err := d.m.touchpoint(l)
	if err != nil {
		return Action{}, err
	}
	cur, had := t.EmotionFor(persona)
	next := cur + delta
	who := persona
	for _, p := range d.m.Personas {
		if p.Key() == persona {
			who = p.Label()
		}
	}
	if next < MinEmotion || next > MaxEmotion {
		return Action{}, fmt.Errorf("%s already feels %s for %s", t.Label(), EmotionWord(cur), who)
	}
	act, err := PersonaEmotionSet(d, TouchpointLoc(l.Stage, l.Touchpoint).Path(), persona, strconv.Itoa(next))
	from := "unrated"
	if had {
		from = strconv.Itoa(cur)
	}
	act.Label = fmt.Sprintf("%s: emotion for %s %s → %d", t.Label(), who, from, next)
	return act, err
}

// FieldText is a field's text as the file has it, to start editing from:
// a scalar as written, a list one entry per line, a mapping (metrics) one
// "name: value" per line, a goal's history one "date value" per line.
func (d *Doc) FieldText(path yamldoc.Path) string {
	n, err := d.text.Get(path)
	if err != nil || n == nil {
		return ""
	}
	n = unalias(n)
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return ""
		}
		return n.Value
	case yaml.SequenceNode:
		lines := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			c = unalias(c)
			if c.Kind == yaml.MappingNode {
				lines = append(lines, strings.TrimSpace(pairValue(c, "date")+" "+pairValue(c, "value")))
			} else {
				lines = append(lines, c.Value)
			}
		}
		return strings.Join(lines, "\n")
	case yaml.MappingNode:
		var lines []string
		for i := 0; i+1 < len(n.Content); i += 2 {
			lines = append(lines, n.Content[i].Value+": "+unalias(n.Content[i+1]).Value)
		}
		return strings.Join(lines, "\n")
	}
	return ""
}
