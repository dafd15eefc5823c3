package portfolio

import (
	"path/filepath"
	"testing"

	"github.com/journey-maps/journey/model"
)

// Within one map, the portfolio's pain points come in the order of the
// map's own ranking (the priorities panel), at the same places: there is
// one ranking of what hurts most, not two that could drift apart.
func TestPainsAcrossMapsRankAsEachMapDoes(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "maps", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample maps: %v", err)
	}
	for _, f := range files {
		doc, err := model.Load(f, today)
		if doc == nil {
			t.Fatalf("%s: %v", f, err)
		}
		want := model.PainRanking(doc.Map())
		got := Pains([]Map{Summarize(f, today)})
		if len(got) != len(want) {
			t.Fatalf("%s: %d pain points across maps, %d in the map's ranking", f, len(got), len(want))
		}
		for i, r := range want {
			loc := model.Loc{Stage: r.Stage, Touchpoint: r.Touchpoint, Kind: "pain_points", Item: r.Index}
			if got[i].Text != r.PainPoint.Text || got[i].Place.String() != loc.Path().String() {
				t.Errorf("%s: #%d is %q at %v, the map ranks %q at %v first", f, i+1, got[i].Text, got[i].Place, r.PainPoint.Text, loc.Path())
			}
		}
	}
}

// Maps rank their opportunities by different methods (the SaaS sample by
// RICE, the hotel by weighted criteria, the others by impact over effort),
// whose scores do not compare; across maps, each status lists every map's
// first-ranked opportunity before any second.
func TestOppsAcrossMapsGoByStatusThenRank(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "maps", "*.yaml"))
	var maps []Map
	for _, f := range files {
		maps = append(maps, Summarize(f, today))
	}
	opps := Opps(maps)
	if len(opps) < 20 {
		t.Fatalf("only %d opportunities in the samples", len(opps))
	}
	for i := 1; i < len(opps); i++ {
		a, b := opps[i-1], opps[i]
		if oppOrder[a.Status] > oppOrder[b.Status] {
			t.Errorf("%q (%s) before %q (%s)", a.Text, a.Status, b.Text, b.Status)
		}
		if a.Status == b.Status && b.Rank > 0 && (a.Rank == 0 || a.Rank > b.Rank) {
			t.Errorf("%s: #%d of %s before #%d of %s", a.Status, a.Rank, a.Map, b.Rank, b.Map)
		}
	}
}
