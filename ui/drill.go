package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/ui/common"
)

// Drill-down: a stage may name a sub-journey (journey: PATH). > on such a
// stage opens it; a breadcrumb above the editor leads back, and < or q in
// the sub-journey returns to the map above, on the same stage.

// crumb is a map the user came down from.
type crumb struct {
	path, title string
	stage       int
}

// DrillKeys are the keys of the drill-down.
var (
	drillIn  = key.NewBinding(key.WithKeys(">"), key.WithHelp(">", "open the stage's sub-journey"))
	drillOut = key.NewBinding(key.WithKeys("<"), key.WithHelp("<", "back to the map above"))
)

// drillBackMsg leaves a sub-journey for the map above it.
type drillBackMsg struct{}

// drillKey handles > and < while a map is open and its keys are free;
// handled is false for every other key.
func (s *Shell) drillKey(msg tea.KeyMsg) (cmd tea.Cmd, handled bool) {
	a := s.app
	if a == nil || a.editing != nil || a.ask != nil || a.search.Typing() || a.showHelp {
		return nil, false
	}
	switch {
	case key.Matches(msg, drillOut) && len(s.trail) > 0:
		return a.quit(), true // asks first when there are unsaved changes
	case key.Matches(msg, drillIn):
		si, sub, ok := s.subJourney()
		if !ok {
			return nil, false
		}
		target := portfolio.Resolve(s.shown, sub)
		switch {
		case a.editable() && a.file.dirty:
			a.status, a.statusBad = "save (ctrl+s) before opening the sub-journey", true
		case target == s.shown || slices.ContainsFunc(s.trail, func(c crumb) bool { return c.path == target }):
			a.status, a.statusBad = common.Sanitize(sub)+" is already open above", true
		default:
			s.trail = append(s.trail, crumb{path: s.shown, title: a.m.Title, stage: si})
			s.leaveMap()
			s.opening = target
			return s.loadCmd(target), true
		}
		return nil, true
	}
	return nil, false
}

// subJourney is the selected stage and the sub-journey it names.
func (s *Shell) subJourney() (stage int, path string, ok bool) {
	it, sel := s.app.selected()
	m := s.app.m
	if !sel || m == nil || it.Stage < 0 || it.Stage >= len(m.Stages) || m.Stages[it.Stage].Journey == "" {
		return 0, "", false
	}
	return it.Stage, m.Stages[it.Stage].Journey, true
}

// drillBack reopens the map above, on the stage the user went down from.
func (s *Shell) drillBack() tea.Cmd {
	s.leaveMap()
	c := s.trail[len(s.trail)-1]
	s.trail = s.trail[:len(s.trail)-1]
	s.opening, s.place = c.path, model.StageLoc(c.stage).Path()
	return s.loadCmd(c.path)
}

// leaveMap stops looking after the map showing.
func (s *Shell) leaveMap() {
	if s.app != nil {
		s.app.persist.Stop()
	}
	s.app, s.failure = nil, nil
	s.c.Width, s.c.Height = s.w, s.h // the editor may have had a line less
}

// crumbs is the breadcrumb line above a sub-journey: the maps above and
// this one. Empty on a map opened directly, which keeps all its lines.
func (s *Shell) crumbs() string {
	if s.app == nil || len(s.trail) == 0 {
		return ""
	}
	var parts []string
	for _, c := range s.trail {
		parts = append(parts, common.Sanitize(c.title))
	}
	parts = append(parts, common.Sanitize(s.app.m.Title))
	return " " + strings.Join(parts, " › ") + "   < back"
}

// hintSubJourney says in the footer, while nothing else is said there,
// that the selected stage has a sub-journey and > opens it: the mark of
// such a stage.
func (s *Shell) hintSubJourney() {
	if s.app == nil || s.app.status != "" {
		return
	}
	if _, sub, ok := s.subJourney(); ok {
		s.app.status, s.app.statusBad = "> sub-journey "+common.Sanitize(sub), false
	}
}
