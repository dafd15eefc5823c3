// Package common is what every pane of the editor shares: Common, which
// only the root model writes, and View, the read-only face of it the panes
// get; styles and themes, glyphs and marks, the display sanitizer, layout
// and text helpers, the key map, the list window panels scroll, and the
// items a pane can select with their document paths.
package common
