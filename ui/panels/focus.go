package panels

// focus is whether a panel takes keys; every panel embeds it.
type focus struct{ focused bool }

// Focus lets the panel take keys.
func (f *focus) Focus() { f.focused = true }

// Blur makes the panel ignore keys.
func (f *focus) Blur() { f.focused = false }

// Focused reports whether the panel takes keys.
func (f *focus) Focused() bool { return f.focused }
