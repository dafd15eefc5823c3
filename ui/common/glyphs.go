package common

import "github.com/journey-maps/journey/model"

// EmotionGlyph is model.EmotionGlyph: one shape per emotion everywhere.
func EmotionGlyph(v int, ok bool) string { return model.EmotionGlyph(v, ok) }

// SignedEmotion is model.SignedEmotion.
func SignedEmotion(v int) string { return model.SignedEmotion(v) }

// Marks used across panes, so that each means one thing everywhere.
const (
	MarkDropOff  = "⤓" // a drop_off pain point: customers abandon here
	MarkWorst    = "◀ worst"
	MarkSelected = "▸"
	Ellipsis     = "…"
	// MarkSubJourney follows a stage that names a sub-journey (> opens it).
	MarkSubJourney = "⊞"
)
