package workshop

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// runes sends runes that arrived in one read, as a fast typist or a slow
// link delivers them.
func runes(c *Client, s string) { c.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}) }

func mapBytes(r *Room) string {
	var b string
	r.Session().Read(func(d *model.Doc) { b = string(d.Bytes()) })
	return b
}

// The room's keys read in one go with others still act as the room's:
// "W" and "t" together open the menu and pick the timer, and no key
// reaches the editor as an edit of the map.
func TestRoomKeysArrivingTogether(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	keys(fac, "3", "j", "j", "j", "j", "j", "enter", "G") // an opportunity: t would cycle its status
	before := mapBytes(r)
	runes(fac, "Wt5")
	keys(fac, "enter")
	if r.timerEnd.IsZero() {
		t.Errorf("W and t read together started no timer:\n%s", fac.View())
	}
	if mapBytes(r) != before {
		t.Error("keys meant for the workshop menu changed the map")
	}
}

// During a voting round, two dots typed fast stay hidden dots: none is
// written into the map before the reveal.
func TestDotsTypedFastStayHidden(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(fac, "W", "v", "enter")
	keys(ana, "3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k")
	before := mapBytes(r)
	runes(ana, "vv")
	if mapBytes(r) != before {
		t.Fatal("dots typed fast were written into the map before the reveal")
	}
	if !strings.Contains(ana.View(), "dots left: 1") {
		t.Errorf("two dots typed fast did not both count:\n%s", ana.View())
	}
}

// Text typed fast into a field after the key that opened it stays text.
func TestTextAfterARoomKeyStaysText(t *testing.T) {
	r := newRoom(t)
	ana := join(r, person("Ana", Participant))
	keys(ana, "3", "j")
	runes(ana, "pFast queue")
	keys(ana, "enter")
	if !strings.Contains(mapBytes(r), "text: Fast queue") {
		t.Errorf("the text typed after p did not land whole:\n%s", ana.View())
	}
}

// poked reports whether the client was told to redraw since it last was.
func poked(c *Client) bool {
	select {
	case <-c.pokes:
		return true
	default:
		return false
	}
}

// Opening a form on an item, and closing it, redraws the others' screens
// at once, so that their boards show the ✎ mark while it is open and drop
// it after, though the person did not move.
func TestOpeningAFormRedrawsTheOthers(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana Silva", Participant)), join(r, person("Ben Okafor", Participant))
	keys(ben, "3", "j")
	poked(ana)
	keys(ben, "e")
	if !poked(ana) {
		t.Fatal("ben opened a form and ana's screen was not told to redraw: it shows no ✎BO")
	}
	ana.Update(roomMsg{})
	if !strings.Contains(ana.View(), "✎BO") {
		t.Fatalf("ana's board does not mark ben's open form:\n%s", ana.View())
	}
	keys(ben, "esc")
	if !poked(ana) {
		t.Fatal("ben closed his form and ana's screen was not told to redraw: it still shows ✎BO")
	}
}

// An undo refused because someone changed the value since names them as
// the room knows them, not by their key.
func TestARefusedUndoNamesThePerson(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana Silva", Participant)), join(r, person("Ben Okafor", Participant))
	keys(ana, "3", "j", "+")
	keys(ben, "3", "j", "-")
	keys(ana, "u")
	v := ana.View()
	if !strings.Contains(v, "Ben Okafor changed it since") || strings.Contains(v, string(ben.person.Actor)) {
		t.Errorf("ana's refused undo does not name Ben:\n%s", v)
	}
}

// When the facilitator has everyone follow, F lets a participant stop
// (as the room's line says), and the facilitator's next call to follow
// brings them back.
func TestStopFollowingWhenEveryoneFollows(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(fac, "W", "f", "4", "j")
	ana.Update(roomMsg{})
	if got, _ := ana.app.Position(); got != common.TouchpointItem(3, 0) {
		t.Fatalf("ana does not follow everyone's call: at %+v", got)
	}
	keys(ana, "F", "1")
	ana.Update(roomMsg{})
	if got, _ := ana.app.Position(); got.Stage != 0 || strings.Contains(ana.View(), "following Fay") {
		t.Fatalf("F did not stop ana following: at %+v\n%s", got, ana.View())
	}
	keys(fac, "W", "f", "W", "f", "5") // off, and on again
	ana.Update(roomMsg{})
	if got, _ := ana.app.Position(); got.Stage != 4 {
		t.Fatalf("a new call to follow did not bring ana back: at %+v", got)
	}
}

// The reveal tells the room what the dots went on in the items' own
// words, not as paths into the file.
func TestTheRevealNamesItemsByTheirText(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(fac, "W", "v", "enter")
	keys(ana, "3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k", "v", "v")
	var text string
	r.Session().Read(func(d *model.Doc) { text = d.Map().Stages[2].Touchpoints[2].PainPoints[0].Text })
	keys(fac, "W", "r")
	ana.Update(roomMsg{})
	line := strings.SplitN(ana.View(), "\n", 2)[0]
	if !strings.Contains(line, "votes revealed: 2 · "+text[:20]) || strings.Contains(line, "stages.") {
		t.Errorf("the reveal does not name the pain point by its text %q:\n%s", text, line)
	}
}

// The facilitator, who does not vote unless the menu's m says so, is not
// offered dots on the room's line; once they vote, they are.
func TestTheFacilitatorIsOfferedDotsOnlyWhenVoting(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	keys(fac, "W", "v", "enter")
	line := func() string { return strings.SplitN(fac.View(), "\n", 2)[0] }
	if strings.Contains(line(), "dots left") {
		t.Errorf("the facilitator, who does not vote, is offered dots: %s", line())
	}
	keys(fac, "W", "m", "esc")
	if !strings.Contains(line(), "3 of 3 dots left") {
		t.Errorf("the facilitator votes but is not offered dots: %s", line())
	}
}

// A paste too long for the shared map is refused where the person pasted
// it: beside the field they have open, not in a footer the field hides.
func TestARefusedPasteIsSaidBesideTheField(t *testing.T) {
	r := newRoom(t)
	ana := join(r, person("Ana", Participant))
	keys(ana, "3", "j", "p")
	ana.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("lorem ipsum ", 500)), Paste: true})
	if v := ana.View(); !strings.Contains(v, "that paste is too long for a shared map") {
		t.Errorf("a refused paste says nothing while the field is open:\n%s", v)
	}
}
