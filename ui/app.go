package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/detail"
	"github.com/journey-maps/journey/ui/panels"
)

// Document is what the editor needs to show a loaded map file. A
// *model.Doc is one, and the only one that can be edited: anything else
// (a plain map in tests) opens as if read-only.
type Document interface {
	Map() *model.Map
	Path() string
}

// App is the editor's screen for one map: header, board, the active
// panel, the detail pane and the footer. It routes messages to the pane
// that has focus and lays the panes out; the panes do the rest.
type App struct {
	c   *common.Common
	doc Document
	m   *model.Map
	ed  *model.Doc // the document edits go to; nil when it cannot be edited

	// sess is the one way the map changes: edits, undo and redo go
	// through it as actor.
	sess  *session.Session
	actor session.Actor
	file  fileState // what the header says of the file on disk

	editing *editSession // the text field that has the keys, if any
	ask     *confirm     // a question in the footer (quit, overwrite), if any
	queue   []tea.Msg    // messages held while a save writes the file
	extra   int          // lines between the body and the footer (banner, prompt)

	board    *board.Board
	detail   *detail.Detail
	search   *board.Search
	panels   []Panel
	panel    int  // the panel shown (and focused when onPanel)
	onPanel  bool // focus is on the panel, not the board
	zoom     bool // the detail pane fills the body
	showHelp bool
	// helpOffset scrolls the help screen when it is taller than the body.
	helpOffset int

	help      help.Model
	status    string // a transient word in the footer
	statusBad bool   // the status says why something was refused
	layout    common.AppLayout
	onClose   tea.Cmd

	// panelView memoizes the panel's frame (drawn in the box panelAt): a
	// panel changes only through messages the root hands it and changes
	// to what it shows, so moving on the board, or an edit the panel says
	// it does not show (panelKept), reuses it.
	panelView   string
	panelAt     common.Rect
	panelKept   bool
	seen        uint64      // the session's version the screen shows
	stale       []bool      // panels that have not seen the latest map yet
	routedBoard bool        // the last input went to the board alone
	quitKey     key.Binding // how the footer names quitting
	table       []action    // every key: what it does, when it works, its help

	persist *persist           // recovery file, autosave, watching the file on disk
	changes *board.Changes     // what changed since another version, when shown
	repair  *board.RepairMarks // in repair mode, the bad values placed on items
}

// NewApp builds the editor on a loaded document.
func NewApp(c *common.Common, doc Document) *App {
	a := newApp(c)
	a.SetDocument(doc)
	if a.changes != nil {
		a.status = a.changes.Summary(c.ChangesSince)
		a.relayout() // a summary too long for the footer takes lines above it
	}
	return a
}

// NewSessionApp builds the editor on a session that other clients may
// share, editing as actor.
func NewSessionApp(c *common.Common, sess *session.Session, actor session.Actor) *App {
	a := newApp(c)
	a.sess, a.actor = sess, actor
	a.SetDocument(sess.Doc())
	return a
}

func newApp(c *common.Common) *App {
	a := &App{c: c, board: board.New(c.View()), detail: detail.New(c.View()), search: board.NewSearch(c.View()), help: common.NewHelp(c.Styles),
		onClose: tea.Quit, quitKey: c.Keys.Quit, table: keyTable(c.Keys), persist: newPersist(c), actor: session.Local}
	for _, f := range panelFactories {
		a.panels = append(a.panels, f(c.View()))
	}
	if c.Room != nil {
		a.panels = append(a.panels, AsPanel("room", panels.NewRoom(c.View())))
	}
	a.detail.SetMarks(detail.Marks{
		Notes:    func(it common.Item, w int) []string { return a.changes.DetailNotes(it, w, a.c.Styles) },
		Problems: func(it common.Item) map[string][]string { return a.repair.Problems(it) },
	})
	return a
}

// SetDocument shows a (re)loaded document, keeping selections in place.
// A *model.Doc opened without --read-only can be edited.
func (a *App) SetDocument(doc Document) {
	a.doc = doc
	a.ed, _ = doc.(*model.Doc)
	if a.ed != nil && (a.sess == nil || a.sess.Doc() != a.ed) {
		a.sess = session.New(a.ed)
	}
	a.detail.SetEditable(a.editable())
	a.file.dirty = a.editable() && a.ed.Dirty()
	a.refresh()
}

// editable reports whether this session may change the map: read-only
// mode never does, whatever else is true.
func (a *App) editable() bool { return a.ed != nil && !a.c.ReadOnly }

// canSave reports whether this screen writes the file: a workshop
// participant edits the shared map, but saving it is the facilitator's.
func (a *App) canSave() bool { return a.editable() && !a.c.Participant }

// refresh shows the map as it now is in every pane, keeping each pane's
// place; the open detail pane goes back when its item is gone.
func (a *App) refresh() { a.refreshReach(common.Reach{}, 0) }

// refreshReach is refresh after changes of reach r that brought the
// session to version last: panes keep what they cannot have changed. When
// the session has gone further (someone else's change this screen has not
// heard of yet), everything is drawn again.
func (a *App) refreshReach(r common.Reach, last uint64) {
	if a.sess != nil {
		v := a.sess.Version() // before the map, so that no change falls between
		if v != last {
			r = common.Reach{}
		}
		a.seen = v
	}
	a.m = a.doc.Map()
	if a.ed != nil {
		a.m = a.ed.Map()
	}
	if a.c.ChangesBase != nil {
		a.changes = board.DiffTouchpoints(a.c.ChangesBase, a.m)
		a.changes.Since = a.c.ChangesSince
	}
	a.board.ChangedWith(a.m, a.changes, r)
	a.markGoals()
	a.fitCurve()
	a.placeProblems()
	a.markBoard()
	a.detail.SetMap(a.m)
	// Only the panel on screen follows the map at once; the others catch
	// up when they are shown, so an edit costs one panel's figures.
	a.stale = make([]bool, len(a.panels))
	for i := range a.panels {
		a.stale[i] = i != a.panel
	}
	if len(a.panels) > 0 {
		a.panels[a.panel].SetMap(a.m)
		a.panelKept = a.panels[a.panel].Keeps(r)
		if !a.panelKept {
			a.panelView = ""
		}
	}
	a.resize(a.c.Width, a.c.Height) // the board's height follows its map
	if a.zoom {
		for {
			if it, ok := a.detail.Item(); ok {
				if _, found := common.Resolve(a.m, it); found {
					break
				}
			}
			if !a.detail.Back() {
				a.setZoom(false)
				break
			}
		}
	}
	a.syncDetail()
}

// OnClose sets what quitting does: tea.Quit by default; the picker sets a
// command that takes the user back to the list.
func (a *App) OnClose(cmd tea.Cmd) { a.onClose = cmd }

// Init starts nothing: the map is loaded before the screen opens.
func (a *App) Init() tea.Cmd { return nil }

func (a *App) resize(w, h int) {
	a.c.Width, a.c.Height = w, h
	a.extra = min(a.chromeLines(), max(h-2, 0))
	a.layout = common.LayoutApp(w, h-a.extra, len(a.panels) > 0, a.board.NaturalHeight(h))
	if a.c.RoomView {
		a.layout.Board = a.layout.Body // the board and its curve fill the screen
	}
	if a.zoom && common.SideBySide(w) {
		a.layout = common.LayoutSide(w, h-a.extra, len(a.panels) > 0, a.board.NaturalHeight(h))
		if a.c.RoomView {
			// Still no panels: the board takes the left all the way down.
			a.layout.Board.H = a.layout.Body.H
		}
	}
	if a.roomBanner() {
		a.layout = belowBanner(a.layout)
	}
	l := a.layout
	a.board.SetSize(l.Board.W, l.Board.H)
	for _, p := range a.panels {
		p.SetSize(l.Panel.W, l.Panel.H)
	}
	if a.zoom && !l.Side {
		a.detail.SetSize(l.Body.W, l.Body.H)
	} else {
		a.detail.SetSize(l.Detail.W, l.Detail.H)
	}
	a.help.Width = w
}

// Update routes a message: window sizes to everyone, global keys here,
// other keys and the mouse to the pane that has them. While a save is
// writing the file, everything but a resize waits for it, so that nothing
// reads or changes the document under the save.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, resize := msg.(tea.WindowSizeMsg); a.file.saving && !resize {
		if done, ok := msg.(saveDoneMsg); ok {
			return a, a.saveDone(done)
		}
		a.queue = append(a.queue, msg)
		return a, nil
	}
	if cmd, handled := a.persist.Update(msg); handled {
		a.relayout()
		return a, cmd
	}
	var cmd tea.Cmd
	persona, focus := a.c.Persona, [3]any{a.onPanel, a.panel, a.zoom}
	a.routedBoard, a.panelKept = false, false
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
	case tea.KeyMsg:
		a.status, a.statusBad = "", false
		cmd = a.keys(msg)
	case tea.MouseMsg:
		if a.editing == nil && a.ask == nil {
			cmd = a.mouse(msg)
		}
	case SessionChangedMsg:
		cmd = a.sessionChanged(msg)
	case board.NextCurveMsg:
		a.showCurve(msg)
	case idealLoadedMsg:
		a.idealLoaded(msg)
	default:
		cmd = a.fileMsg(msg)
	}
	a.syncDetail()
	// Only the panel's own input, a change it shows or a move of focus
	// can change its frame.
	kept := a.panelKept && !a.onPanel && focus == [3]any{a.onPanel, a.panel, a.zoom}
	if !a.routedBoard && !kept || a.c.Persona != persona {
		a.panelView = ""
	}
	a.relayout()
	return a, cmd
}

// markBoard puts on the board's cards what they are marked with beyond
// the map: where others in a workshop are, what changed since a revision,
// and the matches of a search (while it is typed, too).
func (a *App) markBoard() {
	marks := presence(a.c)
	add := func(k [2]int, v string) {
		if marks == nil {
			marks = map[[2]int]string{}
		}
		marks[k] = strings.TrimSpace(v + " " + marks[k])
	}
	if a.changes != nil {
		for k, v := range a.changes.Marks {
			add(k, v)
		}
	}
	if a.repair != nil {
		for k := range a.repair.Cards {
			add(k, common.MarkProblem+" problem")
		}
	}
	for _, it := range a.search.Matching(a.m) {
		if it.Kind == common.KindTouchpoint {
			add([2]int{it.Stage, it.Touchpoint}, "◎ match")
		}
	}
	a.board.SetPresence(marks)
}
