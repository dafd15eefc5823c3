package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// Shell is the program's top model: the portfolio when opened on a
// folder, the editor on a map, or the error screen when a map fails to
// load. Quitting a map opened from the portfolio goes back to it, on the
// same row.
type Shell struct {
	c    *common.Common
	load Loader
	dir  string // "" when opened on a file: quitting the map quits

	portfolio *screens.Portfolio
	app       *App
	failure   *screens.ErrorScreen
	recover   *screens.Recover
	opening   string     // the path being loaded, for the "Opening…" screen
	place     model.Path // where in it to put the cursor, from a search
	shown     string     // the map showing (or failing), to refresh on the way back
	trail     []crumb    // the maps above a sub-journey, outermost first
	w, h      int        // the terminal's size; the editor may get a line less
}

// mapLoadedMsg carries a map loaded in a tea.Cmd.
type mapLoadedMsg struct {
	path     string
	doc      Document
	err      error
	recovery *store.Recovery // unsaved edits a previous session left
}

// closeMapMsg leaves a map (or its error screen) for the portfolio.
type closeMapMsg struct{}

// NewShell opens path (a map file) or, when dir is set, the portfolio
// of dir.
func NewShell(c *common.Common, load Loader, path, dir string) *Shell {
	s := &Shell{c: c, load: load, dir: dir, opening: path, w: c.Width, h: c.Height}
	if dir != "" {
		s.portfolio = screens.NewPortfolio(c.View(), dir)
	}
	return s
}

// Init loads the map or walks the folder.
func (s *Shell) Init() tea.Cmd {
	if s.portfolio != nil && s.opening == "" {
		return s.portfolio.Init()
	}
	return s.loadCmd(s.opening)
}

func (s *Shell) loadCmd(path string) tea.Cmd {
	load, readOnly := s.load, s.c.ReadOnly
	return func() tea.Msg {
		doc, err := load(path)
		if repairable(doc, err) {
			err = nil // opened in repair mode, its problems in the banner
		}
		msg := mapLoadedMsg{path: path, doc: doc, err: err}
		if d, ok := doc.(*model.Doc); ok && err == nil && !readOnly {
			msg.recovery = pendingRecovery(d)
		}
		return msg
	}
}

// pendingRecovery is the recovery file left for a map, if it holds edits
// the file does not; one that matches the file (saved after all) goes.
func pendingRecovery(d *model.Doc) *store.Recovery {
	r, err := store.Read(d.Path())
	if err != nil || r == nil {
		return nil
	}
	if len(r.Edits) == 0 && (r.Text == "" || r.Text == string(d.Bytes())) {
		_ = store.Remove(d.Path())
		return nil
	}
	return r
}

// closeCmd is what quitting a map does: up from a sub-journey, back to
// the portfolio, or the end.
func (s *Shell) closeCmd() tea.Cmd {
	if len(s.trail) > 0 {
		return func() tea.Msg { return drillBackMsg{} }
	}
	if s.portfolio == nil {
		return tea.Quit
	}
	return func() tea.Msg { return closeMapMsg{} }
}

// Update handles opening and closing maps and hands the rest to the
// screen showing.
func (s *Shell) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	defer s.flushOnPanic()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.w, s.h = msg.Width, msg.Height
		s.c.Width, s.c.Height = msg.Width, msg.Height
		if s.app != nil {
			_, cmd := s.app.Update(tea.WindowSizeMsg{Width: s.w, Height: s.h - s.crumbLines()})
			return s, cmd
		}
	case screens.OpenMapMsg:
		s.opening, s.place = msg.Path, msg.Place
		return s, s.loadCmd(msg.Path)
	case screens.RetryMsg:
		s.opening, s.failure = msg.Path, nil
		return s, s.loadCmd(msg.Path)
	case mapLoadedMsg:
		s.opening, s.shown = "", msg.path
		if msg.err != nil || msg.doc == nil {
			s.failure = screens.NewError(s.c.View(), msg.path, msg.err)
			if s.portfolio != nil || len(s.trail) > 0 {
				s.failure.Quit = backKey(s.c.Keys)
			}
			return s, nil
		}
		if d, ok := msg.doc.(*model.Doc); ok && msg.recovery != nil {
			s.recover = screens.NewRecover(s.c.View(), d, msg.recovery)
			return s, nil
		}
		return s, s.open(msg.doc)
	case screens.RecoverChosenMsg:
		s.recover = nil
		cmd := s.openSession(msg.Doc, msg.Sess)
		if msg.Err != nil {
			s.app.persist.warning = "recovery: " + msg.Err.Error()
		}
		if msg.Sess != nil {
			return s, tea.Batch(cmd, s.app.persist.Changed(msg.Sess))
		}
		return s, cmd
	case drillBackMsg:
		return s, s.drillBack()
	case closeMapMsg:
		s.leaveMap()
		s.portfolio.Select(s.shown)
		return s, s.portfolio.Refresh(s.shown)
	}
	return s, s.forward(msg)
}

// open shows the editor on a loaded map and starts looking after it.
func (s *Shell) open(doc Document) tea.Cmd { return s.openSession(doc, nil) }

// openSession is open on a session already holding edits (restored from
// a recovery file), or a new one when sess is nil.
func (s *Shell) openSession(doc Document, sess *session.Session) tea.Cmd {
	if sess != nil {
		s.app = NewSessionApp(s.c, sess, session.Local)
	} else {
		s.app = NewApp(s.c, doc)
	}
	s.app.OnClose(s.closeCmd())
	if s.portfolio != nil {
		s.app.quitKey = backKey(s.c.Keys)
	}
	if len(s.trail) > 0 {
		s.app.quitKey = common.WithHelp(s.c.Keys.Quit, "q", "back to the map above")
	}
	if n := s.crumbLines(); n > 0 && s.h > 0 {
		s.app.resize(s.w, s.h-n)
	}
	if len(s.place) > 0 {
		s.app.showPlace(s.place)
		s.place = nil
	}
	s.hintSubJourney()
	cmds := []tea.Cmd{s.app.Init()}
	if s.app.sess != nil {
		cmds = append(cmds, s.app.persist.Start(s.app.sess))
	}
	return tea.Batch(cmds...)
}

func (s *Shell) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case s.recover != nil:
		if k, ok := msg.(tea.KeyMsg); ok && k.String() == "ctrl+c" {
			return tea.Quit // the recovery file stays for next time
		}
		s.recover, cmd = s.recover.Update(msg)
	case s.app != nil:
		if k, ok := msg.(tea.KeyMsg); ok {
			if cmd, handled := s.drillKey(k); handled {
				return cmd
			}
		}
		_, cmd = s.app.Update(msg)
		s.fitCrumbs()
		s.hintSubJourney()
	case s.failure != nil:
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.c.Keys.Quit, s.c.Keys.Back) {
			return s.closeCmd()
		}
		s.failure, cmd = s.failure.Update(msg)
	case s.opening != "":
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.c.Keys.Quit) {
			return tea.Quit
		}
	case s.portfolio != nil:
		s.portfolio, cmd = s.portfolio.Update(msg)
	}
	return cmd
}

// View shows the screen in front.
func (s *Shell) View() string {
	defer s.flushOnPanic()
	switch {
	case s.recover != nil:
		return s.recover.View()
	case s.app != nil:
		if line := s.crumbs(); line != "" {
			return common.PadStyled(s.c.Styles.Muted.Render(common.Clip(line, s.w)), s.w) + "\n" + s.app.View()
		}
		return s.app.View()
	case s.failure != nil:
		return s.failure.View()
	case s.opening != "":
		return common.Fill([]string{"", " " + s.c.Styles.Muted.Render(common.Line("Opening "+s.opening+"…", max(s.c.Width-2, 0)))}, s.c.Width, s.c.Height)
	case s.portfolio != nil:
		return s.portfolio.View()
	}
	return ""
}

// flushOnPanic writes the recovery file at once if an update panics, so
// the last edit survives; the panic goes on to Bubble Tea, which restores
// the terminal.
func (s *Shell) flushOnPanic() {
	if r := recover(); r != nil {
		s.Flush()
		panic(r)
	}
}

// Flush writes the recovery file now when the open map has edits not yet
// saved or discarded: for when the program has stopped (a signal, a panic
// in a command) before the next recovery write was due. Call it only once
// the program no longer runs.
func (s *Shell) Flush() {
	if s.app != nil {
		s.app.persist.flush()
	}
}

// backKey is the quit binding as it reads under the portfolio: q leaves
// the map for the list, and ctrl+c still quits from the list.
func backKey(k *common.KeyMap) key.Binding { return common.WithHelp(k.Quit, "q", "back to list") }

// crumbLines is 1 when the breadcrumb shows above the editor, else 0.
func (s *Shell) crumbLines() int {
	if s.crumbs() != "" {
		return 1
	}
	return 0
}

// fitCrumbs gives the editor the lines the breadcrumb leaves, when an
// edit made the breadcrumb appear or go.
func (s *Shell) fitCrumbs() {
	if s.app != nil && s.app.c.Height != s.h-s.crumbLines() && s.h > 0 {
		s.app.resize(s.w, s.h-s.crumbLines())
	}
}
