// Package ui is the Bubble Tea editor for journey maps. This root package
// holds the App (the root model: header, board, the active panel, the
// details pane and the footer), its modes, key dispatch, editing through
// the session, saving, the file watcher's messages, the shell that opens a
// map or a folder, and the help screen.
//
// # Packages
//
// Imports only go down: ui → board, detail, panels, screens → common.
//
//   - common: what every pane shares. Common (the terminal's size, the
//     theme's Styles, the KeyMap, today's date, the curve shown) and View,
//     its read-only face; Item, the thing a pane selects, and Item.Path,
//     its address for the session's edits; Sanitize, Line, Clip and Wrap;
//     glyphs and marks; layout Rects; the list window panels scroll.
//   - board: the stages as columns of cards, the emotion curve, and the
//     marks search, changes and repair mode put on cards.
//   - detail: the details pane (the selection as a form) and the field
//     editor.
//   - panels: goals, funnel, priorities, personas, channels, the workshop
//     room.
//   - screens: whole screens that are not the editor: portfolio, recovery,
//     error, comparison, the conflict picker.
//
// # The pane contract
//
// A pane imports common and model (never ui, never model/yamldoc) and is
// built on a common.View:
//
//	func NewGoals(c common.View) *Goals                        // reads shared state, cannot write it
//	func (p *Goals) SetMap(m *model.Map)                       // new or reloaded map; derive caches here
//	func (p *Goals) SetSize(w, h int)                          // the pane's own box, borders included
//	func (p *Goals) Update(msg tea.Msg) (*Goals, tea.Cmd)      // keys and mouse, when focused
//	func (p *Goals) View() string                              // exactly h lines no wider than w
//
// A pane does not describe its keys: the root's key table (keytable.go)
// holds every key once, with its help text, when it works and where each
// footer shows it, and forwards to the focused pane the keys it handles.
//
// Only the root holds the *common.Common and writes it: a resize, the
// keys a mode enables (curveKeys decides c and S from the map), the curve
// shown. A View reads the root's Common through a pointer, so every pane
// sees a change at once, and has no setter, so the compiler rejects a pane
// that writes shared state (TestPanesNeverHoldCommon keeps panes off
// *common.Common). A pane that wants shared state changed reports back
// with a message from Update that the root applies: the board's
// board.NextCurveMsg for c and S, screens.OpenMapMsg for the
// portfolio. Changes to the map go through the root to the session, never
// through a pane.
//
// A panel whose rows are map items implements common.Selector (Selected()
// (common.Item, bool)) so the details pane follows its selection; the root
// wraps each panel with AsPanel(name, panel) and picks up Focus, Blur and
// Selected when present. A pane keeps its own selection and scroll; when
// SetMap brings a changed map it clamps the selection rather than
// resetting it, so a reload keeps the user's place.
//
// Rules every pane follows:
//   - Never read the clock: use View.Today.
//   - Styles come from View.Styles; View never calls lipgloss.NewStyle().
//   - Every string from a map, a file name or a network client goes through
//     common.Sanitize (or Line / Clip that call it) before it is rendered.
//   - Colour only reinforces: anything a colour says is also said by a
//     word, glyph or mark (NO_COLOR, projectors, and the golden tests run
//     with termenv.Ascii).
//   - View does no I/O and changes no state; rendering costs what the pane
//     shows, not what the map holds.
//   - A pane reacts only to enabled bindings of View.Keys, so read-only and
//     edit modes switch keys off in one place, the root.
//   - Nothing panics at any size, down to 1x1 and 0x0.
package ui
