package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

func openCompare(t *testing.T, w, h int) *screens.Compare {
	t.Helper()
	cur, ideal := sampleMapNamed(t, "online-shop.yaml"), sampleMapNamed(t, "ideal/online-shop.yaml")
	s := screens.NewCompare(common.New(common.ThemeNoColor, fixedToday, true).View(), cur, ideal,
		[2]string{"maps/online-shop.yaml", "maps/ideal/online-shop.yaml"}, model.Compare(cur, ideal))
	s.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return s
}

func TestCompareGolden(t *testing.T) {
	s := openCompare(t, 120, 40)
	view := ansi.Strip(s.View())
	checkBox(t, view, 120, 40)
	golden.RequireEqual(t, []byte(view))
}

// The screen scrolls to its last line and back, ? shows the keys, and q
// or esc quits.
func TestCompareScrollsAndQuits(t *testing.T) {
	s := openCompare(t, 120, 20)
	top := ansi.Strip(s.View())
	if !strings.Contains(top, "Emotion · current vs ideal  ● current") || !strings.Contains(top, "●-0.5 ○+1 Δ+1.5") {
		t.Fatalf("the first screen lacks the curves' legend or Purchase's means:\n%s", top)
	}
	press := func(k string) tea.Cmd { _, cmd := s.Update(keyMsg(k)); return cmd }
	press("G")
	if bottom := ansi.Strip(s.View()); !strings.Contains(bottom, "referral-hidden") || strings.Contains(bottom, "Emotion · current") {
		t.Fatalf("G did not reach the last opportunity:\n%s", bottom)
	}
	for range 100 {
		press("k")
	}
	if ansi.Strip(s.View()) != top {
		t.Error("k back to the top does not show the first screen again")
	}
	press("?")
	if v := ansi.Strip(s.View()); !strings.Contains(v, "scroll a line") {
		t.Errorf("? shows no help:\n%s", v)
	}
	if press("esc") != nil || ansi.Strip(s.View()) != top {
		t.Error("esc in the help should close it, not quit")
	}
	for _, k := range []string{"q", "esc"} {
		if cmd := press(k); cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not quit", k)
		}
	}
}
