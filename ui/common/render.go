package common

import (
	"fmt"

	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
)

// PadStyled cuts or pads an already styled line to exactly width cells.
func PadStyled(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		return ansi.Truncate(s, width, Ellipsis)
	}
	return s + strings.Repeat(" ", width-w)
}

// Fill makes a block of exactly h lines of exactly w cells, so that panes
// placed side by side line up and nothing spills at any size.
func Fill(lines []string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	out := make([]string, h)
	blank := strings.Repeat(" ", w)
	for i := range out {
		if i < len(lines) {
			out[i] = PadStyled(lines[i], w)
		} else {
			out[i] = blank
		}
	}
	return strings.Join(out, "\n")
}

// CenterLine is a one-line block with s centred in width cells.
func CenterLine(s string, width int) []string {
	pad := max(0, (width-ansi.StringWidth(s))/2)
	return []string{strings.Repeat(" ", pad) + s}
}

// Spread puts left and right text at the two ends of a line in one style;
// the left text gives way when both do not fit.
func Spread(sty lipgloss.Style, left, right string, width int) string {
	if width <= 0 {
		return ""
	}
	rw := ansi.StringWidth(right)
	if rw+1 >= width {
		return sty.Render(PadRight(left, width))
	}
	return sty.Render(PadRight(left, width-rw-1) + " " + right)
}

func HasDropOff(ps []model.PainPoint) bool {
	for _, p := range ps {
		if p.DropOff {
			return true
		}
	}
	return false
}

// SeverityStyle colours a severity word: high and critical are alarms.
func SeverityStyle(sev string, st *Styles) lipgloss.Style {
	switch sev {
	case "critical":
		return st.Bad
	case "high":
		return st.Warn
	}
	return st.Muted
}

func OrDash(s string) string {
	if s == "" {
		return "–"
	}
	return Sanitize(s)
}

// PainRatings are a pain point's ratings as styled words, for a card or a
// details row: severity, drop-off, votes.
func PainRatings(p *model.PainPoint, st *Styles) []string {
	var out []string
	if p.Severity != "" {
		out = append(out, SeverityStyle(p.Severity, st).Render(Sanitize(p.Severity)))
	}
	if p.DropOff {
		out = append(out, st.Bad.Render(MarkDropOff+" drop-off"))
	}
	if p.Votes > 0 {
		out = append(out, st.Muted.Render(fmt.Sprintf("%d %s", p.Votes, Plural(p.Votes, "vote", "votes"))))
	}
	return out
}
