package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"

	"github.com/journey-maps/journey/model"
)

// In repair mode every problem is also placed on what holds the bad
// value: the touchpoint's card carries MarkProblem and the word "problem",
// the detail pane marks the field's row with the message, and ] and [ go
// from one bad value to the next with the details open on its field, so
// that enter edits it. A fix clears the mark with the next refresh.

// ] and [ in repair mode go from one bad value to the next.
var (
	nextProblem = key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next problem"))
	prevProblem = key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous problem"))
)

// placeProblems places the problems of the map being repaired, keeping
// where ] and [ were.
func (a *App) placeProblems() {
	at := -1
	if a.repair != nil {
		at = a.repair.at
	}
	a.repair = nil
	if a.ed != nil {
		a.repair = placeProblems(a.ed)
	}
	if a.repair != nil {
		a.repair.at = min(at, len(a.repair.stops)-1)
	}
}

// repairStop is one problem placed on an item and, where the line names
// one of its fields, that field.
type repairStop struct {
	item  Item
	field string // the detail row's key ("emotion"); "" when none is shown
	msg   string // "line 7, col 18: emotion must be …", sanitized
}

// repairMarks are the problems of a map in repair mode, placed.
type repairMarks struct {
	stops []repairStop
	cards map[[2]int]bool // touchpoints whose card holds a bad value
	at    int             // the stop ] and [ went to last
}

// placeProblems places the map's errors on its items, or returns nil when
// it has none.
func placeProblems(d *model.Doc) *repairMarks {
	if d == nil || !d.Diagnostics().HasErrors() {
		return nil
	}
	m := d.Map()
	text := strings.Split(string(d.Bytes()), "\n")
	items := positioned(m)
	rm := &repairMarks{cards: map[[2]int]bool{}, at: -1}
	for _, x := range d.Diagnostics() {
		if x.Severity != model.Error {
			continue
		}
		key, col := "", 0
		if x.Line >= 1 && x.Line <= len(text) {
			key, col = keyOf(text[x.Line-1])
		}
		s := repairStop{item: MapItem(), msg: fmt.Sprintf("line %d, col %d: %s", x.Line, x.Col, Sanitize(x.Message))}
		owner := model.Pos{Col: 1}
		for _, p := range items {
			if p.pos.Line <= x.Line && p.pos.Col <= col && p.pos.Line >= owner.Line {
				s.item, owner = p.item, p.pos
			}
		}
		if owner.Col == col {
			s.field = key
		}
		rm.stops = append(rm.stops, s)
		if it := s.item; it.Touchpoint >= 0 && it.Stage >= 0 {
			rm.cards[[2]int{it.Stage, it.Touchpoint}] = true
		}
	}
	return rm
}

// positionedItem is an item and where its mapping starts in the file.
type positionedItem struct {
	item Item
	pos  model.Pos
}

// positioned lists the map's items that problems can be placed on, with
// their positions.
func positioned(m *model.Map) []positionedItem {
	var out []positionedItem
	add := func(it Item, p model.Pos) { out = append(out, positionedItem{it, p}) }
	for i, g := range m.Goals {
		add(GoalItem(i), g.Pos)
	}
	for i, p := range m.Personas {
		add(PersonaItem(i), p.Pos)
	}
	for si, s := range m.Stages {
		add(StageItem(si), s.Pos)
		for ti, t := range s.Touchpoints {
			add(TouchpointItem(si, ti), t.Pos)
			for i, p := range t.PainPoints {
				add(PainPointItem(si, ti, i), p.Pos)
			}
			for i, o := range t.Opportunities {
				add(OpportunityItem(si, ti, i), o.Pos)
			}
		}
		for i, p := range s.PainPoints {
			add(PainPointItem(si, -1, i), p.Pos)
		}
		for i, o := range s.Opportunities {
			add(OpportunityItem(si, -1, i), o.Pos)
		}
	}
	return out
}

// keyOf is the key a line of block YAML sets and its 1-based column
// ("        emotion: 7" is emotion at 9; "  - name: A" is name at 5).
func keyOf(line string) (string, int) {
	col := 1
	for {
		switch {
		case strings.HasPrefix(line, " "):
			line, col = line[1:], col+1
		case strings.HasPrefix(line, "- "):
			line, col = line[2:], col+2
		default:
			k, _, ok := strings.Cut(line, ":")
			if !ok || strings.ContainsAny(k, " \t\"'{[") {
				return "", col
			}
			return k, col
		}
		if line == "" || !utf8.ValidString(line) {
			return "", col
		}
	}
}

// problems are the problems of item it by the detail row they belong to;
// a touchpoint's own detail also marks the rows of its pain points and
// opportunities that have one.
func (rm *repairMarks) problems(it Item) map[string][]string {
	if rm == nil || it.Ghost > 0 {
		return nil
	}
	var out map[string][]string
	put := func(k, msg string) {
		if out == nil {
			out = map[string][]string{}
		}
		out[k] = append(out[k], msg)
	}
	for _, s := range rm.stops {
		switch {
		case s.item == it:
			put(s.field, s.msg)
		case it.Kind == KindTouchpoint && s.item.Stage == it.Stage && s.item.Touchpoint == it.Touchpoint && s.item.Kind == KindPainPoint:
			put("pain_points/"+itoa(s.item.Index), s.msg)
		case it.Kind == KindTouchpoint && s.item.Stage == it.Stage && s.item.Touchpoint == it.Touchpoint && s.item.Kind == KindOpportunity:
			put("opportunities/"+itoa(s.item.Index), s.msg)
		}
	}
	return out
}

// stepProblem goes to the next (d 1) or previous (d -1) bad value, going
// round: it selects the item on the board and opens the details on the
// field, so that enter edits it.
func (a *App) stepProblem(d int) {
	rm := a.repair
	if rm == nil || len(rm.stops) == 0 {
		a.status = "no problems left"
		return
	}
	n := len(rm.stops)
	rm.at = stepIndex(rm.at, d, n)
	s := rm.stops[rm.at]
	a.setZoom(false)
	a.focusBoard()
	if s.item.Stage >= 0 {
		a.board.SelectItem(s.item)
	}
	a.setZoom(true)
	a.detail.SetItem(s.item, true)
	if s.field != "" {
		a.detail.SetCursor(s.field)
	}
	a.status = fmt.Sprintf("problem %d of %d: %s", rm.at+1, n, s.msg)
	if s.field != "" {
		a.status += " · enter edits it"
	}
}
