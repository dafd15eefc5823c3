package common

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every key binding of the editor (see UX.md). Modes switch
// bindings off with SetEnabled(false) so that help shows only what works.
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

// DefaultKeyMap is the key map of UX.md with editing keys switched off.
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
	k.SetEditing(false)
	return k
}

// EditKeys are the bindings that change the map; read-only mode keeps them
// all off.
func (k *KeyMap) EditKeys() []*key.Binding {
	return []*key.Binding{
		&k.Edit, &k.Add, &k.AddPain, &k.AddOpportunity, &k.AddStage, &k.Raise, &k.Lower, &k.Vote, &k.Unvote,
		&k.CycleSeverity, &k.CycleImpact, &k.CycleEffort, &k.CycleStatus,
		&k.MoveDown, &k.MoveUp, &k.MovePrevStage, &k.MoveNextStage,
		&k.Delete, &k.Undo, &k.Redo, &k.Save, &k.Record,
	}
}

// SetEditing turns the editing keys on or off; in read-only mode they stay
// off whatever is asked, so no code path can turn on a write by mistake.
func (k *KeyMap) SetEditing(on bool) {
	on = on && !k.readOnly
	for _, b := range k.EditKeys() {
		b.SetEnabled(on)
	}
}

// SetReadOnly fixes read-only mode: editing keys go off and stay off.
func (k *KeyMap) SetReadOnly(ro bool) {
	k.readOnly = ro
	if ro {
		k.SetEditing(false)
	}
}

// ReadOnly reports whether the key map is locked to read-only.
func (k *KeyMap) ReadOnly() bool { return k.readOnly }
