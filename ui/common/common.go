package common

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/journey-maps/journey/model"
)

// Common is what every component shares, handed down by pointer so that a
// resize or a theme change is seen by all of them at once.
type Common struct {
	// Width and Height are the size of the whole terminal.
	Width, Height int
	// Styles are the rendering styles of the current theme.
	Styles *Styles
	// Keys are the key bindings; modes enable and disable them here.
	Keys *KeyMap
	// Today is the date figures are derived on, injected so that nothing
	// depends on the machine's clock or time zone.
	Today model.Date
	// ReadOnly is set for `journey view`: nothing is ever written.
	ReadOnly bool
	// Autosave writes the file a second after each edit (--autosave).
	Autosave bool
	// Persona is the persona whose emotions the board and curve show; ""
	// is the map's default emotions.
	Persona string
	// Segment is the persona segment whose emotions the curve and the
	// channels panel show (S); "" is every persona.
	Segment string
	// AllPersonas overlays every persona's curve (c, after the last
	// persona); Persona is "" meanwhile, so cards show the base emotion.
	AllPersonas bool

	// RoomView hides the panels so that the board and the curve fill the
	// screen, for a room reading a projector (z, --room).
	RoomView bool

	// ChangesSince, with ChangesBase the map as that revision holds it,
	// marks on the board what changed since (journey view --changes).
	ChangesSince string
	ChangesBase  *model.Map

	// Room is the shared workshop this screen is in, if any: the
	// participants panel lists its people.
	Room Room

	Participant bool // a workshop client other than the facilitator
}

// NewCommon builds the shared state for a theme, with every key bound and
// edit keys off (read-only keeps them off for good).
func NewCommon(theme Theme, today model.Date, readOnly bool) *Common {
	return NewCommonFor(theme, today, readOnly, lipgloss.DefaultRenderer())
}

// NewCommonFor is NewCommon for one terminal's renderer (a workshop
// client's).
func NewCommonFor(theme Theme, today model.Date, readOnly bool, r *lipgloss.Renderer) *Common {
	keys := DefaultKeyMap()
	keys.SetReadOnly(readOnly)
	return &Common{Styles: NewStylesFor(theme, r), Keys: keys, Today: today, ReadOnly: readOnly}
}
