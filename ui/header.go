package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// SaveState is what the header says about the file on disk.
type SaveState int

// The save states the header shows (UX.md).
const (
	Saved SaveState = iota
	Unsaved
	Saving
	ReadOnly
	ChangedOnDisk
	SaveFailed
)

var saveStateWords = [...]string{"saved", "unsaved", "saving…", "read-only", "changed on disk", "save failed"}

// String is the word the header shows.
func (s SaveState) String() string {
	if s >= 0 && int(s) < len(saveStateWords) {
		return saveStateWords[s]
	}
	return "?"
}

// renderHeader is the one-line header: the map's title on the left; its
// state, persona count (or the segment shown, S) and save state on the
// right. The title gives way first on a narrow screen, since the save state
// is what must not hide.
func renderHeader(m *model.Map, save SaveState, segment string, width int, st *common.Styles) string {
	if width <= 0 {
		return ""
	}
	title := "(untitled)"
	var meta []string
	if m != nil {
		if m.Title != "" {
			title = common.Sanitize(m.Title)
		}
		if m.State != "" {
			meta = append(meta, common.Sanitize(m.State))
		}
		switch n := len(m.Personas); {
		case segment != "":
			meta = append(meta, "segment: "+common.Sanitize(segment))
		case n == 0:
		case n == 1:
			meta = append(meta, "1 persona")
		default:
			meta = append(meta, fmt.Sprintf("%d personas", n))
		}
	}
	sep := st.HeaderMeta.Render(" · ")
	var right []string
	for _, s := range meta {
		right = append(right, st.HeaderMeta.Render(s))
	}
	right = append(right, saveStyle(save, st).Render(save.String()))
	r := strings.Join(right, sep) + " "
	rw := ansi.StringWidth(r)
	if rw+8 > width {
		r = saveStyle(save, st).Render(save.String())
		rw = ansi.StringWidth(r)
	}
	tw := max(width-rw-2, 0)
	left := " " + st.HeaderTitle.Render(common.Clip(title, tw))
	gap := max(width-ansi.StringWidth(left)-rw, 0)
	return common.PadStyled(left+strings.Repeat(" ", gap)+r, width)
}

func saveStyle(s SaveState, st *common.Styles) lipgloss.Style {
	switch s {
	case Unsaved, Saving:
		return st.Warn
	case ChangedOnDisk, SaveFailed:
		return st.Bad
	}
	return st.HeaderMeta
}
