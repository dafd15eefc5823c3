package workshop

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/modeltest"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui"
	"github.com/journey-maps/journey/ui/common"
)

var day = model.Date{Year: 2026, Month: 11, Day: 22}

func newRoom(t testing.TB) *Room {
	t.Helper()
	src, err := os.ReadFile("../../maps/online-shop.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := model.Parse("shop.yaml", src, day)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRoom(session.New(doc), day)
	t.Cleanup(r.Close)
	return r
}

func person(name string, role Role) Person {
	return Person{Actor: session.Actor("key-" + name), Name: name, Role: role}
}

// join adds a client sized like a laptop terminal.
func join(r *Room, p Person) *Client {
	c := r.NewClient(p, Options{Theme: common.ThemeNoColor})
	c.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return c
}

func keys(c *Client, ks ...string) {
	for _, k := range ks {
		var m tea.KeyMsg
		switch k {
		case "enter":
			m = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			m = tea.KeyMsg{Type: tea.KeyEsc}
		default:
			m = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		c.Update(m)
	}
}

func emotion(r *Room, s, t int) int {
	var v int
	r.Session().Read(func(d *model.Doc) { v = *d.Map().Stages[s].Touchpoints[t].Emotion })
	return v
}

// A field someone has open cannot be opened by another, who is told
// whose it is before typing anything; an edit of it that comes another way
// is refused with their name; an edit of another field of the same item
// goes through.
func TestSoftLockOnAnOpenField(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana Silva", Participant)), join(r, person("Ben Okafor", Participant))
	keys(ana, "3", "j", "j", "j", "j", "j", "e") // rename the checkout: its name field is open
	if _, field, ok := ana.app.FieldOpen(); !ok || field != "name" {
		t.Fatalf("ana's rename is not open: %q %v", field, ok)
	}
	keys(ben, "3", "j", "j", "j", "j", "j", "e")
	if _, _, open := ben.app.FieldOpen(); open {
		t.Fatal("ben opened the name ana is typing")
	}
	if v := ben.View(); !strings.Contains(v, "Ana Silva is editing this name right now") {
		t.Errorf("ben is not told who holds the field:\n%s", v)
	}
	keys(ben, "enter", "e") // the details, on their first row, the name: the field in place
	if _, _, open := ben.app.FieldOpen(); open {
		_, f, _ := ben.app.FieldOpen()
		t.Fatalf("ben opened the %s field while ana types the name, from the details", f)
	}
	if v := ben.View(); !strings.Contains(v, "Ana Silva is editing this name right now") {
		t.Errorf("ben is not told who holds the field, in the details:\n%s", v)
	}
	// An edit of the name made without opening it (ben's screen did not
	// yet know) is refused when it comes.
	ben.app.Update(tea.KeyMsg{Type: tea.KeyEsc})
	if err := r.guard(ben.person.Actor, []model.Path{{"stages", "2", "touchpoints", "2", "name"}}); err == nil || !strings.Contains(err.Error(), "Ana Silva") {
		t.Errorf("the room let an edit of ana's open field through: %v", err)
	}
	keys(ben, "esc", "esc", "+")
	if got := emotion(r, 2, 2); got != -1 {
		t.Errorf("ben's edit of another field was refused too: emotion %d", got)
	}
}

// Undo is per person: mine takes back mine, not the last edit made.
func TestUndoIsPerPersonInTheRoom(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana", Participant)), join(r, person("Ben", Participant))
	keys(ana, "3", "j", "j", "j", "j", "j", "+") // checkout -2 → -1
	keys(ben, "3", "j", "-")                     // cart 0 → -1
	if emotion(r, 2, 0) != -1 {
		t.Fatalf("ben's edit: cart %d; status %s", emotion(r, 2, 0), ben.View())
	}
	keys(ana, "u")
	if emotion(r, 2, 2) != -2 || emotion(r, 2, 0) != -1 {
		t.Fatalf("ana's undo: checkout %d, cart %d; want -2 and ben's -1 kept", emotion(r, 2, 2), emotion(r, 2, 0))
	}
}

// A spectator's edit keys do nothing.
func TestSpectatorsCannotEdit(t *testing.T) {
	r := newRoom(t)
	carl := join(r, person("Carl", Spectator))
	var before []byte
	r.Session().Read(func(d *model.Doc) { before = append([]byte(nil), d.Bytes()...) })
	keys(carl, "3", "j", "+", "d", "a", "A", "v", "s", "W")
	var after []byte
	r.Session().Read(func(d *model.Doc) { after = d.Bytes() })
	if string(before) != string(after) {
		t.Fatal("a spectator changed the map")
	}
}

// Dots stay hidden until the reveal, which writes them all as one edit the
// facilitator can undo; the budget holds.
func TestVotingRoundRevealsAsOneEdit(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana, ben := join(r, person("Ana", Participant)), join(r, person("Ben", Participant))
	keys(fac, "W", "v", "enter") // three dots each
	toPain := []string{"3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k"}
	keys(ana, toPain...)
	keys(ana, "v", "v", "v", "v")
	if !strings.Contains(ana.View(), "no dots left") {
		t.Errorf("a fourth dot was not refused:\n%s", ana.View())
	}
	keys(ben, toPain...)
	keys(ben, "v", "V", "v")
	votes := func() int {
		var n int
		r.Session().Read(func(d *model.Doc) { n = d.Map().Stages[2].Touchpoints[2].PainPoints[0].Votes })
		return n
	}
	if votes() != 9 {
		t.Fatalf("votes written before the reveal: %d", votes())
	}
	keys(fac, "W", "r")
	if votes() != 13 {
		t.Fatalf("after the reveal: %d votes, want 9 + 3 + 1", votes())
	}
	keys(fac, "u")
	if votes() != 9 {
		t.Fatalf("the facilitator's undo left %d votes, want 9", votes())
	}
}

// A participant who follows sees the facilitator's selection.
func TestFollowTheFacilitator(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(ana, "F")
	keys(fac, "4", "j")
	ana.Update(roomMsg{})
	if got, _ := ana.app.Position(); got != common.TouchpointItem(3, 0) {
		t.Fatalf("ana follows to %+v, want the facilitator's %+v", got, common.TouchpointItem(3, 0))
	}
	keys(ana, "F", "1")
	keys(fac, "5")
	ana.Update(roomMsg{})
	if got, _ := ana.app.Position(); got.Stage != 0 {
		t.Fatalf("ana stopped following but moved to %+v", got)
	}
}

// Thirty people pressing keys at once (run with -race): the map they all
// edit stays whole, and every screen draws the same map.
func TestManyClientsAtOnce(t *testing.T) {
	r := newRoom(t)
	var clients []*Client
	for i := range 30 {
		role := Participant
		if i%10 == 9 {
			role = Spectator
		}
		clients = append(clients, join(r, person("P"+string(rune('A'+i)), role)))
	}
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 3))
			ks := []string{"h", "j", "k", "l", "+", "-", "u", "ctrl+r", "1", "3", "5", "enter", "esc", "v", "s"}
			for range 60 {
				keys(c, ks[rng.IntN(len(ks))])
				_ = c.View()
			}
			keys(c, "esc", "esc")
		}()
	}
	wg.Wait()
	var text []byte
	var m *model.Map
	var got any
	r.Session().Read(func(d *model.Doc) {
		if err := d.Text().Verify(); err != nil {
			t.Fatalf("the shared text does not verify: %v", err)
		}
		text, m, got = append([]byte(nil), d.Bytes()...), d.Map(), modeltest.AtFile(d)
	})
	fresh, err := model.Parse("shop.yaml", text, day)
	if err != nil {
		t.Fatalf("the shared map no longer loads: %v", err)
	}
	if !reflect.DeepEqual(modeltest.AtFile(fresh), got) {
		t.Fatal("the session's map differs from its text")
	}
	for _, c := range clients {
		c.Update(ui.SessionChangedMsg{})
		if c.app.Map() != m {
			t.Fatal("a screen shows another map than the session's")
		}
	}
}

// The board shows where the others are: their initials on the card they
// are on, with ✎ when they have a form open there.
func TestPresenceOnTheBoard(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana Silva", Participant)), join(r, person("Ben Okafor", Participant))
	keys(ben, "3", "j") // the cart
	ana.Update(roomMsg{})
	if v := ana.View(); !strings.Contains(v, "BO") {
		t.Fatalf("ana's board does not show ben on the cart:\n%s", v)
	}
	keys(ben, "e") // renaming it
	ana.Update(roomMsg{})
	if v := ana.View(); !strings.Contains(v, "✎BO") {
		t.Fatalf("ana's board does not show that ben has a form open:\n%s", v)
	}
	if v := ben.View(); strings.Contains(v, "✎BO") {
		t.Fatalf("ben sees his own mark:\n%s", v)
	}
}

// When the map is read again from disk (the facilitator's reload or
// merge), the participants are told.
func TestParticipantsHearOfAChangeOnDisk(t *testing.T) {
	r := newRoom(t)
	ana := join(r, person("Ana", Participant))
	var text []byte
	r.Session().Read(func(d *model.Doc) { text = append([]byte(nil), d.Bytes()...) })
	doc, err := model.Parse("shop.yaml", text, day)
	if err != nil {
		t.Fatal(err)
	}
	r.Session().Reload(session.Local, doc)
	ana.Update(ui.SessionChangedMsg{})
	if v := ana.View(); !strings.Contains(v, "the map changed on disk") {
		t.Fatalf("ana is not told the map changed on disk:\n%s", v)
	}
}

// Saving the shared map is the facilitator's: a participant's footer does
// not offer ctrl+s, and the facilitator's does.
func TestOnlyTheFacilitatorIsOfferedSaving(t *testing.T) {
	r := newRoom(t)
	lead, ana := join(r, person("Lea", Facilitator)), join(r, person("Ana", Participant))
	for _, c := range []*Client{lead, ana} {
		c.Update(tea.WindowSizeMsg{Width: 220, Height: 40})
	}
	footer := func(c *Client) string {
		lines := strings.Split(c.View(), "\n")
		return lines[len(lines)-1]
	}
	if f := footer(lead); !strings.Contains(f, "ctrl+s save") {
		t.Errorf("the facilitator's footer does not offer saving: %q", f)
	}
	if f := footer(ana); strings.Contains(f, "ctrl+s") {
		t.Errorf("a participant's footer offers saving: %q", f)
	}
}

// Each screen in the room redraws only what the others' changes reached
// (and what its own did); whatever the room does, every screen must be
// exactly what drawing everything again gives once it has heard of the
// changes, or someone would read a value the map no longer holds. A
// screen may hear late (after its own edits, or after room news of
// where the others are) and must still come right.
func TestScreensRedrawWhatTheRoomChanged(t *testing.T) {
	r := newRoom(t)
	cs := []*Client{join(r, person("Ana Silva", Facilitator)), join(r, person("Ben Okafor", Participant)), join(r, person("Cara Lund", Participant))}
	pool := strings.Fields("h j k l j J K H L + + - - v V s i t u u tab enter esc esc 1 2 3 4 g G d y p o x enter c S z / a A e m")
	rnd := rand.New(rand.NewPCG(3, 9))
	var typed []string
	for range 400 {
		who, k := rnd.IntN(len(cs)), pool[rnd.IntN(len(pool))]
		typed = append(typed, strings.Repeat("*", who)+k)
		cs[who].inWin = 0 // typed slowly enough to be let through
		keys(cs[who], k)
		for i, c := range cs {
			switch rnd.IntN(4) {
			case 0:
				continue // has not heard yet
			case 1:
				c.Update(roomMsg{}) // hears where the others are first
				typed = append(typed, strings.Repeat("*", i)+"(room)")
			}
			c.Update(ui.SessionChangedMsg{}) // hears of the changes
			kept := c.View()
			c.app.Update(ui.SessionChangedMsg{}) // of unknown changes: draws everything again
			if fresh := c.View(); kept != fresh {
				t.Fatalf("screen %d after keys %q (* marks a later person): kept drawings differ from a fresh frame\nkept:\n%s\nfresh:\n%s", i, typed, kept, fresh)
			}
		}
	}
}

// A screen that redraws for its own edit before it has heard of another
// person's draws theirs too: it shows the map as it is, not its own
// change over a stale picture of the rest.
func TestMyEditRedrawsWhatOthersChangedUnheard(t *testing.T) {
	r := newRoom(t)
	ana, ben := join(r, person("Ana Silva", Participant)), join(r, person("Ben Okafor", Participant))
	keys(ana, "1", "j")
	keys(ben, "3", "j")
	for _, c := range []*Client{ana, ben} {
		c.Update(ui.SessionChangedMsg{})
		c.View()
	}
	before := emotion(r, 2, 0)
	keys(ben, "+") // Ana has not heard of it yet
	keys(ana, "+")
	if emotion(r, 2, 0) != before+1 {
		t.Fatalf("Ben's edit did not land: emotion %d, was %d", emotion(r, 2, 0), before)
	}
	kept := ana.View()
	ana.app.Update(ui.SessionChangedMsg{}) // of unknown changes: draws everything again
	if fresh := ana.View(); kept != fresh {
		t.Errorf("after her own edit, Ana's screen kept a stale picture of Ben's change\nkept:\n%s\nfresh:\n%s", kept, fresh)
	}
}

// Keys that arrive in one read count one by one against a client's
// budget of keys a second: a burst of bytes from one connection cannot
// make a burst of edits (here, more than a second's worth of votes).
func TestABurstOfKeysIsBoundedLikeKeysTypedOneByOne(t *testing.T) {
	r := newRoom(t)
	ana := join(r, person("Ana", Participant))
	keys(ana, "3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k")
	var before, after int
	votes := func() (n int) {
		r.Session().Read(func(d *model.Doc) { n = d.Map().Stages[2].Touchpoints[2].PainPoints[0].Votes })
		return n
	}
	before = votes()
	ana.inWin = 0
	ana.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("v", 500))})
	after = votes()
	if after-before > maxKeysPerSecond || after == before {
		t.Errorf("a burst of 500 v gave %d votes; a second allows at most %d", after-before, maxKeysPerSecond)
	}
}

// A voter's "dots left" goes once the round is revealed: it is no news
// after the round, and would read as if the round went on.
func TestDotsLeftGoWithTheRound(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(fac, "W", "v", "enter")
	keys(ana, "3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k", "v")
	if !strings.Contains(ana.View(), "dots left: 2") {
		t.Fatalf("ana's dot is not counted:\n%s", ana.View())
	}
	keys(fac, "W", "r")
	ana.Update(roomMsg{}) // the room's news reaches her screen
	if v := ana.View(); strings.Contains(v, "dots left") {
		t.Errorf("the round is revealed but ana's screen still counts her dots:\n%s", v)
	}
}

// On a narrow screen the room's line keeps its news: the result of a
// reveal shows at 80 columns, the words every screen knows go first.
func TestTheRoomsNewsFitsANarrowScreen(t *testing.T) {
	r := newRoom(t)
	fac := join(r, person("Fay Okonkwo-Lindqvist", Facilitator))
	ana := join(r, person("Ana", Participant))
	keys(fac, "W", "v", "enter")
	keys(ana, "3", "j", "j", "j", "j", "j", "enter", "G", "k", "k", "k", "v")
	keys(fac, "W", "r")
	r.mu.Lock()
	line := r.statusLine(fac, 80)
	r.mu.Unlock()
	if !strings.Contains(line, "votes revealed: 1 · Shipping cost appears") {
		t.Errorf("the reveal's result is cut from an 80-column room line: %q", line)
	}
}
