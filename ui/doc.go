// Package ui is the Bubble Tea editor for journey maps: the board, the
// detail pane, the panels (goals, funnel, priorities, personas), the
// portfolio of a folder's maps and the screen shown when a map fails to
// load.
//
// # The component contract
//
// Every pane is its own type in its own file and follows one contract, so
// that the root model composes panes instead of growing one big switch:
//
//	func NewGoalsPanel(c *Common) *GoalsPanel          // constructor takes the shared Common
//	func (p *GoalsPanel) SetMap(m *model.Map)          // new or reloaded map; recompute caches here
//	func (p *GoalsPanel) SetSize(w, h int)             // the pane's own box, borders included
//	func (p *GoalsPanel) Update(msg tea.Msg) (*GoalsPanel, tea.Cmd) // returns its concrete type
//	func (p *GoalsPanel) View() string                 // exactly h lines no wider than w
//	func (p *GoalsPanel) ShortHelp() []key.Binding     // help.KeyMap, for the footer
//	func (p *GoalsPanel) FullHelp() [][]key.Binding
//
// A panel whose rows are map items (goals, opportunities, personas) also
// implements Selector, Selected() (Item, bool), so the detail pane shows
// the selected goal, opportunity or persona (Item is in item.go: GoalItem,
// PersonaItem, OpportunityItem...). The root wraps each panel with
// AsPanel(name, panel) and picks up Focus, Blur and Selected when present.
//
// The same holds for the funnel (NewFunnelPanel), priorities
// (NewPrioritiesPanel) and personas (NewPersonasPanel) panels. Panels
// also implement Focus() / Blur() / Focused(): a blurred pane ignores key
// messages (it may still take size and map messages). A pane keeps its own
// selection and scroll offset; when SetMap is called with a changed map it
// clamps the selection rather than resetting it, so a reload keeps the
// user's place.
//
// Rules every pane follows:
//   - Shared things live in Common (size of the whole screen, styles, keys,
//     "today", read-only). Never read the clock: use Common.Today.
//   - Styles come from Common.Styles; View never calls lipgloss.NewStyle().
//   - Every string that comes from the map goes through Sanitize (or the
//     helpers Line / Clip that call it) before it is rendered: map text is
//     untrusted and must never carry escape sequences to the terminal.
//   - Colour only reinforces: anything a colour says (status, emotion sign,
//     selection, the worst funnel step) is also said by a word, glyph or
//     marker, because NO_COLOR, projectors and the golden tests (which run
//     with termenv.Ascii) show no colour at all.
//   - View does no I/O and changes no state; rendering costs what the pane
//     shows, not what the map holds (derive once in SetMap, not per frame).
//   - Keys are the bindings in Common.Keys; a pane only reacts to a binding
//     that is enabled, so read-only mode and edit mode switch keys off in one
//     place. Help lists only enabled bindings (bubbles/help does this).
//   - Nothing panics at any size, down to 1x1 and 0x0: render what fits.
//
// Helpers shared by all panes: Line (sanitize and cut to a width), Clip,
// Wrap (multi-line text), PadRight; EmotionGlyph and SignedEmotion for
// emotions; the marks MarkDropOff, MarkWorst, MarkSelected; Styles.Status
// and Styles.Emotion for status words and emotion values;
// Styles.NewProgress for a progress bar in the theme's colours.
package ui
