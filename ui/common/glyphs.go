package common

import (
	"github.com/journey-maps/journey/model"
)

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

// SeverityGlyph is a pain point's severity as marks that read without
// colour: ! low, !! medium, !!! high, !!!! critical; "" when unset.
func SeverityGlyph(sev string) string {
	switch sev {
	case "low":
		return "!"
	case "medium":
		return "!!"
	case "high":
		return "!!!"
	case "critical":
		return "!!!!"
	}
	return ""
}

// Ghosts are what another version of the map had and this one has not
// (journey view --changes): a removed touchpoint is a faint card at the
// end of its stage's column, a removed pain point or opportunity a faint
// row at the end of its touchpoint's card, a removed stage a faint column
// where it was, its touchpoints ghost cards. Each carries MarkRemoved and
// the word "removed", so that it reads without colour. They are drawn and
// selected like the map's own items, but never resolve to one: no edit
// reaches them, and they never enter the map, the session or a save.

// Marks that do not depend on colour.
const (
	MarkRemoved = "⊘" // a ghost: removed since the revision
	MarkProblem = "!" // a value with a problem, in repair mode
)
