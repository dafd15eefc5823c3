package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

func TestRenderHeader(t *testing.T) {
	st := common.New(common.ThemeNoColor, fixedToday, false).Styles
	m := &model.Map{Title: "First purchase", State: "current", Personas: make([]model.Persona, 3)}
	tests := []struct {
		name  string
		m     *model.Map
		save  SaveState
		width int
		want  string
	}{
		{"full", m, Saved, 60, " First purchase                current · 3 personas · saved "},
		{"read-only", m, ReadOnly, 60, " First purchase            current · 3 personas · read-only "},
		{"narrow keeps the save state", m, Unsaved, 20, " First purc… unsaved"},
		{"one persona, no state", &model.Map{Title: "T", Personas: make([]model.Persona, 1)}, Saved, 30, " T          1 persona · saved "},
		{"hostile title", &model.Map{Title: "a\x1b[2Jb\x1b]0;x\a"}, Saved, 16, " ab       saved "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderHeader(tt.m, tt.save, "", tt.width, st)
			if ansi.StringWidth(got) != tt.width {
				t.Errorf("header is %d cells, want %d", ansi.StringWidth(got), tt.width)
			}
			if s := ansi.Strip(got); strings.TrimRight(s, " ") != strings.TrimRight(tt.want, " ") {
				t.Errorf("header = %q, want %q", s, tt.want)
			}
		})
	}
}
