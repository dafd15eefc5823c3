package model

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Reading is one row of measurements exported by an analytics or survey
// tool: a dotted path as get and set take it, a value, and a date.
type Reading struct {
	Line  int    // where the row is in its file, for messages
	Path  string // goals.csat (record a goal), stages.awareness.reached (set a value)
	Value string // as written: 4.2, a word, true
	// Kind is how the value was typed in its file: "number", "string" or
	// "bool" for JSON, "" for CSV, whose values are all text.
	Kind string
	Date Date // zero: today
}

// RowError is a row that cannot be applied, with its line.
type RowError struct {
	Line int
	Msg  string
}

func (e RowError) Error() string { return fmt.Sprintf("%d: %s", e.Line, e.Msg) }

// RowErrors are all the bad rows of a file, in line order.
type RowErrors []RowError

func (es RowErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Ingest builds one edit that applies every reading, or reports every bad
// row and builds nothing. A goal's own path (goals.csat) records the value
// in its history on the reading's date (today when it has none); the
// same goal and date twice is refused. Any other path sets the value
// there; its date is not stored but decides between two rows for one
// path: the later date wins, then the later line.
func Ingest(d *Doc, rows []Reading, today Date) (Action, error) {
	var bad RowErrors
	type goalRow struct {
		dated
		line int
	}
	goals := map[int][]goalRow{}
	type setRow struct {
		path yamldoc.Path
		name string // as the row wrote it
		text string // the value, checked
		date Date
		line int
	}
	sets := map[string]setRow{}
	for _, r := range rows {
		date := r.Date
		if date.IsZero() {
			date = today
		}
		p, err := d.Resolve(r.Path, true)
		if err != nil {
			bad = append(bad, RowError{r.Line, err.Error()})
			continue
		}
		if len(p) == 2 && p[0] == "goals" {
			v, err := typed(yamldoc.Path{"goals", "0", "history", "0", "value"}, r)
			if err != nil {
				bad = append(bad, RowError{r.Line, fmt.Sprintf("%s: %v", r.Path, err)})
				continue
			}
			gi := atoi(p[1])
			dup := false
			for _, o := range goals[gi] {
				if o.date == date {
					bad = append(bad, RowError{r.Line, fmt.Sprintf("%s is measured twice on %s, on lines %d and %d; keep one", r.Path, date, o.line, r.Line)})
					dup = true
				}
			}
			if !dup {
				goals[gi] = append(goals[gi], goalRow{dated{date, v}, r.Line})
			}
			continue
		}
		if n, err := d.Text().Get(p); err == nil && (n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode) {
			bad = append(bad, RowError{r.Line, fmt.Sprintf("%s is a list or a mapping; give the path of one value", r.Path)})
			continue
		}
		if _, err := typed(p, r); err != nil {
			bad = append(bad, RowError{r.Line, err.Error()})
			continue
		}
		key := p.String()
		if o, ok := sets[key]; !ok || !date.Before(o.date) {
			sets[key] = setRow{p, r.Path, r.Value, date, r.Line}
		}
	}
	// A goal recorded and its current set in one file would fight.
	for _, s := range sets {
		if len(s.path) == 3 && s.path[0] == "goals" && s.path[2] == "current" && goals[atoi(s.path[1])] != nil {
			bad = append(bad, RowError{s.line, fmt.Sprintf("%s is also recorded by line %d; give the goal's own path only",
				s.name, goals[atoi(s.path[1])][0].line)})
		}
	}
	if len(bad) > 0 {
		sort.SliceStable(bad, func(i, j int) bool { return bad[i].Line < bad[j].Line })
		return Action{}, bad
	}
	var steps []yamldoc.Edit
	var gis []int
	for gi := range goals {
		gis = append(gis, gi)
	}
	sort.Ints(gis)
	for _, gi := range gis {
		var ms []dated
		for _, r := range goals[gi] {
			ms = append(ms, r.dated)
		}
		e, err := recordEdit(d, gi, ms)
		if err != nil {
			return Action{}, RowErrors{{goals[gi][0].line, err.Error()}}
		}
		steps = append(steps, e)
	}
	var ordered []setRow
	for _, s := range sets {
		ordered = append(ordered, s)
	}
	sort.Slice(ordered, func(i, j int) bool { return ordered[i].line < ordered[j].line })
	for _, s := range ordered {
		a, err := SetPath(d, s.path, s.text)
		if err != nil {
			return Action{}, RowErrors{{s.line, err.Error()}}
		}
		steps = append(steps, a.Edit)
	}
	return Action{Edit: yamldoc.Batch(steps...), Label: fmt.Sprintf("ingested %d %s", len(rows), plural(len(rows), "row", "rows"))}, nil
}

// typed is the node for a reading's value at path p, refusing a value the
// field does not take, or one typed as the wrong kind in JSON (a number
// in quotes, a word where a number goes).
func typed(p yamldoc.Path, r Reading) (*yaml.Node, error) {
	if r.Kind != "" {
		if want := jsonKind(p); want != r.Kind {
			return nil, fmt.Errorf("%s takes a JSON %s, got a %s", r.Path, want, r.Kind)
		}
	}
	return ValueFor(p, r.Value)
}

// jsonKind is the kind of JSON value the field at p takes.
func jsonKind(p yamldoc.Path) string {
	field, parent := p[len(p)-1], ""
	if len(p) > 1 {
		parent = p[len(p)-2]
	}
	switch {
	case namedValues[parent], intFields[field], numberFields[field], field == "emotion":
		return "number"
	case field == "drop_off":
		return "bool"
	}
	return "string"
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
