package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
)

// persist keeps a session's work safe while the App edits: it writes the
// recovery file within a second of each change, saves on its own under
// --autosave, and watches the file on disk for changes made elsewhere.
// The App tells it about changes and saves, hands it every message first,
// and shows its banner; it talks back with the messages below.
type persist struct {
	c *Common
}

// SaveRequestMsg asks the App to save now, exactly as ctrl+s does
// (autosave sends it).
type SaveRequestMsg struct{}

// ReloadedMsg carries the map as it now is on disk; the App shows it,
// keeping the selection where the item still exists, and starts a fresh
// undo history.
type ReloadedMsg struct{ Doc *model.Doc }

// DiskChangedMsg tells the App the file changed on disk while it has
// unsaved edits (the header says so until a reload or a save).
type DiskChangedMsg struct{}

func newPersist(c *Common) *persist { return &persist{c: c} }

// Changed is called after every change to the document (an action, an
// undo, a redo) with the labels of the actions not yet saved.
func (p *persist) Changed(doc *model.Doc, actions []string) tea.Cmd { return nil }

// Saved is called after the map was written to its file.
func (p *persist) Saved(doc *model.Doc) tea.Cmd { return nil }

// Update sees every message before the App; handled tells the App to stop
// there.
func (p *persist) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) { return nil, false }

// Banner is a line to show above the footer, or "".
func (p *persist) Banner(width int) string { return "" }
