package model

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// A duplicate key is reported at its second place with the line of its
// first, in an item's handful of keys and in a mapping too long for the
// short list the decoder keeps on the stack.
func TestDuplicateKeysInShortAndLongMappings(t *testing.T) {
	var metrics strings.Builder
	for i := range 20 {
		metrics.WriteString("      m" + string(rune('a'+i)) + ": 1\n")
	}
	src := "journey: 1\ntitle: t\nstages:\n  - id: s\n    name: S\n    name: again\n    metrics:\n" +
		metrics.String() + "      mq: 2\n      mb: 3\n"
	_, err := Parse("dup.yaml", []byte(src), benchToday)
	got := err.Error()
	for _, want := range []string{
		`dup.yaml:6:5: error: duplicate key "name" (first at line 5)`,
		`dup.yaml:28:7: error: duplicate key "mq" (first at line 24)`,
		`dup.yaml:29:7: error: duplicate key "mb" (first at line 9)`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// A mapping's own keys win over merged ones, earlier merges over later
// ones, and an x- key of the mapping hides a merged one of that name.
func TestMergedKeysYieldToOwnAndEarlier(t *testing.T) {
	src := `journey: 1
title: t
x-a: &a {channel: app, emotion: -2, name: from a}
x-b: &b {channel: web, owner: from b, x-note: hidden}
stages:
  - id: s
    touchpoints:
      - id: t
        x-note: mine
        <<: [*a, *b]
        emotion: 1
`
	d, err := Parse("merge.yaml", []byte(src), benchToday)
	if err != nil {
		t.Fatal(err)
	}
	tp := d.Map().Stages[0].Touchpoints[0]
	if tp.Channel != "app" || tp.Owner != "from b" || tp.Name != "from a" || tp.Emotion == nil || *tp.Emotion != 1 {
		t.Errorf("got channel %q owner %q name %q emotion %v", tp.Channel, tp.Owner, tp.Name, tp.Emotion)
	}
}

// Integers read without a decoder agree with yaml.v3's own reading, and
// the ones it reads otherwise (octal, hex, underscores, a plus) go to it.
func TestPlainIntegersReadAsYAMLReadsThem(t *testing.T) {
	for _, s := range []string{"0", "-0", "7", "-2", "42", "012", "0x1f", "0o17", "1_000", "+3", "-012", "999999999999999999", "9999999999999999999"} {
		var n yaml.Node
		if err := yaml.Unmarshal([]byte("v: "+s), &n); err != nil {
			t.Fatal(err)
		}
		v := n.Content[0].Content[1]
		fast, ok := plainInt(v)
		var want int
		err := v.Decode(&want)
		switch {
		case ok && (err != nil || fast != want):
			t.Errorf("%s: read as %d, yaml.v3 reads %d (%v)", s, fast, want, err)
		case ok != (s == "0" || s == "-0" || s == "7" || s == "-2" || s == "42" || s == "999999999999999999"):
			t.Errorf("%s: taken without a decoder: %v", s, ok)
		}
	}
}
