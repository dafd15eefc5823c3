package export

import (
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// Text writes the map as plain text with one fact per line, for git to
// diff (as a diff driver's textconv) and for a quick look in a terminal.
// Each line names what it belongs to by indentation under a line that
// carries the item's id, so a hunk reads on its own; nothing in it
// depends on the day, so the same file always gives the same text.
func Text(m *model.Map) string {
	w := &textWriter{}
	w.kv(0, "journey map", m.Title)
	w.kv(0, "description", m.Description)
	w.kv(0, "owner", m.Owner)
	w.kv(0, "state", m.State)
	w.kv(0, "updated", m.Updated.String())
	if m.ReviewEvery != 0 {
		w.kv(0, "review every", plural(m.ReviewEvery, "day"))
	}
	w.kv(0, "tags", strings.Join(m.Tags, ", "))
	for _, p := range m.Personas {
		w.blank()
		w.kv(0, "persona "+p.Key(), p.Name)
		w.kv(1, "segment", p.Segment)
		w.kv(1, "summary", p.Summary)
		w.list(1, "goal", p.Goals)
		w.list(1, "frustration", p.Frustrations)
		w.kv(1, "quote", p.Quote)
	}
	for _, g := range m.Goals {
		w.blank()
		w.goal(g)
	}
	for _, s := range m.Stages {
		w.blank()
		w.stage(s)
	}
	return w.b.String()
}

type textWriter struct{ b strings.Builder }

func (w *textWriter) blank() { w.b.WriteByte('\n') }

// kv writes "key: value" at a depth; multi-line values continue on
// lines indented under the key. Empty values are left out.
func (w *textWriter) kv(depth int, key, value string) {
	value = strings.TrimSpace(textsafe.Text(value))
	if value == "" {
		return
	}
	pad := strings.Repeat("  ", depth)
	for i, l := range strings.Split(value, "\n") {
		if i == 0 {
			w.b.WriteString(pad + textsafe.Line(key) + ": " + l + "\n")
		} else {
			w.b.WriteString(pad + "  " + l + "\n")
		}
	}
}

func (w *textWriter) list(depth int, key string, items []string) {
	for _, it := range items {
		w.kv(depth, key, it)
	}
}

func (w *textWriter) goal(g model.Goal) {
	w.kv(0, "goal "+g.Key(), g.Name)
	w.kv(1, "metric", g.Metric)
	w.kv(1, "baseline", ptrNumber(g.Baseline, g.Unit))
	w.kv(1, "target", ptrNumber(g.Target, g.Unit))
	w.kv(1, "current", ptrNumber(g.Current, g.Unit))
	if f := model.GoalProgress(g, model.Date{}); f.HasProgress {
		w.kv(1, "progress", Percent(f.Progress))
	}
	w.kv(1, "start", g.Start.String())
	w.kv(1, "due", g.Due.String())
	w.kv(1, "stages", strings.Join(g.Stages, ", "))
	for _, h := range g.History {
		w.kv(1, "measured "+h.Date.String(), WithUnit(h.Value, g.Unit))
	}
}

func (w *textWriter) stage(s model.Stage) {
	w.kv(0, "stage "+s.Key(), s.Name)
	w.kv(1, "description", s.Description)
	w.kv(1, "customer goal", s.CustomerGoal)
	if s.Reached != nil {
		w.kv(1, "reached", Count(*s.Reached))
	}
	for _, mt := range s.Metrics {
		w.kv(1, "metric "+mt.Name, Number(mt.Value))
	}
	w.pains(1, s.PainPoints)
	w.opps(1, s.Opportunities)
	for _, t := range s.Touchpoints {
		w.kv(1, "touchpoint "+t.Key(), t.Name)
		w.kv(2, "channel", t.Channel)
		w.kv(2, "owner", t.Owner)
		if t.Emotion != nil {
			w.kv(2, "emotion", Signed(*t.Emotion)+" "+Glyph(*t.Emotion, true))
		}
		for _, e := range t.Emotions {
			w.kv(2, "emotion of "+e.Persona, Signed(e.Value)+" "+Glyph(e.Value, true))
		}
		w.kv(2, "feeling", t.Feeling)
		w.list(2, "action", t.Actions)
		w.list(2, "thought", t.Thoughts)
		w.list(2, "backstage", t.Backstage)
		w.kv(2, "evidence", t.Evidence)
		w.pains(2, t.PainPoints)
		w.opps(2, t.Opportunities)
		w.kv(2, "notes", t.Notes)
	}
}

func (w *textWriter) pains(depth int, ps []model.PainPoint) {
	for _, p := range ps {
		w.kv(depth, strings.TrimSpace("pain point "+p.ID), tagged(painTags(p), p.Text))
		w.kv(depth+1, "evidence", p.Evidence)
	}
}

func (w *textWriter) opps(depth int, os []model.Opportunity) {
	for _, o := range os {
		w.kv(depth, strings.TrimSpace("opportunity "+o.ID), tagged(oppTags(o), o.Text))
		w.kv(depth+1, "owner", o.Owner)
		w.kv(depth+1, "tactic", o.Tactic)
		w.kv(depth+1, "addresses", strings.Join(o.Addresses, ", "))
	}
}

// Raw is a file that is not a readable map, shown as it is but with the
// control characters a terminal would act on removed: what the text
// format falls back to, so a git diff driver still shows something.
func Raw(data []byte) string { return textsafe.Text(string(data)) }
