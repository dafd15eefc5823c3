package common

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap holds every key binding of the editor (see UX.md). When a key
// works is the key table's to say (ui/keytable.go), not the bindings'
// enabled flags.
type KeyMap struct {
	// Navigation.
	Left, Right, Up, Down key.Binding
	JumpStage             key.Binding // 1..9
	First, Last           key.Binding
	NextPanel, PrevPanel  key.Binding
	Open                  key.Binding // enter: the selection into the detail pane
	Back                  key.Binding // esc: close the detail pane, clear a search
	Persona               key.Binding // cycle the persona whose curve is shown
	Segment               key.Binding // S: cycle the persona segment shown
	Ideal                 key.Binding // =: overlay the ideal map's curve
	MapDetails            key.Binding // m: the map's own fields in the detail pane
	// Search.
	Search, NextMatch, PrevMatch key.Binding
	// Editing (issue 4): off until the editor can edit, always off read-only.
	Edit, Add, AddPain, AddOpportunity key.Binding
	AddStage                           key.Binding
	Raise, Lower, Vote, Unvote         key.Binding
	// The workshop's quick cycles of a pain point's or opportunity's
	// levels, so a room can rate items without typing.
	CycleSeverity, CycleImpact, CycleEffort, CycleStatus key.Binding
	MoveDown, MoveUp                                     key.Binding
	MovePrevStage, MoveNextStage                         key.Binding
	Delete, Undo, Redo, Save                             key.Binding
	// Record a goal's new measurement, in the goals panel (issue 13).
	Record key.Binding
	// Chrome.
	Help, Quit key.Binding
	// The room: a view for a projector, and a jump to any stage.
	RoomView, JumpTo key.Binding

	readOnly bool
}

// DefaultKeyMap is the key map of UX.md.
func DefaultKeyMap() *KeyMap {
	k := &KeyMap{
		Left:       key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "prev stage")),
		Right:      key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "next stage")),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "prev item")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "next item")),
		JumpStage:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "jump to stage")),
		First:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first")),
		Last:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last")),
		NextPanel:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next panel")),
		PrevPanel:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev panel")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details")),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Persona:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "next curve")),
		MapDetails: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "map details")),
		Segment:    key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "segment")),
		Ideal:      key.NewBinding(key.WithKeys("="), key.WithHelp("=", "ideal curve")),

		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),

		Edit:           key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		Add:            key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add")),
		AddPain:        key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "add pain point")),
		AddOpportunity: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "add opportunity")),
		AddStage:       key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "add stage")),
		Raise:          key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "emotion up")),
		Lower:          key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "emotion down")),
		Vote:           key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "vote")),
		Unvote:         key.NewBinding(key.WithKeys("V"), key.WithHelp("V", "take a vote back")),
		CycleSeverity:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "severity")),
		CycleImpact:    key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "impact")),
		CycleEffort:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "effort")),
		CycleStatus:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "status")),
		MoveDown:       key.NewBinding(key.WithKeys("J"), key.WithHelp("J", "move down")),
		MoveUp:         key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "move up")),
		MovePrevStage:  key.NewBinding(key.WithKeys("H"), key.WithHelp("H", "move to prev stage")),
		MoveNextStage:  key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "move to next stage")),
		Delete:         key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Undo:           key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Redo:           key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "redo")),
		Save:           key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		Record:         key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "record measurement")),

		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		RoomView: key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "room view")),
		JumpTo:   key.NewBinding(key.WithKeys(":"), key.WithHelp(":", "go to stage")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
	return k
}

// SetReadOnly records read-only mode. Which keys work is the key table's
// to say (ui/keytable.go), from Common.ReadOnly; bindings stay enabled.
func (k *KeyMap) SetReadOnly(ro bool) { k.readOnly = ro }

// ReadOnly reports whether the key map was made for read-only mode.
func (k *KeyMap) ReadOnly() bool { return k.readOnly }

// Action is one key of a screen, described once: its binding (keys and
// help text), the help screen's group, when it works, what it does and
// whether the footer shows it. Dispatch, the footer and the help screen
// all read a table of them, so a key cannot work and be missing from the
// help, or show in the help and do nothing.
type Action[T any] struct {
	Binding key.Binding
	Group   string
	// When says whether the key works now; nil is always.
	When func(T) bool
	// Do handles the key; nil when an outer screen handles it (listed
	// for the help only).
	Do func(T, tea.KeyMsg) tea.Cmd
	// Footers are the key's places in the footers it shows in; a footer
	// not listed leaves it out.
	Footers map[Footer]Spot[T]
}

// Footer names one of a screen's footers: the board's, a panel's, the
// details' for one kind of item.
type Footer string

// Spot is an action's place in one footer.
type Spot[T any] struct {
	// At is the place, 1 first; a narrow footer cuts from the end.
	At int
	// Help is what the footer calls the key there, when not the
	// binding's own help ("+/-  emotion" for + and -).
	Help *key.Help
	// If says whether the footer shows the key now, beyond its working;
	// nil is always.
	If func(T) bool
}

// Enabled reports whether the action works now for t.
func (a Action[T]) Enabled(t T) bool { return a.When == nil || a.When(t) }

// Matches reports whether msg is one of the action's keys.
func (a Action[T]) Matches(msg tea.KeyMsg) bool {
	b := a.Binding
	b.SetEnabled(true)
	return key.Matches(msg, b)
}

// FindAction is the first action of the table that works now for t and
// whose binding matches msg.
func FindAction[T any](table []Action[T], t T, msg tea.KeyMsg) (Action[T], bool) {
	for _, a := range table {
		if a.Matches(msg) && a.Enabled(t) {
			return a, true
		}
	}
	return Action[T]{}, false
}

// ActionGroups are the bindings of the actions that work now, one list
// per group in the order groups first appear in the table, for the help
// screen; groups with nothing that works are left out.
func ActionGroups[T any](table []Action[T], t T) [][]key.Binding {
	var order []string
	by := map[string][]key.Binding{}
	for _, a := range table {
		if !a.Enabled(t) {
			continue
		}
		if _, seen := by[a.Group]; !seen {
			order = append(order, a.Group)
		}
		b := a.Binding
		b.SetEnabled(true)
		by[a.Group] = append(by[a.Group], b)
	}
	groups := make([][]key.Binding, 0, len(order))
	for _, g := range order {
		groups = append(groups, by[g])
	}
	return groups
}

// ShortBindings are footer f's bindings of the actions that work now,
// in their place order.
func ShortBindings[T any](table []Action[T], t T, f Footer) []key.Binding {
	type placed struct {
		at int
		b  key.Binding
	}
	var shown []placed
	for _, a := range table {
		s, ok := a.Footers[f]
		if !ok || !a.Enabled(t) || (s.If != nil && !s.If(t)) {
			continue
		}
		b := a.Binding
		b.SetEnabled(true)
		if s.Help != nil {
			b.SetHelp(s.Help.Key, s.Help.Desc)
		}
		shown = append(shown, placed{s.At, b})
	}
	slices.SortStableFunc(shown, func(x, y placed) int { return x.at - y.at })
	ks := make([]key.Binding, len(shown))
	for i, p := range shown {
		ks[i] = p.b
	}
	return ks
}
