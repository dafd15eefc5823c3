package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

func TestAdd(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		printed string
		check   func(m *model.Map) bool
	}{
		{"touchpoint to an existing list",
			[]string{"stages.purchase.touchpoints", "name=Order summary", "channel=web", "emotion=1"},
			"added stages.purchase.touchpoints.order-summary\n",
			func(m *model.Map) bool {
				tps := m.Stages[2].Touchpoints
				last := tps[len(tps)-1]
				return len(tps) == 5 && last.ID == "order-summary" && last.Channel == "web" && *last.Emotion == 1
			}},
		{"a touchpoint whose name is taken gets a numbered id",
			[]string{"stages.awareness.touchpoints", "name=Cart"},
			"added stages.awareness.touchpoints.cart-2\n",
			func(m *model.Map) bool { return m.Stages[0].Touchpoints[3].ID == "cart-2" }},
		{"pain point to a list that does not exist yet",
			[]string{"stages.purchase.touchpoints.cart.pain_points", "text=The total appears only at the end", "severity=medium", "drop_off=true"},
			"added stages.purchase.touchpoints.cart.pain_points.0\n",
			func(m *model.Map) bool {
				p := m.Stages[2].Touchpoints[0].PainPoints
				return len(p) == 1 && p[0].Severity == "medium" && p[0].DropOff && p[0].Text == "The total appears only at the end"
			}},
		{"string to a list of strings",
			[]string{"stages.purchase.touchpoints.cart.actions", "Looks for a coupon code"},
			"added stages.purchase.touchpoints.cart.actions.1\n",
			func(m *model.Map) bool {
				a := m.Stages[2].Touchpoints[0].Actions
				return len(a) == 2 && a[1] == "Looks for a coupon code"
			}},
		{"string with an equals sign and spaces",
			[]string{"stages.purchase.touchpoints.cart.thoughts", "Total = price + shipping?"},
			"added stages.purchase.touchpoints.cart.thoughts.1\n",
			func(m *model.Map) bool { return m.Stages[2].Touchpoints[0].Thoughts[1] == "Total = price + shipping?" }},
		{"string to a flow list",
			[]string{"tags", "gifts"},
			"added tags.4\n",
			func(m *model.Map) bool { return len(m.Tags) == 5 && m.Tags[4] == "gifts" }},
		{"stage at a position",
			[]string{"stages", "name=Loyalty", "--at", "4"},
			"added stages.loyalty\n",
			func(m *model.Map) bool {
				return len(m.Stages) == 7 && m.Stages[4].ID == "loyalty" && m.Stages[5].ID == "retention"
			}},
		{"string at the front",
			[]string{"--at", "0", "stages.purchase.touchpoints.checkout-form.actions", "Opens the cart"},
			"added stages.purchase.touchpoints.checkout-form.actions.0\n",
			func(m *model.Map) bool { return m.Stages[2].Touchpoints[2].Actions[0] == "Opens the cart" }},
		{"opportunity",
			[]string{"stages.purchase.opportunities", "text=Show the total in the cart", "impact=high", "effort=low", "status=idea"},
			"added stages.purchase.opportunities.1\n",
			func(m *model.Map) bool {
				o := m.Stages[2].Opportunities
				return len(o) == 2 && o[1].Impact == "high" && o[1].Status == "idea"
			}},
		{"history entry",
			[]string{"goals.checkout-conversion.history", "date=2026-12-01", "value=51"},
			"added goals.checkout-conversion.history.5\n",
			func(m *model.Map) bool { h := m.Goals[0].History; return len(h) == 6 && h[5].Value == 51 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			args := append([]string{"add", path}, tt.args...)
			code, out, errOut := jrun(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if out != tt.printed {
				t.Errorf("printed %q, want %q", out, tt.printed)
			}
			after := fileText(t, path)
			removed, added := model.ChangedLines(before, after)
			flow := tt.args[0] == "tags"
			switch {
			case flow && (len(removed) != 1 || len(added) != 1):
				t.Errorf("adding to a flow list changed -%q +%q; want its one line", removed, added)
			case !flow && (len(removed) != 0 || len(added) == 0):
				t.Errorf("diff -%q +%q; want only added lines", removed, added)
			}
			if !tt.check(loadMap(t, path)) {
				t.Errorf("the map does not hold the new item; added:\n%s", strings.Join(added, ""))
			}
			// The printed path names the new item.
			newPath := strings.TrimSpace(strings.TrimPrefix(out, "added "))
			if code, got, errOut := jrun(t, "get", path, newPath); code != 0 || got == "" {
				t.Errorf("get %s: %d %q %q", newPath, code, got, errOut)
			}
		})
	}
}

// New items are written in the file's own style: four-space indentation
// and indented dashes stay so.
func TestAddKeepsTheFileStyle(t *testing.T) {
	data, err := os.ReadFile("../../testdata/roundtrip/four-space.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "four.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := jrun(t, "add", path, "stages.signup.touchpoints", "name=Pricing page", "emotion=0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	removed, added := model.ChangedLines(string(data), fileText(t, path))
	want := "            -   id: pricing-page\n                name: Pricing page\n                emotion: 0\n"
	if len(removed) != 0 || strings.Join(added, "") != want {
		t.Errorf("added %q, want %q", strings.Join(added, ""), want)
	}
}

func TestAddRefuses(t *testing.T) {
	tests := []struct {
		args []string
		code int
		errs []string
	}{
		{[]string{"stages.purchase.touchpoints", "name=Cart", "emotion=7"}, 1, []string{"refused", "-2 to 2"}},
		{[]string{"stages.purchase.touchpoints", "name=Cart", "chanel=web"}, 1, []string{"refused", `did you mean "channel"`}},
		{[]string{"stages.purchase.touchpoints", "id=cart", "name=Cart"}, 1, []string{"refused", "duplicate", "cart"}},
		{[]string{"stages.purchase.touchpoints.cart.pain_points", "severity=low"}, 1, []string{"text="}},
		{[]string{"stages.purchase.opportunities", "text=Fix", "addresses=nothing-here"}, 1, []string{"refused"}},
		{[]string{"stages.purchase.touchpoints.cart.actions", "a=b"}, 1, []string{"one value"}},
		{[]string{"stages.purchase.metrics", "x"}, 1, []string{"not a list"}},
		{[]string{"stages.purchase.touchpoints.cart.pain_pionts", "text=x"}, 2, []string{`did you mean "pain_points"`}},
		{[]string{"stages.purchse.touchpoints", "name=X"}, 2, []string{`did you mean "purchase"`}},
		{[]string{"stages.purchase.touchpoints"}, 2, []string{"key=value"}},
		{[]string{"stages", "name=Loyalty", "--at", "x"}, 2, []string{"--at"}},
		{[]string{"stages", "name=Loyalty", "--bogus"}, 2, []string{"bogus"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, out, errOut := jrun(t, append([]string{"add", path}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
			for _, want := range tt.errs {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q does not say %q", errOut, want)
				}
			}
			if fileText(t, path) != before {
				t.Errorf("a refused add changed the file")
			}
		})
	}
}

func TestRm(t *testing.T) {
	tests := []struct {
		path  string
		lines int // removed
		check func(m *model.Map) bool
	}{
		{"stages.consideration.touchpoints.reviews.pain_points.reviews-skip-arrival", 4, func(m *model.Map) bool {
			return len(m.Stages[1].Touchpoints[2].PainPoints) == 0
		}},
		{"stages.purchase.touchpoints.cart.feeling", 1, func(m *model.Map) bool {
			return m.Stages[2].Touchpoints[0].Feeling == ""
		}},
		{"stages.advocacy", 0, func(m *model.Map) bool {
			return len(m.Stages) == 5 && m.Stages[4].ID == "retention"
		}},
		{"stages.purchase.touchpoints.checkout-form.actions.1", 1, func(m *model.Map) bool {
			return len(m.Stages[2].Touchpoints[2].Actions) == 1
		}},
		{"tags.0", 0, func(m *model.Map) bool { return len(m.Tags) == 3 && m.Tags[0] == "first-purchase" }},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, out, errOut := jrun(t, "rm", path, tt.path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q", out)
			}
			removed, added := model.ChangedLines(before, fileText(t, path))
			flow := strings.HasPrefix(tt.path, "tags")
			switch {
			case flow && (len(removed) != 1 || len(added) != 1 || strings.Contains(added[0], "ecommerce")):
				t.Errorf("removing from a flow list changed -%q +%q", removed, added)
			case !flow && (len(added) != 0 || len(removed) == 0):
				t.Errorf("diff -%q +%q; want only removed lines", removed, added)
			case tt.lines > 0 && len(removed) != tt.lines:
				t.Errorf("removed %d lines, want %d: %q", len(removed), tt.lines, removed)
			}
			if !tt.check(loadMap(t, path)) {
				t.Errorf("the map still holds what was removed")
			}
		})
	}
}

func TestRmRefuses(t *testing.T) {
	tests := []struct {
		path string
		code int
		errs []string
	}{
		// an opportunity addresses it
		{"stages.purchase.touchpoints.checkout-form.pain_points.no-delivery-date", 1, []string{"refused", "no-delivery-date"}},
		// goals are about it
		{"stages.delivery", 1, []string{"refused", "delivery"}},
		{"title", 1, []string{"refused", "title"}},
		{"stages.purchase.touchpoints.nothing", 2, []string{`no item "nothing"`}},
		{"stages.purchase.touchpoints.cart.notes", 2, []string{"no such field"}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := sampleCopy(t, "online-shop.yaml")
			before := fileText(t, path)
			code, _, errOut := jrun(t, "rm", path, tt.path)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			for _, want := range tt.errs {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q does not say %q", errOut, want)
				}
			}
			if fileText(t, path) != before {
				t.Errorf("a refused rm changed the file")
			}
		})
	}
}
