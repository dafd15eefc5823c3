package semdiff

import (
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
)

// keyed indexes a list by the items' keys. A key that repeats (which lint
// reports) gets "#2", "#3" so that every item is still compared.
type keyed struct {
	keys []string
	at   map[string]int
}

func index[T any](items []T, key func(T) string) keyed {
	k := keyed{keys: make([]string, len(items)), at: map[string]int{}}
	for i, it := range items {
		s := key(it)
		for n := 2; ; n++ {
			if _, dup := k.at[s]; !dup {
				break
			}
			s = key(it) + "#" + strconv.Itoa(n)
		}
		k.keys[i], k.at[s] = s, i
	}
	return k
}

// matchByKey pairs two lists by key: removed for each old item with no
// new one, then, in the new list's order, added for each new item with no
// old one and both for each pair (with the item's key).
func matchByKey[T any](old, new []T, key func(T) string, removed, added func(T), both func(o, n T, key string)) (om, nm keyed) {
	om, nm = index(old, key), index(new, key)
	for i, it := range old {
		if _, ok := nm.at[om.keys[i]]; !ok {
			removed(it)
		}
	}
	for i, it := range new {
		if oi, ok := om.at[nm.keys[i]]; ok {
			both(old[oi], it, nm.keys[i])
		} else {
			added(it)
		}
	}
	return om, nm
}

// order reports a change in the relative order of the items both lists
// hold; items added or removed do not count as a reordering.
func order[T any](d *differ, path, subject, detail string, old, new []T, om, nm keyed, label func(T) string) {
	var before, after []string
	var bk, ak []string
	for i, it := range old {
		if _, ok := nm.at[om.keys[i]]; ok {
			before, bk = append(before, name(label(it))), append(bk, om.keys[i])
		}
	}
	for i, it := range new {
		if _, ok := om.at[nm.keys[i]]; ok {
			after, ak = append(after, name(label(it))), append(ak, nm.keys[i])
		}
	}
	if strings.Join(bk, "\x00") != strings.Join(ak, "\x00") {
		d.add(Changed, path, subject, detail, strings.Join(before, ", "), strings.Join(after, ", "))
		d.set(bk, ak)
	}
}

// place is where a touchpoint sits in a map.
type place struct {
	stage, touch int
	stageKey     string
}

// touchIndex finds every touchpoint of a map by key, across stages, since
// touchpoint ids are unique within the whole map and one can move.
func touchIndex(m *model.Map, stages keyed) map[string]place {
	at := map[string]place{}
	for si, s := range m.Stages {
		tk := index(s.Touchpoints, model.Touchpoint.Key)
		for ti := range s.Touchpoints {
			k := tk.keys[ti]
			if _, dup := at[k]; dup {
				k = stages.keys[si] + "/" + k
			}
			at[k] = place{si, ti, stages.keys[si]}
		}
	}
	return at
}

// touchKeys gives the keys touchIndex used for one stage's touchpoints.
func touchKeys(m *model.Map, stages keyed, si int, all map[string]place) []string {
	tk := index(m.Stages[si].Touchpoints, model.Touchpoint.Key)
	keys := make([]string, len(tk.keys))
	for ti, k := range tk.keys {
		if p, ok := all[k]; !ok || p.stage != si || p.touch != ti {
			k = stages.keys[si] + "/" + k
		}
		keys[ti] = k
	}
	return keys
}

func (d *differ) stages(old, new *model.Map) {
	om, nm := index(old.Stages, model.Stage.Key), index(new.Stages, model.Stage.Key)
	ot, nt := touchIndex(old, om), touchIndex(new, nm)
	order(d, "stages", "", "stage order", old.Stages, new.Stages, om, nm, model.Stage.Label)
	ofigs, nfigs := figures(old), figures(new)
	removed := func(s model.Stage, skey string, t model.Touchpoint, in string) {
		d.add(Removed, join("stages", skey, "touchpoints", t.Key()), "", "touchpoint "+quote(t.Label())+" from "+name(in), "", "")
		d.set(t.Label(), nil)
	}
	for si, s := range old.Stages {
		if _, ok := nm.at[om.keys[si]]; ok {
			continue
		}
		d.add(Removed, join("stages", om.keys[si]), "", "stage "+quote(s.Label()), "", "")
		d.set(s.Label(), nil)
		for ti, k := range touchKeys(old, om, si, ot) {
			if _, ok := nt[k]; !ok {
				removed(s, om.keys[si], s.Touchpoints[ti], s.Label())
			}
		}
	}
	for si, s := range new.Stages {
		skey := nm.keys[si]
		oi, ok := om.at[skey]
		var o model.Stage
		if !ok {
			d.add(Added, join("stages", skey), "", "stage "+quote(s.Label()), "", "")
			d.set(nil, s.Label())
		} else {
			o = old.Stages[oi]
			d.stage(skey, o, s)
			// Touchpoints gone from the map are reported under the stage
			// they were in; those that moved are reported where they went.
			for ti, k := range touchKeys(old, om, oi, ot) {
				if _, ok := nt[k]; !ok {
					removed(o, skey, o.Touchpoints[ti], s.Label())
				}
			}
		}
		keys := touchKeys(new, nm, si, nt)
		for ti, t := range s.Touchpoints {
			at := join("stages", skey, "touchpoints", t.Key())
			p, ok := ot[keys[ti]]
			if !ok {
				d.add(Added, at, "", "touchpoint "+quote(t.Label())+" in "+name(s.Label()), "", "")
				d.set(nil, t.Label())
				continue
			}
			from := old.Stages[p.stage]
			if p.stageKey != skey && d.field(at, name(t.Label()), "moved", name(from.Label()), name(s.Label())) {
				d.set(p.stageKey, skey)
			}
			d.touchpoint(at, keys[ti], from.Touchpoints[p.touch], t)
		}
		if ok {
			d.touchOrder(s, o, oi, si, old, new, om, nm, ot, nt)
			d.stageFigures(skey, name(s.Label()), ofigs[oi], nfigs[si])
		}
	}
}

// touchOrder reports touchpoints reordered within a stage: only those
// that were in this stage before and still are.
func (d *differ) touchOrder(s, o model.Stage, oi, si int, old, new *model.Map, om, nm keyed, ot, nt map[string]place) {
	okeys, nkeys := touchKeys(old, om, oi, ot), touchKeys(new, nm, si, nt)
	inOld := map[string]bool{}
	for _, k := range okeys {
		inOld[k] = true
	}
	inNew := map[string]bool{}
	for _, k := range nkeys {
		inNew[k] = true
	}
	var before, after, bk, ak []string
	for ti, k := range okeys {
		if inNew[k] {
			before, bk = append(before, name(o.Touchpoints[ti].Label())), append(bk, k)
		}
	}
	for ti, k := range nkeys {
		if inOld[k] {
			after, ak = append(after, name(s.Touchpoints[ti].Label())), append(ak, k)
		}
	}
	if strings.Join(bk, "\x00") != strings.Join(ak, "\x00") {
		d.add(Changed, join("stages", nm.keys[si], "touchpoints"), name(s.Label()), "touchpoint order", strings.Join(before, ", "), strings.Join(after, ", "))
		d.set(bk, ak)
	}
}

func (d *differ) stage(key string, o, s model.Stage) {
	at := join("stages", key)
	subject := name(s.Label())
	if o.Name != s.Name {
		d.text(join(at, "name"), "stage "+name(key), "renamed", o.Name, s.Name)
	}
	d.text(join(at, "description"), subject, "description", o.Description, s.Description)
	d.text(join(at, "customer_goal"), subject, "customer goal", o.CustomerGoal, s.CustomerGoal)
	if d.field(join(at, "reached"), subject, "reached", intPtr(o.Reached), intPtr(s.Reached)) {
		d.set(numVal(o.Reached), numVal(s.Reached))
	}
	d.metrics(join(at, "metrics"), subject, o.Metrics, s.Metrics)
	d.painPoints(at, subject, o.PainPoints, s.PainPoints)
	d.opportunities(at, subject, o.Opportunities, s.Opportunities)
}

func (d *differ) metrics(path, subject string, old, new []model.Metric) {
	label := func(m model.Metric) string { return "metric " + name(m.Name) }
	matchByKey(old, new, func(m model.Metric) string { return m.Name },
		func(m model.Metric) {
			d.add(Removed, join(path, m.Name), subject, label(m), export.Number(m.Value), "")
			d.set(m.Value, nil)
		},
		func(m model.Metric) {
			d.add(Added, join(path, m.Name), subject, label(m), "", export.Number(m.Value))
			d.set(nil, m.Value)
		},
		func(o, m model.Metric, _ string) {
			if o.Value != m.Value && d.field(join(path, m.Name), subject, label(m), export.Number(o.Value), export.Number(m.Value)) {
				d.set(o.Value, m.Value)
			}
		})
}

func (d *differ) touchpoint(at, key string, o, t model.Touchpoint) {
	subject := name(t.Label())
	if o.Name != t.Name {
		d.text(join(at, "name"), "touchpoint "+name(key), "renamed", o.Name, t.Name)
	}
	d.text(join(at, "channel"), subject, "channel", o.Channel, t.Channel)
	d.text(join(at, "owner"), subject, "owner", o.Owner, t.Owner)
	if d.field(join(at, "emotion"), subject, "emotion", signed(o.Emotion), signed(t.Emotion)) {
		d.set(numVal(o.Emotion), numVal(t.Emotion))
	}
	d.personaEmotions(join(at, "emotions"), subject, o.Emotions, t.Emotions)
	d.text(join(at, "feeling"), subject, "feeling", o.Feeling, t.Feeling)
	d.list(join(at, "actions"), subject, "action", o.Actions, t.Actions)
	d.list(join(at, "thoughts"), subject, "thought", o.Thoughts, t.Thoughts)
	d.list(join(at, "backstage"), subject, "backstage", o.Backstage, t.Backstage)
	d.text(join(at, "evidence"), subject, "evidence", o.Evidence, t.Evidence)
	d.text(join(at, "notes"), subject, "notes", o.Notes, t.Notes)
	d.painPoints(at, subject, o.PainPoints, t.PainPoints)
	d.opportunities(at, subject, o.Opportunities, t.Opportunities)
}

func signed(p *int) string {
	if p == nil {
		return ""
	}
	return export.Signed(*p)
}

func (d *differ) personaEmotions(path, subject string, old, new []model.PersonaEmotion) {
	label := func(e model.PersonaEmotion) string { return "emotion of " + name(e.Persona) }
	matchByKey(old, new, func(e model.PersonaEmotion) string { return e.Persona },
		func(e model.PersonaEmotion) {
			d.add(Removed, join(path, e.Persona), subject, label(e), export.Signed(e.Value), "")
			d.set(e.Value, nil)
		},
		func(e model.PersonaEmotion) {
			d.add(Added, join(path, e.Persona), subject, label(e), "", export.Signed(e.Value))
			d.set(nil, e.Value)
		},
		func(o, e model.PersonaEmotion, _ string) {
			if d.field(join(path, e.Persona), subject, label(e), export.Signed(o.Value), export.Signed(e.Value)) {
				d.set(o.Value, e.Value)
			}
		})
}
