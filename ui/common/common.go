package common

import (
	"github.com/charmbracelet/lipgloss"

	"github.com/journey-maps/journey/model"
)

// Common is the state every component shares: the terminal's size, the
// theme, the keys, and what the curve shows. Only the root model holds a
// *Common and writes it; the panes get a View of it.
type Common struct {
	// Width and Height are the size of the whole terminal.
	Width, Height int
	// Styles are the rendering styles of the current theme.
	Styles *Styles
	// Keys are the key bindings; the root enables and disables them.
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

	// ReadRelated reads a map that the open one names by a relative path
	// (its ideal:), when the open map is not a plain file: a git revision
	// reads it from the same revision. Nil reads it from the map's folder.
	ReadRelated func(rel string, today model.Date) (*model.Map, error)

	// Room is the shared workshop this screen is in, if any: the
	// participants panel lists its people.
	Room Room

	Participant bool // a workshop client other than the facilitator
}

// New builds the shared state for a theme, with every key bound and
// edit keys off (read-only keeps them off for good).
func New(theme Theme, today model.Date, readOnly bool) *Common {
	return NewFor(theme, today, readOnly, lipgloss.DefaultRenderer())
}

// NewFor is New for one terminal's renderer (a workshop
// client's).
func NewFor(theme Theme, today model.Date, readOnly bool, r *lipgloss.Renderer) *Common {
	keys := DefaultKeyMap()
	keys.SetReadOnly(readOnly)
	return &Common{Styles: NewStylesFor(theme, r), Keys: keys, Today: today, ReadOnly: readOnly}
}

// SetParticipant marks a workshop client other than the facilitator: its
// saves are the facilitator's to make, and quitting leaves the room without
// a question (the work stays in the shared session).
func (c *Common) SetParticipant() {
	c.Participant = true
}

// View is the read-only face of a Common that the panes (board, detail,
// panels, screens) get: it reads the root's Common through a pointer, so a
// resize or a theme change is seen by every pane at once, but it has no
// way to write it. A pane that wants shared state changed returns a
// message for the root to apply.
type View struct{ c *Common }

// View is the read-only face of c for the panes.
func (c *Common) View() View { return View{c} }

// Width is the width of the whole terminal.
func (v View) Width() int { return v.c.Width }

// Height is the height of the whole terminal.
func (v View) Height() int { return v.c.Height }

// Styles are the rendering styles of the current theme; a theme's styles
// are built once and never changed in place.
func (v View) Styles() *Styles { return v.c.Styles }

// Keys is a copy of the key bindings as the root has enabled them.
func (v View) Keys() KeyMap { return *v.c.Keys }

// Today is the date figures are derived on.
func (v View) Today() model.Date { return v.c.Today }

// Persona is the persona whose emotions the board and curve show; "" is the
// map's default emotions.
func (v View) Persona() string { return v.c.Persona }

// Segment is the persona segment the curve and the channels panel show; ""
// is every persona.
func (v View) Segment() string { return v.c.Segment }

// AllPersonas reports whether every persona's curve is overlaid.
func (v View) AllPersonas() bool { return v.c.AllPersonas }

// RoomView reports whether the room view is on: the panels hidden, the
// board's cards showing their full text.
func (v View) RoomView() bool { return v.c.RoomView }

// Room is the shared workshop this screen is in, or nil.
func (v View) Room() Room { return v.c.Room }
