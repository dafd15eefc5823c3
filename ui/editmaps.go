package ui

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

// Edits of the fields that are mappings or lists of mappings: a stage's
// metrics, a goal's history, a touchpoint's emotions per persona. Each is
// typed one entry per line and changes only the entries that differ.

// metricsEdit sets a stage's metrics from "name: value" lines.
func metricsEdit(d *model.Doc, stage yamldoc.Path, text string) (model.Action, error) {
	p := sub(stage, "metrics")
	type kv struct{ k, v string }
	var want []kv
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		if !ok || k == "" {
			return model.Action{}, fmt.Errorf("write each metric as name: value, got %q", strings.TrimSpace(l))
		}
		if _, err := model.ValueFor(sub(p, k), v); err != nil {
			return model.Action{}, err
		}
		want = append(want, kv{k, v})
	}
	have, err := d.Text().Get(p)
	if err != nil || have.Kind != yaml.MappingNode {
		if len(want) == 0 {
			return model.Action{Edit: yamldoc.Batch()}, nil
		}
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, e := range want {
			v, _ := model.ValueFor(sub(p, e.k), e.v)
			m.Content = append(m.Content, yamldoc.Scalar("!!str", e.k), v)
		}
		return model.Action{Edit: insertKey(d, stage, "metrics", m)}, nil
	}
	if len(want) == 0 {
		return model.Action{Edit: yamldoc.Delete(p)}, nil
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
		v, _ := model.ValueFor(sub(p, e.k), e.v)
		steps = append(steps, yamldoc.Set(sub(p, e.k), v))
	}
	for i := 0; i+1 < len(have.Content); i += 2 {
		if k := have.Content[i].Value; !kept[k] {
			steps = append(steps, yamldoc.Delete(sub(p, k)))
		}
	}
	return model.Action{Edit: yamldoc.Batch(steps...)}, nil
}

// measurement is one line of a goal's history as the file writes it.
type measurement struct{ date, value string }

// historyEdit sets a goal's history from "YYYY-MM-DD value" lines, oldest
// first, keeping the entries that did not change.
func historyEdit(d *model.Doc, goal yamldoc.Path, text string) (model.Action, error) {
	p := sub(goal, "history")
	var want []measurement
	for _, l := range strings.Split(text, "\n") {
		f := strings.Fields(strings.NewReplacer(",", " ", ":", " ").Replace(l))
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return model.Action{}, fmt.Errorf("write each measurement as YYYY-MM-DD value, got %q", strings.TrimSpace(l))
		}
		dn, err := model.ValueFor(sub(p, "0", "date"), f[0])
		if err != nil {
			return model.Action{}, err
		}
		vn, err := model.ValueFor(sub(p, "0", "value"), f[1])
		if err != nil {
			return model.Action{}, err
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
		return model.Action{Edit: yamldoc.Delete(p)}, nil
	case len(want) == 0:
		return model.Action{Edit: yamldoc.Batch()}, nil
	case err != nil:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, m := range want {
			seq.Content = append(seq.Content, measurementNode(m))
		}
		return model.Action{Edit: insertKey(d, goal, "history", seq)}, nil
	}
	// Keep the common head and tail; change what lies between.
	i := 0
	for i < len(have) && i < len(want) && have[i] == want[i] {
		i++
	}
	j := 0
	for j < len(have)-i && j < len(want)-i && have[len(have)-1-j] == want[len(want)-1-j] {
		j++
	}
	oldMid, newMid := have[i:len(have)-j], want[i:len(want)-j]
	var steps []yamldoc.Edit
	k := 0
	for ; k < len(oldMid) && k < len(newMid); k++ {
		at := sub(p, strconv.Itoa(i+k))
		if oldMid[k].date != newMid[k].date {
			steps = append(steps, yamldoc.Set(sub(at, "date"), yamldoc.Scalar("", newMid[k].date)))
		}
		if oldMid[k].value != newMid[k].value {
			steps = append(steps, yamldoc.Set(sub(at, "value"), yamldoc.Scalar("", newMid[k].value)))
		}
	}
	for x := len(oldMid) - 1; x >= k; x-- {
		steps = append(steps, yamldoc.Delete(sub(p, strconv.Itoa(i+x))))
	}
	for x := k; x < len(newMid); x++ {
		steps = append(steps, yamldoc.Insert(p, i+x, measurementNode(newMid[x])))
	}
	return model.Action{Edit: yamldoc.Batch(steps...)}, nil
}

func measurementNode(m measurement) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		yamldoc.Scalar("!!str", "date"), yamldoc.Scalar("", m.date),
		yamldoc.Scalar("!!str", "value"), yamldoc.Scalar("", m.value),
	}}
}

// insertKey adds key: v to the mapping at path where the format lists it.
func insertKey(d *model.Doc, path yamldoc.Path, key string, v *yaml.Node) yamldoc.Edit {
	i, ok := insertIndex(d, path, key)
	if !ok {
		i = -1
	}
	return yamldoc.InsertKey(path, i, key, v)
}

// personaEmotionSet sets (or, given "", clears) one persona's own emotion
// at a touchpoint.
func personaEmotionSet(d *model.Doc, tp yamldoc.Path, persona, text string) (model.Action, error) {
	p := sub(tp, "emotions")
	n, err := d.Text().Get(p)
	has := err == nil && n.Kind == yaml.MappingNode
	if strings.TrimSpace(text) == "" {
		if _, err := d.Text().Get(sub(p, persona)); has && err == nil {
			return model.Action{Edit: yamldoc.Delete(sub(p, persona))}, nil
		}
		return model.Action{Edit: yamldoc.Batch()}, nil
	}
	v, err := model.ValueFor(sub(p, persona), text)
	if err != nil {
		return model.Action{}, err
	}
	if !has {
		m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamldoc.Scalar("!!str", persona), v}}
		return model.Action{Edit: insertKey(d, tp, "emotions", m)}, nil
	}
	return model.Action{Edit: yamldoc.Set(sub(p, persona), v)}, nil
}

// personaEmotionStep raises or lowers one persona's emotion at a
// touchpoint; a persona without its own starts from the touchpoint's.
func personaEmotionStep(d *model.Doc, it Item, persona string, delta int) (model.Action, error) {
	r, ok := resolve(d.Map(), it)
	if !ok || r.tp == nil {
		return model.Action{}, fmt.Errorf("select a touchpoint first")
	}
	cur, had := r.tp.EmotionFor(persona)
	next := cur + delta
	who := personaLabel(d.Map(), persona)
	if next < model.MinEmotion || next > model.MaxEmotion {
		return model.Action{}, fmt.Errorf("%s already feels %s for %s", r.tp.Label(), model.EmotionWord(cur), who)
	}
	act, err := personaEmotionSet(d, itemPath(it), persona, strconv.Itoa(next))
	from := "unrated"
	if had {
		from = strconv.Itoa(cur)
	}
	act.Label = fmt.Sprintf("%s: emotion for %s %s → %d", r.tp.Label(), who, from, next)
	return act, err
}
