package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// run executes cmd the way Bubble Tea would and returns the messages it
// produces, following batches; a command still blocked after wait is left.
func run(t *testing.T, cmd tea.Cmd, wait time.Duration) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, run(t, c, wait)...)
			}
			return out
		}
		if msg == nil {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(wait):
		return nil
	}
}

func find[T any](msgs []tea.Msg) (T, bool) {
	for _, m := range msgs {
		if v, ok := m.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func persistFixture(t *testing.T, autosave bool) (*persist, *session.Session, string) {
	t.Helper()
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	src, err := os.ReadFile("../maps/online-shop.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "shop.yaml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	today := model.Date{Year: 2026, Month: 11, Day: 22}
	doc, err := model.Load(path, today)
	if err != nil {
		t.Fatal(err)
	}
	c := common.New(common.ThemeNoColor, today, false)
	c.Autosave = autosave
	return newPersist(c), session.New(doc), path
}

func lowerCheckout(t *testing.T, sess *session.Session) model.Action {
	t.Helper()
	a, err := model.EmotionStep(sess.Doc().Map(), model.TouchpointLoc(2, 2), 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sess.Do(session.Local, a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRecoveryFileFollowsUnsavedEdits(t *testing.T) {
	p, sess, path := persistFixture(t, false)
	a := lowerCheckout(t, sess)
	msgs := run(t, p.Changed(sess), 2*time.Second)
	tick, ok := find[recoveryTickMsg](msgs)
	if !ok {
		t.Fatalf("no recovery write scheduled: %v", msgs)
	}
	cmd, handled := p.Update(tick)
	if !handled {
		t.Fatal("recovery tick not handled")
	}
	run(t, cmd, time.Second)
	r, err := store.Read(path)
	if err != nil || r == nil {
		t.Fatalf("no recovery file after an unsaved edit: %v", err)
	}
	if len(r.Edits) != 1 || len(r.Actions) != 1 || r.Actions[0] != a.Label || r.Text != "" {
		t.Errorf("recovery holds %q / %d edits / %d bytes of text", r.Actions, len(r.Edits), len(r.Text))
	}
	if err := sess.Save(session.Local, false); err != nil {
		t.Fatal(err)
	}
	run(t, p.Saved(sess), time.Second)
	if r, _ := store.Read(path); r != nil {
		t.Error("recovery file kept after the map was saved")
	}
}

func TestAutosaveAsksForASaveAfterTheLastEdit(t *testing.T) {
	p, sess, _ := persistFixture(t, true)
	lowerCheckout(t, sess)
	first := p.Changed(sess)
	lowerCheckout(t, sess)
	second := p.Changed(sess)
	if _, ok := find[autosaveTickMsg](run(t, first, 3*time.Second)); !ok {
		t.Fatal("no autosave timer")
	}
	stale, _ := p.Update(autosaveTickMsg{change: 1})
	if stale != nil {
		t.Error("an autosave timer from before the last edit asked for a save")
	}
	msgs := run(t, second, 3*time.Second)
	tick, _ := find[autosaveTickMsg](msgs)
	cmd, _ := p.Update(tick)
	if _, ok := find[SaveRequestMsg](run(t, cmd, time.Second)); !ok {
		t.Error("autosave did not ask for a save a second after the last edit")
	}
}

// startWatching runs the watcher's start and returns the blocked wait.
func startWatching(t *testing.T, p *persist, sess *session.Session) tea.Cmd {
	t.Helper()
	msgs := run(t, p.Start(sess), 2*time.Second)
	started, ok := find[watchStartedMsg](msgs)
	if !ok || started.err != nil {
		t.Fatalf("watcher did not start: %v", msgs)
	}
	t.Cleanup(p.Stop)
	wait, _ := p.Update(started)
	return wait
}

// outsideEdit changes the file as another program would: a new file
// renamed over it.
func outsideEdit(t *testing.T, path, from, to string) {
	t.Helper()
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), from) {
		t.Fatalf("%q not in the file", from)
	}
	tmp := path + ".new"
	if err := os.WriteFile(tmp, []byte(strings.Replace(string(b), from, to, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// diskMessages follows a file event through to what persist says.
func diskMessages(t *testing.T, p *persist, wait tea.Cmd) []tea.Msg {
	t.Helper()
	ev, ok := find[fileEventMsg](run(t, wait, 3*time.Second))
	if !ok {
		t.Fatal("no event for a file replaced by rename")
	}
	cmd, _ := p.Update(ev)
	read, ok := find[diskReadMsg](run(t, cmd, 500*time.Millisecond))
	if !ok {
		t.Fatal("the file was not read after the event")
	}
	cmd, _ = p.Update(read)
	return run(t, cmd, time.Second)
}

func TestOutsideChangeReloadsACleanMap(t *testing.T) {
	p, sess, path := persistFixture(t, false)
	wait := startWatching(t, p, sess)
	outsideEdit(t, path, "name: Instagram story ad", "name: Instagram reel ad")
	msgs := diskMessages(t, p, wait)
	r, ok := find[ReloadedMsg](msgs)
	if !ok {
		t.Fatalf("a change on disk did not reload a map without edits: %v", msgs)
	}
	if got := r.Doc.Map().Stages[0].Touchpoints[0].Name; got != "Instagram reel ad" {
		t.Errorf("reloaded name %q", got)
	}
}

func TestOutsideChangeWithUnsavedEditsAsks(t *testing.T) {
	p, sess, path := persistFixture(t, false)
	wait := startWatching(t, p, sess)
	lowerCheckout(t, sess)
	outsideEdit(t, path, "name: Instagram story ad", "name: Instagram reel ad")
	msgs := diskMessages(t, p, wait)
	if _, ok := find[DiskChangedMsg](msgs); !ok {
		t.Fatalf("unsaved edits met a change on disk without a word: %v", msgs)
	}
	if _, ok := find[ReloadedMsg](msgs); ok {
		t.Fatal("unsaved edits were dropped by a reload nobody chose")
	}
	b := p.Banner(200)
	if !strings.Contains(b, "changed on disk") || !strings.Contains(b, "R reload") {
		t.Errorf("banner %q", b)
	}
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("D")})
	if b := p.Banner(200); !strings.Contains(b, "Instagram reel ad") {
		t.Errorf("show what changed: banner %q lacks the renamed touchpoint", b)
	}
	cmd, handled := p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("R")})
	if !handled {
		t.Fatal("R not taken by the banner")
	}
	if _, ok := find[ReloadedMsg](run(t, cmd, time.Second)); !ok {
		t.Error("R did not reload")
	}
	if p.Banner(200) != "" {
		t.Error("banner stays after choosing")
	}
}

func TestOwnSaveIsNotAnOutsideChange(t *testing.T) {
	p, sess, _ := persistFixture(t, false)
	wait := startWatching(t, p, sess)
	lowerCheckout(t, sess)
	j, err := sess.PrepareSave(false)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Run(); err != nil {
		t.Fatal(err)
	}
	// The event may come before the App records the save.
	msgs := diskMessages(t, p, wait)
	if len(msgs) != 0 || p.Banner(200) != "" {
		t.Errorf("our own save was taken for an outside change: %v %q", msgs, p.Banner(200))
	}
}

// M keeps my unsaved edit and the change made on disk, both.
func TestOutsideChangeKeepMineMergesBothSides(t *testing.T) {
	p, sess, path := persistFixture(t, false)
	wait := startWatching(t, p, sess)
	lowerCheckout(t, sess)
	outsideEdit(t, path, "name: Instagram story ad", "name: Instagram reel ad")
	diskMessages(t, p, wait)
	cmd, handled := p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("M")})
	if !handled {
		t.Fatal("M not taken by the banner")
	}
	if _, ok := find[screens.MergedMsg](run(t, cmd, time.Second)); !ok {
		t.Fatal("M did not merge")
	}
	m := sess.Doc().Map()
	if got := m.Stages[0].Touchpoints[0].Name; got != "Instagram reel ad" {
		t.Errorf("the change on disk was lost: %q", got)
	}
	if got := *m.Stages[2].Touchpoints[2].Emotion; got != -1 {
		t.Errorf("my edit was lost: emotion %d", got)
	}
	if !sess.Dirty() {
		t.Error("my replayed edit should be unsaved")
	}
}

// When both sides changed the same value, M lists it with both values and
// lets the person pick; t keeps theirs.
func TestOutsideChangeConflictIsListedAndPicked(t *testing.T) {
	p, sess, path := persistFixture(t, false)
	wait := startWatching(t, p, sess)
	lowerCheckout(t, sess) // -2 → -1
	outsideEdit(t, path, "emotion: -2   # the low point", "emotion: 1   # the low point")
	diskMessages(t, p, wait)
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("M")})
	b := p.Banner(200)
	if !strings.Contains(b, "checkout-form.emotion") || !strings.Contains(b, "mine -1") && !strings.Contains(b, "[mine -1]") || !strings.Contains(b, "theirs 1") {
		t.Fatalf("the conflict does not show both sides: %q", b)
	}
	p.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("t")})
	cmd, _ := p.Update(tea.KeyMsg{Type: tea.KeyEnter})
	msg, ok := find[screens.MergedMsg](run(t, cmd, time.Second))
	if !ok || msg.Theirs != 1 {
		t.Fatalf("picking theirs: %+v %v", msg, ok)
	}
	if got := *sess.Doc().Map().Stages[2].Touchpoints[2].Emotion; got != 1 {
		t.Errorf("theirs was picked but the emotion is %d", got)
	}
}
