package export

import (
	"fmt"
	"math"
	"strings"

	"github.com/journey-maps/journey/model"
	md "github.com/journey-maps/journey/model/textsafe"
)

// channels writes the channels across stages: per channel and stage the
// touchpoint count and mean emotion, and "gap" where the journey uses the
// channel in other stages but not in this one.
func (w *mdWriter) channels(m *model.Map) {
	rows := model.ChannelMix(m, nil)
	if len(rows) == 0 {
		return
	}
	w.line("## Channels across stages")
	w.line("")
	w.line("Touchpoints and mean emotion per channel and stage; a gap is a stage without a channel the journey uses elsewhere.")
	w.line("")
	head := []string{"Channel"}
	rule := []string{"---"}
	for _, s := range m.Stages {
		head = append(head, md.Markdown(s.Label()))
		rule = append(rule, "---")
	}
	w.line("| %s |", strings.Join(head, " | "))
	w.line("|%s|", strings.Join(rule, "|"))
	for _, r := range rows {
		name := md.Markdown(r.Channel)
		if r.Channel == "" {
			name = "(no channel)"
		}
		cells := []string{name}
		for _, c := range r.Cells {
			cells = append(cells, channelCellText(c))
		}
		w.line("| %s |", strings.Join(cells, " | "))
	}
	w.line("")
}

// channelCellText is a cell of the channels table: "3 · ▲ +1.33", "1"
// when no touchpoint there records an emotion, or "gap".
func channelCellText(c model.ChannelCell) string {
	switch {
	case c.Gap:
		return "gap"
	case !c.HasMean:
		return fmt.Sprint(c.Touchpoints)
	}
	sign := ""
	if c.Mean > 0 {
		sign = "+"
	}
	return fmt.Sprintf("%d · %s %s%s", c.Touchpoints, model.EmotionGlyph(int(math.Round(c.Mean)), true), sign, model.Num(c.Mean))
}

// channels writes the channels across stages as an HTML table.
func (w *htmlWriter) channels(m *model.Map) {
	rows := model.ChannelMix(m, nil)
	if len(rows) == 0 {
		return
	}
	w.line(`<h2>Channels across stages</h2>`)
	w.line(`<p class="m">Touchpoints and mean emotion per channel and stage; a gap is a stage without a channel the journey uses elsewhere.</p>`)
	w.line(`<table>`)
	head := []string{"Channel"}
	for _, s := range m.Stages {
		head = append(head, esc(s.Label()))
	}
	w.thead(head...)
	for _, r := range rows {
		name := esc(r.Channel)
		if r.Channel == "" {
			name = "(no channel)"
		}
		cells := []string{name}
		for _, c := range r.Cells {
			cells = append(cells, esc(channelCellText(c)))
		}
		w.row("td", cells...)
	}
	w.line(`</table>`)
}
