package model

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// TestStructuralPatchMatchesDecode makes random adds, deletes, moves and
// undos on every sample map and on a generated one, and after each checks
// the typed map and its diagnostics against a fresh decode of the same
// text, and the outcome (refusal, inverse, text) against a document that
// decodes every edit in full.
func TestStructuralPatchMatchesDecode(t *testing.T) {
	files, _ := filepath.Glob("../maps/*.yaml")
	type sample struct {
		name string
		data []byte
	}
	var samples []sample
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		samples = append(samples, sample{filepath.Base(f), data})
	}
	samples = append(samples, sample{"gen.yaml", Generate(300)})
	for i, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			if _, err := Parse(s.name, s.data, docTodayModel); err != nil {
				t.Skipf("does not load: %v", err)
			}
			structuralRun(t, s.name, s.data, int64(i+1), 300)
		})
	}
}

var docTodayModel = Date{2026, 11, 22}

func structuralRun(t *testing.T, file string, data []byte, seed int64, steps int) {
	t.Helper()
	d, _ := Parse(file, data, docTodayModel)
	ref, _ := Parse(file, data, docTodayModel)
	rnd := rand.New(rand.NewSource(seed))
	var undo []yamldoc.Edit
	made, refused := 0, 0
	for step := 0; step < steps; step++ {
		e, what, restore := randomStructural(rnd, d, &undo)
		if rnd.Intn(4) == 0 {
			// A field set between them: the patch of scalars and the
			// structural one must keep each other's figures right.
			e, what, restore = randomFieldSet(rnd, d)
		}
		if what == "" {
			continue
		}
		var inv, rinv yamldoc.Edit
		var err, rerr error
		ref.shared = true // the reference decodes every edit in full
		if restore {
			inv, err = d.Restore(e)
			rinv, rerr = ref.Restore(e)
		} else {
			inv, err = d.Apply(e)
			rinv, rerr = ref.Apply(e)
		}
		ref.shared = ref.text.Aliases()
		if fmt.Sprint(err) != fmt.Sprint(rerr) {
			t.Fatalf("step %d (%s): error %v, a full decode gives %v", step, what, err, rerr)
		}
		if !reflect.DeepEqual(inv, rinv) || !d.SameText(ref.Bytes()) {
			t.Fatalf("step %d (%s): the inverse or the text differ from a full decode's", step, what)
		}
		if err != nil {
			refused++
		} else {
			made++
			if !restore {
				undo = append(undo, inv)
			}
		}
		fresh, ferr := Parse(file, d.Bytes(), docTodayModel)
		if ferr != nil {
			t.Fatalf("step %d (%s): the text no longer loads: %v", step, what, ferr)
		}
		if diff := firstDiff("Map", reflect.ValueOf(d.Map()), reflect.ValueOf(fresh.Map()), d, fresh); diff != "" {
			t.Fatalf("step %d (%s): patched map differs from a fresh decode: %s", step, what, diff)
		}
		if diff := diagsDiff(d.Diagnostics(), fresh.Diagnostics()); diff != "" {
			t.Fatalf("step %d (%s): diagnostics differ from a fresh decode: %s", step, what, diff)
		}
		// The ids a new item must not take, as the index tells them.
		if d.idx != nil {
			walked, indexed := d.idsInUse("touchpoint"), d.IDTaken(yamldoc.Path{"stages", "0", "touchpoints"})
			for _, id := range allKeys(d.Map()) {
				if !walked(id) || !indexed(id) {
					t.Fatalf("step %d (%s): id %q in use: walked %v, indexed %v", step, what, id, walked(id), indexed(id))
				}
			}
			if indexed("no-such-id") {
				t.Fatalf("step %d (%s): the index takes an id nothing has", step, what)
			}
		}
		// The rankings read from the typed map.
		if diff := firstDiff("Priorities", reflect.ValueOf(Priorities(d.Map())), reflect.ValueOf(Priorities(fresh.Map())), d, fresh); diff != "" {
			t.Fatalf("step %d (%s): %s", step, what, diff)
		}
		if diff := firstDiff("PainRanking", reflect.ValueOf(PainRanking(d.Map())), reflect.ValueOf(PainRanking(fresh.Map())), d, fresh); diff != "" {
			t.Fatalf("step %d (%s): %s", step, what, diff)
		}
		// The figures kept between edits, asked for after every one.
		if got, want := fmt.Sprint(Funnel(d.Map()), CurvePersonas(d.Map()), LinksGoals(d.Map())),
			fmt.Sprint(Funnel(fresh.Map()), CurvePersonas(fresh.Map()), LinksGoals(fresh.Map())); got != want {
			t.Fatalf("step %d (%s): derived figures %s, a fresh decode gives %s", step, what, got, want)
		}
	}
	t.Logf("%d edits made, %d refused, %d patched without a full decode", made, refused, d.patches)
	if made < steps/3 || d.patches*2 < made {
		t.Fatalf("%d of %d edits made were patched; most should be", d.patches, made)
	}
}

// randomFieldSet sets a field of a random touchpoint, pain point or
// opportunity as the details pane does (SetField), to a value that may be
// refused.
func randomFieldSet(rnd *rand.Rand, d *Doc) (yamldoc.Edit, string, bool) {
	var items []yamldoc.Path
	for si, s := range d.Map().Stages {
		sp := yamldoc.Path{"stages", strconv.Itoa(si)}
		for ti, tp := range s.Touchpoints {
			tpp := child(sp, "touchpoints", strconv.Itoa(ti))
			items = append(items, tpp)
			for i := range tp.PainPoints {
				items = append(items, child(tpp, "pain_points", strconv.Itoa(i)))
			}
			for i := range tp.Opportunities {
				items = append(items, child(tpp, "opportunities", strconv.Itoa(i)))
			}
		}
	}
	if len(items) == 0 {
		return yamldoc.Edit{}, "", false
	}
	p := items[rnd.Intn(len(items))]
	fields := map[string][]string{
		"touchpoints":   {"name", "id", "emotion", "channel", "owner"},
		"pain_points":   {"text", "id", "severity", "votes", "drop_off"},
		"opportunities": {"text", "id", "impact", "effort", "status", "votes"},
	}[p[len(p)-2]]
	values := []string{"", "Café crème", "Checkout", "high", "low", "medium", "done", "2", "-1", "7", "true", "pain-0", "Something hurts at 3"}
	field, value := fields[rnd.Intn(len(fields))], values[rnd.Intn(len(values))]
	a, err := SetField(d, p, field, value)
	if err != nil || a.Edit.Op == yamldoc.OpBatch && len(a.Edit.Edits) == 0 {
		return yamldoc.Edit{}, "", false
	}
	return a.Edit, fmt.Sprintf("set %s.%s = %q", p, field, value), false
}

// allKeys are the keys of every touchpoint, pain point and opportunity.
func allKeys(m *Map) []string {
	var out []string
	for _, s := range m.Stages {
		for _, p := range s.PainPoints {
			out = append(out, p.Key())
		}
		for _, o := range s.Opportunities {
			out = append(out, o.Key())
		}
		for _, t := range s.Touchpoints {
			out = append(out, t.Key())
			for _, p := range t.PainPoints {
				out = append(out, p.Key())
			}
			for _, o := range t.Opportunities {
				out = append(out, o.Key())
			}
		}
	}
	return out
}

// randomStructural picks an edit of the shapes the editor's keys make, or
// an undo of one made before (restore true).
func randomStructural(rnd *rand.Rand, d *Doc, undo *[]yamldoc.Edit) (e yamldoc.Edit, what string, restore bool) {
	m := d.Map()
	type list struct {
		path yamldoc.Path
		kind string
		n    int
	}
	var lists []list
	for si, s := range m.Stages {
		sp := yamldoc.Path{"stages", strconv.Itoa(si)}
		lists = append(lists, list{child(sp, "touchpoints"), "touchpoint", len(s.Touchpoints)},
			list{child(sp, "pain_points"), "pain point", len(s.PainPoints)},
			list{child(sp, "opportunities"), "opportunity", len(s.Opportunities)})
		for ti, tp := range s.Touchpoints {
			tpp := child(sp, "touchpoints", strconv.Itoa(ti))
			lists = append(lists, list{child(tpp, "pain_points"), "pain point", len(tp.PainPoints)},
				list{child(tpp, "opportunities"), "opportunity", len(tp.Opportunities)})
		}
	}
	if len(lists) == 0 {
		return e, "", false
	}
	var painKeys, ids []string
	for _, l := range lists {
		for i := 0; i < l.n; i++ {
			switch it := listItem(m, l.path, i).(type) {
			case PainPoint:
				painKeys = append(painKeys, it.Key())
				ids = append(ids, it.ID)
			case Opportunity:
				ids = append(ids, it.ID)
			case Touchpoint:
				ids = append(ids, it.ID)
			}
		}
	}
	pick := func(ss []string) string {
		if len(ss) == 0 {
			return "nothing"
		}
		return ss[rnd.Intn(len(ss))]
	}
	names := []string{"Slow page", "Slow page", "Café queue", "Hidden fees", "Łódź office", "Call back", "x"}
	l := lists[rnd.Intn(len(lists))]
	switch r := rnd.Intn(20); {
	case r < 3 && len(*undo) > 0:
		u := (*undo)[len(*undo)-1]
		*undo = (*undo)[:len(*undo)-1]
		return u, "undo", true
	case r < 8:
		a, err := Add(d, l.path, rnd.Intn(l.n+1)-1, pick(names))
		if err != nil {
			return e, "", false
		}
		return a.Edit, "add to " + l.path.String(), false
	case r < 11:
		// An item written in full, some of it wrong on purpose: an id
		// taken, a reference to nothing, an unknown key.
		item := &yaml.Node{Kind: yaml.MappingNode}
		add := func(k string, v *yaml.Node) {
			item.Content = append(item.Content, yamldoc.Scalar("!!str", k), v)
		}
		field := "text"
		if l.kind == "touchpoint" {
			field = "name"
		}
		if rnd.Intn(3) == 0 {
			add("id", yamldoc.Scalar("!!str", pick(ids)))
		}
		add(field, yamldoc.Scalar("!!str", pick(names)))
		switch {
		case l.kind == "opportunity":
			refs := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{yamldoc.Scalar("!!str", pick(painKeys))}}
			if rnd.Intn(4) == 0 {
				refs.Content = append(refs.Content, yamldoc.Scalar("!!str", "no-such-pain"))
			}
			add("addresses", refs)
			add("impact", yamldoc.Scalar("!!str", "high"))
			if len(m.Goals) > 0 && rnd.Intn(2) == 0 {
				add("goals", &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{yamldoc.Scalar("!!str", m.Goals[0].Key())}})
			}
		case l.kind == "touchpoint":
			ems := &yaml.Node{Kind: yaml.MappingNode}
			persona := "nobody"
			if len(m.Personas) > 0 && rnd.Intn(4) > 0 {
				persona = m.Personas[rnd.Intn(len(m.Personas))].Key()
			}
			ems.Content = append(ems.Content, yamldoc.Scalar("!!str", persona), yamldoc.Scalar("!!int", "1"))
			add("emotions", ems)
			pains := &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Content: []*yaml.Node{
				yamldoc.Scalar("!!str", "text"), yamldoc.Scalar("!!str", pick(names)),
				yamldoc.Scalar("!!str", "severity"), yamldoc.Scalar("!!str", "high"),
			}}}}
			add("pain_points", pains)
		default:
			add("severity", yamldoc.Scalar("!!str", "low"))
			add("drop_off", yamldoc.Scalar("!!bool", "true"))
		}
		if rnd.Intn(8) == 0 {
			add("votes", yamldoc.Scalar("!!int", "-1"))
		}
		if rnd.Intn(5) == 0 {
			add("colour", yamldoc.Scalar("!!str", "red"))
		}
		return yamldoc.Insert(l.path, rnd.Intn(l.n+1), item), "insert into " + l.path.String(), false
	case r < 15:
		if l.n == 0 {
			return e, "", false
		}
		p := child(l.path, strconv.Itoa(rnd.Intn(l.n)))
		return Remove(p, "").Edit, "delete " + p.String(), false
	default:
		if l.n == 0 {
			return e, "", false
		}
		var same []list
		for _, o := range lists {
			if o.kind == l.kind {
				same = append(same, o)
			}
		}
		to := same[rnd.Intn(len(same))]
		n := to.n
		if to.path.String() == l.path.String() {
			n--
		}
		from := rnd.Intn(l.n)
		return MoveItem(l.path, from, to.path, rnd.Intn(n+1), "").Edit,
			fmt.Sprintf("move %s.%d to %s", l.path, from, to.path), false
	}
}

func listItem(m *Map, p yamldoc.Path, i int) any {
	l, ok := listAt(p)
	if !ok {
		return nil
	}
	return l.get(m, i)
}

// firstDiff walks two values alike and names the first place they differ;
// positions are compared as the file's, a's in da and b's in db.
func firstDiff(at string, a, b reflect.Value, da, db *Doc) string {
	if a.Type() == reflect.TypeOf(Pos{}) {
		if pa, pb := da.FilePos(a.Interface().(Pos)), db.FilePos(b.Interface().(Pos)); pa != pb {
			return fmt.Sprintf("%s: %v, want %v", at, pa, pb)
		}
		return ""
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: %v, want %v", at, a, b)
			}
			return ""
		}
		return firstDiff(at, a.Elem(), b.Elem(), da, db)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if s := firstDiff(at+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i), da, db); s != "" {
				return s
			}
		}
		return ""
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return fmt.Sprintf("%s: %d items (nil %v), want %d (nil %v)", at, a.Len(), a.IsNil(), b.Len(), b.IsNil())
		}
		for i := 0; i < a.Len(); i++ {
			if s := firstDiff(fmt.Sprintf("%s[%d]", at, i), a.Index(i), b.Index(i), da, db); s != "" {
				return s
			}
		}
		return ""
	}
	if !reflect.DeepEqual(a.Interface(), b.Interface()) {
		return fmt.Sprintf("%s: %v, want %v", at, a, b)
	}
	return ""
}

// diagsDiff compares diagnostics in order.
func diagsDiff(got, want Diagnostics) string {
	for i := range max(len(got), len(want)) {
		if i >= len(got) || i >= len(want) || got[i] != want[i] {
			return fmt.Sprintf("at %d: got %v, want %v", i, got[min(i, len(got)):], want[min(i, len(want)):])
		}
	}
	return ""
}

// TestStructuralPatchKeepsPositions: an add in the middle of a map is
// patched and leaves every position as a fresh decode gives it.
func TestStructuralPatchKeepsPositions(t *testing.T) {
	d, err := Parse("gen.yaml", Generate(120), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Add(d, yamldoc.Path{"stages", "0", "touchpoints", "3", "pain_points"}, -1, "Slow page")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(a.Edit); err != nil {
		t.Fatal(err)
	}
	fresh, _ := Parse("gen.yaml", d.Bytes(), docTodayModel)
	if diff := firstDiff("Map", reflect.ValueOf(d.Map()), reflect.ValueOf(fresh.Map()), d, fresh); diff != "" {
		t.Fatalf("after an add: %s", diff)
	}
	if diff := diagsDiff(d.Diagnostics(), fresh.Diagnostics()); diff != "" {
		t.Fatalf("after an add: %s", diff)
	}
	if d.patches != 1 {
		t.Fatalf("%d patches, want 1", d.patches)
	}
}

// The first pain point of a touchpoint brings its pain_points key, and
// its undo takes the key away: both are patched, and leave the map as a
// fresh decode reads it.
func TestFirstPainPointAndItsUndoArePatched(t *testing.T) {
	d, err := Parse("gen.yaml", Generate(120), docTodayModel)
	if err != nil {
		t.Fatal(err)
	}
	list := yamldoc.Path{"stages", "1", "touchpoints", "0", "pain_points"}
	if n, _ := d.ListLen(list); n != 0 {
		t.Fatalf("the touchpoint has %d pain points; the test wants one with none", n)
	}
	a, err := Add(d, list, -1, "Slow page")
	if err != nil {
		t.Fatal(err)
	}
	inv, err := d.Apply(a.Edit)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Restore(inv); err != nil {
		t.Fatal(err)
	}
	fresh, _ := Parse("gen.yaml", d.Bytes(), docTodayModel)
	if diff := firstDiff("Map", reflect.ValueOf(d.Map()), reflect.ValueOf(fresh.Map()), d, fresh); diff != "" {
		t.Fatalf("after the undo: %s", diff)
	}
	if d.patches != 2 {
		t.Errorf("%d of the add and its undo patched, want both", d.patches)
	}
}
