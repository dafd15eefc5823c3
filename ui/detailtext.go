package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
)

// maxListed caps the lists the detail pane spells out (a stage's
// touchpoints), so a stage of 10,000 touchpoints costs what a screen shows.
const maxListed = 40

// labelWidth lines up the values of the detail pane's fields.
const labelWidth = 10

// doc accumulates the detail pane's lines at a width.
type doc struct {
	w   int
	st  *Styles
	out []string
}

func (d *doc) add(lines ...string) { d.out = append(d.out, lines...) }

func (d *doc) blank() {
	if len(d.out) > 0 && d.out[len(d.out)-1] != "" {
		d.out = append(d.out, "")
	}
}

// heading is the item's kind and place (muted), then its name, wrapped.
func (d *doc) heading(where, name string) {
	d.add(d.st.Muted.Render(Line(where, d.w)))
	for _, l := range Wrap(name, d.w) {
		d.add(d.st.Title.Render(l))
	}
	d.blank()
}

// field is "label  value" with the value wrapped under itself; an empty
// value is left out, since the pane shows what the map says.
func (d *doc) field(label, value string) {
	if value == "" {
		return
	}
	d.styledField(label, Sanitize(value), false)
}

// styledField is a field whose value is already safe (and maybe styled).
func (d *doc) styledField(label, value string, styled bool) {
	lw := min(labelWidth, max(d.w/3, 1))
	vw := max(d.w-lw-1, 1)
	lab := d.st.Label.Render(PadRight(label, lw)) + " "
	var lines []string
	if styled {
		lines = strings.Split(ansi.Wrap(value, vw, ""), "\n")
	} else {
		lines = Wrap(value, vw)
	}
	for i, l := range lines {
		if i == 0 {
			d.add(lab + l)
		} else {
			d.add(strings.Repeat(" ", lw+1) + l)
		}
	}
}

// list is a label and one bullet per entry, wrapped under the bullet.
func (d *doc) list(label string, items []string) {
	if len(items) == 0 {
		return
	}
	d.blank()
	d.add(d.st.Label.Render(Line(label, d.w)))
	for _, it := range items {
		d.bullet("•", d.st.Text.Render, it)
	}
}

// bullet is one entry under a mark, wrapped with a hanging indent.
func (d *doc) bullet(mark string, style func(...string) string, text string) {
	for i, l := range Wrap(text, max(d.w-2, 1)) {
		if i == 0 {
			d.add(mark + " " + style(l))
		} else {
			d.add("  " + style(l))
		}
	}
}

// text is a label and a wrapped paragraph that keeps the author's breaks.
func (d *doc) text(label, s string) {
	if strings.TrimSpace(s) == "" {
		return
	}
	d.blank()
	d.add(d.st.Label.Render(Line(label, d.w)))
	for _, l := range Wrap(strings.TrimRight(s, "\n"), d.w) {
		d.add(d.st.Text.Render(l))
	}
}

// detailLines is everything about an item, wrapped to width.
func detailLines(m *model.Map, dv *derived, it Item, width int, today model.Date, st *Styles) []string {
	r, ok := resolve(m, it)
	if !ok || width <= 0 {
		return nil
	}
	d := &doc{w: width, st: st}
	switch it.Kind {
	case KindStage:
		stageDetail(d, m, dv, it.Stage, r.stage)
	case KindTouchpoint:
		touchpointDetail(d, m, it, r.stage, r.tp)
	case KindPainPoint:
		d.heading(where(m, it, "pain point"), r.pain.Text)
		painFields(d, r.pain)
		d.list("Addressed by", dv.addressing(m, r.pain.Key()))
	case KindOpportunity:
		d.heading(where(m, it, "opportunity"), r.opp.Text)
		oppFields(d, r.opp)
	case KindGoal:
		goalDetail(d, m, r.goal, today)
	case KindPersona:
		personaDetail(d, r.persona)
	}
	for len(d.out) > 0 && d.out[len(d.out)-1] == "" {
		d.out = d.out[:len(d.out)-1]
	}
	return d.out
}

// where names an item's place: "Stage 3 Purchase › Checkout form".
func where(m *model.Map, it Item, kind string) string {
	s := &m.Stages[it.Stage]
	w := fmt.Sprintf("Stage %d %s", it.Stage+1, s.Label())
	if it.Touchpoint >= 0 {
		w += " › " + s.Touchpoints[it.Touchpoint].Label()
	}
	return w + " · " + kind
}

func stageDetail(d *doc, m *model.Map, dv *derived, si int, s *model.Stage) {
	d.heading(fmt.Sprintf("Stage %d of %d", si+1, len(m.Stages)), s.Label())
	steps := dv.funnel(m)
	if step := steps[si]; step.HasReached {
		v := FormatCount(step.Reached)
		if step.HasDropOff {
			v += fmt.Sprintf(", %s lost since the stage before", FormatPercent(step.DropOff))
		}
		if si > 0 {
			v += fmt.Sprintf(", %s of the first stage", FormatPercent(step.Conversion))
		}
		d.field("Reached", v)
	}
	if n := steps[si].Abandons; n > 0 {
		d.field("Drop-off", fmt.Sprintf("%s %d pain points where customers abandon", MarkDropOff, n))
	}
	d.field("Id", s.Key())
	d.text("Description", s.Description)
	d.text("Customer goal", s.CustomerGoal)
	if len(s.Metrics) > 0 {
		ms := make([]string, len(s.Metrics))
		for i, mt := range s.Metrics {
			ms[i] = mt.Name + "  " + FormatNumber(mt.Value)
		}
		d.list("Metrics", ms)
	}
	if n := len(s.Touchpoints); n > 0 {
		names := make([]string, 0, min(n, maxListed))
		for _, t := range s.Touchpoints[:min(n, maxListed)] {
			names = append(names, t.Label())
		}
		if n > maxListed {
			names = append(names, fmt.Sprintf("… and %s more", FormatCount(n-maxListed)))
		}
		d.list(fmt.Sprintf("Touchpoints (%d)", n), names)
	}
	painList(d, s.PainPoints)
	oppList(d, s.Opportunities)
}

func touchpointDetail(d *doc, m *model.Map, it Item, s *model.Stage, t *model.Touchpoint) {
	d.heading(fmt.Sprintf("Stage %d %s · touchpoint", it.Stage+1, s.Label()), t.Label())
	d.field("Channel", t.Channel)
	d.field("Owner", t.Owner)
	if v, ok := t.EmotionFor(""); ok {
		d.styledField("Emotion", d.st.Emotion(v).Render(EmotionGlyph(v, true)+" "+SignedEmotion(v))+emotionWord(v), true)
	}
	for _, e := range t.Emotions {
		v := d.st.Emotion(e.Value).Render(EmotionGlyph(e.Value, true) + " " + SignedEmotion(e.Value))
		d.add(Clip(strings.Repeat(" ", labelWidth+1)+v+" "+d.st.Muted.Render(Sanitize(personaLabel(m, e.Persona))), d.w))
	}
	d.field("Feeling", t.Feeling)
	d.field("Evidence", t.Evidence)
	d.field("Id", t.Key())
	d.list("Actions", t.Actions)
	d.list("Thoughts", quoteAll(t.Thoughts))
	d.list("Backstage", t.Backstage)
	d.text("Notes", t.Notes)
	painList(d, t.PainPoints)
	oppList(d, t.Opportunities)
}

// emotionWord names an emotion value for readers who do not know the scale.
func emotionWord(v int) string {
	words := map[int]string{-2: "very negative", -1: "negative", 0: "neutral", 1: "positive", 2: "very positive"}
	if w, ok := words[v]; ok {
		return " (" + w + ")"
	}
	return " (out of range)"
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "“" + s + "”"
	}
	return out
}

func painList(d *doc, ps []model.PainPoint) {
	if len(ps) == 0 {
		return
	}
	d.blank()
	d.add(d.st.Label.Render(fmt.Sprintf("Pain points (%d)", len(ps))))
	for i := range ps {
		p := &ps[i]
		d.bullet("✗", d.st.Text.Render, p.Text)
		if meta := painMeta(p, d.st); meta != "" {
			d.add("  " + meta)
		}
	}
}

func painMeta(p *model.PainPoint, st *Styles) string {
	var parts []string
	if p.Severity != "" {
		parts = append(parts, severityStyle(p.Severity, st).Render(Sanitize(p.Severity)))
	}
	if p.DropOff {
		parts = append(parts, st.Bad.Render(MarkDropOff+" drop-off"))
	}
	if p.Votes > 0 {
		parts = append(parts, st.Muted.Render(fmt.Sprintf("%d votes", p.Votes)))
	}
	if p.Evidence != "" {
		parts = append(parts, st.Muted.Render("evidence: "+Sanitize(p.Evidence)))
	}
	return strings.Join(parts, st.Muted.Render(" · "))
}

func painFields(d *doc, p *model.PainPoint) {
	d.field("Severity", p.Severity)
	if p.DropOff {
		d.styledField("Drop-off", d.st.Bad.Render(MarkDropOff+" customers abandon here"), true)
	}
	if p.Votes > 0 {
		d.field("Votes", fmt.Sprint(p.Votes))
	}
	d.field("Evidence", p.Evidence)
	d.field("Id", p.ID)
}

func oppList(d *doc, os []model.Opportunity) {
	if len(os) == 0 {
		return
	}
	d.blank()
	d.add(d.st.Label.Render(fmt.Sprintf("Opportunities (%d)", len(os))))
	for i := range os {
		o := &os[i]
		d.bullet("✦", d.st.Text.Render, o.Text)
		if meta := oppMeta(o); meta != "" {
			d.add("  " + d.st.Muted.Render(Clip(meta, max(d.w-2, 1))))
		}
	}
}

func oppMeta(o *model.Opportunity) string {
	var parts []string
	if o.Impact != "" || o.Effort != "" {
		parts = append(parts, fmt.Sprintf("impact %s / effort %s", orDash(o.Impact), orDash(o.Effort)))
	}
	for _, s := range []string{o.Status, o.Owner, o.Tactic} {
		if s != "" {
			parts = append(parts, Sanitize(s))
		}
	}
	if o.Votes > 0 {
		parts = append(parts, fmt.Sprintf("%d votes", o.Votes))
	}
	return strings.Join(parts, " · ")
}

func oppFields(d *doc, o *model.Opportunity) {
	d.field("Impact", o.Impact)
	d.field("Effort", o.Effort)
	d.field("Status", o.Status)
	d.field("Owner", o.Owner)
	d.field("Tactic", o.Tactic)
	if o.Votes > 0 {
		d.field("Votes", fmt.Sprint(o.Votes))
	}
	d.field("Addresses", strings.Join(o.Addresses, ", "))
	d.field("Id", o.ID)
}

// derived holds figures the detail pane needs from the whole map, worked
// out once per map and only when first asked for, so that moving the
// selection never walks every touchpoint.
type derived struct {
	steps     []model.FunnelStep
	addressed map[string][]string // pain point key -> texts of opportunities addressing it
}

func (dv *derived) funnel(m *model.Map) []model.FunnelStep {
	if dv.steps == nil {
		dv.steps = model.Funnel(m)
	}
	return dv.steps
}

// addressing lists the opportunities that name a pain point in their
// `addresses`, so a reader sees what is planned against it.
func (dv *derived) addressing(m *model.Map, key string) []string {
	if dv.addressed == nil {
		dv.addressed = map[string][]string{}
		for _, r := range model.Priorities(m) {
			for _, a := range r.Opportunity.Addresses {
				dv.addressed[a] = append(dv.addressed[a], r.Opportunity.Text)
			}
		}
	}
	return dv.addressed[key]
}
