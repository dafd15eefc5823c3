// Package export turns a journey map into documents for readers outside
// the editor: Markdown for GitHub, a Mermaid diagram, CSV for
// spreadsheets, JSON for scripts, and a line-per-fact text summary that
// git can diff. It knows nothing of terminals.
package export

import (
	"math"
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
)

// Formats are the names `journey export --format` accepts, in the order
// its help lists them.
var Formats = []string{"markdown", "mermaid", "csv", "json", "text", "svg", "html"}

// Glyph is model.EmotionGlyph, the same shape the editor draws.
func Glyph(v int, ok bool) string { return model.EmotionGlyph(v, ok) }

// Signed is model.SignedEmotion: "-2", "0", "+1".
func Signed(v int) string { return model.SignedEmotion(v) }

// Number formats a measured value as short as it can be read back:
// 4.37, 46, 0.021. NaN and infinities (which lint reports) print as YAML
// spells them.
func Number(f float64) string {
	switch {
	case math.IsNaN(f):
		return ".nan"
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// WithUnit writes a value with its goal's unit: "50%", "4.4/5", "120 USD".
// A unit that starts with a letter is set off by a space.
func WithUnit(f float64, unit string) string {
	n := Number(f)
	if unit == "" {
		return n
	}
	if r := unit[0]; r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
		return n + " " + unit
	}
	return n + unit
}

// Count writes a whole number with thousands separators: 48,000.
func Count(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// Percent writes a fraction as a percentage with one decimal: 0.5026 is
// "50.3%", and whole percentages drop the decimal: "25%".
func Percent(f float64) string {
	s := strconv.FormatFloat(f*100, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + "%"
}

// ptrNumber formats an optional number, "" when it is missing.
func ptrNumber(f *float64, unit string) string {
	if f == nil {
		return ""
	}
	return WithUnit(*f, unit)
}

// painTags are a pain point's severity, drop-off and votes, shown before
// its text: "[critical, drop-off, 9 votes] Shipping cost ...".
func painTags(p model.PainPoint) []string {
	var tags []string
	if p.Severity != "" {
		tags = append(tags, p.Severity)
	}
	if p.DropOff {
		tags = append(tags, "drop-off")
	}
	if p.Votes > 0 {
		tags = append(tags, plural(p.Votes, "vote"))
	}
	return tags
}

// oppTags are an opportunity's status, impact, effort and votes.
func oppTags(o model.Opportunity) []string {
	var tags []string
	if o.Status != "" {
		tags = append(tags, o.Status)
	}
	if o.Impact != "" {
		tags = append(tags, "impact "+o.Impact)
	}
	if o.Effort != "" {
		tags = append(tags, "effort "+o.Effort)
	}
	if o.Votes > 0 {
		tags = append(tags, plural(o.Votes, "vote"))
	}
	return tags
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// bar draws a progress fraction as ten cells, clamped to 0..1.
func bar(f model.GoalFigures) string {
	full := int(math.Round(float64(f.Percent()) / 10))
	return strings.Repeat("█", full) + strings.Repeat("░", 10-full)
}

// funnelRow is one stage's funnel figures as the Markdown and HTML tables
// show them; a figure the stage lacks is "".
type funnelRow struct {
	stage                                 string
	reached, dropOff, conversion, abandon string
	worst                                 bool // the largest drop-off
}

// funnelRows are the funnel's rows, nil when no stage has a count.
func funnelRows(m *model.Map) []funnelRow {
	steps := model.Funnel(m)
	any := false
	for _, s := range steps {
		any = any || s.HasReached
	}
	if !any {
		return nil
	}
	worst := model.WorstStep(steps)
	rows := make([]funnelRow, len(steps))
	for i, st := range steps {
		r := funnelRow{stage: m.Stages[st.Stage].Label(), worst: i == worst && st.HasDropOff}
		if st.HasReached {
			r.reached, r.conversion = Count(st.Reached), Percent(st.Conversion)
		}
		if st.HasDropOff {
			r.dropOff = Percent(st.DropOff)
		}
		if st.Abandons > 0 {
			r.abandon = "⤓ " + strconv.Itoa(st.Abandons)
		}
		rows[i] = r
	}
	return rows
}

// where names a ranked opportunity's place: "Purchase › Cart".
func where(m *model.Map, r model.Ranked) string {
	s := m.Stages[r.Stage].Label()
	if r.Touchpoint >= 0 {
		s += " › " + m.Stages[r.Stage].Touchpoints[r.Touchpoint].Label()
	}
	return s
}

// votesText is a vote count for a table, "" for none.
func votesText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
