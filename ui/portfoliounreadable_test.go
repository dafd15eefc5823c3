package ui

import (
	"path/filepath"
	"strings"
	"testing"
)

// A map that cannot be read has nothing to show in the owner, goals and
// pain points columns: its row says why it cannot be read instead of a
// lint cell clipped to "unreadable…".
func TestPortfolioRowSaysWhyAMapIsUnreadable(t *testing.T) {
	dir := teamFolder(t)
	write(t, filepath.Join(dir, "unclosed.yaml"), "journey: 1\ntitle: [unclosed\n")
	ss := &shellSession{t: t, s: NewShell(newTestCommon(120, 40), ModelLoader(fixedToday), "", dir)}
	ss.run(ss.s.Init())
	for _, l := range strings.Split(ss.screen(), "\n") {
		if strings.Contains(l, "unclosed.yaml") {
			if !strings.Contains(l, "did not find expected") {
				t.Errorf("the unreadable map's row does not say why: %q", l)
			}
			return
		}
	}
	t.Fatalf("no row for unclosed.yaml:\n%s", ss.screen())
}
