package detail

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Detail shows everything about the selected item: a touchpoint, stage,
// pain point, opportunity, goal or persona. Its lines are built once per
// item and width and only sliced per frame.
//
// Focused on a map that can be edited, the pane is a form: j and k move a
// cursor over the item's fields and the pain points and opportunities
// under it, the edit keys act on what the cursor is on, enter opens a pain
// point or opportunity (esc comes back) or edits a field in place.
type Detail struct {
	c       common.View
	m       *model.Map
	dv      derived
	w, h    int
	focused bool

	item   common.Item
	has    bool
	offset int

	lines []string
	Rows  []detailRow
	built detailKey
	frame string   // the last frame drawn
	drawn frameKey // what it was drawn from

	editable  bool         // the map can be edited: focused, the pane is a form
	cursor    int          // the form's row under the cursor
	cursorKey string       // its field, to find it again when the lines change
	stack     []opened     // the items this one was opened from
	editor    *FieldEditor // the field being typed into, drawn in place of its row
	editLabel string
	marks     Marks // changes since a revision, problems in repair mode
}

// opened is an item the pane went from to one under it, and where its
// cursor was, so that esc goes back to the same place.
type opened struct {
	item common.Item
	key  string
}

// frameKey is what a frame of the pane depends on beyond its lines.
type frameKey struct {
	lines   detailKey
	offset  int
	w, h    int
	focused bool
	cursor  int
}

// detailKey is what the built lines depend on.
type detailKey struct {
	m       *model.Map
	item    common.Item
	has     bool
	width   int
	persona string
	form    bool
}

// New is an empty detail pane.
func New(c common.View) *Detail { return &Detail{c: c} }

// SetMap shows a new or reloaded map.
func (d *Detail) SetMap(m *model.Map) {
	d.m = m
	d.frame = ""
	d.dv = derived{}
	d.built = detailKey{}
}

// SetItem shows an item; showing another item scrolls back to the top and
// puts the cursor on its name.
func (d *Detail) SetItem(it common.Item, ok bool) {
	if it != d.item || ok != d.has {
		d.offset, d.cursor, d.cursorKey, d.stack = 0, 0, "", nil
	}
	d.item, d.has = it, ok
}

// Follow shows the item at its new place after a move, keeping the cursor
// on the same field.
func (d *Detail) Follow(it common.Item) { d.item, d.has = it, true }

// Item is the item shown.
func (d *Detail) Item() (common.Item, bool) { return d.item, d.has }

// SetEditable makes the focused pane a form with a cursor.
func (d *Detail) SetEditable(on bool) { d.editable = on }

// SetSize gives the pane its box, border included.
func (d *Detail) SetSize(w, h int) { d.w, d.h = max(0, w), max(0, h) }

// Focus lets the pane scroll on keys.
func (d *Detail) Focus() { d.focused = true }

// Blur makes the pane ignore keys; an open field or item is left.
func (d *Detail) Blur() {
	d.focused = false
	d.editor = nil
	for d.Back() {
	}
}

func (d *Detail) form() bool { return d.focused && d.editable }

// Form reports whether the pane is a form that edits what its cursor is
// on (it has focus, and the map can be edited).
func (d *Detail) Form() bool { return d.form() }

// bodyWidth is the width the lines are built at: a form keeps two
// columns for the cursor.
func (d *Detail) bodyWidth() int {
	iw, _ := common.PanelBody(d.w, d.h)
	if d.form() {
		return max(iw-2, 0)
	}
	return iw
}

func (d *Detail) content() []string {
	k := detailKey{d.m, d.item, d.has, d.bodyWidth(), d.c.Persona(), d.form()}
	if k != d.built {
		d.lines, d.Rows = nil, nil
		if d.has {
			d.lines, d.Rows = detailLines(d.m, &d.dv, d.item, k.width, d.c.Today(), d.c.Styles(), k.form)
			d.lines, d.Rows = d.annotate(d.lines, d.Rows, k.width)
		}
		d.built = k
		d.findCursor()
	}
	return d.lines
}

// findCursor puts the cursor back on its field after the lines changed,
// or as near its old place as the rows allow.
func (d *Detail) findCursor() {
	for i, r := range d.Rows {
		if r.Key == d.cursorKey {
			d.cursor = i
			return
		}
	}
	d.setCursor(d.cursor)
}

func (d *Detail) setCursor(i int) {
	d.cursor = max(0, min(i, len(d.Rows)-1))
	d.cursorKey = ""
	if d.cursor < len(d.Rows) {
		d.cursorKey = d.Rows[d.cursor].Key
	}
}

// SetCursor puts the cursor on a field or item ("votes", "pain_points/1").
func (d *Detail) SetCursor(key string) {
	d.cursorKey = key
	d.content()
	d.findCursor()
	d.follow()
}

// Target is what the cursor is on: the item shown and one of its fields,
// or a pain point or opportunity under it (with no field).
func (d *Detail) Target() (it common.Item, field string, ok bool) {
	if !d.has {
		return common.Item{}, "", false
	}
	if !d.form() {
		return d.item, "", true
	}
	d.content()
	if d.cursor >= len(d.Rows) {
		return d.item, "", true
	}
	if child, ok := d.child(d.Rows[d.cursor].Key); ok {
		return child, "", true
	}
	return d.item, d.Rows[d.cursor].Key, true
}

// child is the pain point or opportunity a row shows.
func (d *Detail) child(key string) (common.Item, bool) {
	kind, idx, ok := strings.Cut(key, "/")
	i, err := strconv.Atoi(idx)
	if !ok || err != nil || kind == "emotions" {
		return common.Item{}, false
	}
	t := -1
	if d.item.Kind == common.KindTouchpoint {
		t = d.item.Touchpoint
	}
	if kind == "pain_points" {
		return common.PainPointItem(d.item.Stage, t, i), true
	}
	return common.OpportunityItem(d.item.Stage, t, i), true
}

// Open shows the pain point or opportunity under the cursor, and reports
// whether there was one.
func (d *Detail) Open() bool {
	it, field, ok := d.Target()
	if !ok || field != "" || it == d.item {
		return false
	}
	d.stack = append(d.stack, opened{d.item, d.cursorKey})
	d.item, d.offset, d.cursor, d.cursorKey = it, 0, 0, ""
	return true
}

// Back returns to the item the shown one was opened from, and reports
// whether there was one.
func (d *Detail) Back() bool {
	if len(d.stack) == 0 {
		return false
	}
	top := d.stack[len(d.stack)-1]
	d.stack = d.stack[:len(d.stack)-1]
	d.item, d.cursorKey, d.offset = top.item, top.key, 0
	d.built = detailKey{}
	d.content()
	d.follow()
	return true
}

// StartEdit opens a field in place of the row under the cursor.
func (d *Detail) StartEdit(label string, f *FieldEditor) {
	d.editor, d.editLabel = f, label
	d.frame = ""
	d.follow()
}

// StopEdit closes the field.
func (d *Detail) StopEdit() {
	d.editor = nil
	d.frame = ""
}

// Update moves the cursor (or scrolls) on keys and the wheel while focused.
func (d *Detail) Update(msg tea.Msg) (*Detail, tea.Cmd) {
	if !d.focused {
		return d, nil
	}
	if d.form() {
		d.moveCursor(msg)
		return d, nil
	}
	_, ih := common.PanelBody(d.w, d.h)
	k := d.c.Keys()
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			d.offset--
		case key.Matches(msg, k.Down):
			d.offset++
		case key.Matches(msg, k.First):
			d.offset = 0
		case key.Matches(msg, k.Last):
			d.offset = len(d.content())
		case msg.Type == tea.KeyPgUp:
			d.offset -= max(ih-1, 1)
		case msg.Type == tea.KeyPgDown, msg.Type == tea.KeySpace:
			d.offset += max(ih-1, 1)
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			d.offset -= 3
		case tea.MouseButtonWheelDown:
			d.offset += 3
		}
	}
	d.clamp()
	return d, nil
}

func (d *Detail) moveCursor(msg tea.Msg) {
	d.content()
	_, ih := common.PanelBody(d.w, d.h)
	page := max(ih/2, 1)
	k := d.c.Keys()
	c := d.cursor
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			c--
		case key.Matches(msg, k.Down):
			c++
		case key.Matches(msg, k.First):
			c = 0
		case key.Matches(msg, k.Last):
			c = len(d.Rows) - 1
		case msg.Type == tea.KeyPgUp:
			c -= page
		case msg.Type == tea.KeyPgDown, msg.Type == tea.KeySpace:
			c += page
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			c--
		case tea.MouseButtonWheelDown:
			c++
		}
	}
	d.setCursor(c)
	d.follow()
}

// follow scrolls the cursor's row into view.
func (d *Detail) follow() {
	lines := d.formLines(d.content())
	d.offset = d.scrollFor(lines)
}

func (d *Detail) clamp() {
	_, ih := common.PanelBody(d.w, d.h)
	d.offset = max(0, min(d.offset, len(d.content())-ih))
}

// View draws the lines that fit from the scroll offset.
func (d *Detail) View() string {
	if d.w <= 0 || d.h <= 0 {
		return ""
	}
	lines := d.content()
	k := frameKey{d.built, d.offset, d.w, d.h, d.focused, d.cursor}
	if k == d.drawn && d.frame != "" && d.editor == nil {
		return d.frame
	}
	iw, ih := common.PanelBody(d.w, d.h)
	off := max(0, min(d.offset, len(lines)-ih))
	if !d.has {
		lines = []string{d.c.Styles().Muted.Render(common.Clip("Nothing selected.", iw))}
	} else if d.form() {
		lines = d.formLines(lines)
		off = d.scrollFor(lines)
	}
	body := lines[off:min(len(lines), off+ih)]
	note := ""
	if len(lines) > ih {
		note = fmt.Sprintf("%d–%d of %d", off+1, off+len(body), len(lines))
	}
	d.frame = common.RenderPanel(d.c.Styles(), d.focused, "Details", note, body, d.w, d.h)
	d.drawn = k
	return d.frame
}
