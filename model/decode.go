package model

import (
	"math"
	"strings"

	"go.yaml.in/yaml/v3"
)

// KnownKeys lists the keys the format defines for each kind of mapping, in
// the order FORMAT.md gives them. Any other key (except "x-" extensions) is
// reported as unknown.
var KnownKeys = map[string][]string{
	"map":           {"journey", "title", "description", "owner", "state", "updated", "review_every", "tags", "ideal", "current", "priorities", "personas", "goals", "stages"},
	"persona":       {"id", "name", "summary", "segment", "goals", "frustrations", "quote"},
	"goal":          {"id", "name", "metric", "unit", "baseline", "target", "current", "start", "due", "stages", "history"},
	"history entry": {"date", "value"},
	"stage":         {"id", "name", "description", "customer_goal", "reached", "metrics", "journey", "touchpoints", "pain_points", "opportunities"},
	"touchpoint":    {"id", "name", "channel", "owner", "actions", "thoughts", "emotion", "emotions", "feeling", "backstage", "evidence", "pain_points", "opportunities", "notes"},
	"pain point":    {"id", "text", "severity", "drop_off", "votes", "evidence"},
	"opportunity":   {"id", "text", "impact", "effort", "status", "owner", "tactic", "votes", "addresses", "goals", "reach", "confidence", "scores", "experiment"},
	"experiment":    {"name", "metric", "control", "variant", "result", "start", "end"},
	"priorities":    {"method", "weights"},
}

const (
	wantEmotion = "an integer from -2 to 2"
	wantCount   = "an integer 0 or more"
)

// Decode reads a map from the root of a parsed YAML file (the DocumentNode
// or its mapping) and reports every problem, located, sorted by line and
// column. The map is returned even with errors, with unreadable fields left
// empty, so an editor can still show what is readable. today is used only
// for the staleness warning; a zero today skips it.
//
// Aliases are followed where the format expects a value; an alias back into
// a node that contains it is refused as a cycle, and aliases that multiply
// the work beyond a budget proportional to the file are refused as an alias
// bomb. Nesting deeper than any map needs is reported once and never
// recursed into. Merge keys (<<: *base, or a list of them) are supported in
// every kind of mapping, with YAML's rule that a mapping's own keys override
// merged ones and earlier merged mappings override later ones.
func Decode(file string, root *yaml.Node, today Date) (*Map, Diagnostics) {
	m, diags, _ := decode(file, root, today, func(n int) int { return n })
	return m, diags
}

// decode is Decode of a document's tree, whose nodes' lines line turns
// into the file's for messages that name a line. oldSlugs tells that some
// reference resolved only through the slug its target's name had before
// transliteration.
func decode(file string, root *yaml.Node, today Date, line func(int) int) (m *Map, diags Diagnostics, oldSlugs bool) {
	d := newMapDecoder(file, line)
	m = &Map{}
	n := root
	if n != nil && n.Kind == yaml.DocumentNode {
		n = nil
		if len(root.Content) > 0 {
			n = root.Content[0]
		}
	}
	if n == nil || n.Kind == 0 || isNullScalar(n) {
		d.errorf(&yaml.Node{Line: 1, Column: 1}, "empty file: a map needs at least journey: 1 and a title")
		return m, d.finish(), false
	}
	d.scan(n)
	d.checkExpansion(n)
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "a journey map must be a mapping of keys to values, got %s", describe(n))
		return m, d.finish(), false
	}
	d.root(m, n, today)
	d.checkRefs()
	return m, d.finish(), d.oldSlugRefs
}

// newMapDecoder is a decoder with every id scope empty; line turns a
// node's line into the file's, for messages.
func newMapDecoder(file string, line func(int) int) *mapDecoder {
	return &mapDecoder{
		file:        file,
		line:        line,
		active:      map[*yaml.Node]bool{},
		personas:    newIDScope("persona"),
		goals:       newIDScope("goal"),
		stages:      newIDScope("stage"),
		touchpoints: newIDScope("touchpoint"),
		painIDs:     newIDScope("pain point"),
		oppIDs:      newIDScope("opportunity"),
	}
}

func (d *mapDecoder) root(m *Map, n *yaml.Node, today Date) {
	defer d.enter(n)()
	f := d.fields(n, "map")
	d.version(m, n, f.get("journey"))
	m.Title = d.required(f, "title", "title", n)
	m.Description = d.str(f.get("description"))
	m.Owner = d.str(f.get("owner"))
	m.State = d.enum(f.get("state"), States)
	m.Ideal = d.str(f.get("ideal"))
	m.Current = d.str(f.get("current"))
	m.Updated = d.date(f.get("updated"))
	if r := d.integer(f.get("review_every"), 1, math.MaxInt, "a positive integer (days)"); r != nil {
		m.ReviewEvery = *r
	}
	m.Tags = d.strs(f.get("tags"))
	d.priorities(m, f.get("priorities"))
	m.Personas = collect(d, f.get("personas"), "persona", d.persona)
	m.Goals = collect(d, f.get("goals"), "goal", d.goal)
	m.Stages = collect(d, f.get("stages"), "stage", d.stage)
	d.stale(m, f.get("updated"), today)
}

func (d *mapDecoder) version(m *Map, n *yaml.Node, f yamlField) {
	if f.val == nil {
		d.errorf(n, "journey is required: the format version, 1")
		return
	}
	v := d.deref(f.val)
	if v == nil {
		return
	}
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" || decodeScalar(v, &m.Journey) != nil {
		d.expect(f, "the integer 1", v)
		return
	}
	if m.Journey != Version {
		d.errorf(f.val, "unsupported format version %d; this journey reads version %d", m.Journey, Version)
	}
}

// stale warns when the map has not been reviewed within its cadence, or
// claims a review that has not happened yet.
func (d *mapDecoder) stale(m *Map, f yamlField, today Date) {
	if m.Updated.IsZero() || today.IsZero() {
		return
	}
	every := m.ReviewEvery
	if every == 0 {
		every = DefaultReviewEvery
	}
	switch age := m.Updated.Days(today); {
	case age > every:
		d.warnf(f.val, "map last reviewed %s, %d days ago; review_every is %d", m.Updated, age, every)
	case age < 0:
		d.warnf(f.val, "updated %s is in the future (today is %s)", m.Updated, today)
	}
}

func (d *mapDecoder) persona(n, at *yaml.Node) Persona {
	f := d.fields(n, "persona")
	p := Persona{
		ID:           d.ident(f.get("id")),
		Name:         d.str(f.get("name")),
		Summary:      d.str(f.get("summary")),
		Segment:      d.str(f.get("segment")),
		Goals:        d.strs(f.get("goals")),
		Frustrations: d.strs(f.get("frustrations")),
		Quote:        d.str(f.get("quote")),
		Pos:          posAt(at),
	}
	d.keyed(&d.personas, "persona", p.ID, p.Name, f, at)
	return p
}

func (d *mapDecoder) goal(n, at *yaml.Node) Goal {
	f := d.fields(n, "goal")
	g := Goal{
		ID:       d.ident(f.get("id")),
		Name:     d.str(f.get("name")),
		Metric:   d.str(f.get("metric")),
		Unit:     d.str(f.get("unit")),
		Baseline: d.number(f.get("baseline")),
		Target:   d.number(f.get("target")),
		Current:  d.number(f.get("current")),
		Start:    d.date(f.get("start")),
		Due:      d.date(f.get("due")),
		Pos:      posAt(at),
	}
	d.keyed(&d.goals, "goal", g.ID, g.Name, f, at)
	if !g.Start.IsZero() && !g.Due.IsZero() && g.Due.Before(g.Start) {
		d.errorf(f.get("due").val, "due %s is before start %s", g.Due, g.Start)
	}
	if g.Current != nil && (g.Baseline == nil || g.Target == nil) {
		missing := "baseline or target"
		if g.Baseline != nil {
			missing = "target"
		} else if g.Target != nil {
			missing = "baseline"
		}
		d.warnf(at, "goal has a current value but no %s, so its progress cannot be shown", missing)
	}
	g.Stages = d.refer("stage", f.get("stages"))
	var last Date
	d.each(f.get("history"), "history entry", func(h, at *yaml.Node) {
		hf := d.fields(h, "history entry")
		e := Measurement{Date: d.date(hf.get("date"))}
		if hf.get("date").val == nil {
			d.errorf(at, "history date is required")
		}
		if v := d.number(hf.get("value")); v != nil {
			e.Value = *v
		} else if hf.get("value").val == nil {
			d.errorf(at, "history value is required")
		}
		if !e.Date.IsZero() {
			if !last.IsZero() && e.Date.Before(last) {
				d.warnf(hf.get("date").val, "history out of order: %s comes after %s; keep it oldest first", e.Date, last)
			}
			last = e.Date
		}
		g.History = append(g.History, e)
	})
	return g
}

func (d *mapDecoder) stage(n, at *yaml.Node) Stage {
	f := d.fields(n, "stage")
	s := Stage{
		ID:           d.ident(f.get("id")),
		Name:         d.str(f.get("name")),
		Description:  d.str(f.get("description")),
		CustomerGoal: d.str(f.get("customer_goal")),
		Reached:      d.integer(f.get("reached"), 0, math.MaxInt, wantCount),
		Journey:      d.str(f.get("journey")),
		Pos:          posAt(at),
	}
	d.keyed(&d.stages, "stage", s.ID, s.Name, f, at)
	if v := d.value(f.get("metrics")); v != nil {
		if v.Kind != yaml.MappingNode {
			d.expect(f.get("metrics"), "a mapping of names to numbers", v)
		} else {
			done := d.enter(v)
			for _, p := range d.pairs(v) {
				p.name = "metrics." + plainWord(p.name)
				if x := d.number(p); x != nil {
					s.Metrics = append(s.Metrics, Metric{Name: p.key.Value, Value: *x})
				}
			}
			done()
		}
	}
	s.Touchpoints = collect(d, f.get("touchpoints"), "touchpoint", d.touchpoint)
	s.PainPoints = collect(d, f.get("pain_points"), "pain point", d.painPoint)
	s.Opportunities = collect(d, f.get("opportunities"), "opportunity", d.opportunity)
	return s
}

func (d *mapDecoder) touchpoint(n, at *yaml.Node) Touchpoint {
	f := d.fields(n, "touchpoint")
	t := Touchpoint{
		ID:        d.ident(f.get("id")),
		Name:      d.str(f.get("name")),
		Channel:   d.str(f.get("channel")),
		Owner:     d.str(f.get("owner")),
		Actions:   d.strs(f.get("actions")),
		Thoughts:  d.strs(f.get("thoughts")),
		Emotion:   d.integer(f.get("emotion"), MinEmotion, MaxEmotion, wantEmotion),
		Feeling:   d.str(f.get("feeling")),
		Backstage: d.strs(f.get("backstage")),
		Evidence:  d.str(f.get("evidence")),
		Notes:     d.str(f.get("notes")),
		Pos:       posAt(at),
	}
	d.keyed(&d.touchpoints, "touchpoint", t.ID, t.Name, f, at)
	if v := d.value(f.get("emotions")); v != nil {
		if v.Kind != yaml.MappingNode {
			d.expect(f.get("emotions"), "a mapping of persona ids to integers from -2 to 2", v)
		} else {
			done := d.enter(v)
			for _, p := range d.pairs(v) {
				persona := p.name
				d.refs = append(d.refs, mapRef{kind: "persona", key: persona, at: p.key})
				p.name = "emotions." + plainWord(persona)
				if e := d.integer(p, MinEmotion, MaxEmotion, wantEmotion); e != nil {
					t.Emotions = append(t.Emotions, PersonaEmotion{Persona: persona, Value: *e})
				}
			}
			done()
		}
	}
	t.PainPoints = collect(d, f.get("pain_points"), "pain point", d.painPoint)
	t.Opportunities = collect(d, f.get("opportunities"), "opportunity", d.opportunity)
	return t
}

func (d *mapDecoder) painPoint(n, at *yaml.Node) PainPoint {
	f := d.fields(n, "pain point")
	p := PainPoint{
		ID:       d.ident(f.get("id")),
		Text:     d.required(f, "text", "pain point text", at),
		Severity: d.enum(f.get("severity"), Severities),
		DropOff:  d.boolean(f.get("drop_off")),
		Evidence: d.str(f.get("evidence")),
		Pos:      posAt(at),
	}
	if v := d.integer(f.get("votes"), 0, math.MaxInt, wantCount); v != nil {
		p.Votes = *v
	}
	if p.ID != "" {
		d.claim(&d.painIDs, p.ID, true, claimAt(f.get("id"), at))
	}
	if k := p.Key(); k != "" {
		d.painKeys = append(d.painKeys, k)
	}
	if p.ID == "" {
		d.oldSlug("pain point", p.Text)
	}
	return p
}

func (d *mapDecoder) opportunity(n, at *yaml.Node) Opportunity {
	f := d.fields(n, "opportunity")
	o := Opportunity{
		ID:     d.ident(f.get("id")),
		Text:   d.required(f, "text", "opportunity text", at),
		Impact: d.enum(f.get("impact"), Levels),
		Effort: d.enum(f.get("effort"), Levels),
		Status: d.enum(f.get("status"), Statuses),
		Owner:  d.str(f.get("owner")),
		Tactic: d.str(f.get("tactic")),
		Pos:    posAt(at),
	}
	if v := d.integer(f.get("votes"), 0, math.MaxInt, wantCount); v != nil {
		o.Votes = *v
	}
	if o.ID != "" {
		d.claim(&d.oppIDs, o.ID, true, claimAt(f.get("id"), at))
	}
	o.Addresses = d.refer("pain point", f.get("addresses"))
	d.measures(&o, f, at)
	return o
}

// required reads a string the format requires, reported as missing at
// the mapping (at) or as empty at its value; what names it in messages.
func (d *mapDecoder) required(f fieldSet, key, what string, at *yaml.Node) string {
	fl, ok := f.lookup(key)
	if !ok {
		d.errorf(at, "%s is required", what)
		return ""
	}
	v := d.deref(fl.val)
	switch {
	case v == nil:
		return ""
	case v.Kind != yaml.ScalarNode:
		fl.name = what
		d.expect(fl, "a string", v)
		return ""
	case isNullScalar(v) || strings.TrimSpace(v.Value) == "":
		d.errorf(fl.val, "%s must not be empty", what)
		return ""
	}
	return v.Value
}

// refer records each string of a list as a reference to an id of kind.
func (d *mapDecoder) refer(kind string, f yamlField) []string {
	list, nodes := d.strItems(f)
	for i, s := range list {
		d.refs = append(d.refs, mapRef{kind: kind, key: s, at: nodes[i]})
	}
	return list
}
