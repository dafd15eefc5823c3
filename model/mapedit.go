package model

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// MappingEdit sets a small mapping field of an item (an opportunity's
// scores or experiment, the map's priorities) from "key: value" lines as a
// person types them, each value checked against the format. Only the keys
// that changed are written; a key left out is removed; no lines at all
// removes the field.
func MappingEdit(d *Doc, itemPath yamldoc.Path, field, text string) (Action, error) {
	p := child(itemPath, field)
	label := fmt.Sprintf("%s: %s changed", itemPath, field)
	type kv struct {
		k string
		v *yaml.Node
	}
	var want []kv
	seen := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return Action{}, fmt.Errorf("write each line of %s as name: value, got %q", field, strings.TrimSpace(l))
		}
		if seen[k] {
			return Action{}, fmt.Errorf("%s is given twice", k)
		}
		seen[k] = true
		n, err := ValueFor(child(p, k), v)
		if err != nil {
			return Action{}, err
		}
		want = append(want, kv{k, n})
	}
	have, err := d.Text().Get(p)
	if err != nil || have.Kind != yaml.MappingNode {
		if len(want) == 0 {
			return Action{Edit: yamldoc.Batch(), Label: label}, nil
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, e := range want {
			m.Content = append(m.Content, yamldoc.Scalar("!!str", e.k), e.v)
		}
		return Action{Edit: yamldoc.Set(p, m), Label: label}, nil
	}
	if len(want) == 0 {
		return Action{Edit: yamldoc.Delete(p), Label: label}, nil
	}
	old := map[string]string{}
	for i := 0; i+1 < len(have.Content); i += 2 {
		old[have.Content[i].Value] = have.Content[i+1].Value
	}
	var steps []yamldoc.Edit
	for _, e := range want {
		if was, ok := old[e.k]; ok && was == e.v.Value {
			continue
		}
		steps = append(steps, yamldoc.Set(child(p, e.k), e.v))
	}
	for i := 0; i+1 < len(have.Content); i += 2 {
		if k := have.Content[i].Value; !seen[k] {
			steps = append(steps, yamldoc.Delete(child(p, k)))
		}
	}
	return Action{Edit: yamldoc.Batch(steps...), Label: label}, nil
}
