package model_test

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/yamldoc"
)

func dotted(s string) yamldoc.Path { return yamldoc.Path(strings.Split(s, ".")) }

// readsAs is what a scalar node reads back as once written to a file: its
// resolved tag and value, as yaml.v3 decodes it.
func readsAs(t *testing.T, n *yaml.Node) (tag, value string) {
	t.Helper()
	out, err := yaml.Marshal(n)
	if err != nil {
		t.Fatalf("marshal %+v: %v", n, err)
	}
	var back yaml.Node
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatalf("unmarshal %q: %v", out, err)
	}
	s := back.Content[0]
	return s.ShortTag(), s.Value
}

func TestValueFor(t *testing.T) {
	tests := []struct {
		path, text string
		tag, value string   // what the written value reads back as
		errs       []string // all in the refusal, when refused
	}{
		// whole numbers
		{path: "stages.0.reached", text: "1200", tag: "!!int", value: "1200"},
		{path: "stages.0.reached", text: " 12 ", tag: "!!int", value: "12"},
		{path: "stages.0.reached", text: "0", tag: "!!int", value: "0"},
		{path: "stages.0.reached", text: "12.5", errs: []string{"reached", "whole number", `"12.5"`}},
		{path: "stages.0.reached", text: "-3", errs: []string{"reached", "0 or more", "-3"}},
		{path: "stages.0.reached", text: "many", errs: []string{"reached", "whole number", `"many"`}},
		{path: "stages.0.touchpoints.0.pain_points.0.votes", text: "+4", tag: "!!int", value: "4"},
		{path: "review_every", text: "30", tag: "!!int", value: "30"},
		{path: "review_every", text: "0", errs: []string{"review_every", "1 day or more"}},
		{path: "journey", text: "1", tag: "!!int", value: "1"},
		{path: "journey", text: "2", errs: []string{"journey must be 1"}},
		// numbers
		{path: "goals.0.current", text: "4.1", tag: "!!float", value: "4.1"},
		{path: "goals.0.baseline", text: "46", tag: "!!int", value: "46"},
		{path: "goals.0.target", text: "-0.5", tag: "!!float", value: "-0.5"},
		{path: "goals.0.target", text: " 2.5 ", tag: "!!float", value: "2.5"},
		{path: "goals.0.history.0.value", text: "1e3", tag: "!!float", value: "1e3"},
		{path: "goals.0.current", text: "010", tag: "!!int", value: "10"},
		{path: "goals.0.current", text: "-007.5", tag: "!!float", value: "-7.5"},
		{path: "stages.0.metrics.nps", text: "034", tag: "!!int", value: "34"},
		{path: "goals.0.current", text: "0", tag: "!!int", value: "0"},
		{path: "goals.0.current", text: "0.25", tag: "!!float", value: "0.25"},
		{path: "goals.0.current", text: "4,1", errs: []string{"current", "number", `"4,1"`}},
		{path: "goals.0.current", text: "58%", errs: []string{"current", "number", `"58%"`}},
		{path: "goals.0.current", text: "NaN", errs: []string{"current", "number"}},
		{path: "goals.0.current", text: "0x1F", errs: []string{"current", "number"}},
		{path: "goals.0.current", text: "", errs: []string{"current", "number"}},
		// dates
		{path: "updated", text: "2026-11-22", tag: "!!timestamp", value: "2026-11-22"},
		{path: "goals.0.due", text: " 2027-03-31", tag: "!!timestamp", value: "2027-03-31"},
		{path: "goals.0.history.0.date", text: "2028-02-29", tag: "!!timestamp", value: "2028-02-29"},
		{path: "goals.0.start", text: "2026-13-45", errs: []string{"start", "2026-13-45", "YYYY-MM-DD"}},
		{path: "goals.0.start", text: "2026-02-29", errs: []string{"start", "2026-02-29"}},
		{path: "updated", text: "22/11/2026", errs: []string{"updated", "YYYY-MM-DD"}},
		// bools
		{path: "stages.0.pain_points.0.drop_off", text: "true", tag: "!!bool", value: "true"},
		{path: "stages.0.pain_points.0.drop_off", text: "Yes", tag: "!!bool", value: "true"},
		{path: "stages.0.pain_points.0.drop_off", text: "no", tag: "!!bool", value: "false"},
		{path: "stages.0.pain_points.0.drop_off", text: "maybe", errs: []string{"drop_off", "true or false", `"maybe"`}},
		// enums
		{path: "state", text: "ideal", tag: "!!str", value: "ideal"},
		{path: "state", text: "future", errs: []string{"state", "current, ideal", `"future"`}},
		{path: "stages.0.pain_points.0.severity", text: "High", tag: "!!str", value: "high"},
		{path: "stages.0.pain_points.0.severity", text: "catastrophic", errs: []string{"severity", "low, medium, high, critical", `"catastrophic"`}},
		{path: "stages.0.opportunities.0.impact", text: "critical", errs: []string{"impact", "low, medium, high", `"critical"`}},
		{path: "stages.0.opportunities.0.effort", text: "low", tag: "!!str", value: "low"},
		{path: "stages.0.opportunities.0.status", text: "done", tag: "!!str", value: "done"},
		{path: "stages.0.opportunities.0.status", text: "shipped", errs: []string{"status", "idea, planned, testing, done, dropped"}},
		// ids
		{path: "stages.0.id", text: "checkout-2", tag: "!!str", value: "checkout-2"},
		{path: "stages.0.id", text: "Checkout Form", errs: []string{"id", "lowercase letters, digits and dashes", `"Checkout Form"`}},
		{path: "stages.0.id", text: "-checkout", errs: []string{"id"}},
		{path: "stages.0.opportunities.0.addresses.0", text: "late-shipping-cost", tag: "!!str", value: "late-shipping-cost"},
		{path: "stages.0.opportunities.0.addresses.0", text: "Late shipping", errs: []string{"addresses", "lowercase"}},
		{path: "goals.0.stages.1", text: "purchase", tag: "!!str", value: "purchase"},
		{path: "goals.0.stages.1", text: "pur chase", errs: []string{"stages", "lowercase"}},
		// emotions
		{path: "stages.0.touchpoints.0.emotion", text: "-2", tag: "!!int", value: "-2"},
		{path: "stages.0.touchpoints.0.emotion", text: "+2", tag: "!!int", value: "2"},
		{path: "stages.0.touchpoints.0.emotion", text: "7", errs: []string{"emotion", "-2 to 2", `"7"`}},
		{path: "stages.0.touchpoints.0.emotion", text: "1.5", errs: []string{"emotion", "-2 to 2"}},
		{path: "stages.0.touchpoints.0.emotion", text: "happy", errs: []string{"emotion", "-2 to 2", `"happy"`}},
		{path: "stages.0.touchpoints.0.emotions.maya", text: "-1", tag: "!!int", value: "-1"},
		{path: "stages.0.touchpoints.0.emotions.maya", text: "3", errs: []string{"maya", "-2 to 2", `"3"`}},
		{path: "stages.0.touchpoints.0.emotions.7", text: "1", tag: "!!int", value: "1"},
		// stage metrics: numbers, whatever they are called
		{path: "stages.0.metrics.bounce_rate", text: "0.62", tag: "!!float", value: "0.62"},
		{path: "stages.0.metrics.bounce_rate", text: "62%", errs: []string{"bounce_rate", "number", `"62%"`}},
		{path: "stages.0.metrics.emotion", text: "0.5", tag: "!!float", value: "0.5"},
		{path: "stages.0.metrics.votes", text: "3.5", tag: "!!float", value: "3.5"},
		{path: "stages.0.metrics.2026", text: "12", tag: "!!int", value: "12"},
		// strings stay strings, whatever they look like
		{path: "title", text: "2026", tag: "!!str", value: "2026"},
		{path: "title", text: "yes", tag: "!!str", value: "yes"},
		{path: "title", text: "  ", errs: []string{"title", "empty"}},
		{path: "stages.0.touchpoints.0.name", text: "null", tag: "!!str", value: "null"},
		{path: "stages.0.touchpoints.0.feeling", text: "relieved: finally", tag: "!!str", value: "relieved: finally"},
		{path: "stages.0.pain_points.0.text", text: "", errs: []string{"text", "empty"}},
		// list items
		{path: "tags.0", text: "123", tag: "!!str", value: "123"},
		{path: "stages.0.touchpoints.0.actions.2", text: "Taps - and waits", tag: "!!str", value: "Taps - and waits"},
		{path: "personas.0.goals.0", text: "Know the price", tag: "!!str", value: "Know the price"},
	}
	for _, tt := range tests {
		t.Run(tt.path+"="+tt.text, func(t *testing.T) {
			n, err := model.ValueFor(dotted(tt.path), tt.text)
			if tt.errs != nil {
				if err == nil {
					t.Fatalf("accepted as %+v; want a refusal", n)
				}
				for _, want := range tt.errs {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("refusal %q does not say %q", err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if tag, value := readsAs(t, n); tag != tt.tag || value != tt.value {
				t.Errorf("reads back as %s %q, want %s %q", tag, value, tt.tag, tt.value)
			}
		})
	}
}

// Values the format accepts, set through Doc.Apply, show in the typed map
// as typed.
func TestValueForIntoTheMap(t *testing.T) {
	doc, _ := loadCopy(t, "../maps/online-shop.yaml")
	set := func(dottedPath, text string) {
		t.Helper()
		p, err := doc.Resolve(dottedPath, true)
		if err != nil {
			t.Fatal(err)
		}
		v, err := model.ValueFor(p, text)
		if err != nil {
			t.Fatalf("%s=%s: %v", dottedPath, text, err)
		}
		if _, err := doc.Apply(yamldoc.Set(p, v)); err != nil {
			t.Fatalf("%s=%s: refused: %v", dottedPath, text, err)
		}
	}
	set("title", "2027")
	set("updated", "2026-11-21")
	set("goals.checkout-conversion.current", "51.5")
	set("stages.purchase.touchpoints.cart.emotion", "-2")
	set("stages.purchase.touchpoints.checkout-form.emotions.tom", "2")
	set("stages.purchase.touchpoints.checkout-form.emotions.maya", "-1")
	set("stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.drop_off", "no")
	set("stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost.severity", "LOW")
	set("stages.purchase.metrics.checkout_conversion", "0.55")
	set("stages.purchase.reached", "2400")
	set("stages.purchase.touchpoints.cart.feeling", "true")

	m := doc.Map()
	purchase := m.Stages[2]
	cart := purchase.Touchpoints[0]
	form := purchase.Touchpoints[2]
	pain := form.PainPoints[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"title", m.Title, "2027"},
		{"updated", m.Updated, model.Date{Year: 2026, Month: 11, Day: 21}},
		{"current", *m.Goals[0].Current, 51.5},
		{"emotion", *cart.Emotion, -2},
		{"emotions", form.Emotions, []model.PersonaEmotion{{Persona: "tom", Value: 2}, {Persona: "maya", Value: -1}}},
		{"drop_off", pain.DropOff, false},
		{"severity", pain.Severity, "low"},
		{"metric", purchase.Metrics[0], model.Metric{Name: "checkout_conversion", Value: 0.55}},
		{"reached", *purchase.Reached, 2400},
		{"feeling", cart.Feeling, "true"},
	}
	for _, c := range checks {
		if !equalValue(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if ds := doc.Diagnostics(); ds.HasErrors() {
		t.Errorf("map has errors: %v", ds)
	}
}

func equalValue(a, b any) bool {
	switch x := a.(type) {
	case []model.PersonaEmotion:
		y := b.([]model.PersonaEmotion)
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	return a == b
}

func TestListKind(t *testing.T) {
	tests := []struct {
		path, kind string
		bad        bool
	}{
		{path: "stages", kind: "stage"},
		{path: "personas", kind: "persona"},
		{path: "goals", kind: "goal"},
		{path: "goals.0.history", kind: "history entry"},
		{path: "stages.0.touchpoints", kind: "touchpoint"},
		{path: "stages.0.pain_points", kind: "pain point"},
		{path: "stages.0.opportunities", kind: "opportunity"},
		{path: "stages.0.touchpoints.1.pain_points", kind: "pain point"},
		{path: "stages.0.touchpoints.1.opportunities", kind: "opportunity"},
		{path: "tags", kind: ""},
		{path: "personas.0.goals", kind: ""},
		{path: "personas.0.frustrations", kind: ""},
		{path: "goals.0.stages", kind: ""},
		{path: "stages.0.touchpoints.0.actions", kind: ""},
		{path: "stages.0.touchpoints.0.thoughts", kind: ""},
		{path: "stages.0.touchpoints.0.backstage", kind: ""},
		{path: "stages.0.opportunities.0.addresses", kind: ""},
		{path: "title", bad: true},
		{path: "stages.0.metrics", bad: true},
		{path: "stages.0.touchpoints.0.emotions", bad: true},
	}
	for _, tt := range tests {
		kind, err := model.ListKind(dotted(tt.path))
		switch {
		case tt.bad && err == nil:
			t.Errorf("ListKind(%s) = %q; want an error", tt.path, kind)
		case tt.bad && !strings.Contains(err.Error(), "not a list"):
			t.Errorf("ListKind(%s) error %q does not say it is not a list", tt.path, err)
		case !tt.bad && (err != nil || kind != tt.kind):
			t.Errorf("ListKind(%s) = %q, %v; want %q", tt.path, kind, err, tt.kind)
		}
	}
	if _, err := model.ListKind(nil); err == nil {
		t.Errorf("ListKind(nil) gave no error")
	}
}

// fields lists a mapping node's keys and values as "key=value".
func fields(n *yaml.Node) []string {
	var out []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		out = append(out, n.Content[i].Value+"="+n.Content[i+1].Value)
	}
	return out
}

func TestNewItem(t *testing.T) {
	takenSet := func(ids ...string) func(string) bool {
		return func(id string) bool { return contains(ids, id) }
	}
	tests := []struct {
		name  string
		list  string
		pairs [][2]string
		taken func(string) bool
		want  []string // fields in order, when made
		errs  []string // all in the refusal, when refused
	}{
		{name: "touchpoint gets an id from its name", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Checkout"}, {"channel", "web"}, {"emotion", "-1"}}, taken: takenSet(),
			want: []string{"id=checkout", "name=Checkout", "channel=web", "emotion=-1"}},
		{name: "id taken gets a number", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Checkout"}}, taken: takenSet("checkout"),
			want: []string{"id=checkout-2", "name=Checkout"}},
		{name: "next free number", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Checkout"}}, taken: takenSet("checkout", "checkout-2", "checkout-3"),
			want: []string{"id=checkout-4", "name=Checkout"}},
		{name: "given id kept", list: "stages",
			pairs: [][2]string{{"name", "Loyalty"}, {"id", "loyal"}}, taken: takenSet("loyalty"),
			want: []string{"name=Loyalty", "id=loyal"}},
		{name: "name with no letters", list: "personas",
			pairs: [][2]string{{"name", "???"}}, taken: takenSet(),
			want: []string{"id=persona", "name=???"}},
		{name: "slug of a long name", list: "stages",
			pairs: [][2]string{{"name", "Order Confirmation & Tracking"}}, taken: takenSet(),
			want: []string{"id=order-confirmation-tracking", "name=Order Confirmation & Tracking"}},
		{name: "pain point needs no id", list: "stages.0.touchpoints.0.pain_points",
			pairs: [][2]string{{"text", "Slow"}, {"severity", "high"}, {"drop_off", "yes"}}, taken: takenSet(),
			want: []string{"text=Slow", "severity=high", "drop_off=true"}},
		{name: "opportunity needs no id", list: "stages.0.opportunities",
			pairs: [][2]string{{"text", "Guest checkout"}, {"impact", "High"}, {"effort", "low"}, {"status", "idea"}}, taken: takenSet(),
			want: []string{"text=Guest checkout", "impact=high", "effort=low", "status=idea"}},
		{name: "history entry", list: "goals.0.history",
			pairs: [][2]string{{"date", "2026-11-01"}, {"value", "50"}}, taken: takenSet(),
			want: []string{"date=2026-11-01", "value=50"}},
		{name: "extension key", list: "stages",
			pairs: [][2]string{{"name", "X"}, {"x-source", "workshop"}}, taken: takenSet(),
			want: []string{"id=x", "name=X", "x-source=workshop"}},
		{name: "string list", list: "stages.0.touchpoints.0.actions",
			pairs: [][2]string{{"", "Looks for a coupon"}},
			want:  nil},
		{name: "unknown key", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Cart"}, {"chanel", "web"}}, taken: takenSet(),
			errs: []string{"touchpoint", `"chanel"`, `did you mean "channel"`}},
		{name: "unknown key, nothing close", list: "stages.0.touchpoints.0.pain_points",
			pairs: [][2]string{{"text", "x"}, {"colour", "red"}},
			errs:  []string{"pain point", `"colour"`}},
		{name: "bad value", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Cart"}, {"emotion", "7"}}, taken: takenSet(),
			errs: []string{"emotion", "-2 to 2"}},
		{name: "key twice", list: "stages.0.touchpoints",
			pairs: [][2]string{{"name", "Cart"}, {"name", "Basket"}}, taken: takenSet(),
			errs: []string{"name", "twice"}},
		{name: "pain point without text", list: "stages.0.pain_points",
			pairs: [][2]string{{"severity", "low"}},
			errs:  []string{"pain point", "text="}},
		{name: "history without value", list: "goals.0.history",
			pairs: [][2]string{{"date", "2026-11-01"}},
			errs:  []string{"value="}},
		{name: "stage without name or id", list: "stages",
			pairs: [][2]string{{"reached", "10"}}, taken: takenSet(),
			errs: []string{"name="}},
		{name: "bare value for a list of items", list: "stages",
			pairs: [][2]string{{"", "Loyalty"}}, taken: takenSet(),
			errs: []string{"key=value", `"Loyalty"`}},
		{name: "pairs for a list of strings", list: "tags",
			pairs: [][2]string{{"name", "x"}},
			errs:  []string{"tags", "one value"}},
		{name: "not a list", list: "stages.0.metrics",
			pairs: [][2]string{{"", "x"}},
			errs:  []string{"not a list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := model.NewItem(dotted(tt.list), tt.pairs, tt.taken)
			if tt.errs != nil {
				if err == nil {
					t.Fatalf("made %v; want a refusal", fields(n))
				}
				for _, want := range tt.errs {
					if !strings.Contains(err.Error(), want) {
						t.Errorf("refusal %q does not say %q", err, want)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if tt.want == nil {
				if n.Kind != yaml.ScalarNode || n.Value != tt.pairs[0][1] {
					t.Errorf("string item = %+v", n)
				}
				return
			}
			if got := fields(n); strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
				t.Errorf("item = %v, want %v", got, tt.want)
			}
		})
	}
}
