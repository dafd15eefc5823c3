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
			switch {
			case c.Gap:
				cells = append(cells, "gap")
			case !c.HasMean:
				cells = append(cells, fmt.Sprint(c.Touchpoints))
			default:
				sign := ""
				if c.Mean > 0 {
					sign = "+"
				}
				cells = append(cells, fmt.Sprintf("%d · %s %s%s", c.Touchpoints,
					model.EmotionGlyph(int(math.Round(c.Mean)), true), sign, model.Num(c.Mean)))
			}
		}
		w.line("| %s |", strings.Join(cells, " | "))
	}
	w.line("")
}
