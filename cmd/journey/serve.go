package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/workshop"
)

func init() { commands = append(commands, newServeCmd) }

type serveFlags struct {
	listen, hostKey                        string
	participants, spectators, facilitators string
	openSpectators, headless, commit       bool
	maxClients                             int
	idle                                   time.Duration
}

func newServeCmd(e env) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve FILE",
		Short: "Run a live workshop on a map: everyone edits it over SSH at once",
		Long: `Start a workshop on FILE: an SSH server that lets the people you invite
join with a plain ssh and edit the map with you, live, each in their own
terminal, and your own editor in this one. Everyone sees everyone's edits
as they happen and where the others are; undo takes back your own edits.

Only the keys you list get in (authorized_keys files; a key's comment is
the person's name, e.g. "Ana Silva <ana@example.com>"). Participants edit;
spectators watch. You save with ctrl+s (or --autosave). The server listens
on this machine only unless --listen says otherwise.

Your workshop keys: W opens the menu (everyone follows me, a timer, a
dot-voting round); participants press F to follow you.`,
		Example: `  journey serve maps/online-shop.yaml --participants team.keys
  journey serve maps/online-shop.yaml --participants team.keys --spectators guests.keys --autosave --commit
  ssh -p 2222 localhost    # how a participant joins`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return serve(e, cmd, args[0], f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:2222", "address to listen on; anything beyond loopback must be asked for here")
	fl.StringVar(&f.hostKey, "host-key", "", "the server's SSH host key (default: made on first run in your config folder, and kept)")
	fl.StringVar(&f.participants, "participants", "", "authorized_keys file of the people who may edit")
	fl.StringVar(&f.spectators, "spectators", "", "authorized_keys file of the people who may watch")
	fl.StringVar(&f.facilitators, "facilitators", "", "authorized_keys file of facilitators who join over SSH (needed with --headless)")
	fl.BoolVar(&f.openSpectators, "open-spectators", false, "let anyone with any key watch, read-only")
	fl.BoolVar(&f.headless, "headless", false, "no editor in this terminal; a facilitator joins over SSH")
	fl.IntVar(&f.maxClients, "max-clients", 50, "the most people connected at once")
	fl.DurationVar(&f.idle, "idle-timeout", 30*time.Minute, "disconnect a client idle this long")
	fl.BoolVar(&f.commit, "commit", false, "when the workshop ends, commit the map with a Co-authored-by line for everyone who changed it")
	editorFlags(cmd)
	return cmd
}

func serve(e env, cmd *cobra.Command, file string, f serveFlags) error {
	theme, err := themeFlag(cmd)
	if err != nil {
		return err
	}
	autosave, _ := cmd.Flags().GetBool("autosave")
	if f.headless && f.facilitators == "" {
		return usageErrorf("--headless needs --facilitators: someone must be able to lead the workshop")
	}
	if f.maxClients < 1 {
		return usageErrorf("--max-clients must be at least 1")
	}
	guests := workshop.NewGuests()
	guests.OpenSpectators = f.openSpectators
	for _, l := range []struct {
		path string
		role workshop.Role
	}{{f.spectators, workshop.Spectator}, {f.participants, workshop.Participant}, {f.facilitators, workshop.Facilitator}} {
		if l.path == "" {
			continue
		}
		if err := guests.AddFile(l.path, l.role); err != nil {
			return usageErrorf("%v", errorText(err))
		}
	}
	if f.hostKey == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return usageErrorf("no config folder for the host key (%v): give --host-key", err)
		}
		f.hostKey = filepath.Join(dir, "journey", "workshop_host_ed25519")
	}
	day, err := today()
	if err != nil {
		return err
	}
	q, err := openForEdit(e, file)
	if err != nil {
		return err
	}
	q.close() // the workshop's saves take the lock each time
	room := workshop.NewRoom(q.sess, day)
	defer room.Close()

	logf := log.New(e.stderr, "journey serve: ", log.LstdFlags)
	if !f.headless {
		logf = log.New(&lateLog{}, "", log.LstdFlags)
	}
	srv, err := room.NewServer(workshop.ServerOptions{
		Listen: f.listen, HostKeyPath: f.hostKey, Guests: guests, MaxClients: f.maxClients,
		IdleTimeout: f.idle, Theme: theme, Log: logf,
	})
	if err != nil {
		return failf("cannot start the workshop server: %v", errorText(err))
	}
	ln, err := listen(f.listen)
	if err != nil {
		return failf("cannot listen on %s: %v", f.listen, err)
	}
	if !workshop.Loopback(f.listen) {
		fmt.Fprintf(e.stderr, "journey serve: listening on %s, beyond this machine: anyone who can reach it may try, and only listed keys get in\n", f.listen)
	}
	if guests.Len() == 0 && !f.openSpectators {
		fmt.Fprintln(e.stderr, "journey serve: no one is invited (give --participants or --spectators): only you are in the room")
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(e.stderr, "journey serve: %s is open on ssh -p %s %s\n", terminalSafe(file), port(ln.Addr().String()), host(f.listen))

	if f.headless {
		err = waitForSignal(served)
	} else {
		roomView, _ := cmd.Flags().GetBool("room")
		noMouse, _ := cmd.Flags().GetBool("no-mouse")
		err = runFacilitator(e, room, workshop.Options{Theme: theme, Autosave: autosave, RoomView: roomView}, noMouse)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Shutdown(ctx)
	if err != nil {
		return err
	}
	if f.commit {
		return commitWorkshop(e, room, q.doc.Path(), guests, f)
	}
	return nil
}

// runFacilitator runs the facilitator's own editor in this terminal until
// they quit; then the workshop ends.
func runFacilitator(e env, room *workshop.Room, o workshop.Options, noMouse bool) error {
	me := workshop.Person{Actor: session.Local, Name: localName(), Role: workshop.Facilitator}
	c := room.NewClient(me, o)
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)}
	if !noMouse {
		opts = append(opts, tea.WithMouseCellMotion())
	}
	p := tea.NewProgram(c, opts...)
	c.Attach(p)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP, syscall.SIGTERM)
	go func() {
		if _, ok := <-hup; ok {
			p.Kill()
		}
	}()
	_, err := p.Run()
	signal.Stop(hup)
	close(hup)
	c.App().Flush()
	c.Leave()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return failf("%v", err)
	}
	return nil
}

func waitForSignal(served <-chan error) error {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	select {
	case <-sig:
		return nil
	case err := <-served:
		if errors.Is(err, ssh.ErrServerClosed) {
			return nil
		}
		return failf("the workshop server stopped: %v", err)
	}
}

// lateLog keeps the server's log lines while the facilitator's editor has
// the terminal; they would tear its screen.
type lateLog struct{}

func (lateLog) Write(p []byte) (int, error) { return len(p), nil }

// localName is the facilitator's name: git's user.name, else the login.
func localName() string {
	if out, err := exec.Command("git", "config", "user.name").Output(); err == nil {
		if n := strings.TrimSpace(string(out)); n != "" {
			return n
		}
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "facilitator"
}

// commitWorkshop makes one git commit of the map as the workshop left it,
// crediting everyone who changed something.
func commitWorkshop(e env, room *workshop.Room, path string, guests *workshop.Guests, f serveFlags) error {
	dir := filepath.Dir(path)
	status, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--", filepath.Base(path)).Output()
	if err != nil {
		return failf("--commit: %s is not in a git repository", terminalSafe(path))
	}
	if strings.TrimSpace(string(status)) == "" {
		fmt.Fprintln(e.stderr, "journey serve: nothing to commit: the map was not changed on disk")
		return nil
	}
	msg := workshopMessage(room, guests)
	if out, err := exec.Command("git", "-C", dir, "add", "--", filepath.Base(path)).CombinedOutput(); err != nil {
		return failf("--commit: git add: %s", terminalSafe(string(out)))
	}
	if out, err := exec.Command("git", "-C", dir, "commit", "-q", "-m", msg, "--", filepath.Base(path)).CombinedOutput(); err != nil {
		return failf("--commit: git commit: %s", terminalSafe(string(out)))
	}
	fmt.Fprintln(e.stderr, "journey serve: committed the workshop's changes")
	return nil
}

// workshopMessage says who changed what, with a Co-authored-by trailer for
// every participant who changed something.
func workshopMessage(room *workshop.Room, guests *workshop.Guests) string {
	var b strings.Builder
	var title string
	room.Session().Read(func(d *model.Doc) { title = d.Map().Title })
	fmt.Fprintf(&b, "Workshop on %s\n", strings.TrimSpace(title))
	people := append(guests.People(), workshop.Person{Actor: session.Local, Name: localName(), Role: workshop.Facilitator})
	cs := room.Contributions(people)
	if len(cs) > 0 {
		b.WriteString("\n")
	}
	for _, c := range cs {
		fmt.Fprintf(&b, "- %s: %d added, %d changed\n", c.Person.Name, c.Added, c.Changed)
	}
	var trailers []string
	for _, c := range cs {
		if c.Person.Actor != session.Local && c.Person.Email != "" {
			trailers = append(trailers, fmt.Sprintf("Co-authored-by: %s <%s>", c.Person.Name, c.Person.Email))
		}
	}
	if len(trailers) > 0 {
		b.WriteString("\n" + strings.Join(trailers, "\n") + "\n")
	}
	return b.String()
}

func listen(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }

func port(addr string) string {
	_, p, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return p
}

func host(addr string) string {
	h, _, err := net.SplitHostPort(addr)
	if err != nil || h == "" || h == "0.0.0.0" || h == "::" {
		return "HOST"
	}
	return h
}
