package ui

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/common"
)

// What a shared workshop needs of the editor: the App is the same one a
// person uses alone, told of others' changes and asked where its person is.

// SessionChangedMsg tells the App that someone else changed the map through
// the shared session, or that the room changed around it: it shows the map
// as it now is, keeping its place. When Known, Events are all the changes
// since the last message (none: only the room changed), and the screen
// redraws what they reached; otherwise it redraws everything.
type SessionChangedMsg struct {
	Known  bool
	Events []session.Event
}

// reach is what the changes a SessionChangedMsg brings can have changed,
// for a screen that has shown the session's version seen; and the version
// they bring it to. Events it has seen already (its own edits) are left
// out; a gap in the versions means it missed some, and everything is drawn.
func (msg SessionChangedMsg) reach(seen uint64) (common.Reach, uint64) {
	if !msg.Known {
		return common.Reach{}, 0
	}
	var paths []model.Path
	last := seen
	for _, ev := range msg.Events {
		if ev.Version <= seen {
			continue
		}
		if ev.Kind == session.Reloaded || ev.Version != last+1 {
			return common.Reach{}, 0
		}
		last = ev.Version
		paths = append(append(paths, ev.Touched...), ev.Removed...)
	}
	if len(paths) == 0 {
		return common.Unchanged, last
	}
	return common.ReachOf(paths), last
}

// presence is where the others in the room are, per touchpoint: their
// initials, with ✎ before those who have a form open there.
func presence(c *common.Common) map[[2]int]string {
	if c.Room == nil {
		return nil
	}
	out := map[[2]int]string{}
	for _, p := range c.Room.People() {
		if p.Me || !p.HasWhere || p.Where.Stage < 0 || p.Where.Touchpoint < 0 {
			continue
		}
		k := [2]int{p.Where.Stage, p.Where.Touchpoint}
		mark := p.Initials
		if p.Editing != "" {
			mark = "✎" + mark
		}
		if out[k] != "" {
			mark = out[k] + " " + mark
		}
		out[k] = mark
	}
	return out
}

// sessionChanged shows the shared session's map as it now is.
func (a *App) sessionChanged(msg SessionChangedMsg) tea.Cmd {
	if a.sess == nil {
		return nil
	}
	r, last := msg.reach(a.seen)
	if doc := a.sess.Doc(); doc != a.ed {
		a.doc, a.ed = doc, doc
		r = common.Reach{}
	}
	a.refreshReach(r, last)
	a.file.check(a.ed)
	return nil
}

// Position is where the App's person is: the item selected on the board,
// in the panel with focus, or open in the details.
func (a *App) Position() (common.Item, bool) {
	it, _, ok := a.target()
	return it, ok
}

// FieldOpen is the item and field whose text the App's person is typing
// into, if any: a soft lock others are told about.
func (a *App) FieldOpen() (common.Item, string, bool) {
	if a.editing == nil {
		return common.Item{}, "", false
	}
	return a.editing.item, a.editing.editing, a.editing.editing != ""
}

// Typing reports whether the App's keys are typing text (a field, a
// prompt, a search) or answering a question, so that no other key handler
// should take them.
func (a *App) Typing() bool {
	m := a.Mode()
	return m == ModeText || m == ModeSearch || m == ModeQuestion
}

// Follow moves the selection to it, as when following the facilitator.
func (a *App) Follow(it common.Item) {
	if _, ok := common.Resolve(a.m, it); !ok {
		return
	}
	if it.Kind == common.KindGoal || it.Kind == common.KindPersona || it.Kind == common.KindMap {
		return
	}
	a.board.SelectItem(it)
	a.relayout()
}

// Watch starts looking after the shared map's file: the recovery file,
// autosave, and changes made on disk (the facilitator's screen only).
func (a *App) Watch() tea.Cmd {
	if a.sess == nil || a.c.Participant {
		return nil
	}
	return a.persist.Start(a.sess)
}

// Flush writes the recovery file now: the last thing done before the
// program goes down.
func (a *App) Flush() { a.persist.flush() }

// SetStatus shows a word in the footer, as the App's own messages do.
//
// A refusal while a field is open shows beside the field too, where the
// person is looking (the footer is the field's then).
func (a *App) SetStatus(s string, bad bool) {
	a.status, a.statusBad = s, bad
	if bad && a.editing != nil {
		a.editing.field.SetError(s)
	}
}

// Map is the map the App shows now.
func (a *App) Map() *model.Map { return a.m }

// roomHeader is the room view's header, for people reading from the back
// of a room: the map's title in spaced capitals with the file's state, then
// the stage in focus by number and name over a heavy rule. A screen too
// short for two rows gets the first alone, the stage after the title.
func (a *App) roomHeader(w int) string {
	title := "Journey map"
	if a.m != nil && a.m.Title != "" {
		title = a.m.Title
	}
	stage := ""
	if it, ok := a.selected(); ok && a.m != nil && it.Stage >= 0 && it.Stage < len(a.m.Stages) {
		stage = fmt.Sprintf("Stage %d of %d · %s", it.Stage+1, len(a.m.Stages), common.Sanitize(a.m.Stages[it.Stage].Label()))
	}
	st := a.c.Styles
	state := a.file.state(a.c.ReadOnly).String()
	room := max(w-len(state)-2, 0)
	big, after := strings.ToUpper(common.Sanitize(title)), ""
	if !a.roomBanner() && stage != "" {
		after = "  ▸ " + stage
	}
	if spaced := strings.Join(strings.Split(big, ""), " "); ansi.StringWidth(spaced+after)+2 <= room {
		big = spaced // letter-spaced, as large as a terminal's text gets
	}
	if !a.roomBanner() {
		big += after
		return spreadStyled(st.HeaderTitle.Render(common.Clip(" "+big, room)), st.HeaderMeta.Render(state+" "), w)
	}
	first := spreadStyled(st.HeaderTitle.Render(common.Clip(" ▌"+big, room)), st.HeaderMeta.Render(state+" "), w)
	rule := " ━━ " + stage + " "
	rule += strings.Repeat("━", max(w-ansi.StringWidth(rule)-1, 0))
	return first + "\n" + common.PadStyled(st.SelectedTitle.Render(common.Clip(rule, w)), w)
}

// roomBanner reports whether the room view's header takes two rows: in
// the room view, on a screen tall enough to spare the row.
func (a *App) roomBanner() bool { return a.c.RoomView && a.c.Height >= roomBannerHeight }

// roomBannerHeight is the least height whose room view has a two-row header.
const roomBannerHeight = 24

// belowBanner moves the panes of l down the row the room view's second
// header row takes.
func belowBanner(l common.AppLayout) common.AppLayout {
	for _, r := range []*common.Rect{&l.Body, &l.Board, &l.Panel, &l.Detail} {
		if r.H > 0 {
			r.Y, r.H = r.Y+1, r.H-1
		}
	}
	return l
}

// jumpTo selects the stage a person named at the : prompt, by its number
// (any, not only 1-9) or by its name, id, or the start of its name.
func (a *App) jumpTo(text string) (tea.Cmd, error) {
	text = strings.TrimSpace(text)
	if text == "" || a.m == nil {
		return nil, nil
	}
	if n, err := strconv.Atoi(text); err == nil {
		if n < 1 || n > len(a.m.Stages) {
			return nil, fmt.Errorf("there are %d stages", len(a.m.Stages))
		}
		a.focusBoard()
		a.board.SelectItem(common.StageItem(n - 1))
		return nil, nil
	}
	want := strings.ToLower(text)
	for pass := 0; pass < 2; pass++ {
		for i, s := range a.m.Stages {
			name, id := strings.ToLower(s.Label()), strings.ToLower(s.ID)
			if pass == 0 && (name == want || id == want) || pass == 1 && strings.HasPrefix(name, want) {
				a.focusBoard()
				a.board.SelectItem(common.StageItem(i))
				return nil, nil
			}
		}
	}
	return nil, fmt.Errorf("no stage called %q", text)
}

// heldBy is who else in a shared workshop has field of it open now, or
// "": opening it too would only end in a refusal when the text is done.
func (a *App) heldBy(it common.Item, field string) string {
	if a.c.Room == nil {
		return ""
	}
	for _, p := range a.c.Room.People() {
		if !p.Me && p.Editing == field && p.EditsAt == it {
			return p.Name
		}
	}
	return ""
}

// refuseHeld says who has the field open, when someone else has.
func (a *App) refuseHeld(it common.Item, field string) bool {
	who := a.heldBy(it, field)
	if who != "" {
		a.status, a.statusBad = common.Sanitize(common.Held(who, field)), true
	}
	return who != ""
}
