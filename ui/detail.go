package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
)

// Detail shows everything about the selected item: a touchpoint, stage,
// pain point, opportunity, goal or persona. Its lines are built once per
// item and width and only sliced per frame.
type Detail struct {
	c       *Common
	m       *model.Map
	dv      derived
	w, h    int
	focused bool

	item   Item
	has    bool
	offset int

	lines []string
	built detailKey
	frame string   // the last frame drawn
	drawn frameKey // what it was drawn from
}

// frameKey is what a frame of the pane depends on beyond its lines.
type frameKey struct {
	lines   detailKey
	offset  int
	w, h    int
	focused bool
}

// detailKey is what the built lines depend on.
type detailKey struct {
	m       *model.Map
	item    Item
	has     bool
	width   int
	persona string
}

// NewDetail is an empty detail pane.
func NewDetail(c *Common) *Detail { return &Detail{c: c} }

// SetMap shows a new or reloaded map.
func (d *Detail) SetMap(m *model.Map) {
	d.m = m
	d.frame = ""
	d.dv = derived{}
	d.built = detailKey{}
}

// SetItem shows an item; showing another item scrolls back to the top.
func (d *Detail) SetItem(it Item, ok bool) {
	if it != d.item || ok != d.has {
		d.offset = 0
	}
	d.item, d.has = it, ok
}

// SetSize gives the pane its box, border included.
func (d *Detail) SetSize(w, h int) { d.w, d.h = max(0, w), max(0, h) }

// Focus lets the pane scroll on keys.
func (d *Detail) Focus() { d.focused = true }

// Blur makes the pane ignore keys.
func (d *Detail) Blur() { d.focused = false }

func (d *Detail) content() []string {
	iw, _ := panelBody(d.w, d.h)
	k := detailKey{d.m, d.item, d.has, iw, d.c.Persona}
	if k != d.built {
		d.lines = nil
		if d.has {
			d.lines = detailLines(d.m, &d.dv, d.item, iw, d.c.Today, d.c.Styles)
		}
		d.built = k
	}
	return d.lines
}

// Update scrolls on keys and the wheel while focused.
func (d *Detail) Update(msg tea.Msg) (*Detail, tea.Cmd) {
	if !d.focused {
		return d, nil
	}
	_, ih := panelBody(d.w, d.h)
	k := d.c.Keys
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

func (d *Detail) clamp() {
	_, ih := panelBody(d.w, d.h)
	d.offset = max(0, min(d.offset, len(d.content())-ih))
}

// View draws the lines that fit from the scroll offset.
func (d *Detail) View() string {
	if d.w <= 0 || d.h <= 0 {
		return ""
	}
	lines := d.content()
	if k := (frameKey{d.built, d.offset, d.w, d.h, d.focused}); k == d.drawn && d.frame != "" {
		return d.frame
	}
	iw, ih := panelBody(d.w, d.h)
	if !d.has {
		lines = []string{d.c.Styles.Muted.Render(Clip("Nothing selected.", iw))}
	}
	off := max(0, min(d.offset, len(lines)-ih))
	body := lines[off:min(len(lines), off+ih)]
	note := ""
	if len(lines) > ih {
		note = fmt.Sprintf("%d–%d of %d", off+1, off+len(body), len(lines))
	}
	d.frame = renderPanel(d.c.Styles, d.focused, "Details", note, body, d.w, d.h)
	d.drawn = frameKey{d.built, d.offset, d.w, d.h, d.focused}
	return d.frame
}

// ShortHelp is the pane's keys for the footer.
func (d *Detail) ShortHelp() []key.Binding {
	k := d.c.Keys
	return []key.Binding{k.Up, k.Down, k.Back}
}

// FullHelp is the pane's keys for the help screen.
func (d *Detail) FullHelp() [][]key.Binding {
	k := d.c.Keys
	return [][]key.Binding{{k.Up, k.Down, k.First, k.Last, k.Back}}
}
