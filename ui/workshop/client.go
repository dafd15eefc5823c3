package workshop

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui"
	"github.com/journey-maps/journey/ui/common"
)

// Client is one person's screen in the room: the editor on the shared
// session, under a line that says who is here and what the room is doing.
type Client struct {
	room   *Room
	person Person
	app    *ui.App
	c      *common.Common
	pokes  chan struct{}
	done   chan struct{}
	sub    *session.Subscription

	pos       common.Item
	hasPos    bool
	field     string // the field it has open, as the others were told
	follow    bool   // follows the facilitator (F)
	left      bool   // stopped following (F) while everyone follows
	lastInput time.Time
	menu      *menu // the facilitator's menu (W), when open
	dotsNote  bool  // the status says how many dots are left in the round

	// Input bounds: a client may send this many keys a second, and no
	// pasted text longer than maxPaste.
	window time.Time
	inWin  int
}

const (
	maxKeysPerSecond = 60
	maxPaste         = 4096
)

// Options are how a client's screen looks.
type Options struct {
	Theme    common.Theme
	Renderer *lipgloss.Renderer // the terminal's, for its colour profile
	Autosave bool               // the facilitator's screen saves on its own
	RoomView bool               // open in the room view (the facilitator's --room)
}

// NewClient builds a person's screen in the room. Call Attach with its
// program before running it, and Leave when it ends.
func (r *Room) NewClient(p Person, o Options) *Client {
	if o.Renderer == nil {
		o.Renderer = lipgloss.DefaultRenderer()
	}
	c := common.NewFor(o.Theme, r.today, p.Role == Spectator, o.Renderer)
	cl := &Client{room: r, person: p, c: c, pokes: make(chan struct{}, 1), done: make(chan struct{}), lastInput: time.Now()}
	c.Room = roomView{cl}
	c.RoomView = o.RoomView
	if p.Role != Facilitator {
		c.SetParticipant()
	} else {
		c.Autosave = o.Autosave
	}
	r.sess.SetName(p.Actor, p.Name)
	r.mu.Lock()
	cl.app = ui.NewSessionApp(c, r.sess, p.Actor)
	cl.sub = r.sess.Subscribe()
	r.join(cl)
	r.mu.Unlock()
	return cl
}

// roomView lets the participants panel read the room; it is called from
// the client's View, under the room's lock.
type roomView struct{ c *Client }

func (v roomView) People() []common.Person { return v.c.room.people(v.c) }

// Attach starts forwarding the room's changes to the client's program.
func (c *Client) Attach(p *tea.Program) { go sendLoop(p, c.sub, c.pokes, c.done) }

// Leave takes the client out of the room, when its connection ends.
// Nothing of anyone's edits is lost: they are in the session already.
func (c *Client) Leave() {
	c.room.mu.Lock()
	c.room.leave(c)
	c.room.mu.Unlock()
	c.sub.Close()
	close(c.done)
}

// App is the editor the client runs.
func (c *Client) App() *ui.App { return c.app }

func (c *Client) poke() {
	select {
	case c.pokes <- struct{}{}:
	default:
	}
}

func (c *Client) following() bool {
	r := c.room
	return r.leader != nil && r.leader != c && (c.follow || r.allFollow && c.person.Role != Facilitator && !c.left)
}

// Init starts the editor, and the facilitator's watch on the file.
func (c *Client) Init() tea.Cmd {
	c.room.mu.Lock()
	defer c.room.mu.Unlock()
	return tea.Batch(c.app.Init(), c.app.Watch())
}

// Update hands a message to the editor under the room's lock, after the
// room's own keys (F, W, and v and V during a voting round).
func (c *Client) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	c.room.mu.Lock()
	defer c.room.mu.Unlock()
	var cmd tea.Cmd
	switch m := msg.(type) {
	case tea.WindowSizeMsg:
		m.Height = max(m.Height-1, 1) // the room's line
		_, cmd = c.app.Update(m)
	case tea.KeyMsg:
		m, ok := c.admit(m)
		if !ok {
			return c, nil
		}
		c.lastInput = time.Now()
		cmd = c.keys(m)
	case roomMsg:
		if c.dotsNote && c.room.vote == nil {
			c.app.SetStatus("", false) // the round is over: its dots are no news
			c.dotsNote = false
		}
		if c.following() {
			if it, ok := c.room.leader.position(); ok {
				c.app.Follow(it)
			}
		}
		_, cmd = c.app.Update(ui.SessionChangedMsg{Known: true}) // redraw with the room's news
	case ui.SessionChangedMsg:
		evs := c.sub.Events()
		_, cmd = c.app.Update(ui.SessionChangedMsg{Known: true, Events: evs})
		for _, ev := range evs {
			if ev.Kind == session.Reloaded && ev.Actor != c.person.Actor {
				c.app.SetStatus("the map changed on disk: "+ev.Label, false)
			}
		}
	default:
		_, cmd = c.app.Update(msg)
	}
	c.moved()
	return c, cmd
}

// keys hands a key to the room's keys, then to the editor. Runes that
// arrive together (a fast typist, a slow link) are taken one at a time
// while nothing is being typed, so that "W" "t" read at once open the
// menu and pick the timer, and "vv" in a voting round places two hidden
// dots, instead of reaching the editor as its own keys; the runes left
// once a field opens are its text, whole.
func (c *Client) keys(m tea.KeyMsg) tea.Cmd {
	if m.Type != tea.KeyRunes || len(m.Runes) < 2 || m.Paste {
		if c.roomKey(m) {
			return nil
		}
		_, cmd := c.app.Update(m)
		return cmd
	}
	var cmds []tea.Cmd
	for i, r := range m.Runes {
		if c.menu == nil && c.typing() {
			rest := m
			rest.Runes = m.Runes[i:]
			_, cmd := c.app.Update(rest)
			return tea.Sequence(append(cmds, cmd)...)
		}
		one := m
		one.Runes = []rune{r}
		if c.roomKey(one) {
			continue
		}
		_, cmd := c.app.Update(one)
		cmds = append(cmds, cmd)
	}
	return tea.Sequence(cmds...)
}

// typing reports whether the client's keys are text for a field, a
// search or a question.
func (c *Client) typing() bool {
	_, _, open := c.app.FieldOpen()
	return open || c.app.Typing()
}

// admit bounds a client's input: a paste no longer than maxPaste, and no
// more than maxKeysPerSecond keys a second (the rest are dropped). Keys
// that arrive in one read are counted one by one, as the editor acts on
// them, unless they are text typed into a field: a burst of bytes cannot
// make a burst of edits.
func (c *Client) admit(m tea.KeyMsg) (tea.KeyMsg, bool) {
	if len(m.Runes) > maxPaste {
		c.app.SetStatus("that paste is too long for a shared map", true)
		return m, false
	}
	now := time.Now()
	if now.Sub(c.window) > time.Second {
		c.window, c.inWin = now, 0
	}
	n := 1
	if m.Type == tea.KeyRunes && !m.Paste {
		if mode := c.app.Mode(); mode != ui.ModeText && mode != ui.ModeSearch {
			n = len(m.Runes)
		}
	}
	left := maxKeysPerSecond - c.inWin
	if left <= 0 {
		return m, false
	}
	if n > left {
		m.Runes, n = m.Runes[:left], left
	}
	c.inWin += n
	return m, true
}

// moved records where the client is and which field it has open, and
// tells the others when either changed (their boards mark an open form).
// Call with the lock held.
func (c *Client) moved() {
	pos, ok := c.app.Position()
	_, field, _ := c.app.FieldOpen()
	if pos == c.pos && ok == c.hasPos && field == c.field {
		return
	}
	c.pos, c.hasPos, c.field = pos, ok, field
	c.room.pokeAll(c)
}

func (c *Client) position() (common.Item, bool) { return c.pos, c.hasPos }

// roomKey handles the room's keys; it reports whether the key was one.
func (c *Client) roomKey(m tea.KeyMsg) bool {
	if c.menu != nil {
		c.menuKey(m)
		return true
	}
	if c.typing() {
		return false
	}
	r := c.room
	switch m.String() {
	case "F":
		if c.person.Role == Facilitator {
			c.app.SetStatus("you lead: W opens the workshop menu (everyone follows me)", false)
			return true
		}
		stop := c.following()
		c.follow, c.left = !stop, stop && r.allFollow
		if c.following() {
			c.app.SetStatus("following "+r.leader.person.Name, false)
			if it, ok := r.leader.position(); ok {
				c.app.Follow(it)
			}
		} else {
			c.app.SetStatus("not following", false)
		}
		return true
	case "W":
		if c.person.Role != Facilitator {
			c.app.SetStatus("the workshop menu is the facilitator's", true)
			return true
		}
		c.menu = &menu{}
		return true
	case "v", "V":
		if r.vote == nil {
			return false
		}
		c.dot(m.String() == "v")
		return true
	}
	return false
}

// dot places (or takes back) one of the client's dots during a round.
func (c *Client) dot(place bool) {
	r := c.room
	if !r.vote.may(c.person.Role) {
		c.app.SetStatus("you watch this voting round", true)
		return
	}
	it, ok := c.app.Position()
	if !ok || it.Kind != common.KindPainPoint && it.Kind != common.KindOpportunity {
		c.app.SetStatus("dots go on pain points and opportunities: select one", true)
		return
	}
	var path model.Path
	var label string
	r.sess.Read(func(d *model.Doc) {
		path = d.StablePath(it.Path())
		label = common.NameOf(d.Map(), it)
	})
	var err error
	if place {
		err = r.vote.place(c.person.Actor, path, label)
	} else {
		err = r.vote.take(c.person.Actor, path)
	}
	if err != nil {
		c.app.SetStatus(err.Error(), true)
		return
	}
	c.app.SetStatus(fmt.Sprintf("dots left: %d (hidden until the reveal)", r.vote.left(c.person.Actor)), false)
	c.dotsNote = true
	r.pokeAll(c)
}

// View is the room's line over the editor.
func (c *Client) View() string {
	c.room.mu.Lock()
	defer c.room.mu.Unlock()
	w := c.c.Width
	top := c.c.Styles.HeaderMeta.Render(c.room.statusLine(c, w))
	if c.menu != nil {
		top = c.c.Styles.Warn.Render(common.Line(" "+c.menu.line(c.room), w))
	}
	return top + "\n" + c.app.View()
}

// menu is the facilitator's workshop menu: f everyone follows me, t a
// timer, v a voting round (start, then reveal).
type menu struct {
	typing string // "timer" or "budget" while a number is typed
	text   string
}

func (m *menu) line(r *Room) string {
	switch m.typing {
	case "timer":
		return "Timer, minutes: " + m.text + "▏ (enter starts, esc cancels; 0 stops)"
	case "budget":
		return "Dots per person: " + m.text + "▏ (enter starts the round, esc cancels)"
	}
	follow := "f everyone follows me"
	if r.allFollow {
		follow = "f stop everyone following"
	}
	vote := "v start a voting round"
	if r.vote != nil {
		vote = "r reveal the votes · x cancel the round · s spectators vote: " + onOff(r.vote.spectators) + " · m I vote: " + onOff(r.vote.leader)
	}
	return "Workshop: " + follow + " · t timer · " + vote + " · esc close"
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// menuKey answers the facilitator's menu.
func (c *Client) menuKey(k tea.KeyMsg) {
	m, r := c.menu, c.room
	if m.typing != "" {
		switch k.Type {
		case tea.KeyEsc:
			m.typing, m.text = "", ""
		case tea.KeyEnter:
			n, err := strconv.Atoi(strings.TrimSpace(m.text))
			if err != nil || n < 0 || n > 600 {
				c.app.SetStatus("a whole number, please", true)
				return
			}
			c.menuNumber(m.typing, n)
			c.menu = nil
		case tea.KeyBackspace:
			if m.text != "" {
				m.text = m.text[:len(m.text)-1]
			}
		case tea.KeyRunes:
			for _, x := range k.Runes {
				if x >= '0' && x <= '9' && len(m.text) < 3 {
					m.text += string(x)
				}
			}
		}
		return
	}
	switch k.String() {
	case "esc", "W":
		c.menu = nil
	case "f":
		r.allFollow = !r.allFollow
		r.leader = c
		for _, x := range r.clients {
			x.left = false // a new call to follow reaches everyone
		}
		c.app.SetStatus(map[bool]string{true: "everyone follows you", false: "everyone moves freely"}[r.allFollow], false)
		c.menu = nil
		r.pokeAll(c)
	case "t":
		m.typing, m.text = "timer", ""
	case "v":
		if r.vote == nil {
			m.typing, m.text = "budget", "3"
		}
	case "s":
		if r.vote != nil {
			r.vote.spectators = !r.vote.spectators
			r.pokeAll(nil)
		}
	case "m":
		if r.vote != nil {
			r.vote.leader = !r.vote.leader
			r.pokeAll(nil)
		}
	case "x":
		if r.vote != nil {
			r.vote = nil
			r.say("The voting round was called off.", 10*time.Second)
			c.menu = nil
		}
	case "r":
		if r.vote != nil {
			c.reveal()
			c.menu = nil
		}
	}
}

func (c *Client) menuNumber(what string, n int) {
	r := c.room
	switch what {
	case "timer":
		if n == 0 {
			r.timerEnd = time.Time{}
			r.say("The timer was stopped.", 5*time.Second)
			return
		}
		r.timerSet = time.Duration(n) * time.Minute
		r.timerEnd = time.Now().Add(r.timerSet)
		r.say(fmt.Sprintf("A %d-minute timer is running.", n), 5*time.Second)
	case "budget":
		if n == 0 {
			n = 3
		}
		r.vote = newRound(n, false, false)
		r.say(fmt.Sprintf("Voting round: %d dots each. Select a pain point or opportunity and press v; V takes a dot back.", n), 20*time.Second)
	}
}

// reveal writes the round's dots into the map as one undoable edit by the
// facilitator, and shows the result to everyone.
func (c *Client) reveal() {
	r := c.room
	var act model.Action
	var summary []string
	var err error
	r.sess.Read(func(d *model.Doc) { act, summary, err = r.vote.reveal(d) })
	if err != nil {
		c.app.SetStatus("reveal: "+err.Error(), true)
		return
	}
	if _, err := r.sess.Do(c.person.Actor, act); err != nil {
		c.app.SetStatus("reveal: "+err.Error(), true)
		return
	}
	r.vote = nil
	r.say(summaryLine(summary), 30*time.Second)
}
