package semdiff

import (
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
)

// pair matches the items of two lists: by key first, then, among items
// without an explicit id, the ones left over at the same turn, so that a
// pain point whose text was edited (and whose key, the slug of its text,
// changed with it) reads as edited rather than as one removed and one
// added. It returns, for each new item, the index of its old one or -1,
// and the old indexes left unmatched.
func pair(oldKeys, newKeys []string, oldHasID, newHasID func(int) bool) (match []int, gone []int) {
	at := map[string]int{}
	for i, k := range oldKeys {
		at[k] = i
	}
	used := make([]bool, len(oldKeys))
	match = make([]int, len(newKeys))
	for i, k := range newKeys {
		match[i] = -1
		if oi, ok := at[k]; ok {
			match[i], used[oi] = oi, true
		}
	}
	var spare []int
	for i := range oldKeys {
		if !used[i] && !oldHasID(i) {
			spare = append(spare, i)
		}
	}
	for i := range newKeys {
		if match[i] == -1 && !newHasID(i) && len(spare) > 0 {
			match[i], used[spare[0]] = spare[0], true
			spare = spare[1:]
		}
	}
	for i := range oldKeys {
		if !used[i] {
			gone = append(gone, i)
		}
	}
	return match, gone
}

// ref names a pain point or opportunity in a line: its id where it has
// one (stable across edits), else its text.
func ref(kind, id, text string) string {
	if id != "" {
		return kind + " " + name(id)
	}
	return kind + " " + quote(clip(text))
}

// clip shortens long text used to point at an item; the full text is
// shown where it is the value that changed.
func clip(s string) string {
	const n = 60
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n])) + "…"
	}
	return s
}

func (d *differ) painPoints(owner, subject string, old, new []model.PainPoint) {
	ok, nk := index(old, model.PainPoint.Key), index(new, model.PainPoint.Key)
	match, gone := pair(ok.keys, nk.keys,
		func(i int) bool { return old[i].ID != "" }, func(i int) bool { return new[i].ID != "" })
	for _, i := range gone {
		d.add(Removed, join(owner, "pain_points", ok.keys[i]), subject, "pain point "+quote(old[i].Text), "", "")
		d.set(old[i].Text, nil)
	}
	for i, p := range new {
		at := join(owner, "pain_points", nk.keys[i])
		if match[i] < 0 {
			d.add(Added, at, subject, "pain point "+quote(p.Text), "", "")
			d.set(nil, p.Text)
			continue
		}
		o := old[match[i]]
		r := ref("pain point", p.ID, p.Text)
		if o.Text != p.Text {
			d.text(join(at, "text"), subject, ref("pain point", p.ID, o.Text)+" text", o.Text, p.Text)
		}
		d.field(join(at, "severity"), subject, r+" severity", name(o.Severity), name(p.Severity))
		if d.field(join(at, "drop_off"), subject, r+" drop-off", yes(o.DropOff), yes(p.DropOff)) {
			d.set(o.DropOff, p.DropOff)
		}
		if d.field(join(at, "votes"), subject, r+" votes", strconv.Itoa(o.Votes), strconv.Itoa(p.Votes)) {
			d.set(o.Votes, p.Votes)
		}
		d.text(join(at, "evidence"), subject, r+" evidence", o.Evidence, p.Evidence)
	}
}

func (d *differ) opportunities(owner, subject string, old, new []model.Opportunity) {
	ok, nk := index(old, model.Opportunity.Key), index(new, model.Opportunity.Key)
	match, gone := pair(ok.keys, nk.keys,
		func(i int) bool { return old[i].ID != "" }, func(i int) bool { return new[i].ID != "" })
	for _, i := range gone {
		d.add(Removed, join(owner, "opportunities", ok.keys[i]), subject, "opportunity "+quote(old[i].Text), "", "")
		d.set(old[i].Text, nil)
	}
	for i, p := range new {
		at := join(owner, "opportunities", nk.keys[i])
		if match[i] < 0 {
			d.add(Added, at, subject, "opportunity "+quote(p.Text), "", "")
			d.set(nil, p.Text)
			continue
		}
		o := old[match[i]]
		r := ref("opportunity", p.ID, p.Text)
		if o.Text != p.Text {
			d.text(join(at, "text"), subject, ref("opportunity", p.ID, o.Text)+" text", o.Text, p.Text)
		}
		d.field(join(at, "status"), subject, r+" status", name(o.Status), name(p.Status))
		d.field(join(at, "impact"), subject, r+" impact", name(o.Impact), name(p.Impact))
		d.field(join(at, "effort"), subject, r+" effort", name(o.Effort), name(p.Effort))
		if d.field(join(at, "votes"), subject, r+" votes", strconv.Itoa(o.Votes), strconv.Itoa(p.Votes)) {
			d.set(o.Votes, p.Votes)
		}
		d.text(join(at, "owner"), subject, r+" owner", o.Owner, p.Owner)
		d.text(join(at, "tactic"), subject, r+" tactic", o.Tactic, p.Tactic)
		if d.field(join(at, "addresses"), subject, r+" addresses", name(strings.Join(o.Addresses, ", ")), name(strings.Join(p.Addresses, ", "))) {
			d.set(o.Addresses, p.Addresses)
		}
	}
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
