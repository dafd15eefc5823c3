package panels

import (
	"fmt"
	"math"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Channels lays the touchpoints out as channels by stages: in each
// cell how many touchpoints use the channel there and how they feel, and
// "gap" where the journey uses a channel elsewhere but not in that stage.
// It looks for the hand-offs between channels a customer may fall
// through.
type Channels struct {
	c       common.View
	m       *model.Map
	rows    []model.ChannelRow
	segment string // the segment the rows' emotions are for
	gaps    int
	top     int // first row shown
	w, h    int
	focus
}

// NewChannels builds an empty channels panel; SetMap gives it a map.
func NewChannels(c common.View) *Channels { return &Channels{c: c} }

// SetMap lays out the channel mix once per map.
func (p *Channels) SetMap(m *model.Map) {
	p.m = m
	p.segment = p.c.Segment()
	p.rows = model.ChannelMix(m, model.SegmentPersonas(m, p.segment))
	p.gaps = 0
	for _, r := range p.rows {
		for _, c := range r.Cells {
			if c.Gap {
				p.gaps++
			}
		}
	}
	p.top = min(p.top, max(len(p.rows)-1, 0))
}

// SetSize sets the panel's box, border included.
func (p *Channels) SetSize(w, h int) { p.w, p.h = w, h }

// Selected is nothing: a cell is no item of the map.
func (p *Channels) Selected() (common.Item, bool) { return common.Item{}, false }

// SelectItem does nothing: the panel has no selection.
func (p *Channels) SelectItem(common.Item) {}

// Update scrolls the rows when they do not fit; a blurred panel ignores input.
func (p *Channels) Update(msg tea.Msg) (*Channels, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !p.focused || !ok {
		return p, nil
	}
	switch {
	case key.Matches(km, p.c.Keys().Down):
		p.top = min(p.top+1, max(len(p.rows)-1, 0))
	case key.Matches(km, p.c.Keys().Up):
		p.top = max(p.top-1, 0)
	}
	return p, nil
}

// View draws the table: a header of stages, then a row per channel.
func (p *Channels) View() string {
	st := p.c.Styles()
	iw, ih := common.PanelBody(p.w, p.h)
	if p.segment != p.c.Segment() { // S picked another segment
		p.SetMap(p.m)
	}
	title := "Channels across stages"
	if len(p.rows) == 0 {
		body := []string{st.Muted.Render(common.Clip("No touchpoints in this map.", iw))}
		return common.RenderPanel(st, p.focused, title, "", body, p.w, p.h)
	}
	title += fmt.Sprintf("  %d %s · %d %s", len(p.rows), common.Plural(len(p.rows), "channel", "channels"), p.gaps, common.Plural(p.gaps, "gap", "gaps"))
	if p.segment != "" {
		title += " · segment " + common.Sanitize(p.segment)
	}
	nameW := min(14, max(iw/4, 6))
	colW := max((iw-nameW)/max(len(p.m.Stages), 1), 8)
	head := common.PadRight("", nameW)
	for _, s := range p.m.Stages {
		head += common.PadRight(common.Line(s.Label(), colW-1), colW)
	}
	body := []string{st.Label.Render(common.Clip(head, iw))}
	shown := p.rows[p.top:]
	if room := ih - 2; len(shown) > room {
		shown = shown[:max(room, 0)]
	}
	for _, r := range shown {
		name := r.Channel
		if name == "" {
			name = "(no channel)"
		}
		line := st.Value.Render(common.PadRight(common.Line(name, nameW-1), nameW))
		for _, c := range r.Cells {
			line += channelCell(st, c, colW)
		}
		body = append(body, common.Clip(line, iw))
	}
	body = append(body, st.Muted.Render(common.Clip("touchpoints and mean emotion per stage · gap: used in other stages, not here", iw)))
	note := ""
	if len(shown) < len(p.rows) {
		note = fmt.Sprintf("%d–%d/%d", p.top+1, p.top+len(shown), len(p.rows))
	}
	return common.RenderPanel(st, p.focused, title, note, body, p.w, p.h)
}

// channelCell is "2 ▲+1.5": the touchpoint count, then the mean emotion as
// a glyph and a signed figure, so it reads without colour.
func channelCell(st *common.Styles, c model.ChannelCell, w int) string {
	switch {
	case c.Gap:
		return st.Muted.Render(common.PadRight("gap", w))
	case !c.HasMean:
		return common.PadRight(fmt.Sprintf("%d ·", c.Touchpoints), w)
	}
	v := int(math.Round(c.Mean))
	sign := ""
	if c.Mean > 0 {
		sign = "+"
	}
	s := fmt.Sprintf("%d %s%s%s", c.Touchpoints, model.EmotionGlyph(v, true), sign, model.Num(c.Mean))
	return common.PadRight(common.Clip(s, w-1), w)
}
