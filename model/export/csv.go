package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// CSVHeader names the columns of the CSV export.
var CSVHeader = []string{"stage", "touchpoint", "channel", "owner", "emotion", "feeling", "pain_points", "opportunities"}

// CSV writes one row per touchpoint for spreadsheets, in journey order.
// A stage's own pain points and opportunities, and a stage with no
// touchpoints, get a row with an empty touchpoint, so that nothing is left
// out. Several pain points or opportunities share a cell, one per line,
// each led by its tags: "[critical, drop-off, 9 votes] Shipping cost ...".
//
// A cell that a spreadsheet would run as a formula (starting with =, +, -,
// @, a tab or a carriage return) is prefixed with an apostrophe, as OWASP
// advises against CSV injection; the emotion column is a plain number and
// is left alone.
func CSV(m *model.Map) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(CSVHeader)
	for _, s := range m.Stages {
		if len(s.PainPoints) > 0 || len(s.Opportunities) > 0 || len(s.Touchpoints) == 0 {
			w.Write([]string{cell(s.Label()), "", "", "", "", "", csvPains(s.PainPoints), csvOpps(s.Opportunities)})
		}
		for _, t := range s.Touchpoints {
			emotion := ""
			if t.Emotion != nil {
				emotion = strconv.Itoa(*t.Emotion)
			}
			w.Write([]string{cell(s.Label()), cell(t.Label()), cell(t.Channel), cell(t.Owner), emotion,
				cell(t.Feeling), csvPains(t.PainPoints), csvOpps(t.Opportunities)})
		}
	}
	w.Flush()
	return b.Bytes()
}

func csvPains(ps []model.PainPoint) string {
	items := make([]string, len(ps))
	for i, p := range ps {
		items[i] = tagged(painTags(p), p.Text)
	}
	return cell(strings.Join(items, "\n"))
}

func csvOpps(os []model.Opportunity) string {
	items := make([]string, len(os))
	for i, o := range os {
		items[i] = tagged(oppTags(o), o.Text)
	}
	return cell(strings.Join(items, "\n"))
}

func tagged(tags []string, text string) string {
	if len(tags) == 0 {
		return text
	}
	return "[" + strings.Join(tags, ", ") + "] " + text
}

// cell defuses text a spreadsheet would run as a formula, and drops the
// control characters a terminal would act on when the CSV is printed.
func cell(s string) string {
	s = textsafe.Text(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
