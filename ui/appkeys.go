package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/ui/common"
)

// shortKeys are the few keys that matter in the current mode, for the
// footer: the key table's for the footer of what has the keys (see
// footers.go), as quitting is named here.
func (a *App) shortKeys() bindings {
	k := a.c.Keys
	switch {
	case a.showHelp:
		return bindings{short: []key.Binding{common.WithHelp(k.Help, "?/esc", "close help"), a.quitKey}}
	case a.search.Typing():
		return bindings{short: a.search.ShortHelp()}
	}
	return bindings{short: a.namedQuit(common.ShortBindings(a.table, a, a.footerKeys()))}
}

// namedQuit puts quitting in bs as it is named here (q may go back to
// the map above).
func (a *App) namedQuit(bs []key.Binding) []key.Binding {
	for i, b := range bs {
		if b.Help() == a.c.Keys.Quit.Help() {
			bs[i] = a.quitKey
		}
	}
	return bs
}

// fullKeys are every key that works, grouped, for the help screen: the
// key table's groups, with quitting named as it is here.
func (a *App) fullKeys() bindings {
	groups := common.ActionGroups(a.table, a)
	for _, g := range groups {
		a.namedQuit(g)
	}
	return bindings{full: groups}
}

// editingNotes explain the detail pane's form on the help screen, when
// the map can be edited; one paragraph each.
var editingNotes = []string{
	"On the board the selected card opens out: ↓ and ↑ go through its pain points (✗, then ! to !!!! for " +
		"low to critical, ⤓ where customers drop off) and opportunities (✦); •3 is three votes. v votes, V takes " +
		"a vote back, and s, i, f, t, e and d act on the row selected.",
	"enter opens the selection in the details, where ↑↓ go over its fields and the pain points and " +
		"opportunities under it: e or enter edits a field in place, enter opens a pain point or opportunity, " +
		"and v, V, s, i, f, t, d, J and K act on what the cursor is on; esc goes back. From 120 columns the " +
		"details open beside the board.",
	"In a field every key types: enter keeps the text, esc cancels. In notes and lists (one entry per line) " +
		"enter starts a new line and ctrl+s (or alt+enter) keeps the text.",
}

// helpNotes are the help screen's notes for what works now.
func (a *App) helpNotes() []string {
	if a.editable() {
		return editingNotes
	}
	return nil
}

// spreadStyled puts two styled strings at the ends of a line.
func spreadStyled(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	left = common.PadStyled(left, max(width-rw, 0))
	return common.PadStyled(left+right, width)
}

// Mode is what the App's keys do now. The modes are listed in the order
// they take the keys: a field being typed into has them before a search,
// a search before a question, and so on; the board or a panel has what
// is left.
type Mode int

// The App's modes.
const (
	ModeBoard    Mode = iota // the board, or the panel with focus
	ModeDetails              // the detail pane is open (beside or over the board)
	ModeHelp                 // the help screen
	ModeQuestion             // a question in the footer (quit, overwrite)
	ModeSearch               // typing a search
	ModeText                 // typing into a field or a prompt
)

// Mode is the App's mode now.
func (a *App) Mode() Mode {
	switch {
	case a.editing != nil:
		return ModeText
	case a.search.Typing():
		return ModeSearch
	case a.ask != nil:
		return ModeQuestion
	case a.showHelp:
		return ModeHelp
	case a.zoom:
		return ModeDetails
	}
	return ModeBoard
}

// keys splits runes that arrive together (a fast typist, a slow link, a
// tmux send-keys) into one key each, so "jjj" moves three times; a paste
// stays whole.
func (a *App) keys(msg tea.KeyMsg) tea.Cmd {
	if m := a.Mode(); m == ModeText || m == ModeSearch {
		// Typed text stays whole, marked as a paste so that a word like
		// "up" or "end" is text, not the key of that name.
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 {
			msg.Paste = true
		}
		return a.key(msg)
	}
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return a.key(msg)
	}
	var cmds []tea.Cmd
	allBoard := true
	for _, r := range msg.Runes {
		one := msg
		one.Runes = []rune{r}
		a.routedBoard = false
		cmds = append(cmds, a.key(one))
		allBoard = allBoard && a.routedBoard
		a.syncDetail()
	}
	a.routedBoard = allBoard
	return tea.Sequence(cmds...)
}

func (a *App) key(msg tea.KeyMsg) tea.Cmd {
	k := a.c.Keys
	switch a.Mode() {
	case ModeText:
		return a.fieldKey(msg)
	case ModeSearch:
		return a.searchKey(msg)
	case ModeQuestion:
		return a.askKey(msg)
	case ModeHelp:
		switch {
		case key.Matches(msg, k.Quit):
			return a.quit()
		case key.Matches(msg, k.Help, k.Back):
			a.showHelp = false
		case key.Matches(msg, k.Down):
			b := a.layout.Body
			a.helpOffset = min(a.helpOffset+1, helpScroll(a.help, a.fullKeys(), a.helpNotes(), b.W, b.H, a.c.Styles))
		case key.Matches(msg, k.Up):
			a.helpOffset = max(a.helpOffset-1, 0)
		}
		return nil
	}
	if a.changes != nil && a.ghostKey(msg) {
		return nil
	}
	if act, ok := common.FindAction(a.table, a, msg); ok && act.Do != nil {
		return act.Do(a, msg)
	}
	if a.readOnlyKey(msg) || a.curveKeyHint(msg) {
		return nil
	}
	return a.forward(msg)
}

// searchKey hands a key to the search field; enter runs the search from
// the board's selection.
func (a *App) searchKey(msg tea.KeyMsg) tea.Cmd {
	done, cancelled, cmd := a.search.Update(msg)
	if done && !cancelled {
		if it, ok := a.search.Run(a.m, a.board.From()); ok {
			a.board.SelectItem(it)
		}
	}
	a.markBoard() // matches show on the board while the query is typed
	return cmd
}
