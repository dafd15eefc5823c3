package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
)

// The checkout form on mobile: stage 3, its third touchpoint, emotion -2
// with a comment on the line, two pain points and two opportunities.
// On the board ↓ goes through the opened card of the account step (one
// pain point, one opportunity) on the way.
var toCheckout = []string{"3", "j", "j", "j", "j", "j"}

// On the board, its first pain point: the row under the opened card.
var toFirstPain = append(slices.Clone(toCheckout), "j")

func TestQuickKeysChangeOneLine(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		changed []string // exactly the lines that change
		status  string
	}{
		{"raise emotion keeps the comment", append(slices.Clone(toCheckout), "+"),
			[]string{"-emotion: -2   # the low point of the journey", "+emotion: -1   # the low point of the journey"},
			"Checkout form on mobile: emotion -2 → -1"},
		{"lower emotion twice", []string{"3", "j", "-", "-"}, []string{"-emotion: 0", "+emotion: -2"}, "Cart: emotion -1 → -2"},
		{"lower past the bottom is refused", append(slices.Clone(toCheckout), "-"), nil, "already feels very negative"},
		{"vote on a pain point", append(slices.Clone(toFirstPain), "v"), []string{"-votes: 9", "+votes: 10"}, "votes 9 → 10"},
		{"severity wraps round", append(slices.Clone(toFirstPain), "s"), []string{"-severity: critical", "+severity: low"}, "severity critical → low"},
		{"impact of an opportunity", append(slices.Clone(toCheckout), "enter", "G", "i"), []string{"-impact: medium", "+impact: high"}, "impact medium → high"},
		{"effort of an opportunity", append(slices.Clone(toCheckout), "enter", "G", "f"), []string{"-effort: medium", "+effort: high"}, "effort medium → high"},
		{"status of an opportunity", append(slices.Clone(toCheckout), "enter", "G", "t"), []string{"-status: idea", "+status: planned"}, "status idea → planned"},
		{"a pain point has no impact", append(slices.Clone(toFirstPain), "i"), nil, "a pain point has no impact"},
		{"take a vote back", append(slices.Clone(toFirstPain), "V"), []string{"-votes: 9", "+votes: 8"}, "votes 9 → 8"},
		{"vote on a board row", append(slices.Clone(toFirstPain), "j", "j", "v"), []string{"-votes: 7", "+votes: 8"}, "votes 7 → 8"},
		{"a persona's emotion from its row", append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j", "j", "+"),
			[]string{"-tom: -1", "+tom: 0"}, "emotion for Tom, plant hobbyist -1 → 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEditing(t, "online-shop.yaml", 120, 40)
			s.keys(tt.keys...)
			got := changedLines(string(s.orig), s.text())
			if fmt.Sprint(got) != fmt.Sprint(tt.changed) {
				t.Errorf("changed %q, want %q", got, tt.changed)
			}
			s.expectStatus(tt.status)
			if tt.changed == nil && !s.a.statusBad {
				t.Error("a refusal should read as one in the footer")
			}
		})
	}
}

// v on a touchpoint votes where the room looks: for its only pain point,
// or, with several, it moves to the first so that the next v votes.
func TestVoteFromATouchpoint(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("2", "j", "j", "j", "j", "j").expectSelected(common.TouchpointItem(1, 2)).keys("v")
	s.expectStatus(`votes 1 → 2`)
	if got := changedLines(string(s.orig), s.text()); fmt.Sprint(got) != fmt.Sprint([]string{"-votes: 1", "+votes: 2"}) {
		t.Errorf("one vote changed %q", got)
	}
	s.keys("j", "V").expectStatus("votes 2 → 1")
	if s.text() != string(s.orig) {
		t.Error("a vote taken back left the file changed")
	}

	s = openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("v").expectStatus("4 items on Checkout form on mobile")
	s.expectSelected(common.PainPointItem(2, 2, 0))
	if s.text() != string(s.orig) {
		t.Error("v on a touchpoint of several changed the file")
	}
	s.keys("v").expectStatus("votes 9 → 10")
}

func TestEmotionOfTheCurvePersona(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...)
	for s.a.c.Persona != "tom" {
		s.press("c")
	}
	s.press("-")
	s.expectStatus("emotion for Tom, plant hobbyist -1 → -2")
	if got := changedLines(string(s.orig), s.text()); fmt.Sprint(got) != fmt.Sprint([]string{"-tom: -1", "+tom: -2"}) {
		t.Errorf("changed %q", got)
	}
}

func TestAddTouchpointAfterTheSelection(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("a").expectField(true).expectLine("New touchpoint after Checkout form on mobile:")
	s.typeText("Checkout form").keys("enter").expectField(false)
	s.expectSelected(common.TouchpointItem(2, 3)).expectLine("┃▸Checkout form")
	// The id is derived from the name and unique in the map.
	s.expectText("      - id: checkout-form-2\n        name: Checkout form\n")
	s.expectStatus(`added touchpoint "Checkout form"`).expectState(Unsaved)
}

func TestAddOnAStageHeaderFillsTheStage(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("3", "a").typeText("Wish list").keys("enter")
	s.expectSelected(common.TouchpointItem(2, 0))
	s.keys("A").expectLine("New stage after Purchase:").typeText("Gifting").keys("enter")
	s.expectSelected(common.StageItem(3)).expectLine("4 Gifting")
	s.expectText("  - id: gifting\n    name: Gifting\n")
}

func TestAddPainPointSelectsItsRowOnTheBoard(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("p").expectLine("New pain point for Checkout form on mobile:")
	s.typeText("Coupon field sends people hunting").keys("enter")
	if s.a.zoom {
		t.Fatal("adding a pain point took the board away")
	}
	it, _, _ := s.a.target()
	if it != common.PainPointItem(2, 2, 2) {
		t.Fatalf("the selection is on %+v, want the new pain point", it)
	}
	s.expectLine("┃▸✗ Coupon field send")
	// Rate it and vote at once, then lower the touchpoint's emotion.
	s.keys("s", "s", "v", "+").expectLine("┃▸✗!! Coupon field… •1")
	s.expectText("          - text: Coupon field sends people hunting\n            severity: medium\n            votes: 1\n")
	s.expectText("emotion: -1   # the low point")
	s.keys("o").typeText("Coupon-free pricing").keys("enter")
	if it, _, _ := s.a.target(); it != common.OpportunityItem(2, 2, 2) {
		t.Fatalf("the cursor is on %+v, want the new opportunity", it)
	}
}

func TestMoveToAnotherStageKeepsTheSelection(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("L").expectSelected(common.TouchpointItem(3, 2))
	s.expectStatus(`moved touchpoint "Checkout form on mobile" to Delivery`)
	if s.a.m.Stages[3].Touchpoints[2].ID != "checkout-form" {
		t.Fatal("the touchpoint is not where the selection is")
	}
	s.keys("K").expectSelected(common.TouchpointItem(3, 1))
	s.keys("H", "H").expectSelected(common.TouchpointItem(1, 1))
	s.undoAll()
	if s.text() != string(s.orig) {
		t.Fatal("undoing the moves did not give back the file")
	}
	// At the edges nothing moves and the footer says why.
	s.keys("1", "j", "H").expectStatus("no stage before")
	s.keys("K").expectStatus("already the first")
}

func TestDeleteIsUndoable(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("d").expectStatus(`deleted touchpoint "Checkout form on mobile"`)
	s.expectLine("┃▸Payment")
	for _, tp := range s.a.m.Stages[2].Touchpoints {
		if tp.ID == "checkout-form" {
			t.Fatal("the touchpoint is still in the map")
		}
	}
	s.keys("u").expectStatus(`undid: deleted touchpoint "Checkout form on mobile"`).expectLine("Checkout form on mo")
	if s.text() != string(s.orig) {
		t.Fatal("undo did not give the touchpoint back as it was")
	}
	// In the details, d clears the field under the cursor.
	s.keys("enter", "j", "j", "d").expectStatus("Checkout form on mobile: owner cleared")
	if strings.Contains(s.text(), "        owner: product\n        emotion: -2") {
		t.Error("the owner is still there")
	}
	s.keys("ctrl+r").expectStatus("nothing to redo")
}

func TestUndoSaysWhatItUndid(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("+", "u")
	s.expectStatus("undid: Checkout form on mobile: emotion -2 → -1").expectLine("undid: Checkout form")
	s.expectState(Saved)
	s.keys("ctrl+r").expectStatus("redid: Checkout form on mobile: emotion -2 → -1").expectState(Unsaved)
	s.keys("u", "u").expectStatus("nothing to undo")
}

func TestRenameFromTheBoard(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("e").expectLine("Rename touchpoint:")
	if v := s.a.editing.field.Value(); v != "Checkout form on mobile" {
		t.Fatalf("the field starts from %q, want the name", v)
	}
	s.keys("ctrl+u").typeText("Mobile checkout").keys("enter")
	if got := changedLines(string(s.orig), s.text()); fmt.Sprint(got) != fmt.Sprint([]string{"-name: Checkout form on mobile", "+name: Mobile checkout"}) {
		t.Errorf("changed %q", got)
	}
	s.expectStatus("Checkout form on mobile: name → Mobile checkout")
	// Esc leaves the name as it was.
	s.keys("e", "ctrl+u").typeText("Something else").keys("esc").expectField(false)
	s.expectText("name: Mobile checkout")
}

// While a field has the keys, every key types: q, u, d and the arrows'
// letters are text, not commands.
func TestKeysTypeInAField(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys(toCheckout...).keys("e", "ctrl+u")
	for _, k := range []string{"q", "u", "d", "j", "k", "+", "?", "/", "up"} {
		s.typeText(k)
	}
	s.keys("enter").expectText("name: qudjk+?/up\n")
	if s.a.sess.CanRedo(s.a.actor) || s.a.sess.Undoable(s.a.actor) != 1 {
		t.Error("typing ran commands")
	}
}

// Invalid input is refused where it is typed: the field keeps the keys,
// the reason shows beside it, and the file does not change.
func TestRefusedInputKeepsFocus(t *testing.T) {
	tests := []struct {
		name string
		keys []string // from the board to the row, before e
		text string
		done string // the key that commits
		why  string
	}{
		{"emotion out of range", append(slices.Clone(toCheckout), "enter", "j", "j", "j"), "7", "enter", "emotion must be an integer from -2 to 2"},
		{"a date that is not one", []string{"tab", "enter", "j", "j", "j", "j", "j", "j"}, "2026-13-45", "enter", `start: "2026-13-45" is not a date`},
		{"a duplicate id", append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j", "j", "j", "j", "j", "j"), "cart", "enter", `"cart"`},
		{"an id with spaces", append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j", "j", "j", "j", "j", "j"), "check out", "enter", "id must be lowercase letters"},
		{"an empty name", append(slices.Clone(toCheckout), "enter"), "  ", "enter", "a touchpoint needs a name"},
		{"an empty name from the board", slices.Clone(toCheckout), "", "enter", "a touchpoint needs a name"},
		{"reached that is not a count", []string{"3", "enter", "j"}, "lots", "enter", "reached must be a whole number"},
		{"a metric that is not a number", []string{"3", "enter", "j", "j", "j", "j", "j"}, "conversion: high", "ctrl+s", "conversion must be a number"},
		{"a history line without a value", []string{"tab", "enter", "G"}, "2026-11-20", "ctrl+s", "write each measurement as YYYY-MM-DD value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEditing(t, "online-shop.yaml", 120, 40)
			s.keys(tt.keys...).keys("e", "ctrl+u").typeText(tt.text).keys(tt.done)
			s.expectField(true)
			msg := s.a.editing.field.Err
			if !strings.Contains(msg, tt.why) {
				t.Fatalf("refused with %q, want %q", msg, tt.why)
			}
			s.expectLine("✗ " + msg[:min(len(msg), 30)])
			if s.text() != string(s.orig) {
				t.Error("the refused value reached the map")
			}
			// The field still has the keys: q types, esc leaves it.
			s.typeText("q").expectField(true)
			s.keys("esc").expectField(false).expectNo("✗ " + msg[:min(len(msg), 30)])
		})
	}
}

func TestDetailFormEditsFields(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string // from the board to the row
		text  string
		lines []string // lines the file holds afterwards
	}{
		{"touchpoint channel", append(slices.Clone(toCheckout), "enter", "j"), "mobile web", []string{"        channel: mobile web"}},
		{"touchpoint feeling", append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j", "j", "j", "j"), "cross", []string{"        feeling: cross"}},
		{"a persona's own emotion", append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j"), "-2", []string{"          maya: -2", "          tom: -1"}},
		{"stage reached", []string{"3", "enter", "j"}, "2400", []string{"    reached: 2400"}},
		{"goal current value", []string{"tab", "enter", "j", "j", "j", "j"}, "51", []string{"    current: 51"}},
		{"goal due date", []string{"tab", "enter", "j", "j", "j", "j", "j", "j", "j"}, "2027-04-30", []string{"    due: 2027-04-30"}},
		{"persona segment", []string{"tab", "tab", "tab", "tab", "enter", "j"}, "returning buyers", []string{"    segment: returning buyers"}},
		{"pain point evidence", append(slices.Clone(toFirstPain), "enter", "j", "j", "j", "j"), "Hotjar, Nov 2026", []string{"            evidence: Hotjar, Nov 2026"}},
		{"opportunity owner", append(slices.Clone(toCheckout), "enter", "G", "enter", "j", "j", "j", "j"), "growth", []string{"            owner: growth"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEditing(t, "online-shop.yaml", 120, 40)
			s.keys(tt.keys...).keys("e", "ctrl+u").typeText(tt.text).keys("enter").expectField(false)
			for _, l := range tt.lines {
				s.expectText("\n" + l + "\n")
			}
			if s.a.statusBad {
				t.Errorf("refused: %s", s.a.status)
			}
		})
	}
}

func TestDetailFormEditsLists(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	// Actions: one entry per line; enter starts a line, ctrl+s keeps them.
	s.keys(toCheckout...).keys("enter")
	s.a.detail.SetCursor("actions")
	s.keys("e", "enter").typeText("Gives up and leaves").keys("ctrl+s").expectField(false)
	want := "          - Looks for a way to pick the delivery day\n          - Gives up and leaves\n        thoughts:"
	s.expectText(want).expectStatus("Checkout form on mobile: actions changed")
	if removed := changedLinesRemoved(string(s.orig), s.text()); removed != 0 {
		t.Errorf("adding an action changed %d other lines", removed)
	}
	// Notes, new on this touchpoint, go where the format lists them.
	s.a.detail.SetCursor("notes")
	s.keys("e").typeText("Ask support about\nthe Friday rush").keys("alt+enter")
	s.expectText("        notes: |-\n          Ask support about\n          the Friday rush\n")
	// A goal's history, one "date value" per line.
	s.keys("esc", "tab", "enter")
	s.a.detail.SetCursor("history")
	s.keys("e", "enter").typeText("2026-11-20 51").keys("ctrl+s")
	s.expectStatus("history changed")
	h := s.a.m.Goals[0].History
	if last := h[len(h)-1]; last.Date.String() != "2026-11-20" || last.Value != 51 {
		t.Errorf("the history ends with %+v", last)
	}
	s.expectText("      - { date: 2026-11-01, value: 50 }\n      - {date: 2026-11-20, value: 51}\n")
	s.undoAll()
	if s.text() != string(s.orig) {
		t.Error("undo did not give back the file")
	}
}

// changedLinesRemoved counts the original lines an edit took away.
func changedLinesRemoved(before, after string) int {
	have := map[string]int{}
	for _, l := range strings.Split(after, "\n") {
		have[l]++
	}
	n := 0
	for _, l := range strings.Split(before, "\n") {
		if have[l] > 0 {
			have[l]--
		} else {
			n++
		}
	}
	return n
}

func TestPainPointOpensAndGoesBack(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	s.keys(toCheckout...).keys("enter", "G", "k", "k", "k", "enter").expectLine("pain point").expectLine("Severity")
	s.keys("j", "j", "enter").expectStatus("drop off cleared")
	s.keys("esc")
	if it, _ := s.a.detail.Item(); it != common.TouchpointItem(2, 2) {
		t.Fatalf("esc went back to %+v, want the touchpoint", it)
	}
	if _, f, _ := s.a.target(); f != "" {
		t.Fatal("the cursor should be back on the pain point")
	}
	s.keys("esc")
	if s.a.zoom {
		t.Fatal("esc on the touchpoint should close the details")
	}
}

func TestGoalsAndPersonasInTheirPanels(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	s.keys("tab", "a").expectLine("New goal after").typeText("Cut returns").keys("enter")
	s.expectSelected(common.GoalItem(1)).expectText("  - id: cut-returns\n    name: Cut returns\n")
	s.keys("J").expectSelected(common.GoalItem(2))
	s.keys("d").expectStatus(`deleted goal "Cut returns"`)
	s.keys("tab", "tab", "tab", "a").typeText("Sam, office manager").keys("enter")
	s.expectSelected(common.PersonaItem(1)).expectText("  - id: sam-office-manager\n    name: Sam, office manager\n")
	s.undoAll()
	if s.text() != string(s.orig) {
		t.Error("undo did not give back the file")
	}
}

func TestReadOnlyRefusesEveryEditKey(t *testing.T) {
	s := openEditingAs(t, "online-shop.yaml", 120, 40, true)
	for _, act := range s.a.table {
		if editGroups[act.Group] && act.Enabled(s.a) {
			t.Errorf("%s is on in read-only mode", act.Binding.Help().Key)
		}
	}
	keys := []string{"+", "-", "v", "s", "i", "f", "t", "a", "A", "p", "o", "e", "d", "J", "K", "H", "L", "u", "ctrl+r", "ctrl+s"}
	for _, start := range [][]string{toCheckout, toFirstPain, {"tab"}, {"tab", "tab", "tab", "tab"}, {"3"}} {
		s.keys("esc", "esc", "esc", "1").keys(start...)
		for _, key := range keys {
			s.keys(key)
			s.expectField(false)
			if s.a.file.saving {
				t.Fatal("read-only mode started a save")
			}
		}
	}
	if s.text() != string(s.orig) || s.disk() != string(s.orig) {
		t.Fatal("read-only mode changed the map")
	}
	s.keys("esc", "esc", "?")
	for _, word := range []string{"undo", "save", "delete", "emotion up", "severity", "add stage"} {
		s.expectNo(word)
	}
	s.expectLine("read-only")
	// q quits at once: there is nothing to lose.
	s.keys("esc")
	if s.a.quit() == nil {
		t.Fatal("q did not quit")
	}
}

func TestHelpListsTheEditKeys(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	s.keys("?")
	for _, word := range []string{"severity", "impact", "effort", "status", "add stage", "undo", "redo", "move to next stage", "Editing"} {
		s.expectLine(word)
	}
}

func TestHelpScrollsWhenTaller(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 80, 24)
	s.keys("?").expectLine("↑↓ scroll").expectNo("? or esc closes this help")
	for range 40 {
		s.keys("j")
	}
	s.expectLine("Marks").expectLine("? or esc closes this help")
	s.keys("k").expectLine("Keys")
	s.keys("esc").expectNo("↑↓ scroll")
}

// An edit that would break the map (a stage that a goal names) is refused
// and the footer says why; the map stays as it was.
func TestEditThatWouldBreakTheMapIsRefused(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("3", "d").expectStatus(`refused, the map would break: `).expectStatus(`"purchase"`)
	if s.text() != string(s.orig) || s.a.sess.CanUndo(s.a.actor) {
		t.Fatal("a refused edit changed the map or the history")
	}
}

// Voting in the priorities panel keeps the selection on the opportunity
// voted for, wherever the vote moves it.
func TestVoteInPrioritiesFollowsTheOpportunity(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 160, 48)
	s.keys("tab", "tab", "tab", "j")
	before, _ := s.a.selected()
	s.keys("v", "v", "v")
	after, _ := s.a.selected()
	if after != before {
		t.Fatalf("the selection went from %+v to %+v", before, after)
	}
	s.expectStatus("votes 9 → 10")
	if p := s.a.panels[s.a.panel].(*slot[*panels.Priorities]).c; p.List.Sel != 0 {
		t.Errorf("the opportunity with the most votes is at rank %d, want first", p.List.Sel+1)
	}
}

// With a prompt, a field open in place, a list being typed or a question
// asked, the screen is still exactly the terminal's size at every size.
func TestEditingFitsEverySize(t *testing.T) {
	modes := [][]string{
		append(slices.Clone(toCheckout), "a"),
		append(slices.Clone(toCheckout), "enter", "j", "e"),
		append(slices.Clone(toCheckout), "enter", "j", "j", "j", "e", "ctrl+u", "7", "7", "enter"),
		append(slices.Clone(toCheckout), "enter", "G", "k", "k", "k", "enter", "j", "j", "j", "j", "e"),
		append(slices.Clone(toCheckout), "enter", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "e", "enter", "enter"),
		append(slices.Clone(toCheckout), "+", "q"),
		{"tab", "e"},
	}
	sizes := [][2]int{{0, 0}, {1, 1}, {10, 3}, {20, 4}, {40, 8}, {60, 20}, {80, 24}, {100, 30}, {160, 48}}
	for _, keys := range modes {
		s := openEditing(t, "online-shop.yaml", 120, 40)
		s.keys(keys...)
		open := s.a.editing != nil || s.a.ask != nil
		if !open {
			t.Fatalf("%v opened nothing", keys)
		}
		for _, sz := range sizes {
			s.a.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkScreen(t, fmt.Sprintf("%v at %dx%d", keys, sz[0], sz[1]), s.a.View(), sz[0], sz[1])
		}
	}
}

// A map with only a title grows from nothing: a stage, then a touchpoint
// in it, then a goal.
func TestStartFromATitle(t *testing.T) {
	src := []byte("journey: 1\ntitle: New journey\n")
	s := openEditingText(t, "new.yaml", src, 120, 40, false)
	s.keys("a").expectLine("First stage:").typeText("Discover").keys("enter")
	s.expectSelected(common.StageItem(0)).expectLine("1 Discover")
	s.keys("a").typeText("Search ad").keys("enter").expectSelected(common.TouchpointItem(0, 0))
	s.keys("-")
	s.keys("tab", "a").expectLine("New goal:").typeText("More sign-ups").keys("enter")
	want := "journey: 1\ntitle: New journey\n"
	if !strings.HasPrefix(s.text(), want) {
		t.Fatalf("the title lines changed:\n%s", s.text())
	}
	m := s.a.m
	if len(m.Stages) != 1 || len(m.Stages[0].Touchpoints) != 1 || len(m.Goals) != 1 || *m.Stages[0].Touchpoints[0].Emotion != -1 {
		t.Fatalf("the map is not what was typed:\n%s", s.text())
	}
	s.undoAll()
	if s.text() != string(src) {
		t.Fatalf("undo did not give back the title-only map:\n%q", s.text())
	}
}

// A workshop from the board only: three pain points added to the
// checkout form, five votes on two of them, one taken back, a severity
// changed; then everything undone leaves the file as it was, byte for
// byte. The keys are counted: a room's time is the measure.
func TestWorkshopFromTheBoardOnly(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	pressed := 0
	press := func(keys ...string) {
		s.keys(keys...)
		pressed += len(keys)
	}
	type_ := func(text string) {
		s.typeText(text)
		pressed++ // a paste or a typed phrase counts as one step
	}
	press(toCheckout...)
	for _, text := range []string{"Coupon field sends people hunting", "Card form rejects spaces", "No Apple Pay"} {
		press("p")
		type_(text)
		press("enter")
		s.expectLine("┃▸✗ " + text[:10])
	}
	// The last added, "No Apple Pay", is selected: three votes for it.
	press("v", "v", "v")
	s.expectStatus(`"No Apple Pay": votes 2 → 3`).expectLine("•3")
	press("k", "v", "v")
	s.expectStatus(`"Card form rejects spaces": votes 1 → 2`)
	press("V")
	s.expectStatus(`"Card form rejects spaces": votes 2 → 1`)
	press("s")
	s.expectStatus(`"Card form rejects spaces": severity unset → low`).expectLine("┃▸✗! Card form")
	if s.a.zoom {
		t.Error("the board was taken away")
	}
	if pressed != 23 {
		t.Errorf("the workshop took %d key presses, it took 23 when this test was written", pressed)
	}
	s.undoAll()
	if s.text() != string(s.orig) {
		t.Errorf("undoing the workshop did not give back the file:\n%s", s.text())
	}
}

// Renaming a stage's id that goals refer to is refused with the cause,
// and offered with every reference changed in one edit; one undo takes it
// all back.
func TestRenamingAReferencedIDOffersToRenameTheReferences(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	s.keys("3", "enter")
	s.a.detail.SetCursor("id")
	s.keys("e", "ctrl+u").typeText("buy").keys("enter").expectField(false)
	s.expectLine(`goal "checkout-conversion" refers to stage "purchase" (line 53)`)
	s.expectLine("r rename references too")
	if s.text() != string(s.orig) {
		t.Fatal("the map changed before the answer")
	}
	s.keys("r")
	s.expectText("  - id: buy\n").expectText("    stages: [buy]\n").expectText("    stages: [buy, delivery]\n")
	if strings.Contains(s.text(), "purchase]") || strings.Contains(s.text(), "[purchase") {
		t.Errorf("a reference still names purchase:\n%s", s.text())
	}
	s.keys("u")
	if s.text() != string(s.orig) {
		t.Error("one undo did not take the rename back")
	}
	// esc keeps the old id and the file as it was.
	s.keys("e", "ctrl+u").typeText("buy").keys("enter", "esc")
	if s.text() != string(s.orig) || s.a.ask != nil {
		t.Error("esc at the question changed the map")
	}
}
