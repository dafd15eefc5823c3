package screens

import (
	"github.com/journey-maps/journey/model"
)

// OpenMapMsg asks the shell to open a map file, with the cursor on the
// item at Place when it names one.
type OpenMapMsg struct {
	Path  string
	Place model.Path
}
