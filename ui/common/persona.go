package common

import (
	"github.com/journey-maps/journey/model"
)

// PersonaLabel is the persona's name for an id, or the id itself when no
// persona carries it.
func PersonaLabel(m *model.Map, id string) string {
	for _, p := range m.Personas {
		if p.Key() == id {
			return p.Label()
		}
	}
	return id
}

// PersonaLabelOrAll names the curve's persona for the footer; "" is the
// base curve, the touchpoints' own emotions.
func PersonaLabelOrAll(m *model.Map, id string) string {
	if id == "" {
		return "base"
	}
	return PersonaLabel(m, id)
}
