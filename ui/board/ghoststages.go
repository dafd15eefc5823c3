package board

import (
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// A stage the revision had and the map no longer has is a ghost column in
// journey view --changes: at its old place among the columns (after the
// stage it followed then), its header marked ⊘ removed, its touchpoints
// ghost cards. The board numbers its columns' stages in one index space:
// the map's stages 0..n-1, then the ghost stages n, n+1, ... in the order
// the revision had them. Everything that touches the map keeps to indexes
// below n; the order the columns are drawn in (display positions) is the
// board's, through colStage and colOf.

// ghostStage is a removed stage and the map stage whose column it comes
// after (-1: before the first).
type ghostStage struct {
	stage model.Stage
	after int
}

// ghostStageItem is the item of the ghost stage with board index si.
func ghostStageItem(si int) common.Item {
	return common.Item{Kind: common.KindStage, Stage: si, Touchpoint: -1, Ghost: 1}
}

// findRemovedStages lists the stages of old that cur no longer has, each
// after the last stage before it that cur kept.
func (ch *Changes) findRemovedStages(old, cur *model.Map) {
	at := map[string]int{}
	for i := range cur.Stages {
		at[cur.Stages[i].Key()] = i
	}
	after := -1
	for _, s := range old.Stages {
		if i, kept := at[s.Key()]; kept {
			after = i
			continue
		}
		ch.stages = append(ch.stages, ghostStage{stage: s, after: after})
	}
}

// stagesAfter are the board indexes of the ghost stages drawn right after
// map stage si (-1: before the first), in the revision's order.
func (ch *Changes) stagesAfter(si int) []int {
	var out []int
	for g, gs := range ch.stages {
		if gs.after == si {
			out = append(out, len(ch.cur.Stages)+g)
		}
	}
	return out
}

// stageNow is the board index, among m's stages and ch's ghosts, of the
// stage with key k: its ghost column, or the map's own stage when it is
// back; else fallback.
func (ch *Changes) stageNow(m *model.Map, k string, fallback int) int {
	if ch != nil {
		for g, gs := range ch.stages {
			if gs.stage.Key() == k {
				return len(m.Stages) + g
			}
		}
	}
	for si := range m.Stages {
		if m.Stages[si].Key() == k {
			return si
		}
	}
	return fallback
}

// addGhostStages puts the ghost stages after map stage si, and their
// touchpoints, in the changes ] and [ go through.
func (ch *Changes) addGhostStages(si int) {
	for _, gi := range ch.stagesAfter(si) {
		s := &ch.stages[gi-len(ch.cur.Stages)].stage
		it := ghostStageItem(gi)
		ch.Says[it] = "removed stage: " + s.Label()
		ch.Order = append(ch.Order, it)
		for _, t := range s.Touchpoints {
			if _, moved := ch.moved[t.Key()]; !moved {
				ch.addGhostCard(gi, t)
			}
		}
	}
}

// addGhostCard puts a removed touchpoint at the end of stage si's column
// and in the changes.
func (ch *Changes) addGhostCard(si int, t model.Touchpoint) {
	g := len(ch.cards[si])
	ch.cards[si] = append(ch.cards[si], t)
	gi := common.Item{Kind: common.KindTouchpoint, Stage: si, Touchpoint: -1, Ghost: g + 1}
	ch.Says[gi] = "removed touchpoint: " + t.Label()
	ch.Order = append(ch.Order, gi)
}

// columnOrder is the board index of the stage each column shows, left to
// right; nil when no stage was removed (column p shows stage p).
func (ch *Changes) columnOrder() []int {
	if ch == nil || len(ch.stages) == 0 {
		return nil
	}
	order := ch.stagesAfter(-1)
	for si := range ch.cur.Stages {
		order = append(order, si)
		order = append(order, ch.stagesAfter(si)...)
	}
	return order
}

// ghostStages are the removed stages drawn beside the map shown (none
// when the changes shown are of another map, as while a reload is shown).
func (b *Board) ghostStages() []ghostStage {
	if b.changes == nil || b.m == nil || b.changes.cur != b.m {
		return nil
	}
	return b.changes.stages
}

// cols is how many columns the board has: the map's stages and the ghosts.
func (b *Board) cols() int { return b.stages() + len(b.ghostStages()) }

// colStage is the board index of the stage drawn in column p.
func (b *Board) colStage(p int) int {
	if p < 0 || p >= len(b.order) {
		return p
	}
	return b.order[p]
}

// colOf is the column that stage si (a board index) is drawn in.
func (b *Board) colOf(si int) int {
	if si < 0 || si >= len(b.at) {
		return si
	}
	return b.at[si]
}

// beside is the stage d columns away from the selected one, at most the
// first or last.
func (b *Board) beside(d int) int {
	return b.colStage(max(0, min(b.colOf(b.stage)+d, b.cols()-1)))
}

// oldStage is the removed stage with board index si, or nil when si is a
// stage of the map.
func (b *Board) oldStage(si int) *model.Stage {
	gs := b.ghostStages()
	if g := si - b.stages(); g >= 0 && g < len(gs) {
		return &gs[g].stage
	}
	return nil
}

// reshape works out the columns again after the map or the changes shown
// changed: their order, and a scroll position for each.
func (b *Board) reshape() {
	b.order, b.at = nil, nil
	if len(b.ghostStages()) > 0 {
		b.order = b.changes.columnOrder()
		b.at = make([]int, len(b.order))
		for p, si := range b.order {
			b.at[si] = p
		}
	}
	if n := b.cols(); len(b.first) != n {
		first := make([]int, n)
		copy(first, b.first)
		b.first = first
	}
}

// renderGhostStageHeader is a removed stage's header: ⊘ and its name (no
// number: 1-9 go to the map's stages), "removed" and what it reached
// then, and a dotted rule, faint unless it is the current stage.
func renderGhostStageHeader(h stageHeader, width int, st *common.Styles) []string {
	name := common.MarkRemoved + " " + common.Sanitize(h.Stage.Label())
	title := st.Ghost
	if h.Selected {
		title, name = st.Selection, common.MarkSelected+name
	} else if h.Current {
		title = st.SelectedTitle
	}
	info := "removed"
	if h.Stage.Reached != nil {
		info += " · had " + common.FormatCount(*h.Stage.Reached) + " reached"
	}
	return []string{
		title.Render(common.PadRight(name, width)),
		st.Ghost.Render(common.PadRight(info, width)),
		headerRule(h, "┄", st.Ghost, width, st),
	}
}

// From is where a walk through the map in journey order (a search) goes
// on from: the selection, or on a ghost, which the map does not hold,
// the first map stage whose column comes after the ghost's (one past the
// map's last stage when none does).
func (b *Board) From() common.Item {
	it, _ := b.Selected()
	if it.Ghost == 0 || it.Touchpoint >= 0 {
		return it // the map's own, or a removed row of the map's card
	}
	for p := b.colOf(b.stage) + 1; p < b.cols(); p++ {
		if si := b.colStage(p); si < b.stages() {
			return common.StageItem(si)
		}
	}
	return common.StageItem(b.stages())
}
