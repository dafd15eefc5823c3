package export

import (
	"fmt"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/mermaid"
	md "github.com/journey-maps/journey/model/textsafe"
)

// Markdown renders the map as a document that reads well on GitHub: the
// title and description, the personas, one table of stages and
// touchpoints with emotions, pain points and opportunities, the emotion
// curve as a Mermaid journey that GitHub draws, the goals with progress
// and status on the day today, the funnel, and the opportunities in
// priority order. Every piece of map text is escaped, so a `|` or `<` in
// a name cannot break a table or inject HTML.
func Markdown(m *model.Map, today model.Date) string {
	w := &mdWriter{}
	w.header(m)
	w.personas(m)
	w.stages(m)
	w.curve(m)
	w.goals(m, today)
	w.funnel(m)
	w.priorities(m)
	w.channels(m)
	return strings.TrimRight(w.b.String(), "\n") + "\n"
}

type mdWriter struct{ b strings.Builder }

func (w *mdWriter) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

func (w *mdWriter) header(m *model.Map) {
	title := md.Markdown(m.Title)
	if title == "" {
		title = "Untitled journey"
	}
	w.line("# %s", title)
	w.line("")
	if m.Description != "" {
		w.line("%s", md.MarkdownBlock(m.Description))
		w.line("")
	}
	var facts []string
	add := func(k, v string) {
		if v != "" {
			facts = append(facts, "**"+k+":** "+v)
		}
	}
	add("Owner", md.Markdown(m.Owner))
	add("State", md.Markdown(m.State))
	add("Updated", m.Updated.String())
	if len(m.Tags) > 0 {
		tags := make([]string, len(m.Tags))
		for i, t := range m.Tags {
			tags[i] = md.Code(t)
		}
		add("Tags", strings.Join(tags, " "))
	}
	if len(facts) > 0 {
		w.line("%s", strings.Join(facts, " · "))
		w.line("")
	}
}

func (w *mdWriter) personas(m *model.Map) {
	if len(m.Personas) == 0 {
		return
	}
	w.line("## Personas")
	w.line("")
	for _, p := range m.Personas {
		w.line("### %s", md.Markdown(p.Label()))
		w.line("")
		var lead []string
		if p.Segment != "" {
			lead = append(lead, "*"+md.Markdown(p.Segment)+"*")
		}
		if p.Summary != "" {
			lead = append(lead, md.Markdown(p.Summary))
		}
		if len(lead) > 0 {
			w.line("%s", strings.Join(lead, " · "))
			w.line("")
		}
		if p.Quote != "" {
			w.line("> %s", md.Markdown(p.Quote))
			w.line("")
		}
		w.list("Goals", p.Goals)
		w.list("Frustrations", p.Frustrations)
	}
}

func (w *mdWriter) list(title string, items []string) {
	if len(items) == 0 {
		return
	}
	w.line("**%s**", title)
	w.line("")
	for _, it := range items {
		w.line("- %s", md.Markdown(it))
	}
	w.line("")
}

// stages writes one table row per touchpoint, led by a row for the stage
// itself when the stage has its own pain points or opportunities or no
// touchpoints at all, so that nothing of the map goes missing.
func (w *mdWriter) stages(m *model.Map) {
	if len(m.Stages) == 0 {
		return
	}
	w.line("## Journey")
	w.line("")
	w.line("| Stage | Touchpoint | Channel | Emotion | Pain points | Opportunities |")
	w.line("|---|---|---|---|---|---|")
	for _, s := range m.Stages {
		stage := "**" + md.Markdown(s.Label()) + "**"
		if s.CustomerGoal != "" {
			stage += "<br>*" + md.Markdown(s.CustomerGoal) + "*"
		}
		if len(s.PainPoints) > 0 || len(s.Opportunities) > 0 || len(s.Touchpoints) == 0 {
			w.line("| %s | *(whole stage)* | | | %s | %s |", stage, mdPains(s.PainPoints), mdOpps(s.Opportunities))
			stage = ""
		}
		for _, t := range s.Touchpoints {
			w.line("| %s | %s | %s | %s | %s | %s |", stage, md.Markdown(t.Label()), md.Markdown(t.Channel),
				mdEmotion(t, m), mdPains(t.PainPoints), mdOpps(t.Opportunities))
			stage = ""
		}
	}
	w.line("")
}

// mdEmotion is the glyph and number, the feeling, and each persona's own
// emotion where it differs from the touchpoint's.
func mdEmotion(t model.Touchpoint, m *model.Map) string {
	var parts []string
	if t.Emotion != nil {
		parts = append(parts, Glyph(*t.Emotion, true)+" "+Signed(*t.Emotion))
	}
	if t.Feeling != "" {
		parts = append(parts, "*"+md.Markdown(t.Feeling)+"*")
	}
	s := strings.Join(parts, " ")
	for _, e := range t.Emotions {
		if s != "" {
			s += "<br>"
		}
		s += md.Markdown(personaLabel(m, e.Persona)) + ": " + Glyph(e.Value, true) + " " + Signed(e.Value)
	}
	return s
}

func personaLabel(m *model.Map, key string) string {
	for _, p := range m.Personas {
		if p.Key() == key {
			return p.Label()
		}
	}
	return key
}

func mdPains(ps []model.PainPoint) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = md.Markdown(p.Text)
		if tags := painTags(p); len(tags) > 0 {
			items[i] = "**" + strings.Join(tags, ", ") + "**: " + items[i]
		}
	}
	return strings.Join(items, "<br>")
}

func mdOpps(os []model.Opportunity) string {
	items := make([]string, len(os))
	for i, o := range os {
		items[i] = md.Markdown(o.Text)
		if tags := oppTags(o); len(tags) > 0 {
			items[i] = "**" + strings.Join(tags, ", ") + "**: " + items[i]
		}
	}
	return strings.Join(items, "<br>")
}

func (w *mdWriter) curve(m *model.Map) {
	n := 0
	for _, s := range m.Stages {
		n += len(s.Touchpoints)
	}
	if n == 0 {
		return
	}
	w.line("## Emotion curve")
	w.line("")
	w.line("Scores run from 1 (very negative, -2) to 5 (very positive, +2).")
	w.line("")
	w.line("```mermaid")
	w.b.WriteString(mermaid.Render(m))
	w.line("```")
	w.line("")
}

func (w *mdWriter) goals(m *model.Map, today model.Date) {
	if len(m.Goals) == 0 {
		return
	}
	w.line("## Goals")
	w.line("")
	w.line("Status as of %s.", today)
	w.line("")
	w.line("| Goal | Metric | Baseline | Current | Target | Progress | Time frame | Status |")
	w.line("|---|---|---:|---:|---:|---|---|---|")
	for _, g := range m.Goals {
		f := model.GoalProgress(g, today)
		progress := ""
		if f.HasProgress {
			progress = bar(f) + " " + fmt.Sprint(f.Percent()) + "%"
		}
		frame := ""
		if !g.Start.IsZero() || !g.Due.IsZero() {
			frame = g.Start.String() + " → " + g.Due.String()
		}
		if f.HasElapsed {
			frame += fmt.Sprintf("<br>%d%% of the time gone", int(f.Elapsed*100+0.5))
		}
		w.line("| %s | %s | %s | %s | %s | %s | %s | **%s** |", md.Markdown(g.Label()), md.Markdown(g.Metric),
			md.Markdown(ptrNumber(g.Baseline, g.Unit)), md.Markdown(ptrNumber(g.Current, g.Unit)),
			md.Markdown(ptrNumber(g.Target, g.Unit)), progress, frame, f.Status)
	}
	w.line("")
}

func (w *mdWriter) funnel(m *model.Map) {
	rows := funnelRows(m)
	if rows == nil {
		return
	}
	w.line("## Funnel")
	w.line("")
	w.line("| Stage | Reached | Drop-off | Conversion | Abandon points |")
	w.line("|---|---:|---:|---:|---:|")
	for _, r := range rows {
		drop := r.dropOff
		if r.worst {
			drop = "**" + drop + "** (worst)"
		}
		w.line("| %s | %s | %s | %s | %s |", md.Markdown(r.stage), r.reached, drop, r.conversion, r.abandon)
	}
	w.line("")
}

func (w *mdWriter) priorities(m *model.Map) {
	rs := model.Priorities(m)
	if len(rs) == 0 {
		return
	}
	w.line("## Opportunities by priority")
	w.line("")
	w.line("Ranked by %s; done and dropped last.", model.MethodText(m.Method))
	w.line("")
	w.line("| # | Opportunity | Where | Impact | Effort | Votes | Status |")
	w.line("|---:|---|---|---|---|---:|---|")
	for i, r := range rs {
		o := r.Opportunity
		w.line("| %d | %s | %s | %s | %s | %s | %s |", i+1, md.Markdown(o.Text), md.Markdown(where(m, r)),
			md.Markdown(o.Impact), md.Markdown(o.Effort), votesText(o.Votes), md.Markdown(o.Status))
	}
	w.line("")
}
