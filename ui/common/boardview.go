package common

import (
	"github.com/journey-maps/journey/model"
)

// personaLabel is the persona's name for an id, or the id itself when no
// persona carries it.
func PersonaLabel(m *model.Map, id string) string {
	for _, p := range m.Personas {
		if p.Key() == id {
			return p.Label()
		}
	}
	return id
}
