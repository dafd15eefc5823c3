package common

import (
	"github.com/charmbracelet/bubbles/key"
)

// moveHelp stands for the four arrow bindings in the footer, where room
// is short; the help screen lists them one by one.
var MoveHelp = key.NewBinding(key.WithKeys("up", "down", "left", "right"), key.WithHelp("←↑↓→", "move"))
