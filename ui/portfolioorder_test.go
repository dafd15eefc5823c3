package ui

import (
	"strings"
	"testing"
)

// The order o cycles is the maps view's. The cross-map views keep their
// own ranking, so they neither show nor offer an order; o there says
// where it works instead of changing a label that changes nothing.
func TestPortfolioOrderBelongsToTheMapsView(t *testing.T) {
	ss := openPortfolio(t, 160, 48)
	ss.expect("order: attention")
	ss.press("tab", "tab") // pain points
	ss.expect("[Pain points]")
	before := ss.screen()
	if strings.Contains(before, "order:") || strings.Contains(before, "o order") {
		t.Fatalf("the pain points view shows or offers an order it does not follow:\n%s", before)
	}
	ss.press("o")
	ss.expect("o orders the Maps view")
	ss.press("tab", "tab") // back to the maps view, still in attention order
	ss.expect("order: attention")
}
