package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/ui/common"
)

// ghostGenMap is a map of the numbered stages given, in that order, each
// with a few touchpoints (or none) and a reach, so that two of them show
// stages removed, added and moved between them.
func ghostGenMap(stages []int) string {
	var b strings.Builder
	b.WriteString("journey: 1\ntitle: T\n")
	if len(stages) == 0 {
		return b.String()
	}
	b.WriteString("stages:\n")
	for _, s := range stages {
		fmt.Fprintf(&b, "  - id: s%d\n    name: Stage %d\n    reached: %d\n", s, s, 1000-s*10)
		if s%3 != 0 {
			b.WriteString("    touchpoints:\n")
			for t := range s % 4 {
				fmt.Fprintf(&b, "      - id: t%d-%d\n        name: Touch %d %d\n        emotion: %d\n", s, t, s, t, (s+t)%5-2)
			}
		}
	}
	return b.String()
}

// Ghost stages in journey view --changes, however many of the map's
// stages were removed and wherever (every one, the first, the last, more
// than nine, between new ones), at any size down to nothing, clicked,
// reloaded and searched: no crash, and the frame kept from earlier
// drawings is what drawing everything again gives.
func TestGhostStagesHoldUpToAnyInput(t *testing.T) {
	cases := [][2][]int{
		{{0, 1, 2}, {}},
		{{0, 1, 2}, {2}},
		{{0, 1, 2}, {0}},
		{{}, {0, 1}},
		{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {1, 3, 5, 12}},
		{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {11, 12}},
		{{0, 1, 2, 3}, {3, 2, 1, 0}},
		{{0, 1, 2, 3}, {4, 0, 5}},
	}
	pool := strings.Fields("h j k l ] [ ] [ enter esc tab shift+tab 1 2 3 9 g G z c S / n N x enter R1 R2 R3 R4 R5 R6 M1 M2 M3 M4 : 1 0 enter RL")
	sizes := map[string][2]int{"R1": {100, 30}, "R2": {120, 40}, "R3": {30, 10}, "R4": {3, 2}, "R5": {0, 0}, "R6": {200, 12}}
	for ci, cs := range cases {
		for seed := range 3 {
			now := func() mapDoc { return mapDoc{mapFromYAML(t, "now.yaml", []byte(ghostGenMap(cs[1]))), "now.yaml"} }
			mk := func() *driver {
				c := common.New(common.ThemeDefault, fixedToday, true)
				c.Width, c.Height = 120, 40
				c.ChangesBase, c.ChangesSince = mapFromYAML(t, "before.yaml", []byte(ghostGenMap(cs[0]))), "HEAD"
				return &driver{t, NewApp(c, now())}
			}
			s, f := mk(), mk()
			rnd := rand.New(rand.NewPCG(uint64(seed), uint64(ci)))
			var typed []string
			for range 200 {
				k := pool[rnd.IntN(len(pool))]
				typed = append(typed, k)
				for _, d := range []*driver{s, f} {
					if k == "RL" { // the file changed on disk
						d.a.SetDocument(now())
						continue
					}
					var msg tea.Msg = keyMsg(k)
					if wh, ok := sizes[k]; ok {
						msg = tea.WindowSizeMsg{Width: wh[0], Height: wh[1]}
					}
					if k[0] == 'M' { // a click down the board
						x, y := int(k[1]-'0')*23, int(k[1]-'0')*5
						msg = tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
					}
					_, cmd := d.a.Update(msg)
					if (k == "c" || k == "S") && cmd != nil {
						d.a.Update(cmd())
					}
				}
				kept := s.a.View()
				f.a.board.SetMap(f.a.m)
				f.a.panelView = ""
				if fresh := f.a.View(); kept != fresh {
					t.Fatalf("case %d seed %d after keys %q: the frame drawn from kept drawings differs from a fresh one\nkept:\n%s\nfresh:\n%s", ci, seed, typed, kept, fresh)
				}
			}
		}
	}
}
