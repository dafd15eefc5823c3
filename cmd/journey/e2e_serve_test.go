package main

// End-to-end tests of the live workshop: journey serve in one terminal,
// people joining with the real OpenSSH client in others, on loopback with
// keys made for the test.

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// needSSH skips (or, under CI, fails) when the OpenSSH client is missing.
func needSSH(t *testing.T) {
	t.Helper()
	needTmux(t)
	for _, c := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(c); err != nil {
			if os.Getenv("JOURNEY_E2E_REQUIRED") == "1" {
				t.Fatalf("%s is not installed and JOURNEY_E2E_REQUIRED=1: the workshop tests must run", c)
			}
			t.Skipf("%s is not installed: skipping the workshop tests (CI installs openssh-client)", c)
		}
	}
}

// room is a workshop under test: the facilitator's terminal, the folder
// with the keys, and the port.
type room struct {
	t    *testing.T
	fac  *term
	dir  string
	path string
	port string
	orig []byte
}

// freePort finds a loopback port no one listens on.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, p, _ := net.SplitHostPort(ln.Addr().String())
	return p
}

// keygen makes a key pair named name with comment as the person's name.
func keygen(t *testing.T, dir, name, comment string) string {
	t.Helper()
	key := filepath.Join(dir, name)
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	return key
}

func openRoom(t *testing.T, bin string, extra ...string) *room {
	t.Helper()
	path, orig := copyMap(t, "online-shop.yaml")
	dir := filepath.Dir(path)
	keys := t.TempDir()
	for _, p := range []struct{ name, comment string }{
		{"ana", "Ana Silva <ana@example.com>"}, {"ben", "Ben Okafor <ben@example.com>"},
		{"carl", "Carl Watcher <carl@example.com>"}, {"eve", "Eve Uninvited"},
	} {
		keygen(t, keys, p.name, p.comment)
	}
	cat := func(out string, names ...string) string {
		var b strings.Builder
		for _, n := range names {
			data, err := os.ReadFile(filepath.Join(keys, n+".pub"))
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
		}
		f := filepath.Join(keys, out)
		if err := os.WriteFile(f, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	port := freePort(t)
	args := append([]string{bin, "serve", path, "--listen", "127.0.0.1:" + port,
		"--participants", cat("team.keys", "ana", "ben"), "--spectators", cat("guests.keys", "carl"),
		"--host-key", filepath.Join(keys, "host_ed25519")}, extra...)
	fac := startTermEnv(t, dir, 140, 40, []string{"JOURNEY_RECOVERY_DIR=" + t.TempDir()}, args...)
	fac.waitFor("workshop", "facilitator", "First purchase at Leafline")
	return &room{t: t, fac: fac, dir: keys, path: path, port: port, orig: orig}
}

// sshArgs is the OpenSSH command a person joins with.
func (r *room) sshArgs(name string) []string {
	return []string{"ssh", "-t", "-p", r.port, "-i", filepath.Join(r.dir, name),
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
		"-o", "LogLevel=ERROR", name + "@127.0.0.1"}
}

// join connects a person with OpenSSH in a terminal of their own size.
func (r *room) join(name string, w, h int) *term {
	r.t.Helper()
	return startTerm(r.t, r.dir, w, h, r.sshArgs(name)...)
}

func TestE2EWorkshopOverSSH(t *testing.T) {
	needSSH(t)
	bin := buildJourney(t)
	r := openRoom(t, bin)

	ana := r.join("ana", 120, 40)
	ana.waitFor("Ana Silva · participant")
	ben := r.join("ben", 100, 30)
	ben.waitFor("Ben Okafor · participant")
	carl := r.join("carl", 100, 30)
	carl.waitFor("Carl Watcher · spectator")
	r.fac.waitFor("4 here")

	t.Run("an unlisted key is refused before any screen", func(t *testing.T) {
		// The shell keeps the pane, and ssh's last words, after it ends.
		eve := startTerm(t, r.dir, 100, 30, "sh", "-c", strings.Join(quoteAll(r.sshArgs("eve")), " ")+"; echo ssh-exit=$?; sleep 30")
		s := eve.waitFor("ssh-exit=")
		if !strings.Contains(s, "ssh-exit=255") || !strings.Contains(s, "Permission denied (publickey)") || strings.Contains(s, "First purchase") {
			t.Errorf("the refusal is not clear, or a screen was drawn:\n%s", s)
		}
	})

	t.Run("an edit by one shows on the others' screens", func(t *testing.T) {
		ana.press("3", "j", "j", "j", "j", "j")
		ana.waitFor("Checkout form on")
		ana.press("+")
		for _, tm := range []*term{ben, carl, r.fac} {
			tm.waitFor("▼-1  ✗2")
		}
	})

	t.Run("a spectator's edit keys do nothing and are not in its help", func(t *testing.T) {
		carl.press("3", "j", "j", "j", "j", "j", "+", "+", "d")
		time.Sleep(300 * time.Millisecond)
		ana.waitFor("▼-1  ✗2") // unchanged for everyone
		carl.press("?")
		help := carl.waitFor("help")
		for _, edit := range []string{"undo", "delete", "add stage"} {
			if strings.Contains(help, edit) {
				t.Errorf("the spectator's help offers %q:\n%s", edit, help)
			}
		}
		carl.press("Escape")
	})

	t.Run("a timer shows on every screen", func(t *testing.T) {
		r.fac.press("W", "t", "5", "Enter")
		for _, tm := range []*term{r.fac, ana, ben, carl} {
			tm.waitFor("⏱ 0")
		}
	})

	t.Run("a voting round writes the votes only at the reveal", func(t *testing.T) {
		r.fac.press("W", "v", "Enter")
		ana.waitFor("3 of 3 dots left")
		ana.press("Enter", "G", "k", "k", "k") // the first pain point of the checkout
		ana.press("v", "v")
		ana.waitFor("1 of 3 dots left")
		time.Sleep(200 * time.Millisecond)
		r.fac.press("C-s")
		r.fac.waitFor("saved")
		if m := loadMap(t, r.path); m.Stages[2].Touchpoints[2].PainPoints[0].Votes != 9 {
			t.Fatalf("votes were written before the reveal: %d", m.Stages[2].Touchpoints[2].PainPoints[0].Votes)
		}
		r.fac.press("W", "r")
		r.fac.waitFor("votes revealed")
		ana.waitFor("votes revealed")
	})

	t.Run("a participant killed mid-edit leaves the others working", func(t *testing.T) {
		ben.press("3", "j", "e") // a rename field open
		time.Sleep(200 * time.Millisecond)
		pid, err := strconv.Atoi(strings.TrimSpace(ben.tmux("display-message", "-p", "-t", ben.name, "#{pane_pid}")))
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		ben.waitExit()
		r.fac.waitFor("3 here")
		ana.press("Escape", "Escape", "-")
		r.fac.waitFor("▼▼-2  ✗2")
	})

	t.Run("the facilitator's save changes exactly the lines edited", func(t *testing.T) {
		r.fac.press("C-s")
		time.Sleep(500 * time.Millisecond)
		r.fac.waitFor("saved")
		now, err := os.ReadFile(r.path)
		if err != nil {
			t.Fatal(err)
		}
		removed, added := model.ChangedLines(string(r.orig), string(now))
		want := []string{"            votes: 11"}
		if len(removed) != 1 || len(added) != 1 || strings.TrimSpace(added[0]) != strings.TrimSpace(want[0]) {
			t.Errorf("the save changed other lines than the vote (the emotion went -2 → -1 → -2):\n- %q\n+ %q", removed, added)
		}
	})
	r.fac.press("q")
	if status := r.fac.waitExit(); status != 0 {
		t.Errorf("journey serve exited %d:\n%s", status, r.fac.screen())
	}
	ana.waitExit() // the participants' connections end with the workshop
}

// --commit: when the workshop ends, one commit of the map credits each
// participant who changed it.
func TestE2EWorkshopCommitCreditsParticipants(t *testing.T) {
	needSSH(t)
	bin := buildJourney(t)
	r := openRoom(t, bin, "--commit")
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", filepath.Dir(r.path)}, args...)...)
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=Fay", "GIT_AUTHOR_EMAIL=fay@example.com", "GIT_COMMITTER_NAME=Fay", "GIT_COMMITTER_EMAIL=fay@example.com")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	git("init", "-q")
	git("add", ".")
	git("commit", "-qm", "the map before the workshop")
	ana := r.join("ana", 120, 40)
	ana.waitFor("Ana Silva · participant")
	ana.press("3", "j", "j", "j", "j", "j", "+")
	r.fac.waitFor("▼-1  ✗2")
	r.fac.press("C-s")
	r.fac.waitFor("saved")
	r.fac.press("q")
	if status := r.fac.waitExit(); status != 0 {
		t.Fatalf("journey serve --commit exited %d:\n%s", status, r.fac.screen())
	}
	msg := git("log", "-1", "--format=%B")
	for _, want := range []string{"Workshop on First purchase at Leafline", "- Ana Silva: 0 added, 1 changed", "Co-authored-by: Ana Silva <ana@example.com>"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the commit message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "Ben Okafor") {
		t.Errorf("someone who changed nothing is credited:\n%s", msg)
	}
}
