// Package common is what every pane of the editor shares: the read-only
// Common, styles and themes, glyphs, the display sanitizer, layout and text
// helpers, the key map, and the items a pane can select.
package common
