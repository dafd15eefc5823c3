package panels

import (
	"fmt"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Room lists the people in a shared workshop: name, role, where they
// are on the map, and how long since they last pressed a key.
type Room struct {
	c    common.View
	m    *model.Map
	w, h int
}

// NewRoom builds the participants panel.
func NewRoom(c common.View) *Room { return &Room{c: c} }

// SetMap keeps the map to name where people are.
func (p *Room) SetMap(m *model.Map) { p.m = m }

// SetSize sets the panel's box, border included.
func (p *Room) SetSize(w, h int) { p.w, p.h = w, h }

// Update has nothing to do: the room changes from outside.
func (p *Room) Update(tea.Msg) (*Room, tea.Cmd) { return p, nil }

// View lists the people.
func (p *Room) View() string {
	st := p.c.Styles()
	inner := max(p.w-4, 1)
	lines := []string{st.Title.Render(common.Line("In the room", inner))}
	if p.c.Room() != nil {
		for _, x := range p.c.Room().People() {
			where := "—"
			if x.HasWhere && p.m != nil {
				where = whereLabel(p.m, x.Where)
			}
			if x.Editing != "" {
				where += " · editing " + strings.ReplaceAll(x.Editing, "_", " ")
			}
			name := x.Name
			if x.Me {
				name += " (me)"
			}
			row := fmt.Sprintf("%s  %s · %s", x.Initials, name, x.Role)
			idle := ""
			if x.Idle >= time.Minute {
				idle = fmt.Sprintf(" · idle %dm", int(x.Idle.Minutes()))
			}
			lines = append(lines, common.Line(row, inner), st.Muted.Render(common.Line("    "+where+idle, inner)))
		}
	}
	for len(lines) < max(p.h-2, 1) {
		lines = append(lines, "")
	}
	if len(lines) > max(p.h-2, 1) {
		lines = lines[:max(p.h-2, 1)]
	}
	return st.Pane.Width(max(p.w-2, 1)).Render(" " + strings.Join(lines, "\n "))
}

// whereLabel names an item for the participants list: "Purchase ›
// Checkout form".
func whereLabel(m *model.Map, it common.Item) string {
	r, ok := common.Resolve(m, it)
	if !ok {
		return "—"
	}
	var parts []string
	if r.Stage != nil {
		parts = append(parts, r.Stage.Label())
	}
	if r.Tp != nil {
		parts = append(parts, r.Tp.Label())
	}
	if len(parts) == 0 {
		return common.KindName(it.Kind)
	}
	return strings.Join(parts, " › ")
}
