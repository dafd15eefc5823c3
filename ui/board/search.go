package board

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Search finds text in the map's names and texts and walks the board's
// selection through the matches: / to type, enter to search, n and N to
// move, esc to clear. While the query is being typed every key goes to
// the text field, so q types a q.
type Search struct {
	c       common.View
	input   textinput.Model
	typing  bool
	query   string
	matches []common.Item
	at      int
}

// NewSearch is an idle search.
func NewSearch(c common.View) *Search {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search names and texts"
	in.CharLimit = 200
	in.PromptStyle = c.Styles().HelpKey
	in.TextStyle = c.Styles().Text
	in.PlaceholderStyle = c.Styles().Muted
	in.Cursor.Style = c.Styles().Text
	in.Cursor.SetMode(cursor.CursorStatic) // calm on a projector, and no timer running
	return &Search{c: c, input: in}
}

// Typing reports whether the search field has the keyboard.
func (s *Search) Typing() bool { return s.typing }

// Active reports whether there are results to walk through.
func (s *Search) Active() bool { return s.query != "" }

// Start opens the field.
func (s *Search) Start() tea.Cmd {
	s.typing = true
	s.input.SetValue("")
	return s.input.Focus()
}

// Clear forgets the query and its matches.
func (s *Search) Clear() {
	s.typing, s.query, s.matches, s.at = false, "", nil, 0
	s.input.Blur()
}

// Update takes keys while typing. It reports the query when enter ends
// the typing, and whether the search was cancelled.
func (s *Search) Update(msg tea.Msg) (done bool, cancelled bool, cmd tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch k.Type {
		case tea.KeyEnter:
			s.typing = false
			s.input.Blur()
			return true, strings.TrimSpace(s.input.Value()) == "", nil
		case tea.KeyEsc, tea.KeyCtrlC:
			s.Clear()
			return true, true, nil
		}
	}
	s.input, cmd = s.input.Update(msg)
	return false, false, cmd
}

// Run finds the query in m and returns the first match at or after from
// in journey order.
func (s *Search) Run(m *model.Map, from common.Item) (common.Item, bool) {
	s.query = strings.TrimSpace(s.input.Value())
	s.matches = FindAll(m, strings.ToLower(s.query))
	s.at = 0
	if len(s.matches) == 0 {
		return common.Item{}, false
	}
	for i, it := range s.matches {
		if !Before(it, from) {
			s.at = i
			break
		}
	}
	return s.matches[s.at], true
}

// Matching lists the items that match the search as it stands: the query
// being typed, or the one last run; none when there is no search.
func (s *Search) Matching(m *model.Map) []common.Item {
	if s.typing {
		return FindAll(m, strings.ToLower(strings.TrimSpace(s.input.Value())))
	}
	if s.query != "" {
		return s.matches
	}
	return nil
}

// Step moves d matches on, wrapping round.
func (s *Search) Step(d int) (common.Item, bool) {
	if len(s.matches) == 0 {
		return common.Item{}, false
	}
	s.at = ((s.at+d)%len(s.matches) + len(s.matches)) % len(s.matches)
	return s.matches[s.at], true
}

// Status is the footer's word on the search.
func (s *Search) Status() string {
	switch {
	case s.query == "":
		return ""
	case len(s.matches) == 0:
		return fmt.Sprintf("no match for %q", common.Sanitize(s.query))
	}
	return fmt.Sprintf("%d/%d for %q", s.at+1, len(s.matches), common.Sanitize(s.query))
}

// View is the field while typing.
func (s *Search) View(width int) string {
	s.input.Width = max(width-3, 1)
	return s.input.View()
}

// ShortHelp is the keys while typing.
func (s *Search) ShortHelp() []key.Binding {
	return []key.Binding{
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
		key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// Before orders items of the map in journey order: by stage, then down
// the column as the board draws it.
func Before(a, b common.Item) bool {
	if a.Stage != b.Stage {
		return a.Stage < b.Stage
	}
	return slices.Compare(rank(a), rank(b)) < 0
}

// Before orders items as the board draws them: by column (a removed
// stage's ghost column where the revision had it), then down the column.
func (b *Board) Before(x, y common.Item) bool {
	if cx, cy := b.colOf(x.Stage), b.colOf(y.Stage); cx != cy {
		return cx < cy
	}
	return slices.Compare(rank(x), rank(y)) < 0
}

// rank is an item's place down its column: the stage's header, then each
// touchpoint with its own pain points, opportunities and removed rows,
// then the stage's own pain points and opportunities, then the cards of
// removed touchpoints.
func rank(it common.Item) []int {
	const stageItems, ghostCards = 1 << 28, 1 << 29
	switch {
	case it.Kind == common.KindStage:
		return []int{-1}
	case it.Touchpoint >= 0 && it.Kind == common.KindTouchpoint:
		return []int{it.Touchpoint, -1}
	case it.Touchpoint >= 0 && it.Ghost > 0:
		return []int{it.Touchpoint, 2, it.Ghost}
	case it.Touchpoint >= 0 && it.Kind == common.KindPainPoint:
		return []int{it.Touchpoint, 0, it.Index}
	case it.Touchpoint >= 0:
		return []int{it.Touchpoint, 1, it.Index}
	case it.Ghost > 0:
		return []int{ghostCards, it.Ghost}
	case it.Kind == common.KindPainPoint:
		return []int{stageItems, 0, it.Index}
	}
	return []int{stageItems, 1, it.Index}
}

// FindAll lists the board items whose text holds q: stages by name and
// description, touchpoints by everything written on them (their pain
// points and opportunities included), and a stage's own pain points and
// opportunities.
func FindAll(m *model.Map, q string) []common.Item {
	if m == nil || q == "" {
		return nil
	}
	has := func(ss ...string) bool {
		for _, s := range ss {
			if strings.Contains(strings.ToLower(s), q) {
				return true
			}
		}
		return false
	}
	var out []common.Item
	for si, s := range m.Stages {
		if has(s.Name, s.ID, s.Description, s.CustomerGoal) {
			out = append(out, common.StageItem(si))
		}
		for ti, t := range s.Touchpoints {
			if has(t.Name, t.ID, t.Channel, t.Owner, t.Feeling, t.Evidence, t.Notes) ||
				has(t.Actions...) || has(t.Thoughts...) || has(t.Backstage...) ||
				painsHave(t.PainPoints, has) || oppsHave(t.Opportunities, has) {
				out = append(out, common.TouchpointItem(si, ti))
			}
		}
		for i, p := range s.PainPoints {
			if has(p.Text, p.Evidence) {
				out = append(out, common.PainPointItem(si, -1, i))
			}
		}
		for i, o := range s.Opportunities {
			if has(o.Text, o.Owner, o.Tactic) {
				out = append(out, common.OpportunityItem(si, -1, i))
			}
		}
	}
	return out
}

func painsHave(ps []model.PainPoint, has func(...string) bool) bool {
	for _, p := range ps {
		if has(p.Text, p.Evidence) {
			return true
		}
	}
	return false
}

func oppsHave(os []model.Opportunity, has func(...string) bool) bool {
	for _, o := range os {
		if has(o.Text, o.Owner, o.Tactic) {
			return true
		}
	}
	return false
}
