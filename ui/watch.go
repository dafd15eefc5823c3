package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/semdiff"
)

// watcher follows a map file through its directory, because editors and
// git replace files by renaming a new one over them, which a watch on the
// file itself would lose.
type watcher struct {
	path string // the map as opened
	real string // the file behind any symlink
	fw   *fsnotify.Watcher
}

// watchStartedMsg hands the new fsnotify watcher to the UI thread.
type watchStartedMsg struct {
	fw  *fsnotify.Watcher
	err error
}

// fileEventMsg says something happened to the map's file on disk.
type fileEventMsg struct{}

// diskReadMsg is the map as found on disk after an event.
type diskReadMsg struct {
	changed bool
	gone    bool
	doc     *model.Doc
	err     error
}

// settle is how long a burst of writes (an editor saving in steps) may
// last before the file is read.
const settle = 150 * time.Millisecond

func newWatcher(path string) *watcher {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real = path
	}
	return &watcher{path: path, real: real}
}

func (w *watcher) start() tea.Cmd {
	dir := filepath.Dir(w.real)
	return func() tea.Msg {
		fw, err := fsnotify.NewWatcher()
		if err != nil {
			return watchStartedMsg{err: err}
		}
		if err := fw.Add(dir); err != nil {
			fw.Close()
			return watchStartedMsg{err: err}
		}
		return watchStartedMsg{fw: fw}
	}
}

// wait blocks (in its own goroutine) until the map's file is touched.
func (w *watcher) wait() tea.Cmd {
	fw, name := w.fw, filepath.Base(w.real)
	return func() tea.Msg {
		for {
			select {
			case ev, ok := <-fw.Events:
				if !ok {
					return nil
				}
				if filepath.Base(ev.Name) != name || ev.Op == fsnotify.Chmod {
					continue
				}
				drain(fw)
				return fileEventMsg{}
			case _, ok := <-fw.Errors:
				if !ok {
					return nil
				}
			}
		}
	}
}

// drain lets a burst of events settle.
func drain(fw *fsnotify.Watcher) {
	t := time.NewTimer(settle)
	defer t.Stop()
	for {
		select {
		case _, ok := <-fw.Events:
			if !ok {
				return
			}
		case <-t.C:
			return
		}
	}
}

func (w *watcher) close() {
	if w.fw != nil {
		w.fw.Close()
	}
}

// checkDisk reads the file when it differs from what the document knows.
func checkDisk(state model.DiskState, path string, today model.Date) tea.Cmd {
	return func() tea.Msg {
		changed, err := state.Changed()
		if err != nil || !changed {
			return diskReadMsg{}
		}
		if _, err := os.Stat(path); err != nil {
			return diskReadMsg{changed: true, gone: true}
		}
		doc, err := model.Load(path, today)
		return diskReadMsg{changed: true, doc: doc, err: err}
	}
}

// diskChange is a change on disk met while there are unsaved edits.
type diskChange struct {
	doc      *model.Doc // the map on disk, when it loads
	problem  string     // why it cannot be offered, when it does not
	diff     []string   // what changed, from this session's map to the disk's
	showDiff bool
}

func (p *persist) onDisk(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case watchStartedMsg:
		if msg.err != nil {
			p.warning = "not watching the file for outside changes: " + msg.err.Error()
			return nil, true
		}
		if p.watch == nil { // the map was closed meanwhile
			msg.fw.Close()
			return nil, true
		}
		p.watch.fw = msg.fw
		return p.watch.wait(), true
	case fileEventMsg:
		if p.watch == nil || p.watch.fw == nil || p.doc == nil {
			return nil, true
		}
		return tea.Batch(p.watch.wait(), checkDisk(p.doc.Disk(), p.doc.Path(), p.c.Today)), true
	case diskReadMsg:
		return p.onDiskRead(msg), true
	}
	return nil, false
}

func (p *persist) onDiskRead(msg diskReadMsg) tea.Cmd {
	if !msg.changed || p.doc == nil {
		return nil
	}
	if msg.doc != nil && msg.err == nil && bytes.Equal(msg.doc.Bytes(), p.doc.Bytes()) {
		return nil // the disk holds what we hold: our own save
	}
	clean := !p.doc.Dirty()
	switch {
	case msg.gone:
		p.disk = &diskChange{problem: "The file was removed or renamed on disk; ctrl+s writes it again."}
	case msg.err != nil || msg.doc == nil:
		p.disk = &diskChange{problem: "The file changed on disk but no longer reads as a map (" + errText(msg.err) + "); keeping what is on screen."}
	case clean:
		return func() tea.Msg { return ReloadedMsg{Doc: msg.doc} }
	default:
		cs := semdiff.Diff(p.doc.Map(), msg.doc.Map(), p.c.Today)
		p.disk = &diskChange{doc: msg.doc, diff: strings.Split(strings.TrimRight(semdiff.Text(cs), "\n"), "\n")}
	}
	return func() tea.Msg { return DiskChangedMsg{} }
}

// errText is an error's first line, for a one-line banner.
func errText(err error) string {
	if err == nil {
		return "unreadable"
	}
	return firstLine(err.Error())
}

// diskKey answers the banner: R takes the disk's version (dropping this
// session's edits), M keeps mine (a save will then ask before
// overwriting), D shows what changed on disk. Other keys go on to the App.
func (p *persist) diskKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch msg.String() {
	case "R":
		if p.disk.doc == nil {
			return nil, true
		}
		doc := p.disk.doc
		p.disk = nil
		return tea.Batch(
			func() tea.Msg { return ReloadedMsg{Doc: doc} },
			p.keep(p.doc.Path(), nil),
		), true
	case "M":
		p.disk = nil
		return nil, true
	case "D":
		p.disk.showDiff = !p.disk.showDiff
		return nil, true
	}
	return nil, false
}

// Banner is the lines to show above the footer, or "".
func (p *persist) Banner(width int) string {
	st := p.c.Styles
	var lines []string
	switch {
	case p.disk != nil && p.disk.problem != "":
		lines = append(lines, p.disk.problem+"  M dismiss")
	case p.disk != nil:
		lines = append(lines, "The file changed on disk.  R reload (drop my edits) · M keep mine · D show what changed")
		if p.disk.showDiff {
			max := 8
			for i, l := range p.disk.diff {
				if i == max {
					lines = append(lines, fmt.Sprintf("  … and %d more", len(p.disk.diff)-max))
					break
				}
				lines = append(lines, "  "+l)
			}
		}
	case p.warning != "":
		lines = append(lines, p.warning)
	}
	for i, l := range lines {
		lines[i] = st.Warn.Render(Line(l, width))
	}
	return strings.Join(lines, "\n")
}
