package export

import "fmt"

// Theme is the colours of the SVG picture and the HTML page. Every colour
// only repeats what a glyph, a dash pattern or a word already says, so
// the picture still reads printed in grey.
type Theme struct {
	Name       string
	Background string
	Text       string
	Muted      string // secondary text: channel, counts, axis labels
	Card       string // card fill
	Stroke     string // card and bar outlines
	Grid       string // the curve's level lines
	Pain       string // pain point text
	Opportun   string // opportunity text
	Bar        string // progress bar fill
	Curves     []string
}

// Themes are the themes `--theme` accepts, by name.
var Themes = map[string]Theme{
	"light": {
		Name: "light", Background: "#ffffff", Text: "#1b1f24", Muted: "#57606a",
		Card: "#f6f8fa", Stroke: "#8c959f", Grid: "#d0d7de",
		Pain: "#a40e26", Opportun: "#1a5e20", Bar: "#3b4a5a",
		Curves: []string{"#1b1f24", "#0550ae", "#8a4600", "#6639ba", "#116329"},
	},
	"dark": {
		Name: "dark", Background: "#0d1117", Text: "#e6edf3", Muted: "#9da7b3",
		Card: "#161b22", Stroke: "#6e7681", Grid: "#30363d",
		Pain: "#ff9492", Opportun: "#7ee787", Bar: "#c9d1d9",
		Curves: []string{"#e6edf3", "#79c0ff", "#ffa657", "#d2a8ff", "#56d364"},
	},
}

// ThemeNames are the names of Themes in the order help lists them.
var ThemeNames = []string{"light", "dark"}

// ParseTheme looks a theme up by name.
func ParseTheme(name string) (Theme, error) {
	if t, ok := Themes[name]; ok {
		return t, nil
	}
	return Theme{}, fmt.Errorf("unknown theme %q (want light or dark)", name)
}

// curveStyle is how one persona's curve is told apart without colour: a
// dash pattern and a marker shape.
type curveStyle struct {
	dash   string // stroke-dasharray, "" for solid
	marker string // circle, square, triangle, diamond, cross
}

var curveStyles = []curveStyle{
	{"", "circle"},
	{"8 4", "square"},
	{"2 3", "triangle"},
	{"10 3 2 3", "diamond"},
	{"4 4", "cross"},
}
