package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Adding and renaming: a prompt above the footer asks for the name, the
// new item gets an id derived from it (model.Add), and the selection goes
// to it.

// addAfter adds an item of the target's kind after it; on a stage header
// it adds the stage's first touchpoint, so that an empty stage can be
// filled. With nothing selected it adds the first goal, persona or stage.
func (a *App) addAfter() tea.Cmd {
	it, _, ok := a.target()
	if !ok {
		switch {
		case a.onPanel && a.panels[a.panel].Name() == "goals":
			return a.addItem(model.Path{"goals"}, -1, common.GoalItem(0), "New goal:")
		case a.onPanel && a.panels[a.panel].Name() == "personas":
			return a.addItem(model.Path{"personas"}, -1, common.PersonaItem(0), "New persona:")
		case !a.onPanel:
			return a.addStage()
		}
		a.refuse(fmt.Errorf("a adds touchpoints on the board, goals and personas in their panels"))
		return nil
	}
	if it.Kind == common.KindMap {
		a.refuse(fmt.Errorf("a adds touchpoints on the board, goals and personas in their panels"))
		return nil
	}
	if it.Kind == common.KindStage {
		list := append(it.Path(), "touchpoints")
		return a.addItem(list, -1, common.TouchpointItem(it.Stage, 0), fmt.Sprintf("New touchpoint at the top of %s:", common.NameOf(a.m, it)))
	}
	list, i := common.ListOf(it)
	return a.addItem(list, i, it.At(i+1), fmt.Sprintf("New %s after %s:", common.KindName(it.Kind), common.NameOf(a.m, it)))
}

// addStage adds a stage after the target's stage, or at the end.
func (a *App) addStage() tea.Cmd {
	s := len(a.m.Stages) - 1
	if it, _, ok := a.target(); ok && it.Stage >= 0 && it.Stage < len(a.m.Stages) {
		s = it.Stage
	}
	q := "First stage:"
	if s >= 0 {
		q = fmt.Sprintf("New stage after %s:", common.NameOf(a.m, common.StageItem(s)))
	}
	return a.addItem(model.Path{"stages"}, s, common.StageItem(s+1), q)
}

// addItem asks for a name and inserts the new item into list after index
// after; the selection goes to sel.
func (a *App) addItem(list model.Path, after int, sel common.Item, question string) tea.Cmd {
	return a.prompt(question, "", func(text string) (tea.Cmd, error) {
		act, err := model.Add(a.ed, list, after, text)
		if err != nil {
			return nil, err
		}
		cmd, err := a.apply(act)
		if err == nil {
			a.reselect(sel)
		}
		return cmd, err
	})
}

// addUnder adds a pain point or opportunity to the target touchpoint or
// stage (or to the one the target belongs to), after the target when it
// is one of the same kind. The selection goes to it where the room looks:
// its row on the board, or its row in the open detail pane.
func (a *App) addUnder(kind common.ItemKind) tea.Cmd {
	it, _, ok := a.target()
	var owner common.Item
	switch {
	case ok && (it.Kind == common.KindTouchpoint || it.Kind == common.KindStage):
		owner = it
	case ok && (it.Kind == common.KindPainPoint || it.Kind == common.KindOpportunity):
		owner = it.Owner()
	default:
		a.refuse(fmt.Errorf("p and o add to a touchpoint or a stage: select one"))
		return nil
	}
	t := -1
	if owner.Kind == common.KindTouchpoint {
		t = owner.Touchpoint
	}
	sel := common.Item{Kind: kind, Stage: owner.Stage, Touchpoint: t}
	after := common.ListLen(a.m, sel) - 1
	if it.Kind == kind {
		after = it.Index
	}
	sel.Index = after + 1
	field := map[common.ItemKind]string{common.KindPainPoint: "pain_points", common.KindOpportunity: "opportunities"}[kind]
	list := append(owner.Path(), field)
	q := fmt.Sprintf("New %s for %s:", common.KindName(kind), common.NameOf(a.m, owner))
	return a.prompt(q, "", func(text string) (tea.Cmd, error) {
		act, err := model.Add(a.ed, list, after, text)
		if err != nil {
			return nil, err
		}
		cmd, err := a.apply(act)
		if err != nil {
			return nil, err
		}
		a.showUnder(owner, sel)
		return cmd, nil
	})
}

// showUnder puts the selection on the item just added under owner: on
// the board, where the touchpoint's card opens out on its row, or in the
// open detail pane.
func (a *App) showUnder(owner, added common.Item) {
	if !a.zoom {
		if !a.onPanel {
			a.board.SelectItem(added)
		}
		return
	}
	if cur, ok := a.detail.Item(); !ok || cur != owner {
		a.detail.SetItem(owner, true)
	}
	a.detail.SetCursor(rowKey(added))
}

// edit renames the target in a prompt; in the detail pane it edits the
// field under the cursor in place.
func (a *App) edit() tea.Cmd {
	it, field, ok := a.target()
	if !ok {
		return nil
	}
	if a.zoom {
		if field == "" { // a pain point or opportunity under the item
			return a.editField(it, common.NameField(it.Kind))
		}
		return a.editField(it, field)
	}
	nf := common.NameField(it.Kind)
	if a.refuseHeld(it, nf) {
		return nil
	}
	initial := a.rawValue(append(it.Path(), nf))
	cmd := a.prompt(fmt.Sprintf("Rename %s:", common.KindName(it.Kind)), initial, func(text string) (tea.Cmd, error) {
		if text == initial {
			return nil, nil
		}
		act, err := a.setField(it, nf, text)
		if err != nil {
			return nil, err
		}
		return a.apply(act)
	})
	a.editing.item, a.editing.editing = it, nf
	return cmd
}

// detailEnter opens the pain point or opportunity under the cursor, or
// edits the field there; read-only, it closes the pane as before.
func (a *App) detailEnter() tea.Cmd {
	if !a.editable() {
		a.setZoom(false)
		return nil
	}
	if a.detail.Open() {
		return nil
	}
	if it, field, ok := a.detail.Target(); ok && field != "" {
		return a.editField(it, field)
	}
	return nil
}
