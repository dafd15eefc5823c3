// Package workshop is a shared room on one journey map: the facilitator
// and participants each run the editor in their own terminal (over SSH, or
// the facilitator's own), all on one session, seeing each other's edits
// live, where the others are, a timer, and a dot-voting round.
//
// Concurrency: every client's Update and View run under the room's lock,
// so that no screen reads the map while another client's edit changes it.
// Those are short, CPU-bound calls; what makes a client slow (its network)
// happens outside the lock, in its own program's renderer. The session's
// change events and the room's own changes only mark a client to redraw
// (a channel of one); they never wait for a client.
package workshop

import (
	"errors"
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui"
	"github.com/journey-maps/journey/ui/common"
)

// Role is what a person may do in the room.
type Role int

// The roles.
const (
	Spectator Role = iota
	Participant
	Facilitator
)

func (r Role) String() string { return [...]string{"spectator", "participant", "facilitator"}[r] }

// Person is someone admitted to the room.
type Person struct {
	Actor session.Actor // who their edits are by (their key's fingerprint)
	Name  string        // from their key's comment: "Ana Silva"
	Email string        // "ana@example.com", for a commit's Co-authored-by
	Role  Role
}

// Initials are a person's mark on the board: "AS" for Ana Silva.
func (p Person) Initials() string {
	var b strings.Builder
	for _, w := range strings.Fields(p.Name) {
		for _, r := range w {
			b.WriteRune(r)
			break
		}
		if b.Len() >= 2 {
			break
		}
	}
	if b.Len() == 0 {
		return "?"
	}
	return strings.ToUpper(b.String())
}

// Room is one shared map and the people on it.
type Room struct {
	mu      sync.Mutex // held by every client's Update and View
	sess    *session.Session
	today   model.Date
	clients []*Client

	// The facilitator's tools.
	leader    *Client   // the facilitator whom followers follow
	allFollow bool      // everyone follows the facilitator
	timerEnd  time.Time // zero: no timer
	timerSet  time.Duration
	vote      *round // a voting round under way
	notice    string // a word for every screen ("Time is up")
	noticeEnd time.Time
	stop      chan struct{}
	stopOnce  sync.Once
}

// NewRoom opens a room on a session.
func NewRoom(sess *session.Session, today model.Date) *Room {
	r := &Room{sess: sess, today: today, stop: make(chan struct{})}
	sess.SetGuard(r.guard)
	go r.tick()
	return r
}

// Session is the room's shared session.
func (r *Room) Session() *session.Session { return r.sess }

// Close stops the room's clock.
func (r *Room) Close() { r.stopOnce.Do(func() { close(r.stop) }) }

// tick redraws every screen each second while a timer runs or a notice
// shows.
func (r *Room) tick() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case now := <-t.C:
			r.mu.Lock()
			live := !r.timerEnd.IsZero() || !r.noticeEnd.IsZero()
			if !r.timerEnd.IsZero() && now.After(r.timerEnd) {
				r.timerEnd = time.Time{}
				r.say("Time is up. Thank you: let's see where we are.", 15*time.Second)
			}
			if !r.noticeEnd.IsZero() && now.After(r.noticeEnd) {
				r.notice, r.noticeEnd = "", time.Time{}
			}
			if live {
				r.pokeAll(nil)
			}
			r.mu.Unlock()
		}
	}
}

// say shows a notice on every screen for a while. Call with the lock held.
func (r *Room) say(s string, d time.Duration) {
	r.notice, r.noticeEnd = s, time.Now().Add(d)
	r.pokeAll(nil)
}

// pokeAll marks every client but except to redraw. Call with the lock held.
func (r *Room) pokeAll(except *Client) {
	for _, c := range r.clients {
		if c != except {
			c.poke()
		}
	}
}

// join adds a client. Call with the lock held.
func (r *Room) join(c *Client) {
	r.clients = append(r.clients, c)
	if c.person.Role == Facilitator && r.leader == nil {
		r.leader = c
	}
	r.pokeAll(c)
}

// leave removes a client: its open field is released and its dots stay
// with the round. Call with the lock held.
func (r *Room) leave(c *Client) {
	for i, x := range r.clients {
		if x == c {
			r.clients = append(r.clients[:i], r.clients[i+1:]...)
			break
		}
	}
	if r.leader == c {
		r.leader = nil
		for _, x := range r.clients {
			if x.person.Role == Facilitator {
				r.leader = x
				break
			}
		}
	}
	r.pokeAll(nil)
}

// People is the room as the participants panel lists it. It is called
// from a client's View, with the lock held.
func (r *Room) people(me *Client) []common.Person {
	out := make([]common.Person, 0, len(r.clients))
	now := time.Now()
	for _, c := range r.clients {
		p := common.Person{Name: c.person.Name, Initials: c.person.Initials(), Role: c.person.Role.String(),
			Idle: now.Sub(c.lastInput), Me: c == me}
		p.Where, p.HasWhere = c.pos, c.hasPos
		if it, field, ok := c.app.FieldOpen(); ok {
			p.Editing, p.EditsAt = field, it
		}
		out = append(out, p)
	}
	return out
}

// guard refuses an edit of a field another person has open: a soft lock,
// so that two people do not type over each other. Edits of other fields
// of the same item go through. It runs inside a client's Update (the
// session calls it), so the room's lock is held.
func (r *Room) guard(actor session.Actor, paths []model.Path) error {
	for _, c := range r.clients {
		if c.person.Actor == actor {
			continue
		}
		it, field, ok := c.app.FieldOpen()
		if !ok {
			continue
		}
		open := append(it.Path(), strings.Split(field, "/")...)
		for _, p := range paths {
			if overlaps(p, open) {
				return errors.New(common.Held(c.person.Name, field))
			}
		}
	}
	return nil
}

func overlaps(a, b model.Path) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Contributions counts, per person who changed something, the items they
// added and the other edits they made, for the session's commit.
func (r *Room) Contributions(people []Person) []Contribution {
	counts := r.sess.Contributions()
	var out []Contribution
	for _, p := range people {
		if c, ok := counts[p.Actor]; ok {
			out = append(out, Contribution{Person: p, Added: c.Added, Changed: c.Changed})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Person.Name < out[j].Person.Name })
	return out
}

// Contribution is what one person did in the session.
type Contribution struct {
	Person         Person
	Added, Changed int
}

// statusLine is the room's line above each screen: who is here, the timer,
// following, the voting round, a notice. Call with the lock held.
func (r *Room) statusLine(c *Client, width int) string {
	// Each part with its rank: on a narrow screen the lowest go first, so
	// that what is under way (the timer, a voter's dots) and the room's
	// news (a reveal) are what stay.
	type part struct {
		text string
		rank int
	}
	parts := []part{{"workshop", 0}, {c.person.Name + " · " + c.person.Role.String(), 2}, {fmt.Sprintf("%d here", len(r.clients)), 1}}
	if !r.timerEnd.IsZero() {
		left := time.Until(r.timerEnd).Round(time.Second)
		parts = append(parts, part{fmt.Sprintf("⏱ %02d:%02d", int(left.Minutes()), int(left.Seconds())%60), 5})
	}
	if c.following() {
		parts = append(parts, part{"following " + r.leader.person.Name + " (F stops)", 3})
	}
	if r.vote != nil {
		if !r.vote.may(c.person.Role) {
			parts = append(parts, part{"voting round", 3})
		} else {
			parts = append(parts, part{fmt.Sprintf("voting: %d of %d dots left (v / V)", r.vote.left(c.person.Actor), r.vote.budget), 5})
		}
	}
	if r.notice != "" {
		parts = append(parts, part{r.notice, 4})
	}
	line := func() string {
		texts := make([]string, len(parts))
		for i, p := range parts {
			texts[i] = p.text
		}
		return " " + strings.Join(texts, " · ")
	}
	for len(parts) > 1 && ansi.StringWidth(common.Sanitize(line())) > width {
		low := 0
		for i, p := range parts {
			if p.rank < parts[low].rank {
				low = i
			}
		}
		parts = slices.Delete(parts, low, low+1)
	}
	return common.Line(line(), width)
}

// Broadcast makes every screen redraw, from outside the room's clients
// (the server's own events).
func (r *Room) Broadcast() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.pokeAll(nil)
}

// roomMsg tells a client the room changed: redraw, and follow the leader
// if it follows.
type roomMsg struct{}

// sendLoop forwards the session's and the room's changes to a client's
// program, one message for any number of changes, until done closes.
func sendLoop(p *tea.Program, sub *session.Subscription, poke <-chan struct{}, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case <-sub.C():
			p.Send(ui.SessionChangedMsg{})
		case <-poke:
			p.Send(roomMsg{})
		}
	}
}
