package board

import (
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// nextSegment shows the next persona segment on the curve and in the
// channels panel, then every persona again. A segment replaces a single
// persona's curve, as it is a group of them.
func (b *Board) nextSegment() Curve {
	s := nextIn(b.segments, b.c.Segment())
	return Curve{Segment: s, label: "segment: " + segmentWord(s)}
}

// Status is what the status line says of the curve: the segment shown,
// or whose curve it is.
func (msg Curve) Status(m *model.Map) string {
	if msg.label != "" {
		return msg.label
	}
	if msg.All {
		return "curve: all personas overlaid"
	}
	return "curve: " + common.Sanitize(common.PersonaLabelOrAll(m, msg.Persona))
}

// segmentWord names a segment for the header and the status line.
func segmentWord(s string) string {
	if s == "" {
		return "all"
	}
	return common.Sanitize(s)
}

// groupEmotion is a touchpoint's emotion for the curve: the persona's
// own, or, with a segment, the mean of its personas' emotions.
func groupEmotion(t model.Touchpoint, persona string, group []string) (float64, bool) {
	if len(group) == 0 {
		v, ok := t.EmotionFor(persona)
		return float64(v), ok
	}
	return model.GroupEmotion(t, group)
}

// nextIn is the entry after cur in list, round to the first.
func nextIn(list []string, cur string) string {
	i := 0
	for j, s := range list {
		if s == cur {
			i = j
		}
	}
	return list[(i+1)%len(list)]
}
