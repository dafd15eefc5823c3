package model_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

// Removing or renaming an item others refer to is refused with the cause:
// which item refers to it, on which line, and what to do; never lint's
// "unknown stage" at a reference the person did not touch.
func TestRefusalNamesTheReferringItem(t *testing.T) {
	src := "journey: 1\ntitle: Refs\npersonas:\n  - id: maya\n    name: Maya\ngoals:\n  - id: conv\n    name: Conversion\n    stages: [buy]\n" +
		"stages:\n  - id: buy\n    name: Buy\n    touchpoints:\n      - id: form\n        name: Form\n        emotions: {maya: 1}\n        pain_points:\n          - id: slow\n            text: Slow\n" +
		"    opportunities:\n      - id: faster\n        text: Faster form\n        addresses: [slow]\n        goals: [conv]\n"
	tests := []struct {
		path string
		op   func(d *model.Doc, p model.Path) model.Action
		want string
	}{
		{"stages.buy", remove, `stage "buy" cannot be removed: goal "conv" refers to it (map.yaml:7); remove or change the references first`},
		{"goals.conv", remove, `goal "conv" cannot be removed: opportunity "faster" refers to it (map.yaml:21)`},
		{"stages.buy.touchpoints.form.pain_points.slow", remove, `pain point "slow" cannot be removed: opportunity "faster" refers to it (map.yaml:21)`},
		{"stages.buy.touchpoints.form", remove, `pain point "slow" cannot be removed: opportunity "faster" refers to it`},
		{"personas.maya", remove, `persona "maya" cannot be removed: touchpoint "form" refers to it (map.yaml:14)`},
		{"stages.buy.id", setTo("purchase"), `stage "buy" cannot be renamed: goal "conv" refers to it (map.yaml:7); journey set --rename changes the references with it`},
	}
	for _, tt := range tests {
		d := parseText(t, src)
		p, err := d.Resolve(tt.path, false)
		if err != nil {
			t.Fatal(err)
		}
		_, err = d.Apply(tt.op(d, p).Edit)
		var ee *model.EditError
		if !errors.As(err, &ee) || !strings.Contains(ee.Diagnostic.Message, tt.want) {
			t.Errorf("%s: refused with %v; want %q", tt.path, err, tt.want)
		}
		if string(d.Bytes()) != src {
			t.Errorf("%s: a refused edit changed the text", tt.path)
		}
	}
}

func remove(_ *model.Doc, p model.Path) model.Action { return model.Remove(p, "rm") }

func setTo(v string) func(*model.Doc, model.Path) model.Action {
	return func(d *model.Doc, p model.Path) model.Action {
		a, err := model.SetPath(d, p, v)
		if err != nil {
			panic(err)
		}
		return a
	}
}

// A rename takes every reference with it, in one edit that one undo takes
// back byte for byte.
func TestRenameWithReferences(t *testing.T) {
	src := "journey: 1\ntitle: Refs\ngoals:\n  - id: conv\n    stages: [buy, other]\n  - id: csat\n    stages:\n      - buy\n" +
		"stages:\n  - id: buy\n    opportunities:\n      - text: Faster\n        goals: [conv]\n  - id: other\n"
	d := parseText(t, src)
	for _, rename := range []struct{ path, to, want string }{
		{"stages.buy.id", "purchase", strings.NewReplacer("[buy,", "[purchase,", "- buy\n", "- purchase\n", "- id: buy", "- id: purchase").Replace(src)},
		{"goals.conv.id", "conversion", strings.NewReplacer("- id: conv\n", "- id: conversion\n", "goals: [conv]", "goals: [conversion]").Replace(src)},
	} {
		d = parseText(t, src)
		p, err := d.Resolve(rename.path, false)
		if err != nil {
			t.Fatal(err)
		}
		act, err := model.RenameWithReferences(d, p, rename.to)
		if err != nil {
			t.Fatal(err)
		}
		inv, err := d.Apply(act.Edit)
		if err != nil {
			t.Fatalf("%s: %v", rename.path, err)
		}
		if string(d.Bytes()) != rename.want {
			t.Errorf("%s renamed:\n%s\nwant:\n%s", rename.path, d.Bytes(), rename.want)
		}
		if _, err := d.Apply(inv); err != nil || string(d.Bytes()) != src {
			t.Errorf("%s: undo gave %v:\n%s", rename.path, err, d.Bytes())
		}
	}
}
