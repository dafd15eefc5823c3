package ui

import "github.com/journey-maps/journey/model"

// EmotionGlyph is the sign of an emotion as a shape, so that it reads
// without colour: ▼▼ very negative, ▼ negative, ● neutral, ▲ positive,
// ▲▲ very positive; "·" for no emotion recorded.
func EmotionGlyph(v int, ok bool) string {
	if !ok {
		return "·"
	}
	switch min(max(v, model.MinEmotion), model.MaxEmotion) {
	case -2:
		return "▼▼"
	case -1:
		return "▼"
	case 1:
		return "▲"
	case 2:
		return "▲▲"
	}
	return "●"
}

// SignedEmotion is an emotion value with its sign: "-2", "0", "+1".
func SignedEmotion(v int) string {
	switch {
	case v > 0:
		return "+" + itoa(v)
	default:
		return itoa(v)
	}
}

// Marks used across panes, so that each means one thing everywhere.
const (
	MarkDropOff  = "⤓" // a drop_off pain point: customers abandon here
	MarkWorst    = "◀ worst"
	MarkSelected = "▸"
	Ellipsis     = "…"
)
