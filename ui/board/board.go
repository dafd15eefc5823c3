package board

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Board is the journey laid out as columns, one per stage, with the
// stage's touchpoints, pain points and opportunities as cards below it and
// the emotion curve across the top.
//
// The selection is a stage and an item in it: item 0 is the stage itself,
// then its touchpoints, then the stage's own pain points, then its own
// opportunities. The selected touchpoint's card opens out: sub is the
// row of it selected, its pain points then its opportunities (-1: the
// card itself).
type Board struct {
	c       common.View
	m       *model.Map
	w, h    int
	focused bool

	stage, item int   // the selection
	sub         int   // the selected row of an opened card, -1 for none
	firstCol    int   // first column shown
	first       []int // per stage, the first item shown (1-based)
	// order is the stage each column shows and at the column of each
	// stage, when ghost stages are among them (ghoststages.go); nil: the
	// map's stages in order. Stages are board indexes: the map's, then
	// the ghosts'.
	order, at []int

	funnel   []model.FunnelStep
	worst    int
	personas []string     // "" (everyone) then the personas with their own curve
	segments []string     // "" (everyone) then the personas' segments
	curves   []CurveCache // one per line of the curve shown
	// ideal is the ideal map whose curve = overlays (nil: none shown);
	// idealAt is, per stage, the ideal's stage with the same key or -1.
	ideal     *model.Map
	idealName string
	idealAt   []int
	columns   map[columnKey][]string // columns drawn, reused while nothing in them changes
	wrapNames map[wrapKey]bool       // per column and layout, whether names wrap (namewrap.go)
	cards     map[cardKey][]string   // cards drawn, reused while nothing in them changes
	// who marks the touchpoints where others in a shared workshop are:
	// their initials, ✎ before those with a form open there.
	who map[[2]int]string
	// changes, in journey view --changes, adds the ghosts of what was
	// removed: cards after a stage's items, rows after a card's own.
	changes *Changes
}

// SetPresence shows where the others in a shared workshop are.
func (b *Board) SetPresence(who map[[2]int]string) {
	if len(who) == len(b.who) {
		same := true
		for k, v := range who {
			same = same && b.who[k] == v
		}
		if same {
			return
		}
	}
	b.who = who
	b.columns = nil // drawn columns show the old marks
}

// redraw forgets what was worked out from the cards as they were: the
// drawn columns and whether each column's names wrap (which depends on
// the rows a card shows, ghosts and marks included).
func (b *Board) redraw() { b.columns, b.wrapNames, b.cards = nil, nil, nil }

// forget drops the drawings a change of reach r may have made wrong.
func (b *Board) forget(r common.Reach) {
	for k := range b.columns {
		if r.Stage(k.stage) {
			delete(b.columns, k)
		}
	}
	for k := range b.wrapNames {
		if r.Stage(k.stage) {
			delete(b.wrapNames, k)
		}
	}
	for k := range b.cards {
		if r.Card(k.stage, k.item-1) {
			delete(b.cards, k)
		}
	}
}

// columnKey is everything a drawn column depends on besides the map,
// which SetMap replaces along with the cache.
type columnKey struct {
	stage, sel, first   int // sel is -1 when the selection is elsewhere
	sub                 int
	focused             bool
	layout              boardLayout
	persona             string
	moreLeft, moreRight bool
}

// New is an empty, focused board; SetMap gives it a map.
func New(c common.View) *Board { return &Board{c: c, focused: true, worst: -1, sub: -1} }

// SetMap shows a new or reloaded map, keeping the selection where it was
// when that place still exists.
func (b *Board) SetMap(m *model.Map) { b.Changed(m, common.Reach{}) }

// Changed shows the map after a change of reach r: the columns and cards
// it cannot have changed keep their drawings, so an edit redraws the card
// it made, not the board.
func (b *Board) Changed(m *model.Map, r common.Reach) {
	funnel, stages, old := b.funnel, b.stages(), b.m
	b.m = m
	b.funnel = model.Funnel(m)
	b.worst = model.WorstStep(b.funnel)
	b.personas = append([]string{""}, model.CurvePersonas(m)...)
	b.segments = append([]string{""}, model.Segments(m)...)
	b.reshape()
	n := b.stages()
	if r.OnlyStages() && n == stages {
		for i := range b.curves {
			if b.curves[i].m == old {
				b.curves[i].Keep(m, r) // not the ideal's
			}
		}
	} else {
		b.curves = nil
	}
	if b.ideal != nil {
		b.idealAt = model.MatchStages(m, b.ideal)
	}
	if r.Everything() || n != stages || !slices.Equal(funnel, b.funnel) {
		b.redraw() // the headers show the funnel
	} else {
		b.forget(r)
	}
	b.selectRow(b.stage, b.item, b.sub)
}

// SetSize gives the board its box.
func (b *Board) SetSize(w, h int) {
	b.w, b.h = max(0, w), max(0, h)
	b.selectRow(b.stage, b.item, b.sub)
}

// Focus lets the board take keys.
func (b *Board) Focus() { b.focused = true }

// Blur makes the board ignore keys.
func (b *Board) Blur() { b.focused = false }

// Focused reports whether the board takes keys.
func (b *Board) Focused() bool { return b.focused }

func (b *Board) stages() int {
	if b.m == nil {
		return 0
	}
	return len(b.m.Stages)
}

// Items is the number of items of stage si after its header.
func (b *Board) Items(si int) int {
	if si < 0 || si >= b.cols() {
		return 0
	}
	return b.realItems(si) + len(b.changes.ghostCards(si))
}

// NaturalHeight is the height the board needs to show every card with the
// full curve, so that a small map can leave the rest of the screen to the
// panels; at most limit, beyond which it stops counting (a board taller
// than the screen is as tall as the screen), so a large map costs what a
// screen holds, not every touchpoint, each time the screen is laid out.
func (b *Board) NaturalHeight(limit int) int {
	most := 0
	for si := 0; si < b.cols() && most < limit; si++ {
		h := b.Items(si) * itemHeight
		var tps []model.Touchpoint
		if si < b.stages() {
			tps = b.m.Stages[si].Touchpoints
		}
		for ti := 0; ti < len(tps) && h < limit; ti++ {
			if subCount(&tps[ti]) > 0 {
				h++
			}
		}
		most = max(most, h)
	}
	return min(curveFullRows+headerRows+max(most-1, 0), max(limit, 0))
}

func (b *Board) layout() boardLayout {
	l := LayoutBoard(b.w, b.h, b.cols())
	if b.c.RoomView() {
		l = l.inRoom()
	}
	return l
}

// select_ moves the selection to a card, clamped to the map, and scrolls
// it into view.
func (b *Board) select_(stage, item int) { b.selectRow(stage, item, -1) }

// selectRow moves the selection to row sub of a card (-1: the card).
func (b *Board) selectRow(stage, item, sub int) {
	n := b.cols()
	if n == 0 {
		b.stage, b.item, b.sub, b.firstCol = 0, 0, -1, 0
		return
	}
	b.stage = max(0, min(stage, n-1))
	b.item = max(0, min(item, b.Items(b.stage)))
	b.sub = -1
	if t := b.touchpoint(b.stage, b.item); t != nil {
		b.sub = max(-1, min(sub, b.rowCount(b.stage, b.item)-1))
	}
	l := b.layout()
	b.firstCol = firstColumn(b.firstCol, b.colOf(b.stage), l.Cols, n)
	b.first[b.stage] = scrollTo(b.first[b.stage], b.item, b.Items(b.stage), l.cardRows, b.heights(b.stage, l))
}

// touchpoint is item i of stage si when it is a touchpoint, else nil.
func (b *Board) touchpoint(si, i int) *model.Touchpoint {
	if si < 0 || si >= b.stages() || i < 1 || i > len(b.m.Stages[si].Touchpoints) {
		return nil
	}
	return &b.m.Stages[si].Touchpoints[i-1]
}

// shape lays out card i of stage si as the selection now opens it.
func (b *Board) shape(si, i int, l boardLayout) cardShape {
	l = b.columnLayout(si, l)
	if t := b.touchpoint(si, i); t != nil {
		open := si == b.stage && i == b.item
		return touchpointShape(t, b.rowCount(si, i), l, open, b.sub, b.rowMark(si, i-1))
	}
	if g, _ := b.ghostCard(si, i); g != nil {
		s := touchpointShape(g, subCount(g), l, false, -1, nil)
		if l.nameLines < 2 {
			s.name, s.count, s.more = s.name[:1], 0, false // as compact as the cards beside it
		}
		return s
	}
	it := b.itemAt(si, i)
	s := &b.m.Stages[si]
	if it.Kind == common.KindPainPoint {
		return itemShape(painTitle(&s.PainPoints[it.Index]), l)
	}
	return itemShape(oppTitle(&s.Opportunities[it.Index]), l)
}

// heights is the card heights of stage si, for windows and scrolling.
func (b *Board) heights(si int, l boardLayout) heightFunc {
	l = b.columnLayout(si, l)
	if l.nameLines < 2 && (si != b.stage || b.touchpoint(si, b.item) == nil) {
		return compactHeight
	}
	return func(i int) int { return b.shape(si, i, l).height() }
}

// Selected is the item under the cursor, for the detail pane.
func (b *Board) Selected() (common.Item, bool) {
	if b.cols() == 0 {
		return common.Item{}, false
	}
	if t := b.touchpoint(b.stage, b.item); t != nil && b.sub >= 0 {
		if g := b.sub - subCount(t); g >= 0 {
			return ghostItem(b.stage, b.item-1, g, b.changes.ghostRows(b.stage, b.item-1)[g]), true
		}
		if b.sub < len(t.PainPoints) {
			return common.PainPointItem(b.stage, b.item-1, b.sub), true
		}
		return common.OpportunityItem(b.stage, b.item-1, b.sub-len(t.PainPoints)), true
	}
	return b.itemAt(b.stage, b.item), true
}

// SelectItem moves the selection to an item of the board (a stage, a
// touchpoint, or a stage's own pain point or opportunity); for anything
// else it selects the stage the item belongs to.
func (b *Board) SelectItem(it common.Item) {
	if it.Stage < 0 || it.Stage >= b.cols() {
		return
	}
	if it.Stage >= b.stages() { // a ghost stage: its header, or a ghost card
		i := it.Ghost
		if it.Kind == common.KindStage {
			i = 0
		}
		b.select_(it.Stage, i)
		return
	}
	s := &b.m.Stages[it.Stage]
	i := 0
	switch {
	case it.Ghost > 0 && it.Touchpoint < 0:
		i = b.realItems(it.Stage) + it.Ghost
	case it.Ghost > 0 && it.Touchpoint < len(s.Touchpoints):
		b.selectRow(it.Stage, 1+it.Touchpoint, subCount(&s.Touchpoints[it.Touchpoint])+it.Ghost-1)
		return
	case it.Touchpoint >= 0 && it.Touchpoint < len(s.Touchpoints) && (it.Kind == common.KindPainPoint || it.Kind == common.KindOpportunity):
		sub := it.Index
		if it.Kind == common.KindOpportunity {
			sub += len(s.Touchpoints[it.Touchpoint].PainPoints)
		}
		b.selectRow(it.Stage, 1+it.Touchpoint, sub)
		return
	case it.Kind == common.KindTouchpoint || it.Touchpoint >= 0:
		i = 1 + it.Touchpoint
	case it.Kind == common.KindPainPoint:
		i = 1 + len(s.Touchpoints) + it.Index
	case it.Kind == common.KindOpportunity:
		i = 1 + len(s.Touchpoints) + len(s.PainPoints) + it.Index
	}
	b.select_(it.Stage, i)
}

// itemAt turns a board position into an Item.
func (b *Board) itemAt(si, i int) common.Item {
	if si >= b.stages() && i <= 0 {
		return ghostStageItem(si)
	}
	if i <= 0 {
		return common.StageItem(si)
	}
	if _, g := b.ghostCard(si, i); g > 0 || i > b.realItems(si) {
		return common.Item{Kind: common.KindTouchpoint, Stage: si, Touchpoint: -1, Ghost: g + 1}
	}
	s := &b.m.Stages[si]
	i--
	if i < len(s.Touchpoints) {
		return common.TouchpointItem(si, i)
	}
	i -= len(s.Touchpoints)
	if i < len(s.PainPoints) {
		return common.PainPointItem(si, -1, i)
	}
	return common.OpportunityItem(si, -1, i-len(s.PainPoints))
}

// Curves lists what c and S cycle through for the map shown: the personas
// with a curve of their own and the personas' segments, each after "" (the
// base curve, every persona). The root enables c and S from them.
func (b *Board) Curves() (personas, segments []string) { return b.personas, b.segments }

// NextCurveMsg asks the root to show the next curve (c) or segment (S):
// the board cannot change shared state itself. The root works the step out
// with NextCurve when it applies it, so that keys typed faster than the
// screen updates each take a step.
type NextCurveMsg struct{ segment bool }

// Curve is what the emotion curve shows: a persona's emotions, a
// segment's, or every persona's overlaid.
type Curve struct {
	Persona string // "" is the base curve
	Segment string // "" is every persona
	All     bool   // every persona's curve overlaid
	label   string // what the status says, when not the persona's name
}

// NextCurve is the curve shown after msg's step from the one shown now.
func (b *Board) NextCurve(msg NextCurveMsg) Curve {
	if msg.segment {
		return b.nextSegment()
	}
	return b.nextPersona()
}

// Update moves the selection on keys and mouse events.
func (b *Board) Update(msg tea.Msg) (*Board, tea.Cmd) {
	if !b.focused || b.cols() == 0 {
		return b, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return b, b.key(msg)
	case tea.MouseMsg:
		b.mouse(msg)
	}
	return b, nil
}

func (b *Board) key(msg tea.KeyMsg) tea.Cmd {
	k := b.c.Keys()
	switch {
	case key.Matches(msg, k.Left):
		b.select_(b.beside(-1), b.item)
	case key.Matches(msg, k.Right):
		b.select_(b.beside(1), b.item)
	case key.Matches(msg, k.Up):
		b.up()
	case key.Matches(msg, k.Down):
		b.down()
	case key.Matches(msg, k.First):
		b.select_(b.stage, 0)
	case key.Matches(msg, k.Last):
		b.select_(b.stage, b.Items(b.stage))
	case key.Matches(msg, k.JumpStage):
		if s := int(msg.String()[0] - '1'); s < b.stages() {
			b.select_(s, 0)
		}
	case key.Matches(msg, k.Persona):
		if len(b.personas) > 1 {
			return func() tea.Msg { return NextCurveMsg{} }
		}
	case key.Matches(msg, k.Segment):
		if len(b.segments) > 1 {
			return func() tea.Msg { return NextCurveMsg{segment: true} }
		}
	}
	return nil
}

// down goes to the next row: into the opened card's pain points and
// opportunities, then on to the next card.
func (b *Board) down() {
	if t := b.touchpoint(b.stage, b.item); t != nil && b.sub+1 < b.rowCount(b.stage, b.item) {
		b.selectRow(b.stage, b.item, b.sub+1)
		return
	}
	b.select_(b.stage, b.item+1)
}

// up goes to the previous row: up the opened card, then to the card
// before it.
func (b *Board) up() {
	if b.sub >= 0 {
		b.selectRow(b.stage, b.item, b.sub-1)
		return
	}
	b.select_(b.stage, b.item-1)
}

// nextPersona cycles the curve: the base, each persona with a curve of
// its own, then (with two or more) all of them overlaid.
func (b *Board) nextPersona() Curve {
	p, all := nextIn(b.personas, b.c.Persona()), false
	switch {
	case b.c.AllPersonas():
		p = ""
	case len(b.personas) > 2 && b.c.Persona() == b.personas[len(b.personas)-1]:
		p, all = "", true
	}
	return Curve{Persona: p, All: all}
}

// mouse scrolls with the wheel and selects on a click; coordinates are
// relative to the board's top-left corner.
func (b *Board) mouse(msg tea.MouseMsg) {
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		b.up()
	case tea.MouseButtonWheelDown:
		b.down()
	case tea.MouseButtonWheelLeft:
		b.select_(b.beside(-1), b.item)
	case tea.MouseButtonWheelRight:
		b.select_(b.beside(1), b.item)
	case tea.MouseButtonLeft:
		if msg.Action == tea.MouseActionPress {
			if si, it, sub, ok := b.hit(msg.X, msg.Y); ok {
				b.selectRow(si, it, sub)
			}
		}
	}
}

// hit finds the stage, item and opened card's row drawn at x, y.
func (b *Board) hit(x, y int) (stage, item, sub int, ok bool) {
	l := b.layout()
	if x < 0 || y < 0 || x >= l.Cols*l.ColW || y >= b.h {
		return 0, 0, -1, false
	}
	p := b.firstCol + x/l.ColW
	if p >= b.cols() || x%l.ColW >= l.contentWidth() {
		return 0, 0, -1, false
	}
	si := b.colStage(p)
	if y < l.CardTop {
		return si, 0, -1, y >= l.CurveRows
	}
	win := windowAt(b.first[si], b.Items(si), l.cardRows, b.heights(si, l))
	row := y - l.CardTop
	if win.Up {
		row--
	}
	for i := win.First; i < win.First+win.Count && row >= 0; i++ {
		s := b.shape(si, i, l)
		if row < s.height() {
			sub := -1
			r := row - len(s.name) - 1
			if s.up {
				r--
			}
			for at := s.first; s.open && r >= 0 && at < s.first+s.count; at++ {
				if r < s.rowLines(at) {
					sub = at
					break
				}
				r -= s.rowLines(at)
			}
			return si, i, sub, true
		}
		row -= s.height() + 1
	}
	return 0, 0, -1, false
}
