// Package semdiff compares two journey maps by meaning rather than by line:
// items are matched by id (or the slug of their name where they have
// none), so a renamed touchpoint reads as renamed, a moved one as moved,
// and a reformatted file as unchanged.
package semdiff

import (
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/model/textsafe"
)

// Op is the kind of a change.
type Op int

const (
	// Added is something the new map has and the old one did not.
	Added Op = iota
	// Removed is something the old map had and the new one does not.
	Removed
	// Changed is something both have, with a different value or place.
	Changed
	// Derived is a figure computed from the map, never written in it (a
	// goal's progress and status, a stage's drop-off and mean emotion, an
	// opportunity's priority rank), that moved.
	Derived
)

// String is the kind as `journey diff --format json` names it.
func (o Op) String() string {
	switch o {
	case Added:
		return "added"
	case Removed:
		return "removed"
	case Derived:
		return "derived"
	}
	return "changed"
}

// Change is one difference between two maps, in words a reviewer reads:
// "Checkout form: emotion -2 -> 0" is Subject "Checkout form", Detail
// "emotion", Old "-2", New "0". Text from the maps is already made safe
// for a terminal (names sanitized, free text quoted).
type Change struct {
	Op       Op
	Subject  string // the item the change is about, "" for the map itself
	Detail   string // what changed, or what was added or removed
	Old, New string // the values before and after, "" where there is none
	// Path is where the change is, dotted as `journey get` and `set` name
	// it (stages.purchase.touchpoints.checkout.emotion); a derived figure
	// is named under its item (goals.csat.progress, stages.purchase.drop_off).
	Path string
	// OldValue and NewValue are the values for scripts: a JSON number,
	// string, boolean or object, nil where there is none.
	OldValue, NewValue any
}

// String is the change as one line: "~ Checkout form: emotion -2 -> 0",
// "~ title: "Old" -> "New"", "+ stage "Loyalty"", "- Cart: pain point "Slow"".
func (c Change) String() string { return c.line("~") }

func (c Change) line(changed string) string {
	var b strings.Builder
	switch c.Op {
	case Added:
		b.WriteString("+ ")
	case Removed:
		b.WriteString("- ")
	default:
		b.WriteString(changed + " ")
	}
	if c.Subject != "" {
		b.WriteString(c.Subject + ": ")
	}
	b.WriteString(c.Detail)
	switch {
	case (c.Op == Changed || c.Op == Derived) && (c.Old != "" || c.New != ""):
		if c.Subject == "" {
			b.WriteString(":") // "title: "A" -> "B"", as the key reads in the file
		}
		b.WriteString(" " + orNone(c.Old) + " -> " + orNone(c.New))
	case c.Op == Added && c.New != "":
		b.WriteString(" " + c.New)
	case c.Op == Removed && c.Old != "":
		b.WriteString(" " + c.Old)
	}
	return b.String()
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// Diff lists the changes from old to new in reading order: the map's own
// fields, personas, goals, then the stages in the new map's order with
// their touchpoints. A nil map stands for no map at all (a file being
// added or deleted). today decides goal status, which is reported when it
// changes.
func Diff(old, new *model.Map, today model.Date) []Change {
	if old == nil {
		old = &model.Map{}
	}
	if new == nil {
		new = &model.Map{}
	}
	d := &differ{today: today}
	d.meta(old, new)
	d.personas(old.Personas, new.Personas)
	d.goals(old.Goals, new.Goals)
	d.stages(old, new)
	d.rankMoves(old, new)
	return d.out
}

// Count tallies changes by kind, for a summary line.
func Count(cs []Change) (added, removed, changed int) {
	for _, c := range cs {
		switch c.Op {
		case Added:
			added++
		case Removed:
			removed++
		default:
			changed++
		}
	}
	return
}

type differ struct {
	today model.Date
	out   []Change
}

func (d *differ) add(op Op, path, subject, detail, old, new string) {
	d.out = append(d.out, Change{Op: op, Path: path, Subject: subject, Detail: detail, Old: old, New: new,
		OldValue: strVal(old), NewValue: strVal(new)})
}

// set gives the change just added its values for scripts.
func (d *differ) set(old, new any) {
	c := &d.out[len(d.out)-1]
	c.OldValue, c.NewValue = old, new
}

// strVal is a string as a JSON value: null when empty.
func strVal(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// field reports a changed value; values are compared as formatted. It
// reports whether it added a change, for the caller to give it typed
// values with set.
func (d *differ) field(path, subject, detail, old, new string) bool {
	if old != new {
		d.add(Changed, path, subject, detail, old, new)
		return true
	}
	return false
}

// text reports a changed piece of free text, quoted.
func (d *differ) text(path, subject, detail, old, new string) {
	if old != new {
		d.add(Changed, path, subject, detail, quote(old), quote(new))
		d.set(strVal(old), strVal(new))
	}
}

// list reports items added to and removed from a list of strings, by
// value: reordering alone is not a change a reviewer needs to see.
func (d *differ) list(path, subject, detail string, old, new []string) {
	count := map[string]int{}
	for _, s := range old {
		count[s]++
	}
	var added []string
	for _, s := range new {
		if count[s] > 0 {
			count[s]--
		} else {
			added = append(added, s)
		}
	}
	for _, s := range old {
		if count[s] > 0 {
			count[s]--
			d.add(Removed, path, subject, detail+" "+quote(s), "", "")
			d.set(s, nil)
		}
	}
	for _, s := range added {
		d.add(Added, path, subject, detail+" "+quote(s), "", "")
		d.set(nil, s)
	}
}

// quote shows free text: quoted, with anything unprintable escaped, so no
// text from a map can act on the terminal. Empty text is "".
func quote(s string) string {
	if s == "" {
		return ""
	}
	return strconv.Quote(s)
}

// name shows an item's name as a subject: sanitized, unquoted.
func name(s string) string { return textsafe.Line(s) }

func (d *differ) meta(old, new *model.Map) {
	if old.Journey != new.Journey {
		d.field("journey", "", "format version", itoa(old.Journey), itoa(new.Journey))
		d.set(intVal(old.Journey), intVal(new.Journey))
	}
	d.text("title", "", "title", old.Title, new.Title)
	d.text("description", "", "description", old.Description, new.Description)
	d.text("owner", "", "owner", old.Owner, new.Owner)
	d.field("state", "", "state", name(old.State), name(new.State))
	d.field("updated", "", "updated", old.Updated.String(), new.Updated.String())
	if d.field("review_every", "", "review every", days(old.ReviewEvery), days(new.ReviewEvery)) {
		d.set(intVal(old.ReviewEvery), intVal(new.ReviewEvery))
	}
	d.list("tags", "", "tag", old.Tags, new.Tags)
}

// intVal is a count as a JSON value, null for 0 (not set).
func intVal(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// numVal is an optional number as a JSON value.
func numVal[T int | float64](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// join makes a dotted path.
func join(parts ...string) string { return strings.Join(parts, ".") }

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func days(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n) + " days"
}

func intPtr(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func numPtr(p *float64, unit string) string {
	if p == nil {
		return ""
	}
	return export.WithUnit(*p, unit)
}

func (d *differ) personas(old, new []model.Persona) {
	om, nm := matchByKey(old, new, model.Persona.Key,
		func(p model.Persona) {
			d.add(Removed, join("personas", p.Key()), "", "persona "+quote(p.Label()), "", "")
			d.set(p.Label(), nil)
		},
		func(p model.Persona) {
			d.add(Added, join("personas", p.Key()), "", "persona "+quote(p.Label()), "", "")
			d.set(nil, p.Label())
		},
		func(o, p model.Persona, key string) {
			at := join("personas", key)
			subject := "persona " + name(p.Label())
			if o.Name != p.Name {
				subject = "persona " + name(key)
				d.text(join(at, "name"), subject, "renamed", o.Name, p.Name)
			}
			d.text(join(at, "summary"), subject, "summary", o.Summary, p.Summary)
			d.text(join(at, "segment"), subject, "segment", o.Segment, p.Segment)
			d.text(join(at, "quote"), subject, "quote", o.Quote, p.Quote)
			d.list(join(at, "goals"), subject, "goal", o.Goals, p.Goals)
			d.list(join(at, "frustrations"), subject, "frustration", o.Frustrations, p.Frustrations)
		})
	order(d, "personas", "", "persona order", old, new, om, nm, model.Persona.Label)
}

func (d *differ) goals(old, new []model.Goal) {
	om, nm := matchByKey(old, new, model.Goal.Key,
		func(g model.Goal) {
			d.add(Removed, join("goals", g.Key()), "", "goal "+quote(g.Label()), "", "")
			d.set(g.Label(), nil)
		},
		func(g model.Goal) {
			d.add(Added, join("goals", g.Key()), "", "goal "+quote(g.Label()), "", "")
			d.set(nil, g.Label())
		},
		func(o, g model.Goal, key string) {
			at := join("goals", key)
			subject := "goal " + name(g.Label())
			if o.Name != g.Name {
				subject = "goal " + name(key)
				d.text(join(at, "name"), subject, "renamed", o.Name, g.Name)
			}
			d.text(join(at, "metric"), subject, "metric", o.Metric, g.Metric)
			d.text(join(at, "unit"), subject, "unit", o.Unit, g.Unit)
			for _, f := range []struct {
				key  string
				o, n *float64
			}{{"baseline", o.Baseline, g.Baseline}, {"target", o.Target, g.Target}, {"current", o.Current, g.Current}} {
				if d.field(join(at, f.key), subject, f.key, numPtr(f.o, o.Unit), numPtr(f.n, g.Unit)) {
					d.set(numVal(f.o), numVal(f.n))
				}
			}
			d.field(join(at, "start"), subject, "start", o.Start.String(), g.Start.String())
			d.field(join(at, "due"), subject, "due", o.Due.String(), g.Due.String())
			d.list(join(at, "stages"), subject, "stage", o.Stages, g.Stages)
			d.history(join(at, "history"), subject, o, g)
			d.goalFigures(at, subject, o, g)
		})
	order(d, "goals", "", "goal order", old, new, om, nm, model.Goal.Label)
}

// history reports measurements added, removed or corrected, by date.
func (d *differ) history(path, subject string, o, g model.Goal) {
	at := func(hs []model.Measurement) map[model.Date]float64 {
		m := map[model.Date]float64{}
		for _, h := range hs {
			m[h.Date] = h.Value
		}
		return m
	}
	om, nm := at(o.History), at(g.History)
	for _, h := range o.History {
		if _, ok := nm[h.Date]; !ok {
			d.add(Removed, path, subject, "measurement "+h.Date.String(), export.WithUnit(h.Value, o.Unit), "")
			d.set(measurement(h.Date, h.Value), nil)
		}
	}
	for _, h := range g.History {
		ov, ok := om[h.Date]
		switch {
		case !ok:
			d.add(Added, path, subject, "measurement "+h.Date.String(), "", export.WithUnit(h.Value, g.Unit))
			d.set(nil, measurement(h.Date, h.Value))
		case ov != h.Value:
			d.field(path, subject, "measurement "+h.Date.String(), export.WithUnit(ov, o.Unit), export.WithUnit(h.Value, g.Unit))
			d.set(measurement(h.Date, ov), measurement(h.Date, h.Value))
		}
	}
}

// measurement is a history entry as a JSON value.
func measurement(d model.Date, v float64) map[string]any {
	return map[string]any{"date": d.String(), "value": v}
}
