package model

import (
	"math"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Decoding what measures and ranks opportunities: the map's priorities,
// an opportunity's goals, RICE figures, weighted scores and experiment.

// priorities reads the map-level `priorities: {method, weights}`.
func (d *mapDecoder) priorities(m *Map, f yamlField) {
	v := d.value(f)
	if v == nil {
		return
	}
	if v.Kind != yaml.MappingNode {
		d.expect(f, "a mapping with method and weights", v)
		return
	}
	defer d.enter(v)()
	pf := d.fields(v, "priorities")
	if mf, ok := pf.lookup("method"); ok {
		mf.name = "priorities method"
		m.Method = d.enum(mf, Methods)
	}
	d.method = m.Method
	m.Weights = d.named(pf.get("weights"), "weights", "a number 0 or more", func(x float64) bool { return x >= 0 })
	for _, w := range m.Weights {
		d.criteria = append(d.criteria, w.Criterion)
	}
	if _, named := pf.lookup("method"); len(m.Weights) > 0 && m.Method != "weighted" && (m.Method != "" || !named) {
		d.warnf(pf.get("weights").key, "weights count only with method: weighted (the method is %s)", methodName(m.Method))
	}
}

// named reads a mapping of criterion names to numbers that ok accepts.
func (d *mapDecoder) named(f yamlField, what, want string, ok func(float64) bool) []Weight {
	v := d.value(f)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		d.expect(f, "a mapping of criteria to numbers", v)
		return nil
	}
	defer d.enter(v)()
	var out []Weight
	for _, p := range d.pairs(v) {
		name := p.name
		p.name = what + "." + plainWord(name)
		x := d.number(p)
		if x == nil {
			continue
		}
		if !ok(*x) {
			d.expect(p, want, d.deref(p.val))
			continue
		}
		out = append(out, Weight{Criterion: name, Value: *x})
	}
	return out
}

// measures reads the fields that tie an opportunity to goals and rank it.
func (d *mapDecoder) measures(o *Opportunity, f fieldSet, at *yaml.Node) {
	o.Goals = d.refer("goal", f.get("goals"))
	o.Reach = d.number(f.get("reach"))
	if o.Reach != nil && *o.Reach < 0 {
		d.expect(f.get("reach"), "a number 0 or more (customers per period)", d.deref(f.get("reach").val))
		o.Reach = nil
	}
	o.Confidence = d.number(f.get("confidence"))
	if o.Confidence != nil && (*o.Confidence < 0 || *o.Confidence > 1) {
		d.expect(f.get("confidence"), "a number from 0 to 1 (0.8 is 80% sure)", d.deref(f.get("confidence").val))
		o.Confidence = nil
	}
	o.Scores = d.named(f.get("scores"), "scores", "a whole number from 0 to 3", func(x float64) bool {
		return x >= 0 && x <= 3 && x == math.Trunc(x)
	})
	if v := d.value(f.get("scores")); v != nil && v.Kind == yaml.MappingNode {
		for _, p := range d.pairs(v) {
			if !hasWord(Criteria, p.name) && !hasWord(d.criteria, p.name) {
				d.warnf(p.key, "score for %s, which is not one of the criteria %s%s; without a weight it counts 1",
					shownValue(p.name), strings.Join(Criteria, ", "), didYouMean(Suggest(p.name, Criteria)))
			}
		}
	}
	o.Experiment = d.experiment(f.get("experiment"))
	d.unscored(*o, f, at)
}

func (d *mapDecoder) experiment(f yamlField) *Experiment {
	v := d.value(f)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		d.expect(f, "a mapping (name, metric, control, variant, result, start, end)", v)
		return nil
	}
	defer d.enter(v)()
	ef := d.fields(v, "experiment")
	e := &Experiment{
		Name:    d.str(ef.get("name")),
		Metric:  d.str(ef.get("metric")),
		Control: d.str(ef.get("control")),
		Variant: d.str(ef.get("variant")),
		Result:  d.enum(ef.get("result"), Results),
		Start:   d.date(ef.get("start")),
		End:     d.date(ef.get("end")),
	}
	if !e.Start.IsZero() && !e.End.IsZero() && e.End.Before(e.Start) {
		d.errorf(ef.get("end").val, "experiment end %s is before its start %s", e.End, e.Start)
	}
	return e
}

// unscored warns about an open opportunity the map's method cannot score,
// since it then sinks below every scored one. A field that is there but
// unreadable has its own error already.
func (d *mapDecoder) unscored(o Opportunity, f fieldSet, at *yaml.Node) {
	if closed(o) == 1 {
		return
	}
	var absent []string
	for _, k := range Missing(d.method, o) {
		if _, there := f.lookup(k); !there {
			absent = append(absent, k)
		}
	}
	if len(absent) > 0 {
		d.warnf(at, "opportunity %s has no %s, which the %s method needs; it is ranked after the scored ones",
			shownValue(short(o.Text)), orList(absent), methodName(d.method))
	}
}

// orList joins words as people do: "reach", "reach or effort", "reach,
// impact or effort".
func orList(w []string) string {
	if len(w) == 1 {
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " or " + w[len(w)-1]
}
