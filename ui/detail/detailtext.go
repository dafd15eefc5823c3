package detail

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// maxListed caps the lists the detail pane spells out (a stage's
// touchpoints), so a stage of 10,000 touchpoints costs what a screen shows.
const maxListed = 40

// doc accumulates the detail pane's lines at a width. As a form (the
// pane focused on a map that can be edited) it also shows empty fields, so
// that they can be filled in, and records which lines show which field.
type doc struct {
	w    int
	st   *common.Styles
	out  []string
	form bool
	rows []detailRow
	open string // the row being written, "" between rows
	at   int    // its first line
}

// detailRow is the lines [first, end) that show one field of the item
// ("channel"), or one item under it ("pain_points/2").
type detailRow struct {
	Key        string
	first, end int
}

func (d *doc) add(lines ...string) { d.out = append(d.out, lines...) }

// row starts the lines of a field; the lines up to the next row (or
// endRow) are that field's.
func (d *doc) row(key string) {
	d.endRow()
	d.open, d.at = key, len(d.out)
}

// endRow closes the row being written; blank lines that open it are left
// out of it.
func (d *doc) endRow() {
	if d.open == "" {
		return
	}
	first := d.at
	for first < len(d.out) && d.out[first] == "" {
		first++
	}
	if first < len(d.out) {
		d.rows = append(d.rows, detailRow{d.open, first, len(d.out)})
	}
	d.open = ""
}

// empty is how a form shows a field with no value.
func (d *doc) empty(label string) {
	d.styledField(label, d.st.Muted.Render("–"), true)
}

func (d *doc) blank() {
	if len(d.out) > 0 && d.out[len(d.out)-1] != "" {
		d.out = append(d.out, "")
	}
}

// heading is the item's kind and place (muted), then its name, wrapped;
// the name is the row of the field key.
func (d *doc) heading(where, key, name string) {
	d.add(d.st.Muted.Render(common.Line(where, d.w)))
	d.row(key)
	for _, l := range common.Wrap(name, d.w) {
		d.add(d.st.Title.Render(l))
	}
	d.endRow()
	d.blank()
}

// field is "label  value" with the value wrapped under itself; an empty
// value is left out, since the pane shows what the map says.
func (d *doc) field(label, value string) {
	if value == "" {
		if d.form {
			d.empty(label)
		}
		return
	}
	d.styledField(label, common.Sanitize(value), false)
}

// styledField is a field whose value is already safe (and maybe styled).
func (d *doc) styledField(label, value string, styled bool) {
	lw := min(common.LabelWidth, max(d.w/3, 1))
	vw := max(d.w-lw-1, 1)
	lab := d.st.Label.Render(common.PadRight(label, lw)) + " "
	var lines []string
	if styled {
		lines = strings.Split(ansi.Wrap(value, vw, ""), "\n")
	} else {
		lines = common.Wrap(value, vw)
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
		if d.form {
			d.empty(label)
		}
		return
	}
	d.blank()
	d.add(d.st.Label.Render(common.Line(label, d.w)))
	for _, it := range items {
		d.bullet("•", d.st.Text.Render, it)
	}
}

// bullet is one entry under a mark, wrapped with a hanging indent.
func (d *doc) bullet(mark string, style func(...string) string, text string) {
	for i, l := range common.Wrap(text, max(d.w-2, 1)) {
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
		if d.form {
			d.empty(label)
		}
		return
	}
	d.blank()
	d.add(d.st.Label.Render(common.Line(label, d.w)))
	for _, l := range common.Wrap(strings.TrimRight(s, "\n"), d.w) {
		d.add(d.st.Text.Render(l))
	}
}

// detailLines is everything about an item, wrapped to width; as a form,
// with the empty fields too and the rows that locate each field.
func detailLines(m *model.Map, dv *derived, it common.Item, width int, today model.Date, st *common.Styles, form bool) ([]string, []detailRow) {
	r, ok := common.Resolve(m, it)
	if !ok || width <= 0 {
		return nil, nil
	}
	d := &doc{w: width, st: st, form: form}
	switch it.Kind {
	case common.KindStage:
		stageDetail(d, m, dv, it.Stage, r.Stage)
	case common.KindTouchpoint:
		touchpointDetail(d, m, it, r.Stage, r.Tp)
	case common.KindPainPoint:
		d.heading(where(m, it, "pain point"), "text", r.Pain.Text)
		painFields(d, r.Pain)
		d.list("Addressed by", dv.addressing(m, r.Pain.Key()))
	case common.KindOpportunity:
		d.heading(where(m, it, "opportunity"), "text", r.Opp.Text)
		oppFields(d, m, r.Opp, today)
	case common.KindGoal:
		goalDetail(d, m, r.Goal, today)
	case common.KindPersona:
		personaDetail(d, r.Persona)
	case common.KindMap:
		mapDetail(d, m)
	}
	d.endRow()
	for len(d.out) > 0 && d.out[len(d.out)-1] == "" {
		d.out = d.out[:len(d.out)-1]
	}
	return d.out, d.rows
}

// where names an item's place: "Stage 3 Purchase › Checkout form".
func where(m *model.Map, it common.Item, kind string) string {
	s := &m.Stages[it.Stage]
	w := fmt.Sprintf("Stage %d %s", it.Stage+1, s.Label())
	if it.Touchpoint >= 0 {
		w += " › " + s.Touchpoints[it.Touchpoint].Label()
	}
	return w + " · " + kind
}

func stageDetail(d *doc, m *model.Map, dv *derived, si int, s *model.Stage) {
	d.heading(fmt.Sprintf("Stage %d of %d", si+1, len(m.Stages)), "name", s.Label())
	steps := dv.funnel(m)
	d.row("reached")
	if step := steps[si]; step.HasReached {
		v := common.FormatCount(step.Reached)
		if step.HasDropOff {
			v += fmt.Sprintf(", %s lost since the stage before", common.FormatPercent(step.DropOff))
		}
		if si > 0 {
			v += fmt.Sprintf(", %s of the first stage", common.FormatPercent(step.Conversion))
		}
		d.field("Reached", v)
	} else if d.form {
		d.empty("Reached")
	}
	d.endRow()
	if n := steps[si].Abandons; n > 0 {
		d.field("Drop-off", fmt.Sprintf("%s %d pain points where customers abandon", common.MarkDropOff, n))
	}
	d.row("id")
	d.field("Id", s.Key())
	d.row("description")
	d.text("Description", s.Description)
	d.row("customer_goal")
	d.text("Customer goal", s.CustomerGoal)
	d.row("metrics")
	ms := make([]string, len(s.Metrics))
	for i, mt := range s.Metrics {
		ms[i] = mt.Name + "  " + common.FormatNumber(mt.Value)
	}
	d.list("Metrics", ms)
	d.endRow()
	d.row("journey")
	d.text("Sub-journey", s.Journey)
	d.endRow()
	if n := len(s.Touchpoints); n > 0 {
		names := make([]string, 0, min(n, maxListed))
		for _, t := range s.Touchpoints[:min(n, maxListed)] {
			names = append(names, t.Label())
		}
		if n > maxListed {
			names = append(names, fmt.Sprintf("… and %s more", common.FormatCount(n-maxListed)))
		}
		d.list(fmt.Sprintf("Touchpoints (%d)", n), names)
	}
	painList(d, s.PainPoints)
	oppList(d, s.Opportunities)
}

func touchpointDetail(d *doc, m *model.Map, it common.Item, s *model.Stage, t *model.Touchpoint) {
	d.heading(fmt.Sprintf("Stage %d %s · touchpoint", it.Stage+1, s.Label()), "name", t.Label())
	d.row("channel")
	d.field("Channel", t.Channel)
	d.row("owner")
	d.field("Owner", t.Owner)
	d.row("emotion")
	if v, ok := t.EmotionFor(""); ok {
		d.styledField("Emotion", d.st.Emotion(v).Render(common.EmotionGlyph(v, true)+" "+common.SignedEmotion(v))+emotionWord(v), true)
	} else if d.form {
		d.empty("Emotion")
	}
	personaEmotions(d, m, t)
	d.row("feeling")
	d.field("Feeling", t.Feeling)
	d.row("evidence")
	d.field("Evidence", t.Evidence)
	d.row("id")
	d.field("Id", t.Key())
	d.row("actions")
	d.list("Actions", t.Actions)
	d.row("thoughts")
	d.list("Thoughts", quoteAll(t.Thoughts))
	d.row("backstage")
	d.list("Backstage", t.Backstage)
	d.row("notes")
	d.text("Notes", t.Notes)
	d.endRow()
	painList(d, t.PainPoints)
	oppList(d, t.Opportunities)
}

// personaEmotions are the personas' own emotions under the touchpoint's;
// a form lists every persona, so that one can be given its own.
func personaEmotions(d *doc, m *model.Map, t *model.Touchpoint) {
	pad := strings.Repeat(" ", common.LabelWidth+1)
	if !d.form {
		d.endRow()
		for _, e := range t.Emotions {
			v := d.st.Emotion(e.Value).Render(common.EmotionGlyph(e.Value, true) + " " + common.SignedEmotion(e.Value))
			d.add(common.Clip(pad+v+" "+d.st.Muted.Render(common.Sanitize(common.PersonaLabel(m, e.Persona))), d.w))
		}
		return
	}
	for _, p := range m.Personas {
		d.row("emotions/" + p.Key())
		v := d.st.Muted.Render("–")
		for _, e := range t.Emotions {
			if e.Persona == p.Key() {
				v = d.st.Emotion(e.Value).Render(common.EmotionGlyph(e.Value, true) + " " + common.SignedEmotion(e.Value))
			}
		}
		d.add(common.Clip(pad+v+" "+d.st.Muted.Render("for "+common.Sanitize(p.Label())), d.w))
	}
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
		d.row("pain_points/" + common.Itoa(i))
		d.bullet("✗", d.st.Text.Render, p.Text)
		if meta := painMeta(p, d.st); meta != "" {
			d.add("  " + meta)
		}
	}
	d.endRow()
}

func painMeta(p *model.PainPoint, st *common.Styles) string {
	parts := common.PainRatings(p, st)
	if p.Evidence != "" {
		parts = append(parts, st.Muted.Render("evidence: "+common.Sanitize(p.Evidence)))
	}
	return strings.Join(parts, st.Muted.Render(" · "))
}

func painFields(d *doc, p *model.PainPoint) {
	d.row("severity")
	d.field("Severity", p.Severity)
	d.row("drop_off")
	if p.DropOff {
		d.styledField("Drop-off", d.st.Bad.Render(common.MarkDropOff+" customers abandon here"), true)
	} else if d.form {
		d.styledField("Drop-off", d.st.Muted.Render("no"), true)
	}
	d.row("votes")
	d.count("Votes", p.Votes)
	d.row("evidence")
	d.field("Evidence", p.Evidence)
	d.row("id")
	d.field("Id", p.ID)
	d.endRow()
}

// count is a number field that is shown only when above zero, or as a
// form.
func (d *doc) count(label string, n int) {
	if n > 0 || d.form {
		d.field(label, fmt.Sprint(n))
	}
}

func oppList(d *doc, os []model.Opportunity) {
	if len(os) == 0 {
		return
	}
	d.blank()
	d.add(d.st.Label.Render(fmt.Sprintf("Opportunities (%d)", len(os))))
	for i := range os {
		o := &os[i]
		d.row("opportunities/" + common.Itoa(i))
		d.bullet("✦", d.st.Text.Render, o.Text)
		if meta := oppMeta(o); meta != "" {
			d.add("  " + d.st.Muted.Render(common.Clip(meta, max(d.w-2, 1))))
		}
	}
	d.endRow()
}

func oppMeta(o *model.Opportunity) string {
	var parts []string
	if o.Impact != "" || o.Effort != "" {
		parts = append(parts, fmt.Sprintf("impact %s / effort %s", common.OrDash(o.Impact), common.OrDash(o.Effort)))
	}
	for _, s := range []string{o.Status, o.Owner, o.Tactic} {
		if s != "" {
			parts = append(parts, common.Sanitize(s))
		}
	}
	if o.Votes > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", o.Votes, common.Plural(o.Votes, "vote", "votes")))
	}
	return strings.Join(parts, " · ")
}

func oppFields(d *doc, m *model.Map, o *model.Opportunity, today model.Date) {
	for _, f := range []struct{ key, label, value string }{
		{"impact", "Impact", o.Impact}, {"effort", "Effort", o.Effort}, {"status", "Status", o.Status},
		{"owner", "Owner", o.Owner}, {"tactic", "Tactic", o.Tactic},
	} {
		d.row(f.key)
		d.field(f.label, f.value)
	}
	d.row("votes")
	d.count("Votes", o.Votes)
	d.row("addresses")
	d.field("Addresses", strings.Join(o.Addresses, ", "))
	oppMeasures(d, m, o, today)
	d.row("id")
	d.field("Id", o.ID)
	d.endRow()
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
