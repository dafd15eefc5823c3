package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
)

// = overlays the ideal map's curve with a legend and each stage's gap,
// and takes it away again.
func TestIdealOverlay(t *testing.T) {
	c := newTestCommon(120, 40)
	path := filepath.Join("..", "maps", "online-shop.yaml")
	s := &driver{t, NewApp(c, mapDoc{sampleMapNamed(t, "online-shop.yaml"), path})}
	s.expectNo("○ ideal")
	s.press("=").expectLine("Emotion · base  ● current  ○ ideal (ideal/online-shop.yaml)")
	if !strings.Contains(s.a.status, "ideal curve shown") {
		t.Errorf("status %q", s.a.status)
	}
	// The means row holds each stage's current and ideal means and the
	// gap, the figures journey compare prints.
	cmp := model.Compare(s.a.m, sampleMapNamed(t, "ideal/online-shop.yaml"))
	for _, g := range cmp.Stages[:3] {
		s.expectLine("●" + board.FormatMean(g.Current) + " ○" + board.FormatMean(g.Ideal) + " Δ" + board.FormatMean(g.Gap))
	}
	s.expectLine("●-0.5 ○+1 Δ+1.5") // Purchase, worked out by hand
	// The ideal's line is drawn: its glyph is on the curve rows.
	if n := strings.Count(strings.Join(strings.Split(s.screen(), "\n")[2:7], "\n"), "○"); n < 3 {
		t.Errorf("%d ideal points on the curve rows, want several", n)
	}
	s.press("=").expectNo("○ ideal").expectLine("Emotion · base").expectLine("mean -0.5")
}

// A map that names no ideal, or an ideal that cannot be read, says so;
// and = never changes an emotion any more: only + raises it.
func TestIdealKeyWithoutIdeal(t *testing.T) {
	s := openEditing(t, "saas-trial.yaml", 120, 40)
	s.keys("3", "j", "=")
	if !strings.Contains(s.a.status, "names no ideal map") || !s.a.statusBad {
		t.Errorf("status %q", s.a.status)
	}
	if s.text() != string(s.orig) {
		t.Error("= changed the map")
	}
	s.keys("+")
	if s.text() == string(s.orig) {
		t.Error("+ did not raise the emotion")
	}

	// The copy in a scratch folder names ideal/online-shop.yaml, which is
	// not there.
	s = openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("=")
	if !strings.Contains(s.a.status, "cannot read the ideal map ideal/online-shop.yaml") {
		t.Errorf("status %q", s.a.status)
	}
	s.expectNo("○ ideal")
}
