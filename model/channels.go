package model

// ChannelCell is one channel in one stage: how many touchpoints use it
// there and their mean emotion.
type ChannelCell struct {
	Touchpoints int
	Mean        float64
	HasMean     bool // false when none of them records an emotion
	// Gap is a stage where the channel is absent although the journey
	// uses it in other stages: a hand-off the customer may fall through.
	Gap bool
}

// ChannelRow is a channel across the stages, one cell per stage.
type ChannelRow struct {
	Channel string // "" for touchpoints that name none
	Cells   []ChannelCell
}

// ChannelMix lays the touchpoints out as channels (rows, in the order the
// journey first uses them) by stages (columns). Emotions are read for the
// given personas (each persona's own where it has one, averaged), or the
// touchpoint's emotion when personas is empty, so that the mix can show
// one segment.
func ChannelMix(m *Map, personas []string) []ChannelRow {
	if m == nil {
		return nil
	}
	index := map[string]int{}
	var rows []ChannelRow
	sums := [][]float64{}
	counts := [][]int{}
	for si, s := range m.Stages {
		for _, t := range s.Touchpoints {
			ri, ok := index[t.Channel]
			if !ok {
				ri = len(rows)
				index[t.Channel] = ri
				rows = append(rows, ChannelRow{Channel: t.Channel, Cells: make([]ChannelCell, len(m.Stages))})
				sums = append(sums, make([]float64, len(m.Stages)))
				counts = append(counts, make([]int, len(m.Stages)))
			}
			rows[ri].Cells[si].Touchpoints++
			if v, ok := GroupEmotion(t, personas); ok {
				sums[ri][si] += v
				counts[ri][si]++
			}
		}
	}
	for ri := range rows {
		for si := range rows[ri].Cells {
			c := &rows[ri].Cells[si]
			c.Gap = c.Touchpoints == 0
			if counts[ri][si] > 0 {
				c.Mean, c.HasMean = sums[ri][si]/float64(counts[ri][si]), true
			}
		}
	}
	return rows
}

// GroupEmotion is a touchpoint's emotion for a group of personas (a
// segment): the mean of what each of them feels, or its own emotion for no
// group.
func GroupEmotion(t Touchpoint, personas []string) (float64, bool) {
	if len(personas) == 0 {
		if t.Emotion == nil {
			return 0, false
		}
		return float64(*t.Emotion), true
	}
	sum, n := 0, 0
	for _, p := range personas {
		if v, ok := t.EmotionFor(p); ok {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}
