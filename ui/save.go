package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/ui/screens"
)

// fileState is what the session knows of the file on disk, for the
// header and for quitting.
type fileState struct {
	dirty       bool // the map differs from the file as loaded or saved
	saving      bool // a save is writing the file
	failed      bool // the last save failed
	diskChanged bool // someone else changed the file since
	quitAfter   bool // quit once the save under way succeeds
}

// state is the word for the header.
func (f fileState) state(readOnly bool) SaveState {
	switch {
	case readOnly:
		return ReadOnly
	case f.saving:
		return Saving
	case f.diskChanged:
		return ChangedOnDisk
	case f.failed:
		return SaveFailed
	case f.dirty:
		return Unsaved
	}
	return Saved
}

// saveDoneMsg reports a save, made in a tea.Cmd.
type saveDoneMsg struct {
	job *session.Save
	err error
}

// save writes the map in a command; force overwrites a file changed on
// disk. The text is checked and taken here, on the UI thread; the command
// only writes it, so it never touches the live document. Read-only mode
// never gets here with a document to write.
func (a *App) save(force bool) tea.Cmd {
	if !a.canSave() || a.file.saving {
		return nil
	}
	job, err := a.sess.PrepareSave(force)
	if err != nil {
		return func() tea.Msg { return saveDoneMsg{err: err} }
	}
	a.file.saving = true
	return func() tea.Msg { return saveDoneMsg{job, job.Run()} }
}

// saveDone takes the result of a save, then the messages held meanwhile.
func (a *App) saveDone(msg saveDoneMsg) tea.Cmd {
	a.file.saving = false
	var cmds []tea.Cmd
	switch {
	case msg.err == nil:
		msg.job.Done(a.actor)
		a.file.failed, a.file.diskChanged = false, false
		a.file.dirty = false
		a.status, a.statusBad = "saved "+filepath.Base(a.ed.Path()), false
		cmds = append(cmds, a.persist.Saved(a.sess))
		if a.file.quitAfter {
			cmds = append(cmds, a.onClose)
		}
	case errors.Is(msg.err, model.ErrChangedOnDisk):
		a.file.diskChanged = true
		a.askOverwrite()
	case errors.As(msg.err, new(*model.ProtectedError)):
		a.file.failed = true
		a.askProtected(msg.err)
	default:
		a.file.failed, a.file.quitAfter = true, false
		a.status, a.statusBad = "not saved: "+msg.err.Error(), true
	}
	cmds = append(cmds, a.replay())
	a.relayout()
	return tea.Batch(cmds...)
}

// askProtected asks before saving over a read-only or hard-linked file,
// saying why: its mode is the author's word, and a save writes a new file,
// which breaks a hard link. Yes allows it for the rest of the session.
func (a *App) askProtected(err error) {
	// Short enough for the footer of an 80-column terminal, answers included.
	question, why := "It is read-only: saving replaces it (mode kept).", "it is read-only"
	if pe := (*model.ProtectedError)(nil); errors.As(err, &pe) && pe.Cause == model.ErrHardLinked {
		question = fmt.Sprintf("It has %d hard links: saving breaks the link.", pe.Links)
		why = "it has other hard links"
	}
	a.ask = &confirm{question: question, choices: []choice{
		answer("o", "save anyway", func() tea.Cmd {
			a.ask = nil
			a.sess.AllowOverwrite(true)
			return a.save(false)
		}),
		answer("esc", "cancel", func() tea.Cmd {
			a.ask, a.file.quitAfter = nil, false
			a.status, a.statusBad = "not saved: "+why+"; the file is unchanged", true
			return nil
		}),
	}}
}

// replay handles the messages held while the file was being written.
func (a *App) replay() tea.Cmd {
	q := a.queue
	a.queue = nil
	var cmds []tea.Cmd
	for i, m := range q {
		if a.file.saving { // a held ctrl+s started another save
			a.queue = append(a.queue, q[i:]...)
			break
		}
		_, cmd := a.Update(m)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// fileMsg handles what the save and the watcher tell the App.
func (a *App) fileMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case saveDoneMsg:
		return a.saveDone(msg)
	case SaveRequestMsg:
		return a.save(false)
	case DiskChangedMsg:
		a.file.diskChanged = true
	case ReloadedMsg:
		a.reload(msg.Doc)
	case screens.MergedMsg:
		return a.merged(msg)
	}
	return nil
}

// merged shows the map after my unsaved edits were replayed onto the
// file's new version: unsaved, with the disk's changes in.
func (a *App) merged(msg screens.MergedMsg) tea.Cmd {
	a.file = fileState{}
	a.SetDocument(a.sess.Doc())
	a.file.dirty = a.sess.Dirty()
	a.status, a.statusBad = "kept my edits over the file on disk (unsaved)", false
	if n := msg.Kept + msg.Theirs; n > 0 {
		a.status += fmt.Sprintf("; %d conflict(s): %d mine, %d theirs", n, msg.Kept, msg.Theirs)
	}
	if msg.Dropped > 0 {
		a.status += fmt.Sprintf("; %d edit(s) could not be kept", msg.Dropped)
		a.statusBad = true
	}
	return a.persist.Changed(a.sess)
}

// reload shows the map as it is on disk now, with a fresh history.
func (a *App) reload(doc *model.Doc) {
	if doc == nil {
		return
	}
	a.file = fileState{}
	if a.sess != nil {
		a.sess.Reload(a.actor, doc)
	}
	a.SetDocument(doc)
	a.status, a.statusBad = "reloaded: the file changed on disk", false
}

// unsaved are the labels of what the file on disk does not have yet: the
// saved actions since undone, then the actions done since.
func (a *App) unsaved() []string {
	if !a.file.dirty {
		return nil
	}
	return a.sess.Unsaved()
}

// check finds whether the map differs from the file on disk; the document
// compares only what edits rebuilt, so this costs no copy and no hash.
func (f *fileState) check(d *model.Doc) { f.dirty = d.Dirty() }
