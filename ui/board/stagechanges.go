package board

import (
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// A stage changes in journey view --changes like a touchpoint does: its
// own fields (reached, description, ...) and its own pain points and
// opportunities, the rows after its touchpoints in its column. A stage
// that changed is a stop of ] and [, its header marked; its rows added or
// changed are stops too, marked like a card's rows; those removed are
// named in the footer and the stage's details.

// diffOwnRows compares stage si's own pain points and opportunities with
// its old version's, and returns those it no longer has.
func (ch *Changes) diffOwnRows(si int, old, cur *model.Stage) []ghostRow {
	var gone []ghostRow
	for _, p := range diffItems(ch, old.PainPoints, cur.PainPoints, func(i int) common.Item { return common.PainPointItem(si, -1, i) }) {
		gone = append(gone, ghostRow{pain: p})
	}
	for _, o := range diffItems(ch, old.Opportunities, cur.Opportunities, func(i int) common.Item { return common.OpportunityItem(si, -1, i) }) {
		gone = append(gone, ghostRow{opp: o})
	}
	if len(gone) > 0 {
		ch.ownGone[si] = gone
	}
	return gone
}

// addOwnRows puts stage si's own pain points and opportunities that are
// new or changed among the changes ] and [ go through.
func (ch *Changes) addOwnRows(si int, s *model.Stage) {
	for i := range s.PainPoints {
		ch.addOwnRow(common.PainPointItem(si, -1, i), "pain point", s.PainPoints[i].Text)
	}
	for i := range s.Opportunities {
		ch.addOwnRow(common.OpportunityItem(si, -1, i), "opportunity", s.Opportunities[i].Text)
	}
}

func (ch *Changes) addOwnRow(it common.Item, kind, text string) {
	switch ch.itemMark(it) {
	case "✚":
		ch.Says[it] = "a new " + kind + ": " + text
	case "Δ":
		ch.Says[it] = "changed " + kind + ": " + text
	default:
		return
	}
	ch.Order = append(ch.Order, it)
}

// itemMark is "✚" for an item new since the revision, "Δ" for one that
// changed, "" otherwise.
func (ch *Changes) itemMark(it common.Item) string {
	if ch == nil {
		return ""
	}
	if ch.added[it] {
		return "✚"
	}
	if _, changed := ch.before[it]; changed {
		return "Δ"
	}
	return ""
}

// stageMark is the mark on stage si's header: new or changed since the
// revision, its own rows included.
func (ch *Changes) stageMark(si int) string {
	if ch == nil || si >= len(ch.cur.Stages) {
		return ""
	}
	if ch.added[common.StageItem(si)] {
		return "✚"
	}
	if _, said := ch.Says[common.StageItem(si)]; said {
		return "Δ"
	}
	for _, it := range ch.Order {
		if it.Stage == si && it.Touchpoint < 0 && it.Ghost == 0 {
			return "Δ"
		}
	}
	return ""
}

// removedWords names what a stage lost of its own rows: the one, or how
// many.
func removedWords(gone []ghostRow) string {
	if len(gone) == 1 {
		return "removed " + gone[0].kind() + ": " + gone[0].text()
	}
	return fmt.Sprintf("removed %d pain points and opportunities", len(gone))
}
