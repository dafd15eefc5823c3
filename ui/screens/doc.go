// Package screens holds the whole-screen views that are not the editor: the
// portfolio of a folder's maps, the recovery and error screens, the
// comparison of a map with its ideal, and the picker for conflicts between
// unsaved edits and the file on disk.
package screens
