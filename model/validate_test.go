package model

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// decodeHostile decodes root, requiring exactly
// n errors whose message contains want.
func decodeHostile(t *testing.T, root *yaml.Node, want string, n int) Diagnostics {
	t.Helper()
	_, diags := Decode("hostile.yaml", root, lintToday)
	found := 0
	for _, d := range diags {
		if d.Severity == Error && strings.Contains(d.Message, want) {
			found++
			if d.Line < 1 || d.Col < 1 {
				t.Errorf("problem not located: %s", d)
			}
		}
	}
	if found != n {
		t.Errorf("want %d errors containing %q, got:\n%s", n, want, diagLines(diags))
	}
	return diags
}

func parseHostile(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		t.Fatalf("parse: %v", err)
	}
	return &root
}

func repeatJoin(s string, n int) string {
	return strings.TrimSuffix(strings.Repeat(s+", ", n), ", ")
}

func TestValidAliasCycles(t *testing.T) {
	for name, src := range map[string]string{
		"list in itself":    "journey: 1\ntitle: t\ntags: &a [*a]\n",
		"stage in itself":   "journey: 1\ntitle: t\nstages:\n  - &s\n    id: s\n    touchpoints: [*s]\n",
		"stages in itself":  "journey: 1\ntitle: t\nstages: &a [*a]\n",
		"merge of itself":   "journey: 1\ntitle: t\nstages:\n  - &s\n    id: s\n    <<: *s\n",
		"merge of ancestor": "journey: 1\ntitle: t\nstages:\n  - &s\n    id: s\n    touchpoints:\n      - {id: t, <<: *s}\n",
	} {
		t.Run(name, func(t *testing.T) { decodeHostile(t, parseHostile(t, src), "(a cycle)", 1) })
	}
}

// TestValidAliasBombs feeds "billion laughs" files where each level of
// anchors multiplies the previous one, placed where the format expects
// values so the decoder would have to expand them.
func TestValidAliasBombs(t *testing.T) {
	nested := "journey: 1\ntitle: bomb\n" +
		"x-p: &p {text: boom}\n" +
		"x-t: &t {name: t, pain_points: [" + repeatJoin("*p", 100) + "]}\n" +
		"x-s: &s {name: s, touchpoints: [" + repeatJoin("*t", 100) + "]}\n" +
		"stages: [" + repeatJoin("*s", 100) + "]\n"

	merges := "journey: 1\ntitle: bomb\nx-m0: &m0 {channel: web}\n"
	for i := 1; i <= 9; i++ {
		merges += fmt.Sprintf("x-m%d: &m%d {<<: [%s]}\n", i, i, repeatJoin(fmt.Sprintf("*m%d", i-1), 10))
	}
	merges += "stages:\n  - id: s\n    touchpoints:\n      - {id: t, <<: *m9}\n"

	laughs := "journey: 1\ntitle: bomb\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
	for i, prev := 'b', 'a'; i <= 'i'; i, prev = i+1, i {
		laughs += fmt.Sprintf("x-%c: &%c [%s]\n", i, i, repeatJoin("*"+string(prev), 9))
	}
	laughsInTags := laughs + "personas:\n  - {id: p, goals: *i}\n"

	for name, src := range map[string]string{"nested": nested, "merges": merges} {
		t.Run(name, func(t *testing.T) {
			diags := decodeHostile(t, parseHostile(t, src), "too many alias expansions", 1)
			if len(diags) > 1000 {
				t.Errorf("%d diagnostics: repeats are not folded", len(diags))
			}
		})
	}
	t.Run("laughs", func(t *testing.T) {
		// A list of lists where strings are expected is refused at its
		// first level, so nothing is expanded at all.
		decodeHostile(t, parseHostile(t, laughsInTags), "goals item must be a string, got a list", 9)
	})
}

// deepSeq builds n nested single-item lists by hand, since yaml's own
// parser refuses more than 10,000 levels before the decoder sees them.
func deepSeq(n int) *yaml.Node {
	leaf := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "bottom", Line: 1, Column: 1}
	for i := 0; i < n; i++ {
		leaf = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: 1, Column: 1, Content: []*yaml.Node{leaf}}
	}
	return leaf
}

func TestValidDeepNesting(t *testing.T) {
	scalar := func(v, tag string, line int) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v, Line: line, Column: 1}
	}
	for _, key := range []string{"x-deep", "stages", "tags"} {
		t.Run(key, func(t *testing.T) {
			root := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1, Content: []*yaml.Node{
				scalar("journey", "!!str", 1), scalar("1", "!!int", 1),
				scalar("title", "!!str", 2), scalar("deep", "!!str", 2),
				scalar(key, "!!str", 3), deepSeq(20_000),
			}}
			decodeHostile(t, &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}, "nesting too deep", 1)
		})
	}
	t.Run("parsed", func(t *testing.T) {
		src := "journey: 1\ntitle: deep\nx-deep: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n"
		diags := decodeHostile(t, parseHostile(t, src), "nesting too deep", 1)
		if d := diags[0]; d.Line != 3 || d.Col != 9+decodeMaxDepth-1 {
			t.Errorf("reported at %d:%d, want the first list too deep, 3:%d", d.Line, d.Col, 9+decodeMaxDepth-1)
		}
	})
}

// TestValidJunkRoots decodes roots no parse of a map would give, to check
// the decoder never trusts the tree's shape.
func TestValidJunkRoots(t *testing.T) {
	alias := &yaml.Node{Kind: yaml.AliasNode, Value: "nowhere", Line: 3, Column: 8}
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: "journey", Line: 1, Column: 1}, {Kind: yaml.ScalarNode, Value: "1", Line: 1, Column: 10},
		{Kind: yaml.ScalarNode, Value: "title", Line: 2, Column: 1}, {Kind: yaml.ScalarNode, Value: "t", Line: 2, Column: 8},
		{Kind: yaml.ScalarNode, Value: "stages", Line: 3, Column: 1}, alias,
		{Kind: yaml.ScalarNode, Value: "dangling", Line: 4, Column: 1},
	}}
	decodeHostile(t, root, "alias *nowhere refers to no anchor", 1)
}

// FuzzDecode checks that any file yaml can parse decodes without a panic
// into diagnostics that are located and in file order.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("testdata/lint/*.yaml")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(formatExample))
	f.Fuzz(func(t *testing.T, src []byte) {
		var root yaml.Node
		if yaml.Unmarshal(src, &root) != nil {
			return
		}
		m, diags := Decode("fuzz.yaml", &root, lintToday)
		if m == nil {
			t.Fatal("no map")
		}
		for i, d := range diags {
			if d.Line < 1 || d.Col < 1 {
				t.Errorf("not located: %s", d)
			}
			if i > 0 && (d.Line < diags[i-1].Line || d.Line == diags[i-1].Line && d.Col < diags[i-1].Col) {
				t.Errorf("out of order: %s after %s", d, diags[i-1])
			}
		}
	})
}
