package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// zeroWidthMap names a stage, a touchpoint and a pain point with each
// zero-width character a name can hide: a zero-width space, a word joiner,
// a byte order mark inside the text and a zero-width joiner.
const zeroWidthMap = "journey: 1\ntitle: \"Zero\u200bwidth\"\nstages:\n" +
	"  - id: buy\n    name: \"Bu\u2060y\"\n    touchpoints:\n" +
	"      - id: pay\n        name: \"Pa\ufeffy\"\n        emotion: -1\n" +
	"        pain_points:\n          - id: slow\n            text: \"Slow\u200d page \u200b\u2060\ufeff\"\n" +
	"        opportunities:\n          - id: fast\n            text: \"Fas\u200bt \u2060page\"\n            impact: high\n            effort: low\n"

// Every JSON output escapes zero-width characters (\u200b), as get does,
// and still decodes to the text of the map.
func TestJSONOutputsEscapeZeroWidthCharacters(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.yaml", zeroWidthMap)
	b := writeFile(t, dir, "b.yaml", strings.NewReplacer("Slow\u200d", "Slower\u200d", "Pa\ufeffy", "Pa\ufeffid", "-1", "1").Replace(zeroWidthMap))
	for _, args := range [][]string{
		{"export", "--format", "json", a},
		{"diff", "--format", "json", a, b},
		{"priorities", "--format", "json", a},
		{"compare", "--format", "json", a, b},
		{"get", "--format", "json", a, "stages"},
	} {
		code, out, errOut := jrun(t, args...)
		if code > 1 || errOut != "" {
			t.Errorf("journey %s: exit %d, stderr %q", strings.Join(args, " "), code, errOut)
			continue
		}
		for _, r := range "\u200b\u2060\ufeff\u200d" {
			if strings.ContainsRune(out, r) {
				t.Errorf("journey %s: a raw U+%04X in the output:\n%s", strings.Join(args, " "), r, out)
			}
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("journey %s: not JSON: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	_, out, _ := jrun(t, "export", "--format", "json", a)
	var m struct {
		Title  string `json:"title"`
		Stages []struct {
			Name        string `json:"name"`
			Touchpoints []struct {
				Name       string `json:"name"`
				PainPoints []struct {
					Text string `json:"text"`
				} `json:"pain_points"`
			} `json:"touchpoints"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil || len(m.Stages) != 1 || len(m.Stages[0].Touchpoints) != 1 {
		t.Fatalf("export json does not decode: %v\n%s", err, out)
	}
	tp := m.Stages[0].Touchpoints[0]
	if m.Title != "Zero\u200bwidth" || m.Stages[0].Name != "Bu\u2060y" || tp.Name != "Pa\ufeffy" || tp.PainPoints[0].Text != "Slow\u200d page \u200b\u2060\ufeff" {
		t.Errorf("export json changed the text: %q %q %q %+v", m.Title, m.Stages[0].Name, tp.Name, tp.PainPoints)
	}
	for _, want := range []string{`Zero\u200bwidth`, `Bu\u2060y`, `Pa\ufeffy`, `Slow\u200d page \u200b\u2060\ufeff`} {
		if !strings.Contains(out, want) {
			t.Errorf("export json lacks %s:\n%s", want, out)
		}
	}
}
