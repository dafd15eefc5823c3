package board

import (
	"cmp"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// What the detail pane says of an item in journey view --changes: a new
// item is new; a changed one lists each field that changed with its old
// value ("was") and its new one; a removed one (a ghost) lists its old
// values, since the map no longer has any.

// fieldValue is one field of an item as text: its name in the file
// ("customer_goal") and its value ("" when unset).
type fieldValue struct{ name, value string }

// fieldsOf lists the plain fields of a stage, touchpoint, pain point or
// opportunity in declaration order; positions and the lists of items
// under it (which have changes of their own) are left out.
func fieldsOf(v any) []fieldValue {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return nil
	}
	var out []fieldValue
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		switch f.Name {
		case "Pos", "Touchpoints", "PainPoints", "Opportunities":
			continue
		}
		out = append(out, fieldValue{snake(f.Name), valueText(rv.Field(i))})
	}
	return out
}

// sameFields reports whether two versions of an item have the same plain
// fields.
func sameFields(a, b any) bool {
	fa, fb := fieldsOf(a), fieldsOf(b)
	return reflect.DeepEqual(fa, fb)
}

// fieldChange is a plain field whose value differs between two versions.
type fieldChange struct{ name, was, now string }

// changedFields lists the plain fields of two versions of an item whose
// values differ, in declaration order.
func changedFields(a, b any) []fieldChange {
	fa, fb := fieldsOf(a), fieldsOf(b)
	var out []fieldChange
	for i := range min(len(fa), len(fb)) {
		if fa[i].value != fb[i].value {
			out = append(out, fieldChange{fa[i].name, fa[i].value, fb[i].value})
		}
	}
	return out
}

// fieldChanges says which plain fields of an item changed between two
// versions, with the old and new value when both are short:
// "emotion -1 → 2, channel".
func fieldChanges(a, b any) string {
	var out []string
	for _, c := range changedFields(a, b) {
		was, now := cmp.Or(c.was, "none"), cmp.Or(c.now, "none")
		if len(was) <= 12 && len(now) <= 12 && !strings.Contains(was+now, "\n") {
			out = append(out, c.name+" "+was+" → "+now)
		} else {
			out = append(out, c.name)
		}
	}
	return strings.Join(out, ", ")
}

// snake is a Go field name as the file spells it: DropOff is drop_off,
// ID is id.
func snake(s string) string {
	if strings.ToUpper(s) == s {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// valueText is a field's value as one line of text.
func valueText(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return valueText(v.Elem())
	case reflect.String:
		return v.String()
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return common.FormatNumber(v.Float())
	case reflect.Bool:
		if v.Bool() {
			return "yes"
		}
		return "no"
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = valueText(v.Index(i))
		}
		return strings.Join(parts, "; ")
	case reflect.Struct:
		if s, ok := v.Interface().(fmt.Stringer); ok {
			if d, isDate := s.(model.Date); isDate && d == (model.Date{}) {
				return ""
			}
			return s.String()
		}
		var parts []string
		for i := 0; i < v.NumField(); i++ {
			if t := valueText(v.Field(i)); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, " ")
	}
	return fmt.Sprint(v.Interface())
}

// DetailNotes are the lines the detail pane shows above an item's fields
// about how it changed since the revision, or all of a ghost's old values.
func (ch *Changes) DetailNotes(it common.Item, width int, st *common.Styles) []string {
	if ch == nil || width <= 0 {
		return nil
	}
	since := common.Sanitize(ch.Since)
	if old, ok := ch.ghostValue(it); ok {
		kind := "touchpoint"
		switch {
		case it.Kind == common.KindStage:
			kind = "stage"
		case it.Touchpoint >= 0:
			kind = ch.rows[[2]int{it.Stage, it.Touchpoint}][it.Ghost-1].kind()
		}
		out := []string{st.Warn.Render(common.Clip(common.MarkRemoved+" "+kind+" removed since "+since+"; it was:", width))}
		for _, f := range fieldsOf(old) {
			if f.value != "" && f.value != "no" && (f.name != "votes" || f.value != "0") {
				out = append(out, wasLines(f.name, f.value, "", false, width, st)...)
			}
		}
		var pains []model.PainPoint
		var opps []model.Opportunity
		switch v := old.(type) {
		case model.Touchpoint:
			pains, opps = v.PainPoints, v.Opportunities
		case model.Stage:
			pains, opps = v.PainPoints, v.Opportunities
			if n := len(v.Touchpoints); n > 0 {
				out = append(out, st.Ghost.Render(common.Clip(fmt.Sprintf("%d %s, ghosts in its column", n, common.Plural(n, "touchpoint", "touchpoints")), width)))
			}
		}
		for _, p := range pains {
			out = append(out, common.Clip(st.Ghost.Render("✗ "+common.Sanitize(p.Text)), width))
		}
		for _, o := range opps {
			out = append(out, common.Clip(st.Ghost.Render("✦ "+common.Sanitize(o.Text)), width))
		}
		return append(out, "")
	}
	if ch.added[it] {
		return []string{st.Good.Render(common.Clip("✚ new since "+since, width)), ""}
	}
	var out []string
	if mv, ok := ch.movedFrom(it); ok {
		out = append(out, st.Warn.Render(common.Clip(MarkMoved+" moved since "+since+" from "+common.Sanitize(mv.stage), width)))
	}
	var gone []ghostRow
	if it.Kind == common.KindStage {
		gone = ch.ownGone[it.Stage]
	}
	old, changed := ch.before[it]
	if changed || len(gone) > 0 {
		out = append(out, st.Warn.Render(common.Clip("Δ changed since "+since+":", width)))
	}
	if cur := ch.valueNow(it); changed && cur != nil {
		for _, c := range changedFields(old, cur) {
			out = append(out, wasLines(c.name, c.was, c.now, true, width, st)...)
		}
	}
	for _, g := range gone {
		out = append(out, common.Clip(st.Ghost.Render(common.MarkRemoved+" removed "+g.kind()+": "+common.Sanitize(g.text())), width))
	}
	if out != nil {
		out = append(out, "")
	}
	return out
}

// valueNow is item it as the map has it: a goal, stage, touchpoint, pain
// point or opportunity; nil for anything else.
func (ch *Changes) valueNow(it common.Item) any {
	r, _ := common.Resolve(ch.cur, it)
	switch {
	case r.Goal != nil:
		return *r.Goal
	case r.Pain != nil:
		return *r.Pain
	case r.Opp != nil:
		return *r.Opp
	case r.Tp != nil:
		return *r.Tp
	case r.Stage != nil:
		return *r.Stage
	}
	return nil
}

// wasLines is one field's old value, marked "was", and its new one after
// an arrow when it changed; untrusted text is sanitized.
func wasLines(name, old, now string, changed bool, width int, st *common.Styles) []string {
	lw := min(common.LabelWidth, max(width/3, 1))
	shown := func(s string) string {
		if s == "" {
			return "–"
		}
		return common.OneLine(s)
	}
	v := "was " + shown(old)
	if changed {
		v += " → " + shown(now)
	}
	lines := common.Wrap(v, max(width-lw-1, 1))
	out := make([]string, len(lines))
	for i, l := range lines {
		lab := strings.Repeat(" ", lw+1)
		if i == 0 {
			lab = st.Label.Render(common.PadRight(name, lw)) + " "
			l = st.Ghost.Render("was") + strings.TrimPrefix(l, "was")
		}
		out[i] = lab + l
	}
	return out
}
