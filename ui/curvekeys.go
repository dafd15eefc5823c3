package ui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/ui/board"
)

// showCurve shows the next curve the board asked for (c, S): the board
// only reads the shared state, the root writes it.
func (a *App) showCurve(msg board.NextCurveMsg) {
	next := a.board.NextCurve(msg)
	a.c.Persona, a.c.Segment, a.c.AllPersonas = next.Persona, next.Segment, next.All
	a.status = next.Status(a.m)
}

// curveKeys reports whether c (cycle the persona curves) and S (cycle the
// segments) have anything to cycle through on the map shown.
func (a *App) curveKeys() (persona, segment bool) {
	personas, segments := a.board.Curves()
	return len(personas) > 1, len(segments) > 1
}

// fitCurve keeps the curve shown to what the map has, after the map
// changed: a persona or segment that is gone goes back to the base curve.
func (a *App) fitCurve() {
	personas, segments := a.board.Curves()
	if !slices.Contains(personas, a.c.Persona) {
		a.c.Persona = ""
	}
	if !slices.Contains(segments, a.c.Segment) {
		a.c.Segment = ""
	}
}

// curveKeyHint says why c or S, pressed on the board, has nothing to
// cycle through on this map, instead of the key doing nothing.
func (a *App) curveKeyHint(msg tea.KeyMsg) bool {
	if a.zoom || a.onPanel {
		return false
	}
	k := a.c.Keys
	switch {
	case key.Matches(msg, k.Persona):
		a.status = "no persona curves: no touchpoint sets emotions per persona"
	case key.Matches(msg, k.Segment):
		a.status = "no persona segments: no persona names a segment"
	default:
		return false
	}
	return true
}
