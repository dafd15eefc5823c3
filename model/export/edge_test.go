package export

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"go.yaml.in/yaml/v3"
)

func parseNode(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		t.Fatal(err)
	}
	return &root
}

func TestJSONKeepsKeysInFileOrderWithExtensions(t *testing.T) {
	src := `journey: 1
title: T
x-team: {slack: "#shop", size: 4}
updated: 2026-11-02
stages:
  - id: b
    reached: 0x10
    metrics: {rate: 1e-2, odd: .nan}
  - id: a
    x-flag: true
    x-none: ~
`
	got, err := JSON("m.yaml", parseNode(t, src))
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "journey": 1,
  "title": "T",
  "x-team": {
    "slack": "#shop",
    "size": 4
  },
  "updated": "2026-11-02",
  "stages": [
    {
      "id": "b",
      "reached": 16,
      "metrics": {
        "rate": 0.01,
        "odd": ".nan"
      }
    },
    {
      "id": "a",
      "x-flag": true,
      "x-none": null
    }
  ]
}
`
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if !json.Valid(got) {
		t.Error("output is not valid JSON")
	}
}

func TestJSONExpandsAliasesAndMergeKeys(t *testing.T) {
	src := `base: &base {channel: web, owner: product, emotion: 0}
list: &l [1, 2]
tp:
  <<: *base
  emotion: -2
  id: checkout
copy: *l
`
	got, err := JSON("m.yaml", parseNode(t, src))
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatalf("%v\n%s", err, got)
	}
	tp := v["tp"].(map[string]any)
	if tp["channel"] != "web" || tp["owner"] != "product" || tp["emotion"] != -2.0 || tp["id"] != "checkout" || len(tp) != 4 {
		t.Errorf("merged mapping %v", tp)
	}
	if !strings.Contains(string(got), `"channel": "web",
    "owner": "product",
    "emotion": -2,
    "id": "checkout"`) {
		t.Errorf("merged keys out of order:\n%s", got)
	}
	if c := v["copy"].([]any); len(c) != 2 {
		t.Errorf("alias copy %v", c)
	}
}

func TestJSONRefusesHostileTreesWithALocation(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g"} {
		bomb += n + ": &" + n + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = n
	}
	cycle := &yaml.Node{Kind: yaml.SequenceNode, Line: 1, Column: 4}
	cycle.Content = []*yaml.Node{{Kind: yaml.AliasNode, Alias: cycle, Value: "loop", Line: 1, Column: 9}}
	tests := []struct {
		name string
		root *yaml.Node
		want string
	}{
		{"alias bomb", parseNode(t, bomb), "m.yaml:"},
		{"alias cycle", &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{cycle}}, "m.yaml:1:9: alias *loop refers to a node that contains it"},
		{"mapping as a key", parseNode(t, "? [a, b]\n: 1\n"), "m.yaml:1:3: a key must be a plain value"},
		{"merge of a scalar", parseNode(t, "a:\n  <<: 3\n"), "m.yaml:2:7: << must merge a mapping"},
		{"empty document", &yaml.Node{Kind: yaml.DocumentNode}, "m.yaml:1:1: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := JSON("m.yaml", tt.root)
			if err == nil {
				t.Fatalf("exported %d bytes; want an error", len(out))
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q; want it to start with %q", err, tt.want)
			}
		})
	}
}

func TestJSONEscapesTerminalControls(t *testing.T) {
	got, err := JSON("m.yaml", parseNode(t, "title: \"a\\e[2Jb\\x9b\\u202ec\\u2028\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `"title": "a\u001b[2Jb\u009b\u202ec\u2028"`; !strings.Contains(string(got), want) {
		t.Errorf("got %s; want it to contain %s", got, want)
	}
	var v map[string]string
	if err := json.Unmarshal(got, &v); err != nil || v["title"] != "a\x1b[2Jb\u009b\u202ec\u2028" {
		t.Errorf("does not read back: %v %q", err, v["title"])
	}
}

func intp(v int) *int { return &v }

func TestCSVDefusesFormulasAndKeepsStageRows(t *testing.T) {
	m := &model.Map{Stages: []model.Stage{
		{Name: "=HYPERLINK(\"http://evil\")", PainPoints: []model.PainPoint{{Text: "Stage-wide", Severity: "low"}}},
		{Name: "Buy", Touchpoints: []model.Touchpoint{
			{Name: "@SUM(1)", Channel: "+web", Owner: "-ops", Emotion: intp(-2), Feeling: "sad\x1b[2J",
				PainPoints: []model.PainPoint{{Text: "One", DropOff: true, Votes: 2}, {Text: "Two"}}},
			{Name: "No emotion"},
		}},
		{Name: "Empty"},
	}}
	rows, err := csv.NewReader(strings.NewReader(string(CSV(m)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		CSVHeader,
		{`'=HYPERLINK("http://evil")`, "", "", "", "", "", "[low] Stage-wide", ""},
		{"Buy", "'@SUM(1)", "'+web", "'-ops", "-2", "sad", "[drop-off, 2 votes] One\nTwo", ""},
		{"Buy", "No emotion", "", "", "", "", "", ""},
		{"Empty", "", "", "", "", "", "", ""},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %q", rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q; want %q", i, rows[i], want[i])
		}
	}
}

func TestMarkdownKeepsHostileTextInsideItsCell(t *testing.T) {
	m := &model.Map{Title: "Shop | <img src=x onerror=alert(1)>", Stages: []model.Stage{
		{Name: "A|B", Touchpoints: []model.Touchpoint{{Name: "x\n## heading", Channel: "`web`", Emotion: intp(1)}}},
	}}
	out := Markdown(m, model.Date{Year: 2026, Month: 1, Day: 1})
	for _, want := range []string{
		`# Shop \| \<img src=x onerror=alert(1)\>`,
		"| **A\\|B** | x ## heading | \\`web\\` | ▲ +1 |  |  |",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Every row of a table has as many columns as the table's header.
	header := -1
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "|") {
			header = -1
			continue
		}
		n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|")
		if header < 0 {
			header = n
		}
		if n != header {
			t.Errorf("table row with a broken column count: %q", l)
		}
	}
}

func TestFormatsOfNumbers(t *testing.T) {
	tests := []struct{ got, want string }{
		{WithUnit(50, "%"), "50%"},
		{WithUnit(4.37, "/5"), "4.37/5"},
		{WithUnit(120, "USD"), "120 USD"},
		{WithUnit(3, ""), "3"},
		{Count(48000), "48,000"},
		{Count(999), "999"},
		{Count(-1234567), "-1,234,567"},
		{Percent(0.5026), "50.3%"},
		{Percent(0.25), "25%"},
		{Percent(-0.1), "-10%"},
		{Signed(2), "+2"},
		{Signed(-1), "-1"},
		{Glyph(-2, true) + Glyph(0, true) + Glyph(2, true) + Glyph(0, false), "▼▼●▲▲·"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q; want %q", tt.got, tt.want)
		}
	}
}
