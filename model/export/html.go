package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/journey-maps/journey/model"
)

// maxSheetDescription is the longest description, in characters, that
// goes above the picture: about four lines of the printed page.
const maxSheetDescription = 600

// HTML renders the map as one self-contained page for people who never
// open a terminal: the SVG picture inline, then the goals, the funnel,
// the opportunities by priority and the personas as tables. Styles are
// inline, there are no scripts, and a Content-Security-Policy forbids the
// page any request, so it opens the same from a mail attachment as from
// disk. Print styles lay it out on A4 landscape for "print to PDF".
func HTML(m *model.Map, today model.Date, th Theme) string {
	w := &htmlWriter{}
	title := m.Title
	if title == "" {
		title = "Untitled journey"
	}
	w.head(title, th)
	// The title, the facts and the picture make the first printed page
	// (the sheet); the tables follow. A description longer than a few
	// lines goes after the picture, or it would leave the picture no room
	// on that page.
	short := utf8.RuneCountInString(m.Description) <= maxSheetDescription
	w.line(`<div class="sheet">`)
	w.line(`<h1>%s</h1>`, esc(title))
	w.facts(m, today)
	if m.Description != "" && short {
		w.line(`<p>%s</p>`, esc(m.Description))
	}
	w.line(`<figure>`)
	w.b.WriteString(svgElement(m, today, th, false))
	w.line(`</figure>`)
	w.line(`</div>`)
	if !short {
		w.line(`<p>%s</p>`, esc(m.Description))
	}
	w.goals(m, today)
	w.funnel(m)
	w.priorities(m)
	w.channels(m)
	w.personas(m)
	w.line(`</body>`)
	w.line(`</html>`)
	return w.b.String()
}

type htmlWriter struct{ b strings.Builder }

// Page is a self-contained page in the style of the HTML export (no
// scripts, no requests, print styles) around body, which is HTML already
// escaped; title is text.
func Page(title string, th Theme, body string) string {
	w := &htmlWriter{}
	w.head(title, th)
	w.line(`<h1>%s</h1>`, esc(title))
	w.b.WriteString(body)
	w.line(`</body>`)
	w.line(`</html>`)
	return w.b.String()
}

// Esc is text escaped for HTML, with the characters a terminal or a
// browser could be fooled by made visible.
func Esc(s string) string { return esc(s) }

// head writes the page up to and including <body>.
func (w *htmlWriter) head(title string, th Theme) {
	w.line(`<!DOCTYPE html>`)
	w.line(`<html lang="en">`)
	w.line(`<head>`)
	w.line(`<meta charset="utf-8">`)
	w.line(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
	w.line(`<meta name="viewport" content="width=device-width, initial-scale=1">`)
	w.line(`<meta name="color-scheme" content="%s">`, th.Name)
	w.line(`<title>%s</title>`, esc(title))
	w.line(`<style>`)
	w.line(`body{margin:24px;background:%s;color:%s;font-family:"DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;font-size:14px;line-height:1.45}`, th.Background, th.Text)
	w.line(`h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;break-after:avoid}`)
	w.line(`.m{color:%s}.p{color:%s}.o{color:%s}`, th.Muted, th.Pain, th.Opportun)
	w.line(`figure{margin:16px 0;overflow-x:auto}figure svg{display:block;max-width:100%%;height:auto}`)
	w.line(`table{border-collapse:collapse;margin:4px 0 8px}th,td{border:1px solid %s;padding:4px 8px;text-align:left;vertical-align:top}th{background:%s}td.n{text-align:right}`, th.Grid, th.Card)
	w.line(`.bar{display:inline-block;width:100px;height:10px;border:1px solid %s;vertical-align:middle;margin-right:6px}.bar span{display:block;height:100%%;background:%s}`, th.Stroke, th.Bar)
	w.line(`@page{size:A4 landscape;margin:10mm}`)
	// In print the sheet is one page high (A4 landscape is 210mm, less
	// the margins, less a little for rounding): the title and facts take
	// what they need and the picture, kept in proportion by its viewBox,
	// shrinks to the width and the height left under them.
	w.line(`@media print{body{margin:0;font-size:11pt;print-color-adjust:exact;-webkit-print-color-adjust:exact}` +
		`.sheet{display:flex;flex-direction:column;height:188mm;break-after:page}` +
		`.sheet figure{flex:1 1 0;min-height:0;margin:8px 0 0;overflow:visible}` +
		`.sheet figure svg{width:auto;height:auto;max-width:100%%;max-height:100%%}` +
		`tr{break-inside:avoid}h2{break-after:avoid}}`)
	w.line(`</style>`)
	w.line(`</head>`)
	w.line(`<body>`)
}

func (w *htmlWriter) line(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
}

// row writes a table row of cells already escaped; a cell that starts
// with "\x00n" is a number, aligned right.
func (w *htmlWriter) row(tag string, cells ...string) {
	w.b.WriteString("<tr>")
	for _, c := range cells {
		if rest, ok := strings.CutPrefix(c, "\x00n"); ok {
			fmt.Fprintf(&w.b, `<%s class="n">%s</%s>`, tag, rest, tag)
		} else {
			fmt.Fprintf(&w.b, "<%s>%s</%s>", tag, c, tag)
		}
	}
	w.b.WriteString("</tr>\n")
}

// thead writes a table's header row as its <thead>, which a printed page
// repeats at the top of every page the table runs onto.
func (w *htmlWriter) thead(cells ...string) {
	w.b.WriteString("<thead>")
	w.row("th", cells...)
	w.b.WriteString("</thead>\n")
}

func numCell(s string) string { return "\x00n" + s }

func (w *htmlWriter) facts(m *model.Map, today model.Date) {
	var facts []string
	if m.State != "" {
		facts = append(facts, esc(m.State)+" journey")
	}
	if m.Owner != "" {
		facts = append(facts, "owner: "+esc(m.Owner))
	}
	if !m.Updated.IsZero() {
		facts = append(facts, "updated "+m.Updated.String())
	}
	if len(m.Tags) > 0 {
		tags := make([]string, len(m.Tags))
		for i, t := range m.Tags {
			tags[i] = esc(t)
		}
		facts = append(facts, "tags: "+strings.Join(tags, ", "))
	}
	facts = append(facts, "figures as of "+today.String())
	w.line(`<p class="m">%s</p>`, strings.Join(facts, " · "))
}

func (w *htmlWriter) goals(m *model.Map, today model.Date) {
	if len(m.Goals) == 0 {
		return
	}
	w.line(`<h2>Goals</h2>`)
	w.line(`<table>`)
	w.thead("Goal", "Metric", "Baseline", "Current", "Target", "Progress", "Time gone", "Due", "Status")
	for _, g := range m.Goals {
		f := model.GoalProgress(g, today)
		progress, gone := "", ""
		if f.HasProgress {
			progress = fmt.Sprintf(`<span class="bar"><span style="width:%d%%"></span></span>%d%%`, f.Percent(), f.Percent())
		}
		if f.HasElapsed {
			gone = strconv.Itoa(int(f.Elapsed*100+0.5)) + "%"
		}
		w.row("td", esc(g.Label()), esc(g.Metric), numCell(esc(ptrNumber(g.Baseline, g.Unit))),
			numCell(esc(ptrNumber(g.Current, g.Unit))), numCell(esc(ptrNumber(g.Target, g.Unit))),
			progress, numCell(gone), g.Due.String(), "<strong>"+f.Status.String()+"</strong>")
	}
	w.line(`</table>`)
}

func (w *htmlWriter) funnel(m *model.Map) {
	rows := funnelRows(m)
	if rows == nil {
		return
	}
	w.line(`<h2>Funnel</h2>`)
	w.line(`<table>`)
	w.thead("Stage", "Reached", "Drop-off", "Conversion", "Abandon points")
	for _, r := range rows {
		drop := r.dropOff
		if r.worst {
			drop = "<strong>" + drop + " (worst)</strong>"
		}
		w.row("td", esc(r.stage), numCell(r.reached), numCell(drop), numCell(r.conversion), numCell(r.abandon))
	}
	w.line(`</table>`)
}

func (w *htmlWriter) priorities(m *model.Map) {
	rs := model.Priorities(m)
	if len(rs) == 0 {
		return
	}
	w.line(`<h2>Opportunities by priority</h2>`)
	w.line(`<p class="m">Ranked by %s; done and dropped last.</p>`, esc(model.MethodText(m.Method)))
	w.line(`<table>`)
	w.thead("#", "Opportunity", "Where", "Impact", "Effort", "Votes", "Status")
	for i, r := range rs {
		o := r.Opportunity
		w.row("td", numCell(strconv.Itoa(i+1)), esc(o.Text), esc(where(m, r)), esc(o.Impact), esc(o.Effort), numCell(votesText(o.Votes)), esc(o.Status))
	}
	w.line(`</table>`)
}

func (w *htmlWriter) personas(m *model.Map) {
	if len(m.Personas) == 0 {
		return
	}
	w.line(`<h2>Personas</h2>`)
	w.line(`<table>`)
	w.thead("Persona", "Segment", "Summary", "Goals", "Frustrations", "Quote")
	list := func(items []string) string {
		out := make([]string, len(items))
		for i, it := range items {
			out[i] = esc(it)
		}
		return strings.Join(out, "<br>")
	}
	for _, p := range m.Personas {
		quote := ""
		if p.Quote != "" {
			quote = "“" + esc(p.Quote) + "”"
		}
		w.row("td", "<strong>"+esc(p.Label())+"</strong>", esc(p.Segment), esc(p.Summary), list(p.Goals), list(p.Frustrations), quote)
	}
	w.line(`</table>`)
}
