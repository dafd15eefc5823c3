package workshop

import (
	"bytes"
	"crypto/ed25519"
	crand "crypto/rand"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui"
	"github.com/journey-maps/journey/ui/common"
)

// sshRoom is a room served on a loopback port, with n participants' keys.
type sshRoom struct {
	room    *Room
	srv     *ssh.Server
	addr    string
	signers []gossh.Signer
}

func serveRoom(t testing.TB, n int) *sshRoom {
	t.Helper()
	r := newRoom(t)
	g := NewGuests()
	var signers []gossh.Signer
	for i := range n {
		_, priv, err := ed25519.GenerateKey(crand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		s, err := gossh.NewSignerFromKey(priv)
		if err != nil {
			t.Fatal(err)
		}
		g.Add(s.PublicKey(), Person{Name: fmt.Sprintf("Person %d", i), Role: Participant})
		signers = append(signers, s)
	}
	srv, err := r.NewServer(ServerOptions{Listen: "127.0.0.1:0", HostKeyPath: filepath.Join(t.TempDir(), "host"), Guests: g,
		MaxClients: n + 5, IdleTimeout: time.Minute, Theme: common.ThemeNoColor})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return &sshRoom{room: r, srv: srv, addr: ln.Addr().String(), signers: signers}
}

// peer is one participant's SSH connection: what it types and what it
// has been sent.
type peer struct {
	conn  *gossh.Client
	sess  *gossh.Session
	in    io.WriteCloser
	mu    sync.Mutex
	out   bytes.Buffer
	wrote chan struct{} // ready when output arrived
}

func (s *sshRoom) connect(t testing.TB, i int) *peer {
	t.Helper()
	p, err := s.dial(i)
	if err != nil {
		t.Fatalf("participant %d: %v", i, err)
	}
	return p
}

// dial connects participant i as a terminal does: a pty, a shell, and the
// answers a terminal gives to the server's questions.
func (s *sshRoom) dial(i int) (*peer, error) {
	conn, err := gossh.Dial("tcp", s.addr, &gossh.ClientConfig{User: fmt.Sprint("p", i),
		Auth: []gossh.AuthMethod{gossh.PublicKeys(s.signers[i])}, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		return nil, err
	}
	sess, err := conn.NewSession()
	if err != nil {
		conn.Close()
		return nil, err
	}
	if err := sess.RequestPty("xterm", 40, 120, gossh.TerminalModes{}); err != nil {
		conn.Close()
		return nil, err
	}
	in, err := sess.StdinPipe()
	if err != nil {
		conn.Close()
		return nil, err
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		conn.Close()
		return nil, err
	}
	p := &peer{conn: conn, sess: sess, in: in, wrote: make(chan struct{}, 1)}
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				p.mu.Lock()
				p.out.Write(buf[:n])
				p.mu.Unlock()
				select {
				case p.wrote <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		conn.Close()
		return nil, err
	}
	// The server asks the terminal for its background colour, as a real
	// terminal would answer: a dark one, then its device attributes.
	if _, err := io.WriteString(in, "\x1b]11;rgb:0000/0000/0000\x07\x1b[?62;c"); err != nil {
		conn.Close()
		return nil, err
	}
	return p, nil
}

func (p *peer) close() { p.sess.Close(); p.conn.Close() }

// quiet waits until the peer has been sent nothing for a while.
func (p *peer) quiet(d time.Duration) {
	for {
		select {
		case <-p.wrote:
		case <-time.After(d):
			return
		}
	}
}

// BenchmarkWorkshopEditToScreens is the time from one participant's edit
// (a + or -) to the moment the last of the other participants' screens has
// been sent its redraw, over real SSH connections on loopback, with 30
// participants; it reports the median and the 99th percentile, and the
// server's memory per participant.
func BenchmarkWorkshopEditToScreens(b *testing.B) {
	const n = 30
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	s := serveRoom(b, n)
	peers := make([]*peer, n)
	for i := range peers {
		peers[i] = s.connect(b, i)
		defer peers[i].close()
	}
	waitFor(b, func() bool {
		s.room.mu.Lock()
		defer s.room.mu.Unlock()
		return len(s.room.clients) == n
	})
	for _, p := range peers {
		p.quiet(300 * time.Millisecond)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if _, err := io.WriteString(peers[0].in, "3jjj"); err != nil {
		b.Fatal(err)
	}
	for _, p := range peers {
		p.quiet(300 * time.Millisecond)
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		for _, p := range peers[1:] {
			select { // nothing pending
			case <-p.wrote:
			default:
			}
		}
		start := time.Now()
		if _, err := io.WriteString(peers[0].in, []string{"+", "-"}[i%2]); err != nil {
			b.Fatal(err)
		}
		var last time.Duration
		for _, p := range peers[1:] {
			select {
			case <-p.wrote:
				last = max(last, time.Since(start))
			case <-time.After(5 * time.Second):
				b.Fatal("a screen was not redrawn within 5 s of an edit")
			}
		}
		lat = append(lat, last)
		for _, p := range peers {
			p.quiet(20 * time.Millisecond)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n/1024, "KiB/participant")
}

func waitFor(t testing.TB, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A soak of the room over real SSH: 30 clients sending random keys,
// leaving and joining again. Afterwards the map verifies, saves, loads,
// and every screen in the room shows the session's map. -soak sets how
// long (a few seconds by default, for CI).
func TestWorkshopSoak(t *testing.T) {
	const n = 30
	s := serveRoom(t, n)
	keys := []string{"h", "j", "k", "l", "+", "-", "u", "\x12", "1", "3", "5", "\r", "\x1b", "v", "s", "\t", "?", "J", "K"}
	var wg sync.WaitGroup
	end := time.Now().Add(*soak)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(i), 11))
			for time.Now().Before(end) {
				p, err := s.dial(i)
				if err != nil {
					time.Sleep(50 * time.Millisecond) // the room may be full for a moment
					continue
				}
				for k := 0; k < 20+rng.IntN(40) && time.Now().Before(end); k++ {
					if _, err := io.WriteString(p.in, keys[rng.IntN(len(keys))]); err != nil {
						break
					}
					time.Sleep(time.Duration(rng.IntN(15)) * time.Millisecond)
				}
				p.close() // a dropped connection, mid-whatever
			}
		}()
	}
	wg.Wait()
	waitFor(t, func() bool {
		s.room.mu.Lock()
		defer s.room.mu.Unlock()
		return len(s.room.clients) == 0
	})
	stay := s.connect(t, 0)
	defer stay.close()
	waitFor(t, func() bool {
		s.room.mu.Lock()
		defer s.room.mu.Unlock()
		return len(s.room.clients) == 1
	})
	var text []byte
	s.room.Session().Read(func(d *model.Doc) {
		if err := d.Text().Verify(); err != nil {
			t.Fatalf("the shared text does not verify after the soak: %v", err)
		}
		text = append([]byte(nil), d.Bytes()...)
	})
	if _, err := model.Parse("shop.yaml", text, day); err != nil {
		t.Fatalf("the shared map no longer loads: %v", err)
	}
	s.room.mu.Lock()
	c := s.room.clients[0]
	s.room.mu.Unlock()
	c.Update(ui.SessionChangedMsg{})
	var m *model.Map
	s.room.Session().Read(func(d *model.Doc) { m = d.Map() })
	if c.app.Map() != m {
		t.Fatal("the screen after the soak shows another map than the session's")
	}
}
