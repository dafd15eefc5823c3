package ui

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// An edit redraws only the cards, columns and panel it can have changed
// and reuses every other drawing. Whatever a person does, the screen must
// be exactly what drawing everything again from the map gives: a stale
// card or panel would show a value the map no longer holds. Two editors
// take the same input; one keeps its drawings throughout, the other draws
// every frame afresh, so a drawing kept over many steps is checked too.
func TestKeptDrawingsMatchAFreshFrame(t *testing.T) {
	pool := strings.Fields("h j k l j j k J K H L + + - - v V s i f t u u ctrl+r tab shift+tab enter esc esc c S = z / x n N 1 2 3 4 g G d y p o a A e : enter backspace click wheel small back")
	for _, sample := range []string{"online-shop.yaml", "hotel-stay.yaml", "insurance-claim.yaml"} {
		for _, size := range [][2]int{{160, 48}, {120, 40}} {
			kept, fresh := openTwins(t, sample, size[0], size[1])
			rnd := rand.New(rand.NewPCG(7, uint64(size[0])))
			var typed []string
			for range 400 {
				k := pool[rnd.IntN(len(pool))]
				typed = append(typed, k)
				var msg tea.Msg = keyMsg(k)
				switch k {
				case "click":
					msg = tea.MouseMsg{X: rnd.IntN(size[0]), Y: rnd.IntN(size[1]), Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
				case "wheel":
					msg = tea.MouseMsg{X: 10, Y: 12, Button: tea.MouseButtonWheelDown}
				case "small":
					msg = tea.WindowSizeMsg{Width: 90, Height: 26}
				case "back":
					msg = tea.WindowSizeMsg{Width: size[0], Height: size[1]}
				}
				for _, s := range []*edSession{kept, fresh} {
					_, cmd := s.a.Update(msg)
					if cmd != nil && (k == "c" || k == "S" || k == "=") { // the curve's own messages
						s.a.Update(cmd())
					}
				}
				fresh.a.board.SetMap(fresh.a.m)
				fresh.a.panelView = ""
				if k, f := kept.a.View(), fresh.a.View(); k != f {
					t.Fatalf("%s at %dx%d, after keys %q: the frame drawn from kept drawings differs from a fresh one\nkept:\n%s\nfresh:\n%s",
						sample, size[0], size[1], typed, k, f)
				}
			}
		}
	}
}

// openTwins opens a sample twice for editing, from one file in a folder
// of its own that has the sample's ideal map where = looks for it.
func openTwins(t *testing.T, name string, w, h int) (*edSession, *edSession) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "maps", name))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if ideal, err := os.ReadFile(filepath.Join("..", "maps", "ideal", name)); err == nil {
		if err := os.Mkdir(filepath.Join(dir, "ideal"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "ideal", name), ideal, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("JOURNEY_RECOVERY_DIR", t.TempDir())
	open := func() *edSession {
		doc, err := model.Load(path, fixedToday)
		if err != nil {
			t.Fatal(err)
		}
		c := common.New(common.ThemeDefault, fixedToday, false)
		c.Width, c.Height = w, h
		return &edSession{driver: &driver{t, NewApp(c, doc)}, path: path, orig: src}
	}
	return open(), open()
}
