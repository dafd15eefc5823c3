package workshop

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/textsafe"
	"github.com/journey-maps/journey/ui/common"
)

// Guest list: the people admitted, by their public key's SHA-256
// fingerprint. Nobody else gets in, unless the room is open to
// spectators.
type Guests struct {
	byKey          map[string]Person
	OpenSpectators bool // anyone else may watch, read-only
}

// NewGuests starts an empty guest list.
func NewGuests() *Guests { return &Guests{byKey: map[string]Person{}} }

// AddFile admits the keys of an authorized_keys file with a role; each
// key's comment is the person's name ("Ana Silva <ana@example.com>").
func (g *Guests) AddFile(path string, role Role) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, 1<<20))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, comment, _, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			return fmt.Errorf("%s:%d: not a public key line: %v", path, n, err)
		}
		p := personFrom(comment, role)
		p.Actor = session.Actor(gossh.FingerprintSHA256(key))
		if old, ok := g.byKey[string(p.Actor)]; ok && old.Role > role {
			continue // listed twice: the stronger role stands
		}
		g.byKey[string(p.Actor)] = p
	}
	return sc.Err()
}

// Add admits one key as a person (its Actor is set from the key).
func (g *Guests) Add(key gossh.PublicKey, p Person) {
	p.Actor = session.Actor(gossh.FingerprintSHA256(key))
	g.byKey[string(p.Actor)] = p
}

// People are everyone on the list.
func (g *Guests) People() []Person {
	out := make([]Person, 0, len(g.byKey))
	for _, p := range g.byKey {
		out = append(out, p)
	}
	return out
}

// Len is how many keys are listed.
func (g *Guests) Len() int { return len(g.byKey) }

// personFrom reads a key comment: "Ana Silva <ana@example.com>", a bare
// address, or a name.
func personFrom(comment string, role Role) Person {
	comment = textsafe.Line(strings.TrimSpace(comment))
	p := Person{Name: comment, Role: role}
	if a, err := mail.ParseAddress(comment); err == nil {
		p.Name, p.Email = a.Name, a.Address
		if p.Name == "" {
			p.Name, _, _ = strings.Cut(a.Address, "@")
		}
	}
	if p.Name == "" {
		p.Name = "guest"
	}
	if r := []rune(p.Name); len(r) > 40 {
		p.Name = string(r[:40])
	}
	return p
}

// admit finds who a key belongs to.
func (g *Guests) admit(user string, key ssh.PublicKey) (Person, bool) {
	fp := gossh.FingerprintSHA256(key)
	if p, ok := g.byKey[fp]; ok {
		return p, true
	}
	if g.OpenSpectators {
		return Person{Actor: session.Actor(fp), Name: personFrom(user, Spectator).Name, Role: Spectator}, true
	}
	return Person{}, false
}

// ServerOptions configure the room's SSH server.
type ServerOptions struct {
	Listen      string // host:port
	HostKeyPath string
	Guests      *Guests
	MaxClients  int
	IdleTimeout time.Duration
	Theme       common.Theme
	Log         *log.Logger
}

type ctxKey struct{ name string }

var personKey = &ctxKey{"person"}
var clientKey = &ctxKey{"client"}

// NewServer builds the SSH server that lets people into the room: public
// keys only (no passwords, no keyboard-interactive), no shell, command,
// port, agent or X11 forwarding, an idle timeout, and a cap on clients.
func (r *Room) NewServer(o ServerOptions) (*ssh.Server, error) {
	if o.Log == nil {
		o.Log = log.New(io.Discard, "", 0)
	}
	if o.MaxClients <= 0 {
		o.MaxClients = 50
	}
	if err := EnsureHostKey(o.HostKeyPath); err != nil {
		return nil, err
	}
	var mu sync.Mutex
	active := 0
	srv, err := wish.NewServer(
		wish.WithAddress(o.Listen),
		ssh.HostKeyFile(o.HostKeyPath),
		wish.WithIdleTimeout(o.IdleTimeout),
		wish.WithBannerHandler(func(ssh.Context) string {
			return "journey workshop: only invited keys may join; if you are refused, send the facilitator your public key.\n"
		}),
		wish.WithPublicKeyAuth(func(ctx ssh.Context, key ssh.PublicKey) bool {
			p, ok := o.Guests.admit(ctx.User(), key)
			if !ok {
				o.Log.Printf("refused key %s from %s", gossh.FingerprintSHA256(key), ctx.RemoteAddr())
				return false
			}
			ctx.SetValue(personKey, p)
			return true
		}),
		wish.WithMiddleware(
			r.leaveMiddleware(),
			bm.MiddlewareWithProgramHandler(r.programHandler(o), termenv.Ascii),
			func(next ssh.Handler) ssh.Handler {
				return func(s ssh.Session) {
					if s.RawCommand() != "" || s.Subsystem() != "" {
						wish.Fatalln(s, "journey serve runs the workshop only: connect with plain ssh, no command")
						return
					}
					if _, _, ok := s.Pty(); !ok {
						wish.Fatalln(s, "the workshop needs a terminal: connect with ssh -t")
						return
					}
					mu.Lock()
					full := active >= o.MaxClients
					if !full {
						active++
					}
					mu.Unlock()
					if full {
						wish.Fatalln(s, "the workshop is full; ask the facilitator")
						return
					}
					defer func() { mu.Lock(); active--; mu.Unlock() }()
					next(s)
				}
			},
		),
	)
	if err != nil {
		return nil, err
	}
	// Nothing but sessions: no direct-tcpip channels, no forwarding
	// requests (the server's callbacks for those are left nil, which
	// denies them), no subsystems.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": ssh.DefaultSessionHandler}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	srv.PasswordHandler, srv.KeyboardInteractiveHandler = nil, nil
	return srv, nil
}

// programHandler builds a person's editor for a connection, with a
// renderer of its own terminal.
func (r *Room) programHandler(o ServerOptions) bm.ProgramHandler {
	return func(s ssh.Session) *tea.Program {
		p, ok := s.Context().Value(personKey).(Person)
		if !ok {
			return nil
		}
		c := r.NewClient(p, Options{Theme: o.Theme, Renderer: bm.MakeRenderer(s)})
		s.Context().SetValue(clientKey, c)
		o.Log.Printf("%s joined as %s from %s", p.Name, p.Role, s.RemoteAddr())
		// 120 frames a second: a change reaches a screen within 8 ms of
		// being drawn, not 16.
		opts := append(bm.MakeOptions(s), tea.WithAltScreen(), tea.WithFPS(120))
		prog := tea.NewProgram(c, opts...)
		c.Attach(prog)
		return prog
	}
}

// leaveMiddleware takes a person out of the room once their program ends,
// however it ends (a quit, a dropped connection, a contained panic).
func (r *Room) leaveMiddleware() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(s ssh.Session) {
			if c, ok := s.Context().Value(clientKey).(*Client); ok {
				c.Leave()
			}
			next(s)
		}
	}
}

// EnsureHostKey makes an ed25519 host key at path if there is none, readable
// only by its owner, so that participants' ssh sees the same server each
// time.
func EnsureHostKey(path string) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	block, err := gossh.MarshalPrivateKey(priv, "journey workshop host key")
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := pem.Encode(f, block); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Loopback reports whether an address to listen on stays on this machine.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
