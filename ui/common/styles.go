package common

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/lipgloss"
	"github.com/journey-maps/journey/model"
)

// Theme picks a palette: the default adapts to light and dark terminals,
// high contrast is for projectors, and no colour honours NO_COLOR.
type Theme int

const (
	// ThemeDefault is calm, adaptive colour for light and dark terminals.
	ThemeDefault Theme = iota
	// ThemeHighContrast is strong colour and heavy lines for projectors.
	ThemeHighContrast
	// ThemeNoColor uses no colour at all (NO_COLOR).
	ThemeNoColor
)

// ParseTheme reads a --theme value.
func ParseTheme(s string) (Theme, error) {
	switch s {
	case "", "default":
		return ThemeDefault, nil
	case "high-contrast":
		return ThemeHighContrast, nil
	case "no-color", "none":
		return ThemeNoColor, nil
	}
	return 0, fmt.Errorf("unknown theme %q (want default or high-contrast)", s)
}

// Palette is the set of colours a theme is made of.
type Palette struct {
	Text, Muted, Accent, Border, Selected, SelectedBg lipgloss.AdaptiveColor
	Good, Fine, Warn, Bad                             lipgloss.AdaptiveColor
	Emotion                                           [5]lipgloss.AdaptiveColor // -2..2
	BarFull, BarEmpty                                 lipgloss.AdaptiveColor
}

func ac(light, dark string) lipgloss.AdaptiveColor {
	return lipgloss.AdaptiveColor{Light: light, Dark: dark}
}

var defaultPalette = Palette{
	Text:       ac("#1f2328", "#e6edf3"),
	Muted:      ac("#656d76", "#8b949e"),
	Accent:     ac("#0550ae", "#79c0ff"),
	Border:     ac("#afb8c1", "#484f58"),
	Selected:   ac("#0969da", "#58a6ff"),
	SelectedBg: ac("#ddf4ff", "#1c2d41"),
	Good:       ac("#1a7f37", "#3fb950"),
	Fine:       ac("#0969da", "#58a6ff"),
	Warn:       ac("#9a6700", "#d29922"),
	Bad:        ac("#cf222e", "#f85149"),
	Emotion: [5]lipgloss.AdaptiveColor{
		ac("#cf222e", "#f85149"), ac("#bc4c00", "#f0883e"), ac("#656d76", "#8b949e"),
		ac("#4a8f3c", "#7ee787"), ac("#1a7f37", "#3fb950"),
	},
	BarFull:  ac("#0969da", "#58a6ff"),
	BarEmpty: ac("#d0d7de", "#30363d"),
}

// highContrastPalette keeps to the 16 basic colours, which projectors and
// every terminal theme render strongly.
var highContrastPalette = Palette{
	Text:       ac("0", "15"),
	Muted:      ac("8", "7"),
	Accent:     ac("4", "14"),
	Border:     ac("0", "15"),
	Selected:   ac("4", "11"),
	SelectedBg: ac("11", "4"),
	Good:       ac("2", "10"),
	Fine:       ac("4", "14"),
	Warn:       ac("5", "11"),
	Bad:        ac("1", "9"),
	Emotion:    [5]lipgloss.AdaptiveColor{ac("1", "9"), ac("5", "13"), ac("0", "15"), ac("4", "14"), ac("2", "10")},
	BarFull:    ac("#0000c0", "#ffff00"),
	BarEmpty:   ac("#a0a0a0", "#606060"),
}

// Styles are every style the editor renders with, built once per theme.
type Styles struct {
	Theme   Theme
	Palette Palette

	Header, HeaderTitle, HeaderMeta lipgloss.Style
	Footer                          lipgloss.Style
	// HelpKey, HelpDesc and HelpSep style bubbles/help's key hints.
	HelpKey, HelpDesc, HelpSep lipgloss.Style

	Title    lipgloss.Style // a panel's or column's title
	Subtitle lipgloss.Style
	Text     lipgloss.Style
	Muted    lipgloss.Style // secondary text
	Ghost    lipgloss.Style // what another version had: removed items
	Label    lipgloss.Style // "metric:", "owner:"
	Value    lipgloss.Style // an emphasised figure
	Worst    lipgloss.Style // the worst funnel step and other alarms
	Good     lipgloss.Style
	Warn     lipgloss.Style
	Bad      lipgloss.Style

	// Selection marks the selected row in a list; SelectedTitle a selected
	// card's title. Both also carry a textual marker where they are used.
	Selection     lipgloss.Style
	SelectedTitle lipgloss.Style

	// Pane is the box of a pane; PaneFocused the box of the focused one.
	Pane, PaneFocused lipgloss.Style
	// Card is a touchpoint card on the board; CardSelected the selected one.
	Card, CardSelected lipgloss.Style

	status  [5]lipgloss.Style // by model.GoalStatus
	emotion [5]lipgloss.Style // -2..2
	none    lipgloss.Style

	// EmotionSpan and mutedSpan paint the curve's many short runs without
	// a lipgloss Render each, which dominated the cost of a frame.
	EmotionSpan [5]Span
	MutedSpan   Span

	barFull, barEmpty lipgloss.AdaptiveColor
	renderer          *lipgloss.Renderer
}

// NewStylesFor builds the styles of a theme for one terminal: each client
// of a shared workshop has its own colour profile and background.
func NewStylesFor(theme Theme, r *lipgloss.Renderer) *Styles {
	p := defaultPalette
	if theme == ThemeHighContrast {
		p = highContrastPalette
	}
	s := &Styles{Theme: theme, Palette: p, barFull: p.BarFull, barEmpty: p.BarEmpty, renderer: r}
	fg := func(st lipgloss.Style, c lipgloss.AdaptiveColor) lipgloss.Style {
		if theme == ThemeNoColor {
			return st
		}
		return st.Foreground(c)
	}
	bc := func(st lipgloss.Style, c lipgloss.AdaptiveColor) lipgloss.Style {
		if theme == ThemeNoColor {
			return st
		}
		return st.BorderForeground(c)
	}
	hc := theme == ThemeHighContrast
	base := r.NewStyle()

	s.Text = fg(base, p.Text)
	s.Muted = fg(base, p.Muted)
	s.Ghost = fg(base.Faint(true), p.Muted)
	s.Label = fg(base, p.Muted)
	s.Value = fg(base.Bold(true), p.Text)
	s.Title = fg(base.Bold(true), p.Accent)
	s.Subtitle = fg(base, p.Muted)
	s.Good = fg(base, p.Good)
	s.Warn = fg(base.Bold(hc), p.Warn)
	s.Bad = fg(base.Bold(true), p.Bad)
	s.Worst = fg(base.Bold(true), p.Bad)
	s.Header = fg(base, p.Text)
	s.HeaderTitle = fg(base.Bold(true), p.Accent)
	s.HeaderMeta = fg(base, p.Muted)
	s.Footer = base
	s.HelpKey = fg(base.Bold(true), p.Text)
	s.HelpDesc = fg(base, p.Muted)
	s.HelpSep = fg(base, p.Border)

	s.Selection = base.Bold(true).Reverse(theme == ThemeNoColor)
	if theme != ThemeNoColor {
		s.Selection = s.Selection.Foreground(p.Selected).Background(p.SelectedBg)
	}
	s.SelectedTitle = fg(base.Bold(true), p.Selected)

	normal, thick := lipgloss.RoundedBorder(), lipgloss.ThickBorder()
	if hc {
		normal = lipgloss.NormalBorder()
	}
	s.Pane = bc(base.Border(normal), p.Border)
	s.PaneFocused = bc(base.Border(thick), p.Selected)
	s.Card = bc(base.Border(normal), p.Border)
	s.CardSelected = bc(base.Border(thick), p.Selected)

	s.status[model.NotStarted] = fg(base, p.Muted)
	s.status[model.OnTrack] = fg(base, p.Fine)
	s.status[model.AtRisk] = fg(base.Bold(true), p.Warn)
	s.status[model.Overdue] = fg(base.Bold(true), p.Bad)
	s.status[model.Achieved] = fg(base.Bold(true), p.Good)
	for i, c := range p.Emotion {
		s.emotion[i] = fg(base.Bold(i == 0 || i == 4), c)
	}
	s.none = s.Muted
	for i := range s.emotion {
		s.EmotionSpan[i] = spanOf(s.emotion[i])
	}
	s.MutedSpan = spanOf(s.Muted)
	return s
}

// Span is the escape codes a colour-and-attribute style puts around text,
// taken once so that hot loops can paint by concatenation. Only for
// styles without padding, margins, borders or widths.
type Span struct{ pre, post string }

func spanOf(st lipgloss.Style) Span {
	const probe = "\uE000" // a private-use character no style changes
	r := st.Render(probe)
	i := strings.Index(r, probe)
	if i < 0 {
		return Span{}
	}
	return Span{pre: r[:i], post: r[i+len(probe):]}
}

func (p Span) Paint(s string) string {
	if s == "" || (p.pre == "" && p.post == "") {
		return s
	}
	return p.pre + s + p.post
}

// Status is the style of a goal status word.
func (s *Styles) Status(st model.GoalStatus) lipgloss.Style {
	if st < 0 || int(st) >= len(s.status) {
		return s.none
	}
	return s.status[st]
}

// Emotion is the style of an emotion value -2..2 (values out of range are
// clamped, so a bad map still renders).
func (s *Styles) Emotion(v int) lipgloss.Style {
	return s.emotion[min(max(v, model.MinEmotion), model.MaxEmotion)-model.MinEmotion]
}

// NewProgress is a bubbles/progress bar in the theme's colours: solid
// fill, no built-in percentage (panels print their own), and lipgloss's
// colour profile so that NO_COLOR and the tests' Ascii profile hold for
// bars too. The full and empty cells differ in shape as well as colour.
func (s *Styles) NewProgress(width int) progress.Model {
	full, empty := "", ""
	if s.Theme != ThemeNoColor {
		full, empty = s.barFull.Light, s.barEmpty.Light
		if s.renderer.HasDarkBackground() {
			full, empty = s.barFull.Dark, s.barEmpty.Dark
		}
	}
	m := progress.New(
		progress.WithSolidFill(full),
		progress.WithColorProfile(s.renderer.ColorProfile()),
		progress.WithoutPercentage(),
		progress.WithFillCharacters('█', '░'),
		progress.WithWidth(max(width, 1)),
	)
	m.EmptyColor = empty
	return m
}
