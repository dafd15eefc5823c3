package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/common"
)

// The workshop's quick keys. Each builds a model.Action for what the keys
// act on, and the App applies it through the history so that it can be
// undone. What they act on is the target: the selection of the board or
// panel with focus or, in the open detail pane, the field or the pain
// point or opportunity under its cursor.

// target is what the edit keys act on, and the detail pane's field under
// the cursor ("" elsewhere).
func (a *App) target() (it common.Item, field string, ok bool) {
	if a.zoom {
		return a.detail.Target()
	}
	it, ok = a.selected()
	return it, "", ok
}

// run applies an action, or says in the footer why there is none; the
// selection then goes to after, when given.
func (a *App) run(act model.Action, err error, after *common.Item) tea.Cmd {
	if err != nil {
		a.refuse(err)
		return nil
	}
	cmd, err := a.apply(act)
	if err != nil {
		a.refuse(err)
		return nil
	}
	if after != nil {
		a.reselect(*after)
	}
	return cmd
}

// refuse says in the footer why nothing was done; an edit the document
// refused says so, since its reason names a problem, not an action.
func (a *App) refuse(err error) {
	a.status, a.statusBad = refusal(err), true
	var ee *model.EditError
	if errors.As(err, &ee) {
		a.status = "refused, the map would break: " + a.status
	}
}

// apply makes an action through the history and shows its result.
func (a *App) apply(act model.Action) (tea.Cmd, error) {
	if act.Edit.Op == model.OpBatch && len(act.Edit.Edits) == 0 {
		return nil, nil // nothing changes: nothing to undo either
	}
	ev, err := a.sess.Do(a.actor, act)
	if err != nil {
		return nil, err
	}
	a.status, a.statusBad = act.Label, false
	return a.changed(ev), nil
}

// changed brings every pane and the header up to date after the map
// changed, and tells persist so that the work is kept safe.
func (a *App) changed(ev session.Event) tea.Cmd {
	r := common.ReachOf(slices.Concat(ev.Touched, ev.Removed))
	if ev.Version != a.seen+1 {
		r = common.Reach{} // others changed the map since this screen was drawn
	}
	a.refreshReach(r, ev.Version)
	a.file.check(a.ed)
	a.file.failed = false
	return a.persist.Changed(a.sess)
}

func (a *App) undo() tea.Cmd { return a.revert(a.sess.Undo, "undid: ", session.ErrNoUndo) }

func (a *App) redo() tea.Cmd { return a.revert(a.sess.Redo, "redid: ", session.ErrNoRedo) }

// revert runs an undo or a redo and shows where it happened.
func (a *App) revert(f func(session.Actor) (session.Event, error), word string, none error) tea.Cmd {
	ev, err := f(a.actor)
	switch {
	case errors.Is(err, none):
		a.status, a.statusBad = none.Error(), false
		return nil
	case err != nil:
		a.refuse(err)
		return nil
	}
	a.status, a.statusBad = word+ev.Label, false
	cmd := a.changed(ev)
	a.showPlace(ev.Place)
	return cmd
}

// showPlace moves the board's selection to where an undo or redo made its
// change, so that the room sees what changed back, or to where a map is
// opened from the portfolio; the details follow the selection.
func (a *App) showPlace(p model.Path) {
	if it, ok := common.ItemAt(p); ok && !a.zoom && !a.onPanel {
		a.board.SelectItem(it)
		a.syncDetail()
	}
}

// reselect puts the selection on an item after it moved or was added:
// on the board, in the panel with focus, or in the open detail pane.
func (a *App) reselect(it common.Item) {
	switch {
	case a.onPanel:
		a.panels[a.panel].SelectItem(it)
	case it.Kind != common.KindGoal && it.Kind != common.KindPersona:
		a.board.SelectItem(it)
	}
	if !a.zoom {
		a.panelView = ""
		return
	}
	if cur, ok := a.detail.Item(); ok && it.Kind != cur.Kind && (it.Kind == common.KindPainPoint || it.Kind == common.KindOpportunity) {
		a.detail.SetCursor(rowKey(it))
		return
	}
	a.detail.Follow(it)
}

// rowKey is the detail pane's row for a pain point or opportunity.
func rowKey(it common.Item) string {
	if it.Kind == common.KindPainPoint {
		return "pain_points/" + common.Itoa(it.Index)
	}
	return "opportunities/" + common.Itoa(it.Index)
}

// stepEmotion raises or lowers the emotion of the touchpoint in question:
// the one selected, or the one a selected pain point belongs to. With a
// persona's curve shown, or the cursor on a persona's emotion, it is that
// persona's emotion that moves.
func (a *App) stepEmotion(d int) tea.Cmd {
	it, field, ok := a.target()
	if ok && (it.Kind == common.KindPainPoint || it.Kind == common.KindOpportunity) && it.Touchpoint >= 0 {
		it = it.Owner()
	}
	if !ok || it.Kind != common.KindTouchpoint {
		a.refuse(fmt.Errorf("+ and - change a touchpoint's emotion: select a touchpoint"))
		return nil
	}
	persona := a.c.Persona
	if p, found := strings.CutPrefix(field, "emotions/"); found {
		persona = p
	} else if a.c.AllPersonas {
		a.refuse(fmt.Errorf("+ and - change one curve's emotion: c shows the base or one persona"))
		return nil
	}
	if persona != "" {
		act, err := model.PersonaEmotionStep(a.ed, common.LocOf(it), persona, d)
		return a.run(act, err, nil)
	}
	act, err := model.EmotionStep(a.m, common.LocOf(it), d)
	return a.run(act, err, nil)
}

// onPainOrOpportunity runs a quick action (vote, cycle a level) on the
// selected pain point or opportunity.
func (a *App) onPainOrOpportunity(f func(*model.Map, model.Loc) (model.Action, error)) tea.Cmd {
	it, _, ok := a.target()
	if !ok || it.Kind != common.KindPainPoint && it.Kind != common.KindOpportunity {
		hint := "select a pain point or an opportunity"
		if ok && it.Kind == common.KindTouchpoint && !a.zoom {
			hint += ": ↓ goes to the touchpoint's own"
		}
		a.refuse(fmt.Errorf("%s", hint))
		return nil
	}
	act, err := f(a.m, common.LocOf(it))
	return a.run(act, err, &it) // a vote can move it up the priorities
}

// vote adds a vote to the target pain point or opportunity. On a
// touchpoint with exactly one of them it votes for that one; with
// several, the selection moves to the first so that the next v votes.
func (a *App) vote() tea.Cmd {
	it, _, ok := a.target()
	if ok && it.Kind == common.KindTouchpoint && !a.zoom {
		if r, found := common.Resolve(a.m, it); found {
			tp := r.Tp
			n := len(tp.PainPoints) + len(tp.Opportunities)
			switch {
			case n == 1 && len(tp.PainPoints) == 1:
				it = common.PainPointItem(it.Stage, it.Touchpoint, 0)
			case n == 1:
				it = common.OpportunityItem(it.Stage, it.Touchpoint, 0)
			case n > 1:
				first := common.PainPointItem(it.Stage, it.Touchpoint, 0)
				if len(tp.PainPoints) == 0 {
					first = common.OpportunityItem(it.Stage, it.Touchpoint, 0)
				}
				a.reselect(first)
				a.status = fmt.Sprintf("%d items on %s: v votes for the one selected, ↓ ↑ pick another", n, common.NameOf(a.m, common.TouchpointItem(it.Stage, it.Touchpoint)))
				return nil
			}
			if n == 1 {
				act, err := model.Vote(a.m, common.LocOf(it))
				return a.run(act, err, nil)
			}
		}
	}
	return a.onPainOrOpportunity(model.Vote)
}

// remove deletes the target, or in the detail pane clears the field under
// the cursor (the name row stands for the item itself).
func (a *App) remove() tea.Cmd {
	it, field, ok := a.target()
	if !ok {
		return nil
	}
	if field != "" && field != common.NameField(it.Kind) {
		act, err := a.setField(it, field, "")
		return a.run(act, err, nil)
	}
	if it.Kind == common.KindMap {
		a.refuse(fmt.Errorf("a map needs a title: e edits it"))
		return nil
	}
	act := model.Remove(it.Path(), fmt.Sprintf("deleted %s %q", common.KindName(it.Kind), common.NameOf(a.m, it)))
	return a.run(act, nil, nil)
}

// reorder moves the target down (1) or up (-1) its list.
func (a *App) reorder(d int) tea.Cmd {
	it, _, ok := a.target()
	switch {
	case !ok:
		return nil
	case it.Kind == common.KindStage:
		a.refuse(fmt.Errorf("H and L move a stage"))
		return nil
	case it.Kind == common.KindMap:
		a.refuse(fmt.Errorf("J and K move items in a list: the map is not in one"))
		return nil
	}
	list, i := common.ListOf(it)
	j := i + d
	if j < 0 || j >= common.ListLen(a.m, it) {
		a.refuse(fmt.Errorf("already the %s", map[bool]string{true: "first", false: "last"}[d < 0]))
		return nil
	}
	dir := map[bool]string{true: "up", false: "down"}[d < 0]
	act := model.MoveItem(list, i, list, j, fmt.Sprintf("moved %s %q %s", common.KindName(it.Kind), common.NameOf(a.m, it), dir))
	after := it.At(j)
	return a.run(act, nil, &after)
}

// toStage moves a touchpoint, or a stage's own pain point or opportunity,
// to the stage before (-1) or after (1), at the same height in its column;
// a stage moves along the journey.
func (a *App) toStage(d int) tea.Cmd {
	it, _, ok := a.target()
	if !ok {
		return nil
	}
	s2 := it.Stage + d
	if it.Kind == common.KindGoal || it.Kind == common.KindPersona || it.Stage < 0 {
		a.refuse(fmt.Errorf("H and L move touchpoints and stages"))
		return nil
	}
	if (it.Kind == common.KindPainPoint || it.Kind == common.KindOpportunity) && it.Touchpoint >= 0 {
		a.refuse(fmt.Errorf("H and L move touchpoints; J and K reorder its pain points and opportunities"))
		return nil
	}
	if s2 < 0 || s2 >= len(a.m.Stages) {
		a.refuse(fmt.Errorf("no stage %s", map[bool]string{true: "before", false: "after"}[d < 0]))
		return nil
	}
	list, i := common.ListOf(it)
	name := common.NameOf(a.m, it)
	if it.Kind == common.KindStage {
		act := model.MoveItem(list, i, list, s2, fmt.Sprintf("moved stage %q %s", name, map[bool]string{true: "left", false: "right"}[d < 0]))
		after := common.StageItem(s2)
		return a.run(act, nil, &after)
	}
	dest := it
	dest.Stage = s2
	to := min(i, common.ListLen(a.m, dest))
	dest = dest.At(to)
	destList, _ := common.ListOf(dest)
	act := model.MoveItem(list, i, destList, to, fmt.Sprintf("moved %s %q to %s", common.KindName(it.Kind), name, a.m.Stages[s2].Label()))
	return a.run(act, nil, &dest)
}
