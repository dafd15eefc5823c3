package main

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// The sample pair, with each stage's mean emotion worked out by hand from
// the touchpoints' emotions in maps/online-shop.yaml and its ideal.
func TestCompareSamplePairGivesTheMeansByHand(t *testing.T) {
	code, out, errs := runArgs(t, "", "compare", shopMap, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Ideal  string
		Stages []struct {
			ID                  string
			Current, Ideal, Gap *float64
		}
		OnlyCurrent []struct{ ID string } `json:"only_current"`
		OnlyIdeal   []struct{ ID string } `json:"only_ideal"`
		Closed      []struct{ ID string } `json:"pain_points_closed"`
		Closing     []struct {
			ID        string
			Addresses []string
		} `json:"opportunities"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := []struct {
		id           string
		current, ide float64
	}{
		{"awareness", (1 + 0 + 2) / 3.0, (2 + 1 + 2) / 3.0},
		{"consideration", (1 + 2 + 1 - 1) / 4.0, (2 + 2 + 1 + 0) / 4.0},
		{"purchase", (0 - 1 - 2 + 1) / 4.0, (1 + 1 + 1 + 1) / 4.0},
		{"delivery", (1 - 1 + 1 - 1) / 4.0, (1 + 1 + 2 + 0) / 4.0},
		{"retention", (0 + 1 + 0) / 3.0, (1 + 1 + 1) / 3.0},
		{"advocacy", (0 + 1 + 2) / 3.0, (1 + 1 + 2) / 3.0},
	}
	if !strings.HasSuffix(got.Ideal, "ideal/online-shop.yaml") || len(got.Stages) != len(want) {
		t.Fatalf("ideal %q, %d stages:\n%s", got.Ideal, len(got.Stages), out)
	}
	near := func(p *float64, v float64) bool { return p != nil && math.Abs(*p-v) < 1e-9 }
	for i, w := range want {
		s := got.Stages[i]
		if s.ID != w.id || !near(s.Current, w.current) || !near(s.Ideal, w.ide) || !near(s.Gap, w.ide-w.current) {
			t.Errorf("stage %d: got %s %v %v %v; want %s %v %v gap %v", i, s.ID, deref(s.Current), deref(s.Ideal), deref(s.Gap),
				w.id, w.current, w.ide, w.ide-w.current)
		}
	}
	if len(got.OnlyCurrent) != 1 || got.OnlyCurrent[0].ID != "account-wall" || len(got.OnlyIdeal) != 1 || got.OnlyIdeal[0].ID != "guest-checkout" {
		t.Errorf("one-side touchpoints: %+v / %+v", got.OnlyCurrent, got.OnlyIdeal)
	}
	// 15 pain points, of which the ideal keeps reviews-skip-arrival and
	// slow-chat-evenings; every closed one has an opportunity.
	if len(got.Closed) != 13 || len(got.Closing) != 12 {
		t.Errorf("%d pain points closed, %d opportunities closing them", len(got.Closed), len(got.Closing))
	}
	for _, p := range got.Closed {
		if p.ID == "slow-chat-evenings" || p.ID == "reviews-skip-arrival" {
			t.Errorf("%s is still in the ideal map", p.ID)
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestCompareTextAndErrors(t *testing.T) {
	dir := t.TempDir()
	cur := writeFile(t, dir, "cur.yaml", `journey: 1
title: Now
stages:
  - {id: a, name: "A\e[2J", touchpoints: [{id: x, name: X, emotion: -1, pain_points: [{id: p, text: Slow}], opportunities: [{text: Fix it, addresses: [p]}]}]}
  - {id: b, name: B}
`)
	ideal := writeFile(t, dir, "ideal.yaml", `journey: 1
title: Then
stages:
  - {id: a, name: A, touchpoints: [{id: x, name: X, emotion: 2}]}
  - {id: c, name: C, touchpoints: [{id: y, name: Y, emotion: 1}]}
`)
	code, out, errs := runArgs(t, "", "compare", cur, ideal)
	want := "current: " + cur + "\nideal:   " + ideal + `

stage   current     ideal       gap
A            -1        +2        +3
B             -         -         -
C             -        +1         -

only in the ideal map:
  C › Y

pain points the ideal no longer has:
  A › X: Slow

opportunities that close them:
  A › X: Fix it (addresses p; in the current map)
`
	if code != 0 || out != want || errs != "" {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errs, out, want)
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"compare", cur}, 2, "names no ideal map (ideal: PATH)"},
		{[]string{"compare", cur, ideal, "--format", "yaml"}, 2, `unknown --format "yaml"`},
		{[]string{"compare", cur, writeFile(t, dir, "bad.yaml", "journey: 1\n")}, 1, "is not a valid map"},
		{[]string{"compare", cur, "missing.yaml"}, 2, "cannot read missing.yaml"},
	} {
		code, out, errs := runArgs(t, "", tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d and %q", tt.args[1:], code, out, errs, tt.code, tt.want)
		}
	}
}
