package export

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// CompareText writes a current-vs-ideal comparison for a terminal: per
// stage the mean emotion of each map and the gap (ideal - current), the
// touchpoints on one side only, the pain points the ideal no longer has
// and the opportunities that close them. Map text is made safe to print.
func CompareText(c model.Comparison, current, ideal string) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("current: %s", textsafe.Line(current))
	line("ideal:   %s", textsafe.Line(ideal))
	line("")
	width := len("stage")
	for _, s := range c.Stages {
		width = max(width, len([]rune(textsafe.Line(s.Name))))
	}
	line("%-*s  %8s  %8s  %8s", width, "stage", "current", "ideal", "gap")
	for _, s := range c.Stages {
		line("%-*s  %8s  %8s  %8s", width, textsafe.Line(s.Name), meanOrDash(s.Current), meanOrDash(s.Ideal), meanOrDash(s.Gap))
	}
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		line("")
		line("%s", title)
		for _, it := range items {
			line("  %s", it)
		}
	}
	section("only in the current map:", touchLines(c.OnlyCurrent, textsafe.Line))
	section("only in the ideal map:", touchLines(c.OnlyIdeal, textsafe.Line))
	section("pain points the ideal no longer has:", painLines(c.Closed, textsafe.Line))
	section("opportunities that close them:", oppLines(c.Closing, textsafe.Line))
	return b.String()
}

// CompareMarkdown is CompareText as a Markdown document, text escaped.
func CompareMarkdown(c model.Comparison, current, ideal string) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# Current vs ideal")
	line("")
	line("Current: %s · ideal: %s", textsafe.Code(current), textsafe.Code(ideal))
	line("")
	line("| Stage | Current | Ideal | Gap |")
	line("|---|---:|---:|---:|")
	for _, s := range c.Stages {
		line("| %s | %s | %s | %s |", textsafe.Markdown(s.Name), meanOrDash(s.Current), meanOrDash(s.Ideal), meanOrDash(s.Gap))
	}
	line("")
	line("Mean emotion of the touchpoints, -2 to +2; the gap is ideal - current.")
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		line("")
		line("## %s", title)
		line("")
		for _, it := range items {
			line("- %s", it)
		}
	}
	section("Only in the current map", touchLines(c.OnlyCurrent, textsafe.Markdown))
	section("Only in the ideal map", touchLines(c.OnlyIdeal, textsafe.Markdown))
	section("Pain points the ideal no longer has", painLines(c.Closed, textsafe.Markdown))
	section("Opportunities that close them", oppLines(c.Closing, textsafe.Markdown))
	return b.String()
}

// meanOrDash is a mean emotion or gap with its sign and up to two
// decimals, "-" where there is none.
func meanOrDash(f *float64) string {
	if f == nil {
		return "-"
	}
	return model.FormatMean(*f)
}

func touchLines(ts []model.TouchRef, safe func(string) string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = safe(t.Stage + " › " + t.Name)
	}
	return out
}

func painLines(ps []model.PainRef, safe func(string) string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = safe(p.Place() + ": " + p.Text)
	}
	return out
}

func oppLines(os []model.OppRef, safe func(string) string) []string {
	out := make([]string, len(os))
	for i, o := range os {
		out[i] = safe(o.Place()+": "+o.Text) + " " + safe("(addresses "+strings.Join(o.Addresses, ", ")+"; in the "+o.Map+" map)")
	}
	return out
}

// CompareJSON is the comparison for scripts: {"current", "ideal",
// "stages": [{"id", "name", "current", "ideal", "gap"}], "only_current",
// "only_ideal", "pain_points_closed", "opportunities"}, with the mean
// emotions as numbers, null where a side has none, and map text escaped
// by textsafe.JSON.
func CompareJSON(c model.Comparison, current, ideal string) ([]byte, error) {
	type stage struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Current *float64 `json:"current"`
		Ideal   *float64 `json:"ideal"`
		Gap     *float64 `json:"gap"`
	}
	type touch struct {
		Stage string `json:"stage"`
		ID    string `json:"id"`
		Name  string `json:"name"`
	}
	type pain struct {
		Stage      string `json:"stage"`
		Touchpoint string `json:"touchpoint,omitempty"`
		ID         string `json:"id"`
		Text       string `json:"text"`
	}
	type opp struct {
		Map        string   `json:"map"`
		Stage      string   `json:"stage"`
		Touchpoint string   `json:"touchpoint,omitempty"`
		ID         string   `json:"id"`
		Text       string   `json:"text"`
		Addresses  []string `json:"addresses"`
	}
	out := struct {
		Current     string  `json:"current"`
		Ideal       string  `json:"ideal"`
		Stages      []stage `json:"stages"`
		OnlyCurrent []touch `json:"only_current"`
		OnlyIdeal   []touch `json:"only_ideal"`
		Closed      []pain  `json:"pain_points_closed"`
		Closing     []opp   `json:"opportunities"`
	}{Current: current, Ideal: ideal, Stages: []stage{}, OnlyCurrent: []touch{}, OnlyIdeal: []touch{}, Closed: []pain{}, Closing: []opp{}}
	for _, s := range c.Stages {
		out.Stages = append(out.Stages, stage{s.Key, s.Name, s.Current, s.Ideal, s.Gap})
	}
	for _, t := range c.OnlyCurrent {
		out.OnlyCurrent = append(out.OnlyCurrent, touch{t.Stage, t.Key, t.Name})
	}
	for _, t := range c.OnlyIdeal {
		out.OnlyIdeal = append(out.OnlyIdeal, touch{t.Stage, t.Key, t.Name})
	}
	for _, p := range c.Closed {
		out.Closed = append(out.Closed, pain{p.Stage, p.Touchpoint, p.Key, p.Text})
	}
	for _, o := range c.Closing {
		out.Closing = append(out.Closing, opp{o.Map, o.Stage, o.Touchpoint, o.Key, o.Text, o.Addresses})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(textsafe.JSON(b), '\n'), nil
}
