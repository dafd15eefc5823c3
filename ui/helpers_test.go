package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/charmbracelet/lipgloss"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
	"github.com/muesli/termenv"
	"go.yaml.in/yaml/v3"
)

// fixedToday is the date every test derives figures on.
var fixedToday = model.Date{Year: 2026, Month: 11, Day: 22}

func init() {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
}

// mapFromYAML decodes map text the way the editor does.
func mapFromYAML(t testing.TB, file string, src []byte) *model.Map {
	t.Helper()
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	m, diags := model.Decode(file, &root, fixedToday)
	if diags.HasErrors() {
		t.Fatalf("%s: %v", file, diags)
	}
	return m
}

// sampleMapNamed loads one of the sample maps in maps/.
func sampleMapNamed(t testing.TB, name string) *model.Map {
	t.Helper()
	path := filepath.Join("..", "maps", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("sample map: %v", err)
	}
	return mapFromYAML(t, name, src)
}

// sampleMapNames lists the sample maps, failing when there are none.
func sampleMapNames(t testing.TB) []string {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join("..", "maps", "*.yaml"))
	if len(names) == 0 {
		t.Fatal("no sample maps in maps/")
	}
	for i, n := range names {
		names[i] = filepath.Base(n)
	}
	return names
}

// cmdWait is how long a test waits for a command's message. Commands
// that wait on the outside world (the recovery timer, autosave, watching
// the file) take longer and are dropped: tests drive time themselves.
const cmdWait = 150 * time.Millisecond

// resultOr runs a command as tea would; ok is false when it waits on the
// outside world. When the wait runs out while busy reports true
// (a save is writing, which on a loaded machine can take longer than any
// timer a test should wait for), waits for the message after all.
func resultOr(cmd tea.Cmd, busy func() bool) (msg tea.Msg, ok bool) {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg = <-ch:
		return msg, true
	case <-time.After(cmdWait):
	}
	if busy == nil || !busy() {
		return nil, false
	}
	select {
	case msg = <-ch:
		return msg, true
	case <-time.After(5 * time.Second):
		return nil, false
	}
}

func newTestCommon(w, h int) *common.Common {
	c := common.New(common.ThemeDefault, fixedToday, false)
	c.Width, c.Height = w, h
	return c
}

// mapDoc is a Document over a map already in memory.
type mapDoc struct {
	m    *model.Map
	path string
}

func (d mapDoc) Map() *model.Map { return d.m }
func (d mapDoc) Path() string    { return d.path }
