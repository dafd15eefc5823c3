package ui

import (
	"strings"
	"testing"
)

// S shows one segment's personas on the curve and in the channels panel,
// says so in the header, and comes back to everyone.
func TestSegmentFilter(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 160, 48, false)
	segs := []string{}
	for _, p := range s.a.m.Personas {
		if p.Segment != "" && !strings.Contains(strings.Join(segs, "|"), p.Segment) {
			segs = append(segs, p.Segment)
		}
	}
	if len(segs) < 2 {
		t.Fatalf("the sample has segments %q; want two to cycle", segs)
	}
	allCurve := s.screen()
	s.press("S")
	s.expectLine("segment: " + segs[0])
	s.expectLine("Emotion · segment " + segs[0])
	if s.a.status != "segment: "+segs[0] {
		t.Errorf("status %q", s.a.status)
	}
	if s.screen() == allCurve {
		t.Error("the screen did not change for the segment")
	}
	for range []int{1, 2, 3, 4, 5} {
		s.press("tab")
	}
	s.expectLine("Channels across stages").expectLine("· segment " + segs[0])
	for range segs {
		s.press("esc", "S")
	}
	s.expectLine("Emotion · base")
	header := strings.SplitN(s.screen(), "\n", 2)[0]
	if strings.Contains(header, "segment:") || !strings.Contains(header, "3 personas") {
		t.Errorf("after all segments the header reads %q", header)
	}
	if s.a.status != "segment: all" {
		t.Errorf("status %q, want segment: all", s.a.status)
	}
}
