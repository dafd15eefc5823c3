package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Shell is the program's top model: the picker when opened on a folder,
// the editor on a map, or the error screen when a map fails to load.
// Quitting a map opened from the picker goes back to the picker.
type Shell struct {
	c    *Common
	load Loader
	dir  string // "" when opened on a file: quitting the map quits

	picker  *Picker
	app     *App
	failure *ErrorScreen
	opening string // the path being loaded, for the "Opening…" screen
}

// mapLoadedMsg carries a map loaded in a tea.Cmd.
type mapLoadedMsg struct {
	path string
	doc  Document
	err  error
}

// closeMapMsg leaves a map (or its error screen) for the picker.
type closeMapMsg struct{}

// NewShell opens path (a map file) or, when dir is set, the picker on dir.
func NewShell(c *Common, load Loader, path, dir string) *Shell {
	s := &Shell{c: c, load: load, dir: dir, opening: path}
	if dir != "" {
		s.picker = NewPicker(c, dir)
	}
	return s
}

// Init loads the map or scans the folder.
func (s *Shell) Init() tea.Cmd {
	if s.picker != nil && s.opening == "" {
		return s.picker.Scan(s.load)
	}
	return s.loadCmd(s.opening)
}

func (s *Shell) loadCmd(path string) tea.Cmd {
	load := s.load
	return func() tea.Msg {
		doc, err := load(path)
		return mapLoadedMsg{path, doc, err}
	}
}

// closeCmd is what quitting a map does: back to the picker, or the end.
func (s *Shell) closeCmd() tea.Cmd {
	if s.picker == nil {
		return tea.Quit
	}
	return func() tea.Msg { return closeMapMsg{} }
}

// Update handles opening and closing maps and hands the rest to the
// screen showing.
func (s *Shell) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		s.c.Width, s.c.Height = msg.Width, msg.Height
	case OpenMapMsg:
		s.opening = msg.Path
		return s, s.loadCmd(msg.Path)
	case retryMsg:
		s.opening, s.failure = msg.path, nil
		return s, s.loadCmd(msg.path)
	case mapLoadedMsg:
		s.opening = ""
		if msg.err != nil || msg.doc == nil {
			s.failure = NewErrorScreen(s.c, msg.path, msg.err)
			if s.picker != nil {
				s.failure.quit = backKey(s.c.Keys)
			}
			return s, nil
		}
		s.app = NewApp(s.c, msg.doc)
		s.app.OnClose(s.closeCmd())
		if s.picker != nil {
			s.app.quitKey = backKey(s.c.Keys)
		}
		return s, s.app.Init()
	case closeMapMsg:
		s.app, s.failure = nil, nil
		return s, s.picker.Scan(s.load)
	}
	return s, s.forward(msg)
}

func (s *Shell) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case s.app != nil:
		_, cmd = s.app.Update(msg)
	case s.failure != nil:
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.c.Keys.Quit, s.c.Keys.Back) {
			return s.closeCmd()
		}
		s.failure, cmd = s.failure.Update(msg)
	case s.opening != "":
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.c.Keys.Quit) {
			return tea.Quit
		}
	case s.picker != nil:
		if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, s.c.Keys.Quit) {
			return tea.Quit
		}
		s.picker, cmd = s.picker.Update(msg)
	}
	return cmd
}

// View shows the screen in front.
func (s *Shell) View() string {
	switch {
	case s.app != nil:
		return s.app.View()
	case s.failure != nil:
		return s.failure.View()
	case s.opening != "":
		return fill([]string{"", " " + s.c.Styles.Muted.Render(Line("Opening "+s.opening+"…", max(s.c.Width-2, 0)))}, s.c.Width, s.c.Height)
	case s.picker != nil:
		return s.picker.View()
	}
	return ""
}

// backKey is the quit binding as it reads under the picker: q leaves the
// map for the list, and ctrl+c still quits from the list.
func backKey(k *KeyMap) key.Binding { return withHelp(k.Quit, "q", "back to list") }
