// Package screens holds the whole-screen views that are not the editor: the
// portfolio of a folder's maps, the recovery and error screens.
package screens
