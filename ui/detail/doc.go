// Package detail is the details pane: the selected item as a form of fields,
// pain points and opportunities, and the field editor.
package detail
