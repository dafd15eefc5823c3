package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Measuring: a goal's new figure goes into its history, dated, and
// becomes its current value when it is the latest. One call builds one
// edit, so the CLI, the editor's r key and a shared session record the
// same way and undo it in one step.

// GoalIndex finds a goal by its key: its id, or the slug of its name.
func GoalIndex(m *Map, key string) (int, error) {
	var keys []string
	for i, g := range m.Goals {
		if g.Key() == key {
			return i, nil
		}
		keys = append(keys, g.Key())
	}
	if len(keys) == 0 {
		return -1, fmt.Errorf("no goal %q: the map has no goals", key)
	}
	return -1, fmt.Errorf("no goal %q%s", key, hint(key, keys))
}

// Record builds the edit that records value (a number as typed) for the
// goal named goal on date: the goal's history gains {date, value} in date
// order (replacing the entry of the same date), and current becomes value
// when no entry is later.
func Record(d *Doc, goal, value string, date Date) (Action, error) {
	gi, err := GoalIndex(d.Map(), goal)
	if err != nil {
		return Action{}, err
	}
	v, err := numberNode("value", value)
	if err != nil {
		return Action{}, err
	}
	e, err := recordEdit(d, gi, []dated{{date, v}})
	if err != nil {
		return Action{}, err
	}
	return Action{Edit: e, Label: fmt.Sprintf("%s: recorded %s on %s", d.Map().Goals[gi].Label(), v.Value, date)}, nil
}

// dated is one measurement to record: its date and its value's node.
type dated struct {
	date  Date
	value *yaml.Node
}

// recordEdit is the batch that records measurements of distinct dates for
// goal gi: sets of the values of entries whose date is already in the
// history, then inserts in date order (each at its final place, as the
// ones before it are in by then), then current.
func recordEdit(d *Doc, gi int, ms []dated) (yamldoc.Edit, error) {
	g := d.Map().Goals[gi]
	goal := yamldoc.Path{"goals", strconv.Itoa(gi)}
	hist := child(goal, "history")
	if n, err := d.Text().Get(hist); err == nil && n.Kind != yaml.SequenceNode && !isNullScalar(n) {
		return yamldoc.Edit{}, fmt.Errorf("goal %s: history is not a list in this file", g.Key())
	}
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b dated) int { return a.date.Days(b.date) * -1 })
	dates := make([]Date, len(g.History))
	latest := Date{}
	for i, h := range g.History {
		dates[i] = h.Date
		if latest.Before(h.Date) {
			latest = h.Date
		}
	}
	padded := paddedFlow(d, hist)
	var sets, inserts []yamldoc.Edit
	var newest *dated
	for i := range ms {
		m := &ms[i]
		if !m.date.Before(latest) {
			newest = m
		}
		if j := slices.Index(dates, m.date); j >= 0 {
			sets = append(sets, yamldoc.Set(child(hist, strconv.Itoa(j), "value"), m.value))
			continue
		}
		at := 0
		for k, d := range dates {
			if d.Before(m.date) {
				at = k + 1
			}
		}
		dates = slices.Insert(dates, at, m.date)
		item := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			yamldoc.Scalar("!!str", "date"), yamldoc.Scalar("", m.date.String()),
			yamldoc.Scalar("!!str", "value"), m.value,
		}}
		ins := yamldoc.Insert(hist, at, item)
		if padded {
			ins.Text = fmt.Sprintf("- { date: %s, value: %s }", m.date, m.value.Value)
		}
		inserts = append(inserts, ins)
	}
	steps := append(sets, inserts...)
	if newest != nil {
		steps = append(steps, setKey(d, goal, "goal", "current", newest.value))
	}
	return yamldoc.Batch(steps...), nil
}

// setKey sets key in the mapping at path, adding a missing key where the
// format lists it (current after target), as a person would write it.
func setKey(d *Doc, path yamldoc.Path, kind, key string, v *yaml.Node) yamldoc.Edit {
	n, err := d.Text().Get(path)
	if err != nil || n.Kind != yaml.MappingNode || valueOf(n, key) != nil {
		return yamldoc.Set(child(path, key), v)
	}
	order := KnownKeys[kind]
	pos := slices.Index(order, key)
	at := 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		if p := slices.Index(order, n.Content[i].Value); p >= 0 && p < pos {
			at = i/2 + 1
		}
	}
	return yamldoc.InsertKey(path, at, key, v)
}

// paddedFlow reports whether the history's entries are written as
// `{ date: ..., value: ... }`, with spaces inside the braces, so that a new
// entry is written the same way.
func paddedFlow(d *Doc, hist yamldoc.Path) bool {
	n, err := d.Text().Get(hist)
	if err != nil || n.Kind != yaml.SequenceNode || len(n.Content) == 0 {
		return false
	}
	last := n.Content[len(n.Content)-1]
	if last.Kind != yaml.MappingNode || last.Style&yaml.FlowStyle == 0 {
		return false
	}
	lines := strings.Split(string(d.Bytes()), "\n")
	ln := d.text.Line(last.Line)
	if ln < 1 || ln > len(lines) {
		return false
	}
	l := []rune(lines[ln-1])
	return last.Column >= 1 && last.Column+1 <= len(l) && string(l[last.Column-1:last.Column+1]) == "{ "
}
