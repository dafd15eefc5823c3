package board

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// In repair mode every problem is also placed on what holds the bad
// value: the touchpoint's card carries MarkProblem and the word "problem",
// the detail pane marks the field's row with the message, and ] and [ go
// from one bad value to the next with the details open on its field, so
// that enter edits it. A fix clears the mark with the next refresh.

// ] and [ in repair mode go from one bad value to the next.
var (
	NextProblem = key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next problem"))
	PrevProblem = key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous problem"))
)

// repairStop is one problem placed on an item and, where the line names
// one of its fields, that field.
type repairStop struct {
	Item  common.Item
	Field string // the detail row's key ("emotion"); "" when none is shown
	Msg   string // "line 7, col 18: emotion must be …", sanitized
}

// RepairMarks are the problems of a map in repair mode, placed.
type RepairMarks struct {
	Stops []repairStop
	Cards map[[2]int]bool // touchpoints whose card holds a bad value
	At    int             // the stop ] and [ went to last
}

// PlaceProblems places the map's errors on its items, or returns nil when
// it has none.
func PlaceProblems(d *model.Doc) *RepairMarks {
	if d == nil {
		return nil
	}
	diags := d.Diagnostics() // a copy at the file's lines: read it once
	if !diags.HasErrors() {
		return nil
	}
	m := d.Map()
	text := strings.Split(string(d.Bytes()), "\n")
	items := positioned(d, m)
	rm := &RepairMarks{Cards: map[[2]int]bool{}, At: -1}
	for _, x := range diags {
		if x.Severity != model.Error {
			continue
		}
		key, col := "", 0
		if x.Line >= 1 && x.Line <= len(text) {
			key, col = KeyOf(text[x.Line-1])
		}
		s := repairStop{Item: common.MapItem(), Msg: fmt.Sprintf("line %d, col %d: %s", x.Line, x.Col, common.Sanitize(x.Message))}
		owner := model.Pos{Col: 1}
		for _, p := range items {
			if p.pos.Line <= x.Line && p.pos.Col <= col && p.pos.Line >= owner.Line {
				s.Item, owner = p.item, p.pos
			}
		}
		if owner.Col == col {
			s.Field = key
		}
		rm.Stops = append(rm.Stops, s)
		if it := s.Item; it.Touchpoint >= 0 && it.Stage >= 0 {
			rm.Cards[[2]int{it.Stage, it.Touchpoint}] = true
		}
	}
	return rm
}

// positionedItem is an item and where its mapping starts in the file.
type positionedItem struct {
	item common.Item
	pos  model.Pos
}

// positioned lists the map's items that problems can be placed on, with
// their positions in the file.
func positioned(d *model.Doc, m *model.Map) []positionedItem {
	var out []positionedItem
	add := func(it common.Item, p model.Pos) { out = append(out, positionedItem{it, d.FilePos(p)}) }
	for i, g := range m.Goals {
		add(common.GoalItem(i), g.Pos)
	}
	for i, p := range m.Personas {
		add(common.PersonaItem(i), p.Pos)
	}
	for si, s := range m.Stages {
		add(common.StageItem(si), s.Pos)
		for ti, t := range s.Touchpoints {
			add(common.TouchpointItem(si, ti), t.Pos)
			for i, p := range t.PainPoints {
				add(common.PainPointItem(si, ti, i), p.Pos)
			}
			for i, o := range t.Opportunities {
				add(common.OpportunityItem(si, ti, i), o.Pos)
			}
		}
		for i, p := range s.PainPoints {
			add(common.PainPointItem(si, -1, i), p.Pos)
		}
		for i, o := range s.Opportunities {
			add(common.OpportunityItem(si, -1, i), o.Pos)
		}
	}
	return out
}

// KeyOf is the key a line of block YAML sets and its 1-based column
// ("        emotion: 7" is emotion at 9; "  - name: A" is name at 5).
func KeyOf(line string) (string, int) {
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

// Problems are the problems of item it by the detail row they belong to;
// a touchpoint's own detail also marks the rows of its pain points and
// opportunities that have one.
func (rm *RepairMarks) Problems(it common.Item) map[string][]string {
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
	for _, s := range rm.Stops {
		switch {
		case s.Item == it:
			put(s.Field, s.Msg)
		case it.Kind == common.KindTouchpoint && s.Item.Kind != common.KindTouchpoint && s.Item.Stage == it.Stage && s.Item.Touchpoint == it.Touchpoint:
			l := common.LocOf(s.Item) // a pain point or opportunity of the card: its row
			put(l.Kind+"/"+common.Itoa(l.Item), s.Msg)
		}
	}
	return out
}
