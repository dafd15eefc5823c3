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
)

// Change is one difference between two maps, in words a reviewer reads:
// "Checkout form: emotion -2 -> 0" is Subject "Checkout form", Detail
// "emotion", Old "-2", New "0". Text from the maps is already made safe
// for a terminal (names sanitized, free text quoted).
type Change struct {
	Op       Op
	Subject  string // the item the change is about, "" for the map itself
	Detail   string // what changed, or what was added or removed
	Old, New string // the values before and after, "" where there is none
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
	case c.Op == Changed && (c.Old != "" || c.New != ""):
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

func (d *differ) add(op Op, subject, detail, old, new string) {
	d.out = append(d.out, Change{Op: op, Subject: subject, Detail: detail, Old: old, New: new})
}

// field reports a changed value; values are compared as formatted.
func (d *differ) field(subject, detail, old, new string) {
	if old != new {
		d.add(Changed, subject, detail, old, new)
	}
}

// text reports a changed piece of free text, quoted.
func (d *differ) text(subject, detail, old, new string) {
	if old != new {
		d.add(Changed, subject, detail, quote(old), quote(new))
	}
}

// list reports items added to and removed from a list of strings, by
// value: reordering alone is not a change a reviewer needs to see.
func (d *differ) list(subject, detail string, old, new []string) {
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
			d.add(Removed, subject, detail+" "+quote(s), "", "")
		}
	}
	for _, s := range added {
		d.add(Added, subject, detail+" "+quote(s), "", "")
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
		d.field("", "format version", itoa(old.Journey), itoa(new.Journey))
	}
	d.text("", "title", old.Title, new.Title)
	d.text("", "description", old.Description, new.Description)
	d.text("", "owner", old.Owner, new.Owner)
	d.field("", "state", name(old.State), name(new.State))
	d.field("", "updated", old.Updated.String(), new.Updated.String())
	d.field("", "review every", days(old.ReviewEvery), days(new.ReviewEvery))
	d.list("", "tag", old.Tags, new.Tags)
}

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
		func(p model.Persona) { d.add(Removed, "", "persona "+quote(p.Label()), "", "") },
		func(p model.Persona) { d.add(Added, "", "persona "+quote(p.Label()), "", "") },
		func(o, p model.Persona, key string) {
			subject := "persona " + name(p.Label())
			if o.Name != p.Name {
				subject = "persona " + name(key)
				d.text(subject, "renamed", o.Name, p.Name)
			}
			d.text(subject, "summary", o.Summary, p.Summary)
			d.text(subject, "segment", o.Segment, p.Segment)
			d.text(subject, "quote", o.Quote, p.Quote)
			d.list(subject, "goal", o.Goals, p.Goals)
			d.list(subject, "frustration", o.Frustrations, p.Frustrations)
		})
	order(d, "", "persona order", old, new, om, nm, model.Persona.Label)
}

func (d *differ) goals(old, new []model.Goal) {
	om, nm := matchByKey(old, new, model.Goal.Key,
		func(g model.Goal) { d.add(Removed, "", "goal "+quote(g.Label()), "", "") },
		func(g model.Goal) { d.add(Added, "", "goal "+quote(g.Label()), "", "") },
		func(o, g model.Goal, key string) {
			subject := "goal " + name(g.Label())
			if o.Name != g.Name {
				subject = "goal " + name(key)
				d.text(subject, "renamed", o.Name, g.Name)
			}
			d.text(subject, "metric", o.Metric, g.Metric)
			d.text(subject, "unit", o.Unit, g.Unit)
			d.field(subject, "baseline", numPtr(o.Baseline, o.Unit), numPtr(g.Baseline, g.Unit))
			d.field(subject, "target", numPtr(o.Target, o.Unit), numPtr(g.Target, g.Unit))
			d.field(subject, "current", numPtr(o.Current, o.Unit), numPtr(g.Current, g.Unit))
			d.field(subject, "start", o.Start.String(), g.Start.String())
			d.field(subject, "due", o.Due.String(), g.Due.String())
			d.list(subject, "stage", o.Stages, g.Stages)
			d.history(subject, o, g)
			os, ns := model.GoalProgress(o, d.today).Status, model.GoalProgress(g, d.today).Status
			d.field(subject, "status", os.String(), ns.String())
		})
	order(d, "", "goal order", old, new, om, nm, model.Goal.Label)
}

// history reports measurements added, removed or corrected, by date.
func (d *differ) history(subject string, o, g model.Goal) {
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
			d.add(Removed, subject, "measurement "+h.Date.String(), export.WithUnit(h.Value, o.Unit), "")
		}
	}
	for _, h := range g.History {
		ov, ok := om[h.Date]
		switch {
		case !ok:
			d.add(Added, subject, "measurement "+h.Date.String(), "", export.WithUnit(h.Value, g.Unit))
		case ov != h.Value:
			d.field(subject, "measurement "+h.Date.String(), export.WithUnit(ov, o.Unit), export.WithUnit(h.Value, g.Unit))
		}
	}
}
