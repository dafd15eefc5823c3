package ui

import (
	"bytes"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/semdiff"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// Watching the map's file for changes made elsewhere: store does the
// watching and reading; these commands and messages bring it to the UI.

// watchStartedMsg hands the new watcher to the UI thread.
type watchStartedMsg struct {
	w   *store.Watcher
	err error
}

// fileEventMsg says something happened to the map's file on disk.
type fileEventMsg struct{}

// diskReadMsg is the map as found on disk after an event.
type diskReadMsg struct{ store.DiskRead }

// waitCmd blocks (in its own goroutine) until the map's file is touched.
func waitCmd(w *store.Watcher) tea.Cmd {
	return func() tea.Msg {
		if !w.Wait() {
			return nil
		}
		return fileEventMsg{}
	}
}

// checkDisk reads the file when it differs from what the document knows.
func checkDisk(state model.DiskState, path string, today model.Date) tea.Cmd {
	return func() tea.Msg { return diskReadMsg{store.ReadDisk(state, path, today)} }
}

// diskChange is a change on disk met while there are unsaved edits.
type diskChange struct {
	doc      *model.Doc // the map on disk, when it loads
	problem  string     // why it cannot be offered, when it does not
	diff     []string   // what changed, from this session's map to the disk's
	showDiff bool
	// pick decides the conflicts of keeping my edits over the disk's
	// version, one by one, when there are any.
	pick *screens.ConflictPick
}

func (p *persist) onDisk(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case watchStartedMsg:
		if msg.err != nil {
			p.warning = "not watching the file for outside changes: " + msg.err.Error()
			return nil, true
		}
		if p.closed { // the map was closed meanwhile
			msg.w.Close()
			return nil, true
		}
		p.watch = msg.w
		return waitCmd(p.watch), true
	case fileEventMsg:
		if p.watch == nil || p.sess == nil {
			return nil, true
		}
		var disk model.DiskState
		var path string
		p.sess.Read(func(d *model.Doc) { disk, path = d.Disk(), d.Path() })
		return tea.Batch(waitCmd(p.watch), checkDisk(disk, path, p.c.Today)), true
	case diskReadMsg:
		return p.onDiskRead(msg), true
	}
	return nil, false
}

func (p *persist) onDiskRead(msg diskReadMsg) tea.Cmd {
	if !msg.Changed || p.sess == nil {
		return nil
	}
	doc := p.sess.Doc()
	if msg.Doc != nil && msg.Err == nil && bytes.Equal(msg.Doc.Bytes(), doc.Bytes()) {
		return nil // the disk holds what we hold: our own save
	}
	switch {
	case msg.Gone:
		p.disk = &diskChange{problem: "The file was removed or renamed on disk; ctrl+s writes it again."}
	case msg.Err != nil || msg.Doc == nil:
		p.disk = &diskChange{problem: "The file changed on disk but no longer reads as a map (" + errText(msg.Err) + "); keeping what is on screen."}
	case !p.sess.Dirty():
		return func() tea.Msg { return ReloadedMsg{Doc: msg.Doc} }
	default:
		cs := semdiff.Diff(doc.Map(), msg.Doc.Map(), p.c.Today)
		p.disk = &diskChange{doc: msg.Doc, diff: strings.Split(strings.TrimRight(semdiff.Text(cs), "\n"), "\n")}
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
// session's edits), M keeps mine: my unsaved edits are replayed onto the
// disk's version, keeping its changes, and where both changed one value
// the person picks a side per value. D shows what changed on disk. Other
// keys go on to the App.
func (p *persist) diskKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	if p.disk.pick != nil {
		return p.pickKey(msg)
	}
	switch msg.String() {
	case "R":
		if p.disk.doc == nil {
			return nil, true
		}
		doc := p.disk.doc
		p.disk = nil
		return tea.Batch(
			func() tea.Msg { return ReloadedMsg{Doc: doc} },
			p.keep(doc.Path(), nil),
		), true
	case "M":
		if p.disk.doc == nil || p.sess == nil {
			p.disk = nil // a problem only to dismiss
			return nil, true
		}
		m, err := session.PrepareMerge(p.disk.doc, p.sess.Pending())
		if err != nil {
			p.disk.problem = "cannot keep my edits over the file on disk: " + err.Error()
			return nil, true
		}
		if len(m.Conflicts) > 0 {
			p.disk.pick = screens.NewConflictPick(m)
			return nil, true
		}
		return p.merge(m, nil), true
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
	case p.disk != nil && p.disk.pick != nil:
		lines = append(lines, p.disk.pick.Lines(width)...)
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
	case p.sess != nil:
		lines = append(lines, repairLines(p.sess.Doc())...)
	}
	for i, l := range lines {
		if p.disk != nil && p.disk.pick != nil {
			break // the picker styles its own rows
		}
		lines[i] = st.Warn.Render(common.Line(l, width))
	}
	return strings.Join(lines, "\n")
}
