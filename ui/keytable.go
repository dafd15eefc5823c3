package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// action is one key of the editor's table.
type action = common.Action[*App]

// The help screen's groups, in the order of its columns.
const (
	groupMove    = "move"
	groupJump    = "jump"
	groupView    = "view"
	groupAdd     = "add"
	groupRate    = "rate"
	groupCycle   = "cycle"
	groupReorder = "reorder"
	groupHistory = "history"
	groupSearch  = "search"
	groupChanges = "changes"
	groupRepair  = "repair"
	groupScreen  = "screen"
)

// editGroups are the groups whose keys change the map (or save it):
// read-only mode has none of them, and on a removed item's ghost they say
// there is nothing to edit.
var editGroups = map[string]bool{groupAdd: true, groupRate: true, groupCycle: true, groupReorder: true, groupHistory: true}

// keyTable is every key of the editor's board, panels and details, each
// described once: dispatch (App.key), the footers (shortKeys; each key's place in each
// footer is its Footers) and the help screen (fullKeys) all read it. The panes handle the keys that move
// their own cursor; their entries forward the key to the pane with focus.
func keyTable(k *common.KeyMap) []action {
	fwd := func(a *App, msg tea.KeyMsg) tea.Cmd { return a.forward(msg) }
	do := func(f func(*App) tea.Cmd) func(*App, tea.KeyMsg) tea.Cmd {
		return func(a *App, _ tea.KeyMsg) tea.Cmd { return f(a) }
	}
	edit := func(group string, b key.Binding, f func(*App) tea.Cmd) action {
		return action{Binding: b, Group: group, When: (*App).editable, Do: do(f)}
	}
	outsideDetails := func(a *App) bool { return !a.zoom } // the board or a panel has the keys
	cycle := func(field string) func(*App) tea.Cmd {
		return func(a *App) tea.Cmd {
			return a.onPainOrOpportunity(func(m *model.Map, loc model.Loc) (model.Action, error) { return model.Cycle(m, loc, field) })
		}
	}
	at := func(f footers, a action) action { a.Footers = f; return a }
	return []action{
		{Binding: k.Left, Group: groupMove, Do: fwd, Footers: footers{footBoard: {At: 1, Help: helpAs("←↑↓→", "move")}}},
		{Binding: k.Right, Group: groupMove, Do: fwd},
		{Binding: k.Up, Group: groupMove, Do: fwd, Footers: footers{footPanel: {At: 1, If: (*App).panelMoves}, footDetails: {At: 1}}},
		{Binding: k.Down, Group: groupMove, Do: fwd, Footers: inForms(place{At: 1, Help: helpAs("↑↓", "field")},
			footers{footPanel: {At: 2, If: (*App).panelMoves}, footDetails: {At: 2}})},

		{Binding: k.JumpStage, Group: groupJump, Do: fwd, Footers: footers{footBoard: {At: 11}}},
		{Binding: k.First, Group: groupJump, Do: fwd},
		{Binding: k.Last, Group: groupJump, Do: fwd},
		{Binding: k.Persona, Group: groupJump, When: (*App).hasPersonaCurves, Do: fwd},
		{Binding: k.Segment, Group: groupJump, When: (*App).hasSegments, Do: fwd},
		{Binding: k.Ideal, Group: groupJump, Do: do((*App).toggleIdeal)},

		{Binding: k.Open, Group: groupView, Do: do((*App).open), Footers: inForms(place{At: 6, Help: helpAs("enter", "edit/open")},
			footers{footBoard: {At: 2}, footPanel: {At: 6, If: (*App).hasSelection}})},
		{Binding: k.Back, Group: groupView, Do: (*App).back, Footers: inForms(place{At: 2}, footers{footPanel: {At: 7}, footDetails: {At: 6}})},
		{Binding: k.MapDetails, Group: groupView, Do: do(func(a *App) tea.Cmd { a.openMap(); return nil })},
		{Binding: k.NextPanel, Group: groupView, Do: do(func(a *App) tea.Cmd { a.cycle(1); return nil }),
			Footers: footers{footBoard: {At: 3, If: (*App).hasPanels}, footPanel: {At: 3}}},
		{Binding: k.PrevPanel, Group: groupView, Do: do(func(a *App) tea.Cmd { a.cycle(-1); return nil })},

		at(footers{footBoard: {At: 13}, footPanel: {At: 9}, footTouchpoint: {At: 7}, footPainPoint: {At: 10}, footOpportunity: {At: 12}, footForm: {At: 7}},
			edit(groupAdd, k.Edit, (*App).edit)),
		at(footers{footBoard: {At: 6}, footPanel: {At: 8}}, edit(groupAdd, k.Add, (*App).addAfter)),
		edit(groupAdd, k.AddStage, (*App).addStage),
		at(footers{footBoard: {At: 7}, footTouchpoint: {At: 9}}, edit(groupAdd, k.AddPain, func(a *App) tea.Cmd { return a.addUnder(common.KindPainPoint) })),
		at(footers{footTouchpoint: {At: 10}}, edit(groupAdd, k.AddOpportunity, func(a *App) tea.Cmd { return a.addUnder(common.KindOpportunity) })),
		edit(groupAdd, k.Record, (*App).recordGoal),

		at(footers{footBoard: {At: 8, Help: helpAs("+/-", "emotion")}, footTouchpoint: {At: 8, Help: helpAs("+/-", "emotion")}},
			edit(groupRate, k.Raise, func(a *App) tea.Cmd { return a.stepEmotion(1) })),
		edit(groupRate, k.Lower, func(a *App) tea.Cmd { return a.stepEmotion(-1) }),
		at(footers{footPainPoint: {At: 7}, footOpportunity: {At: 7}}, edit(groupRate, k.Vote, (*App).vote)),
		at(footers{footPainPoint: {At: 8}, footOpportunity: {At: 8}}, edit(groupRate, k.Unvote, func(a *App) tea.Cmd {
			return a.onPainOrOpportunity(func(_ *model.Map, l model.Loc) (model.Action, error) { return model.Unvote(a.ed, l) })
		})),
		at(inForms(place{At: 20}, footers{footPanel: {At: 10}}), edit(groupRate, k.Delete, (*App).remove)),

		at(footers{footPainPoint: {At: 9}}, edit(groupCycle, k.CycleSeverity, cycle("severity"))),
		at(footers{footOpportunity: {At: 9}}, edit(groupCycle, k.CycleImpact, cycle("impact"))),
		at(footers{footOpportunity: {At: 10}}, edit(groupCycle, k.CycleEffort, cycle("effort"))),
		at(footers{footOpportunity: {At: 11}}, edit(groupCycle, k.CycleStatus, cycle("status"))),

		edit(groupReorder, k.MoveUp, func(a *App) tea.Cmd { return a.reorder(-1) }),
		edit(groupReorder, k.MoveDown, func(a *App) tea.Cmd { return a.reorder(1) }),
		edit(groupReorder, k.MovePrevStage, func(a *App) tea.Cmd { return a.toStage(-1) }),
		edit(groupReorder, k.MoveNextStage, func(a *App) tea.Cmd { return a.toStage(1) }),

		at(inForms(place{At: 21}, footers{footBoard: {At: 9}, footPanel: {At: 11}}), edit(groupHistory, k.Undo, (*App).undo)),
		edit(groupHistory, k.Redo, (*App).redo),
		{Binding: k.Save, Group: groupHistory, When: (*App).canSave, Do: do(func(a *App) tea.Cmd { return a.save(false) }),
			Footers: inForms(place{At: 22}, footers{footBoard: {At: 10}, footPanel: {At: 12}})},

		{Binding: k.Search, Group: groupSearch, When: outsideDetails, Do: do((*App).startSearch), Footers: footers{footBoard: {At: 12}}},
		{Binding: k.NextMatch, Group: groupSearch, When: outsideDetails, Do: do(func(a *App) tea.Cmd { a.stepMatch(1); return nil })},
		{Binding: k.PrevMatch, Group: groupSearch, When: outsideDetails, Do: do(func(a *App) tea.Cmd { a.stepMatch(-1); return nil })},

		{Binding: board.NextChange, Group: groupChanges, When: (*App).showsChanges, Do: do(func(a *App) tea.Cmd { a.stepChange(1); return nil })},
		{Binding: board.PrevChange, Group: groupChanges, When: (*App).showsChanges, Do: do(func(a *App) tea.Cmd { a.stepChange(-1); return nil })},
		{Binding: board.NextProblem, Group: groupRepair, When: (*App).repairing, Do: do(func(a *App) tea.Cmd { a.stepProblem(1); return nil })},
		{Binding: board.PrevProblem, Group: groupRepair, When: (*App).repairing, Do: do(func(a *App) tea.Cmd { a.stepProblem(-1); return nil })},

		{Binding: k.RoomView, Group: groupScreen, Do: do((*App).toggleRoomView)},
		{Binding: k.JumpTo, Group: groupScreen, Do: do(func(a *App) tea.Cmd { return a.prompt("Go to stage (number or name):", "", a.jumpTo) })},
		{Binding: drillIn, Group: groupScreen},  // the Shell handles it
		{Binding: drillOut, Group: groupScreen}, // the Shell handles it
		{Binding: k.Help, Group: groupScreen, Do: do(func(a *App) tea.Cmd { a.showHelp, a.helpOffset = true, 0; return nil }), Footers: everywhere(4)},
		{Binding: k.Quit, Group: groupScreen, Do: do((*App).quit), Footers: everywhere(5)},
	}
}

// hasPersonaCurves reports whether c has curves to cycle through.
func (a *App) hasPersonaCurves() bool { p, _ := a.curveKeys(); return p }

// hasSegments reports whether S has a persona segment to cycle through.
func (a *App) hasSegments() bool { _, s := a.curveKeys(); return s }

// showsChanges reports whether the board marks what changed since a
// revision (journey view --changes).
func (a *App) showsChanges() bool { return a.changes != nil }

// repairing reports whether the board marks bad values to repair; ] and
// [ step through changes instead when both are shown.
func (a *App) repairing() bool { return a.repair != nil && a.changes == nil }

// open is enter: the selection into the details, or in the details what
// the cursor is on.
func (a *App) open() tea.Cmd {
	if a.zoom {
		return a.detailEnter()
	}
	a.setZoom(true)
	return nil
}

// back is esc: the details go back, a search clears, a panel hands focus
// to the board; anything else is the focused pane's.
func (a *App) back(msg tea.KeyMsg) tea.Cmd {
	switch {
	case a.zoom:
		if !a.detail.Back() {
			a.setZoom(false)
		}
	case a.search.Active():
		a.search.Clear()
		a.markBoard()
	case a.onPanel:
		a.focusBoard()
	default:
		return a.forward(msg)
	}
	return nil
}

func (a *App) startSearch() tea.Cmd {
	a.focusBoard()
	return a.search.Start()
}

// stepMatch goes to the next (d = 1) or previous search match, if a
// search is on.
func (a *App) stepMatch(d int) {
	if !a.search.Active() {
		return
	}
	if it, ok := a.search.Step(d); ok {
		a.focusBoard()
		a.board.SelectItem(it)
	}
}

// roomViewOn is the status in the room view, where the panels are hidden.
const roomViewOn = "room view: z for the panels again"

func (a *App) toggleRoomView() tea.Cmd {
	a.c.RoomView = !a.c.RoomView
	a.status = map[bool]string{true: roomViewOn, false: "panels back"}[a.c.RoomView]
	if a.c.RoomView {
		a.focusBoard() // no panel is left on screen to have the keys
	}
	a.resize(a.c.Width, a.c.Height)
	return nil
}
