package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// A touchpoint that only gained items is marked with what it gained, its
// first pain point included; any other difference is a change; a line
// moving is none.
func TestTouchpointChange(t *testing.T) {
	e := -1
	old := model.Touchpoint{ID: "cart", Name: "Cart", Emotion: &e, Pos: model.Pos{Line: 3}}
	same := old
	same.Pos = model.Pos{Line: 9}
	if mark, _ := board.TouchpointChange(old, same); mark != "" {
		t.Errorf("a moved line is marked %q", mark)
	}
	gained := old
	gained.PainPoints = []model.PainPoint{{Text: "Coupon field"}}
	if mark, says := board.TouchpointChange(old, gained); mark != "✚ pain" || says != "+1 pain point" {
		t.Errorf("a first pain point is marked %q, %q", mark, says)
	}
	renamed := gained
	renamed.Name = "Basket"
	if mark, _ := board.TouchpointChange(gained, renamed); mark != "Δ changed" {
		t.Errorf("a rename is marked %q", mark)
	}
}

// compareStage is a stage of changesBefore that the map no longer has,
// with two touchpoints, one named with an escape sequence.
const compareStage = `  - id: compare
    name: Compare plans
    reached: 1200
    touchpoints:
      - id: table
        name: Plan table
        emotion: 1
      - id: chat
        name: "Sales chat \x1b[31mnow"
        emotion: -1
`

// The map a reviewer compares against: two stages, a touchpoint, a pain
// point and an emotion that the map on disk no longer has.
const changesBefore = `journey: 1
title: Checkout
stages:
  - id: browse
    name: Browse
    touchpoints:
      - id: search
        name: Search page
        channel: web
        emotion: 1
      - id: reviews
        name: Reviews
        emotion: 0
        pain_points:
          - text: Too few reviews
            severity: medium
` + compareStage + `  - id: purchase
    name: Purchase
    touchpoints:
      - id: checkout
        name: Checkout form
        channel: web
        emotion: -1
      - id: payment
        name: Payment
        channel: web
        emotion: -2
        pain_points:
          - text: "Card declined \x1b[31mwithout a reason"
            severity: critical
            drop_off: true
  - id: gone
    name: Loyalty
`

// changesNow is changesBefore with the payment touchpoint, the reviews'
// pain point and the compare and loyalty stages removed, the checkout's
// emotion raised and a touchpoint added.
var changesNow = strings.NewReplacer(`
        pain_points:
          - text: Too few reviews
            severity: medium
`, "\n", compareStage, "", "emotion: -1", "emotion: 2", `      - id: payment
        name: Payment
        channel: web
        emotion: -2
        pain_points:
          - text: "Card declined \x1b[31mwithout a reason"
            severity: critical
            drop_off: true
  - id: gone
    name: Loyalty
`, `      - id: wallet
        name: Wallet pay
        emotion: 1
`).Replace(changesBefore)

// changesApp opens now read-only with its changes since before, as
// journey view --changes HEAD does.
func changesApp(t *testing.T, before, now string, w, h int) *driver {
	t.Helper()
	c := common.New(common.ThemeDefault, fixedToday, true)
	c.Width, c.Height = w, h
	c.ChangesBase, c.ChangesSince = mapFromYAML(t, "before.yaml", []byte(before)), "HEAD"
	return &driver{t, NewApp(c, mapDoc{mapFromYAML(t, "now.yaml", []byte(now)), "now.yaml"})}
}

// changesSession opens changesNow read-only with its changes since
// changesBefore, as journey view --changes does.
func changesSession(t *testing.T, w, h int) *driver {
	t.Helper()
	return changesApp(t, changesBefore, changesNow, w, h)
}

// What was removed is on the board as ghosts with a mark and the word,
// reachable with ] and [ in journey order; a removed stage is a ghost
// column at its old place, its touchpoints ghost cards; the details give
// each ghost's old values (sanitized) and each change's old and new ones;
// editing keys on a ghost say it was removed; the map never holds a ghost.
func TestRemovedItemsAreGhostsOnTheBoard(t *testing.T) {
	s := changesSession(t, 120, 40)
	s.expectLine("┆ Payment").expectLine("⊘ removed  ▼▼-2  ✗1⤓  web")
	s.expectLine("removed stages: Compare plans, Loyalty")
	// The removed stages' columns, where the revision had them: Compare
	// plans between Browse and Purchase, Loyalty after Purchase.
	s.expectLine("▸1 Browse                     ⊘ Compare plans               2 Purchase                    ⊘ Loyalty")
	s.expectLine("removed · had 1,200 reached").expectLine("it had no touchpoints")
	s.expectLine("┆ Plan table                  │ Checkout form")
	compare, loyalty := ghostStage(2), ghostStage(3)
	want := []struct {
		sel    common.Item
		status string
	}{
		{common.TouchpointItem(0, 1), "change 1 of 9: changed touchpoint: Reviews (its pain points or opportunities)"},
		{common.Item{Kind: common.KindPainPoint, Stage: 0, Touchpoint: 1, Index: -1, Ghost: 1}, "change 2 of 9: removed pain point: Too few reviews"},
		{compare, "change 3 of 9: removed stage: Compare plans"},
		{ghostCard(2, 1), "change 4 of 9: removed touchpoint: Plan table"},
		{ghostCard(2, 2), "change 5 of 9: removed touchpoint: Sales chat now"},
		{common.TouchpointItem(1, 0), "change 6 of 9: changed touchpoint: Checkout form (emotion -1 → 2)"},
		{common.TouchpointItem(1, 1), "change 7 of 9: a new touchpoint: Wallet pay"},
		{ghostCard(1, 1), "change 8 of 9: removed touchpoint: Payment"},
		{loyalty, "change 9 of 9: removed stage: Loyalty"},
	}
	for _, w := range want {
		s.press("]").expectSelected(w.sel).expectLine(w.status)
	}
	s.press("]").expectSelected(want[0].sel)
	s.press("[").expectSelected(loyalty).expectLine("▸⊘ Loyalty")
	s.press("[").expectSelected(ghostCard(1, 1))
	s.expectLine("┃▸Payment").expectLine("touchpoint removed since HEAD; it was:").
		expectLine("emotion    was -2").expectLine("✗ Card declined without a reason")
	if strings.Contains(s.a.View(), "\x1b") {
		t.Error("a ghost's old text reaches the terminal unsanitized")
	}
	s.press("e").expectLine("removed since HEAD: nothing to edit")
	s.press("enter", "e", "d").expectLine("removed since HEAD: nothing to edit").press("esc")
	s.press("[", "[").expectSelected(common.TouchpointItem(1, 0)).press("enter")
	s.expectLine("Δ changed since HEAD:").expectLine("emotion    was -1 → 2").press("esc")
	s.press("]").press("enter").expectLine("✚ new since HEAD").press("esc")
	s.press("[", "[", "[").expectSelected(ghostCard(2, 1)).expectLine("┃▸Plan table")
	s.press("[").expectSelected(compare).expectLine("▸⊘ Compare plans")
	s.press("enter").expectLine("stage removed since HEAD; it was:").expectLine("name       was Compare plans").
		expectLine("reached    was 1200").expectLine("2 touchpoints, ghosts in its column")
	s.press("e").expectLine("removed since HEAD: nothing to edit").press("esc")
	s.press("[").expectSelected(want[1].sel).expectLine("┃▸⊘ removed ✗ Too few revie…")
	s.press("enter").expectLine("pain point removed since HEAD; it was:").expectLine("severity   was medium").press("esc")

	// The arrows go through the columns as drawn; the number keys go to
	// the map's own stages, past the ghosts.
	s.press("1", "right").expectSelected(compare).press("down").expectSelected(ghostCard(2, 1))
	s.press("right").expectSelected(common.TouchpointItem(1, 0)).press("left").expectSelected(ghostCard(2, 1))
	s.press("2").expectSelected(common.StageItem(1)).press("right").expectSelected(loyalty)

	if n := len(s.a.m.Stages); n != 2 {
		t.Errorf("the map has %d stages, want its own 2", n)
	}
	if n := len(s.a.m.Stages[1].Touchpoints); n != 2 {
		t.Errorf("the map has %d touchpoints in Purchase, want its own 2", n)
	}
	if n := len(s.a.m.Stages[0].Touchpoints[1].PainPoints); n != 0 {
		t.Errorf("the map has %d pain points at Reviews, want none", n)
	}
}

// ghostStage is the item of a removed stage drawn as a ghost column: the
// board numbers them after the map's own stages.
func ghostStage(si int) common.Item {
	return common.Item{Kind: common.KindStage, Stage: si, Touchpoint: -1, Ghost: 1}
}

// ghostCard is the item of the g-th removed touchpoint (from 1) at the
// end of stage si's column.
func ghostCard(si, g int) common.Item {
	return common.Item{Kind: common.KindTouchpoint, Stage: si, Touchpoint: -1, Ghost: g}
}

// Golden: a --changes board with a removed touchpoint at 120x40, on the
// ghost with its details open. Update with -update and read the diff.
func TestChangesGolden(t *testing.T) {
	s := changesSession(t, 120, 40)
	s.press("[", "[").press("enter")
	golden.RequireEqual(t, []byte(s.screen()))
}

// Golden: the same board on the ghost column of a removed stage, its
// details open beside the board.
func TestGhostStageGolden(t *testing.T) {
	s := changesSession(t, 120, 40)
	s.press("]", "]", "]").press("enter")
	golden.RequireEqual(t, []byte(s.screen()))
}

// On a card of journey view --changes, a pain point added since the
// revision is marked ✚ before its text, one changed Δ, and one left as it
// was carries no mark.
func TestChangedRowsAreMarkedOnTheCard(t *testing.T) {
	before := `journey: 1
title: Checkout
stages:
  - id: purchase
    name: Purchase
    touchpoints:
      - id: payment
        name: Payment
        emotion: -1
        pain_points:
          - text: Card declined
            severity: high
          - text: Slow page
            severity: low
`
	now := strings.Replace(before, "severity: high", "severity: critical", 1) +
		"          - text: Wallet times out\n            severity: medium\n"
	s := changesApp(t, before, now, 120, 40)
	s.press("down") // the card opens out, its rows on the board
	s.expectLine("┃ ✚ ✗!! Wallet times out").expectLine("┃ Δ ✗!!!! Card declined").expectLine("┃ ✗! Slow page")
}

// A reviewer on a removed stage's ghost column stays on it when the map
// is reloaded from disk, and still when the reload brings a new stage
// (the ghosts are numbered after the map's stages, so their numbers
// move): the selection is the ghost, not the map's last stage.
func TestReloadKeepsAGhostStageSelected(t *testing.T) {
	s := changesSession(t, 120, 40)
	reload := func(src string) {
		doc, err := model.Parse("now.yaml", []byte(src), fixedToday)
		if err != nil {
			t.Fatal(err)
		}
		s.a.Update(ReloadedMsg{Doc: doc})
	}
	s.press("2", "right").expectSelected(ghostStage(3)).expectLine("▸⊘ Loyalty")
	reload(changesNow)
	s.expectSelected(ghostStage(3)).expectLine("▸⊘ Loyalty")

	s.press("1", "right", "down", "down").expectSelected(ghostCard(2, 2)).expectLine("┃▸Sales chat now")
	reload(changesNow + "  - id: wrap-up\n    name: Wrap-up\n")
	// Three stages now: Compare plans is board index 3.
	s.expectSelected(ghostCard(3, 2)).expectLine("┃▸Sales chat now")
}

// A search run from a ghost (a removed stage's column, or a removed
// touchpoint at the end of a column) finds the next match after it on
// the board, as from any other card: not one in a column behind it.
func TestSearchFromAGhostGoesOnFromItsColumn(t *testing.T) {
	s := changesSession(t, 120, 40)
	// "web" is the channel of Search page (Browse) and Checkout form
	// (Purchase); Compare plans' ghost column stands between them.
	s.press("1", "right").expectSelected(ghostStage(2))
	s.press("/", "w", "e", "b", "enter").expectSelected(common.TouchpointItem(1, 0)).expectLine("┃▸Checkout form")
	s.press("esc", "1", "right", "down").expectSelected(ghostCard(2, 1))
	s.press("/", "w", "e", "b", "enter").expectSelected(common.TouchpointItem(1, 0))
	// Payment's ghost ends Purchase's column: the next match is past the
	// end, round to the first.
	s.press("esc", "2", "down", "down", "down").expectSelected(ghostCard(1, 1))
	s.press("/", "w", "e", "b", "enter").expectSelected(common.TouchpointItem(0, 0))
}

// ] and [ from an item that did not change go on from where the cursor
// is: to the next change after it on the board and the last one before
// it, not to the first and the last of all.
func TestChangesStepOnFromTheCursor(t *testing.T) {
	s := changesSession(t, 120, 40)
	s.press("2").expectSelected(common.StageItem(1))
	s.press("]").expectSelected(common.TouchpointItem(1, 0)).expectLine("change 6 of 9: changed")
	s.press("2", "[").expectSelected(ghostCard(2, 2)).expectLine("change 5 of 9")
	s.press("1", "down").expectSelected(common.TouchpointItem(0, 0))
	s.press("]").expectSelected(common.TouchpointItem(0, 1)).expectLine("change 1 of 9")
	s.press("1", "[").expectSelected(ghostStage(3)).expectLine("change 9 of 9")
}

// The footer counts only what changed: the same map as the revision says
// nothing changed, not "0 touchpoints changed".
func TestChangesFooterSaysNothingChanged(t *testing.T) {
	s := changesApp(t, changesBefore, changesBefore, 120, 40)
	s.expectLine("nothing changed since HEAD").expectNo("0 touchpoints")
}
