package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Panel is how the root holds the panels (goals, funnel, priorities,
// personas) side by side although each Update returns its own type.
type Panel interface {
	Name() string
	SetMap(m *model.Map)
	SetSize(w, h int)
	Update(msg tea.Msg) tea.Cmd
	View() string
	Focus()
	Blur()
	Selected() (common.Item, bool)
	SelectItem(it common.Item)
	// Keeps reports whether the panel's drawing is still right after a
	// change of reach r; a pane that cannot tell is drawn again.
	Keeps(r common.Reach) bool
}

// component is the contract every pane type follows (see doc.go).
type component[T any] interface {
	Update(msg tea.Msg) (T, tea.Cmd)
	View() string
	SetSize(w, h int)
	SetMap(m *model.Map)
}

// slot adapts a concrete pane to Panel; optional methods (Focus, Blur,
// Selected) are used when the pane has them.
type slot[T component[T]] struct {
	name string
	c    T
}

// AsPanel wraps a pane that follows the component contract as a Panel.
func AsPanel[T component[T]](name string, c T) Panel { return &slot[T]{name: name, c: c} }

func (s *slot[T]) Name() string        { return s.name }
func (s *slot[T]) SetMap(m *model.Map) { s.c.SetMap(m) }
func (s *slot[T]) SetSize(w, h int)    { s.c.SetSize(w, h) }
func (s *slot[T]) View() string        { return s.c.View() }
func (s *slot[T]) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	s.c, cmd = s.c.Update(msg)
	return cmd
}

func (s *slot[T]) Keeps(r common.Reach) bool {
	k, ok := any(s.c).(interface{ Keeps(common.Reach) bool })
	return ok && k.Keeps(r)
}

func (s *slot[T]) Focus() {
	if f, ok := any(s.c).(interface{ Focus() }); ok {
		f.Focus()
	}
}

func (s *slot[T]) Blur() {
	if f, ok := any(s.c).(interface{ Blur() }); ok {
		f.Blur()
	}
}

// SelectItem moves the panel's selection to an item it lists (a goal or
// persona just added or moved); other panels ignore it.
func (s *slot[T]) SelectItem(it common.Item) {
	if sel, ok := any(s.c).(interface{ SelectItem(common.Item) }); ok {
		sel.SelectItem(it)
	}
}

func (s *slot[T]) Selected() (common.Item, bool) {
	if sel, ok := any(s.c).(common.Selector); ok {
		return sel.Selected()
	}
	return common.Item{}, false
}

// SetGoalChanges hands the goals panel what changed in the goals since a
// revision (journey view --changes); other panels ignore it.
func (s *slot[T]) SetGoalChanges(gc *common.GoalChanges) {
	if g, ok := any(s.c).(interface{ SetGoalChanges(*common.GoalChanges) }); ok {
		g.SetGoalChanges(gc)
	}
}

// panelFactories build the panels in tab order; panels.go fills it once
// the panel types exist, so the root does not depend on their files.
var panelFactories []func(c common.View) Panel
