package common

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/journey-maps/journey/model"
)

func WithHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// personaLabelOrAll names the curve's persona for the footer; "" is the
// base curve, the touchpoints' own emotions.
func PersonaLabelOrAll(m *model.Map, id string) string {
	if id == "" {
		return "base"
	}
	return PersonaLabel(m, id)
}
