package ui

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	_ "github.com/charmbracelet/x/exp/golden" // its -update flag

	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

// teamFolder is every map of the repository's maps/ as a team keeps them
// (the ideal shop in ideal/), with a broken map and one whose title holds
// escape sequences, under ./maps of a fresh working folder so that screens
// show the same paths on every run.
func teamFolder(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	t.Setenv("JOURNEY_CACHE_DIR", filepath.Join(root, "cache"))
	samples := filepath.Join("..", "maps")
	err := filepath.WalkDir(samples, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".yaml" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(samples, path)
		os.MkdirAll(filepath.Dir(filepath.Join(root, "maps", name)), 0o755)
		write(t, filepath.Join(root, "maps", name), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(root, "maps", "broken.yaml"), "journey: 1\ntitle: Broken\nstages:\n  - name: A\n    touchpoints:\n      - name: x\n        emotion: 7\n")
	write(t, filepath.Join(root, "maps", "hostile.yaml"), "journey: 1\ntitle: \"Evil \\e[31mred\\e]0;pwned\\a title\"\nowner: \"\\u202eevil\"\nupdated: 2025-01-01\nstages: []\n")
	t.Chdir(root)
	return "maps"
}

func openPortfolio(t *testing.T, w, h int) *shellSession {
	t.Helper()
	dir := teamFolder(t)
	ss := &shellSession{t: t, s: NewShell(newTestCommon(w, h), ModelLoader(fixedToday), "", dir)}
	ss.run(ss.s.Init())
	if ss.s.portfolio.Loading {
		t.Fatal("the portfolio did not finish loading")
	}
	return ss
}

func (ss *shellSession) screen() string { return ansi.Strip(ss.s.View()) }

// selectedLine is the line of the screen with the selection mark.
func (ss *shellSession) selectedLine() string {
	for _, l := range strings.Split(ss.screen(), "\n") {
		if strings.HasPrefix(l, common.MarkSelected) {
			return l
		}
	}
	return ""
}

// TestPortfolioGolden snapshots the maps view and each cross-map view at
// both golden sizes.
func TestPortfolioGolden(t *testing.T) {
	pkgDir, err := os.Getwd() // before the folder of maps becomes the working folder
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range goldenSizes {
		t.Run(common.Itoa(sz[0])+"x"+common.Itoa(sz[1]), func(t *testing.T) {
			ss := openPortfolio(t, sz[0], sz[1])
			for _, view := range []string{"maps", "goals", "pains", "opportunities"} {
				t.Run(view, func(t *testing.T) {
					v := ss.screen()
					checkBox(t, v, sz[0], sz[1])
					if strings.ContainsAny(ss.s.View(), "\x07\u202e") || strings.Contains(ss.s.View(), "]0;") {
						t.Error("a title's escape sequences reach the terminal")
					}
					requireGolden(t, pkgDir, v)
				})
				ss.press("tab")
			}
		})
	}
}

// The portfolio tells what needs attention first and pairs a current map
// with its ideal on one row.
func TestPortfolioRows(t *testing.T) {
	ss := openPortfolio(t, 160, 48)
	v := ss.screen()
	lines := strings.Split(v, "\n")
	if !strings.Contains(lines[3], "Broken") || !strings.Contains(lines[3], "1 error") {
		t.Errorf("the broken map should come first:\n%s", v)
	}
	if !strings.Contains(v, "First purchase at Leafline + ideal") || strings.Contains(v, "as it should be") {
		t.Errorf("the shop and its ideal should share one row:\n%s", v)
	}
	if !strings.Contains(v, "2025-01-01!") || !strings.Contains(v, "1 warning") {
		t.Errorf("the stale map should be marked, its staleness warning counted:\n%s", v)
	}
	if !strings.Contains(v, "Claims experience team") || !strings.Contains(v, "2 crit 5 high") {
		t.Errorf("owner or pain points missing:\n%s", v)
	}
}

// o cycles the order, and the cursor stays on its map.
func TestPortfolioSortKeepsTheCursorOnItsMap(t *testing.T) {
	ss := openPortfolio(t, 160, 48)
	ss.press("j", "j")
	on := ss.selectedLine()
	if !strings.Contains(on, "Rotaly") && !strings.Contains(on, "First purchase") && !strings.Contains(on, "Home insurance") {
		t.Fatalf("cursor on %q", on)
	}
	title := strings.Fields(on)[1]
	for _, order := range []string{"order: name", "order: owner", "order: staleness", "order: attention"} {
		ss.press("o")
		ss.expect(order)
		if got := ss.selectedLine(); !strings.Contains(got, title) {
			t.Errorf("%s: cursor moved from %q to %q", order, on, got)
		}
	}
	ss.press("o") // by name: A stay…, Activating…, Booking…, Broken, Evil…, First purchase, …, Rotaly
	var titles []string
	for _, l := range strings.Split(ss.screen(), "\n")[3:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		titles = append(titles, strings.ToLower(strings.TrimSpace(strings.TrimPrefix(l, common.MarkSelected))))
	}
	if len(titles) < 9 || !slices.IsSorted(titles) || !strings.HasPrefix(titles[0], "a stay") || !strings.HasPrefix(titles[len(titles)-1], "rotaly") {
		t.Errorf("not by name:\n%s", ss.screen())
	}
}

// f filters by title, owner, tag or path; q types a q there; esc clears.
func TestPortfolioFilter(t *testing.T) {
	ss := openPortfolio(t, 120, 30)
	ss.press("f", "g", "r", "o", "w", "t", "h")
	ss.expect("filter: growth")
	if v := ss.screen(); !strings.Contains(v, "Rotaly") || strings.Contains(v, "Broken") || strings.Contains(v, "Leafline") {
		t.Errorf("filter by owner:\n%s", v)
	}
	ss.press("enter")
	ss.press("tab")
	if v := ss.screen(); !strings.Contains(v, "trial-to-paid") || strings.Contains(v, "claim handle time") {
		t.Errorf("the goals view should follow the filter:\n%s", v)
	}
	ss.press("shift+tab", "f", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "q", "q")
	if ss.quit {
		t.Fatal("q in the filter quit")
	}
	ss.expect("No map matches the filter")
	ss.press("esc")
	ss.expect("Broken")
	ss.expect("Rotaly")
}

// While maps load and rows reorder, the cursor stays on the map it was
// on, not on a row number.
func TestPortfolioCursorStaysOnItsMapWhileLoading(t *testing.T) {
	p := screens.NewPortfolio(newTestCommon(120, 30).View(), "maps")
	p.Update(screens.WalkedMsg{Found: portfolio.Found{Files: []string{"maps/a.yaml", "maps/b.yaml", "maps/c.yaml"}}})
	p.Loading = true
	p.Update(screens.SummariesMsg{Maps: []portfolio.Map{{Path: "maps/a.yaml", Title: "Alpha"}}, More: make(chan portfolio.Map)})
	p.Update(keyMsg("j")) // onto b, still loading
	if !strings.Contains(selectedOf(p), "maps/b.yaml") {
		t.Fatalf("cursor on %q", selectedOf(p))
	}
	// b loads with errors and c with goals overdue: both now sort above a.
	p.Update(screens.SummariesMsg{Maps: []portfolio.Map{
		{Path: "maps/c.yaml", Title: "Gamma", Goals: portfolio.GoalCounts{Overdue: 2}},
		{Path: "maps/b.yaml", Title: "Beta", Errors: 1},
	}})
	lines := strings.Split(ansi.Strip(p.View()), "\n")
	if !strings.Contains(lines[3], "Beta") || !strings.Contains(lines[4], "Gamma") || !strings.Contains(lines[5], "Alpha") {
		t.Fatalf("rows not by attention:\n%s", strings.Join(lines, "\n"))
	}
	if !strings.Contains(selectedOf(p), "Beta") {
		t.Errorf("cursor on %q; want it to stay on b (Beta)", selectedOf(p))
	}
}

func selectedOf(p *screens.Portfolio) string {
	for _, l := range strings.Split(ansi.Strip(p.View()), "\n") {
		if strings.HasPrefix(l, common.MarkSelected) {
			return l
		}
	}
	return ""
}

// enter opens a map; q in it comes back to the same row, re-read.
func TestPortfolioComesBackToTheSameRow(t *testing.T) {
	ss := openPortfolio(t, 120, 30)
	ss.press("o") // by name
	ss.press("j", "j", "j")
	ss.expect("▸ Home insurance claim")
	ss.press("enter")
	ss.expect("back to list")
	ss.expect("Report the claim")
	// The map changes on disk while it is open (as a save would).
	data, _ := os.ReadFile("maps/insurance-claim.yaml")
	write(t, "maps/insurance-claim.yaml", strings.Replace(string(data), "title: Home insurance claim", "title: Home insurance claim (renamed)", 1))
	ss.press("q")
	ss.expect("▸ Home insurance claim (renamed)")
	ss.expect("order: name")
}

// / searches every map and opens the match in its map; i opens the ideal.
func TestPortfolioSearchOpensTheMatch(t *testing.T) {
	ss := openPortfolio(t, 160, 48)
	ss.press("/", "h", "a", "n", "d", "l", "e", "r", "enter")
	ss.expect("[Search: handler]")
	ss.expect("The status reads")
	for !strings.Contains(ss.selectedLine(), "The status reads") {
		before := ss.selectedLine()
		ss.press("j")
		if ss.selectedLine() == before {
			t.Fatalf("no hit for the pain point:\n%s", ss.screen())
		}
	}
	ss.press("enter")
	ss.expect("back to list")
	it, ok := ss.s.app.selected()
	if !ok || it.Kind != common.KindTouchpoint || ss.s.app.m.Stages[it.Stage].Touchpoints[it.Touchpoint].Name != "Claim status in the app" {
		t.Errorf("opened at %+v, want the touchpoint of the match", it)
	}
	if shown, _ := ss.s.app.detail.Item(); shown != it {
		t.Errorf("the details show %+v, not the selection %+v", shown, it)
	}
	ss.press("q")
	ss.expect("[Search: handler]")
	ss.press("esc", "o") // the maps view, by name, still on the claim map
	ss.expect("▸ Home insurance claim")
	ss.press("k")
	ss.expect("▸ First purchase at Leafline + ideal")
	ss.press("i")
	ss.expect("First purchase at Leafline, as it should be")
	ss.press("q")
	ss.expect("▸ First purchase at Leafline + ideal")
}

var _ tea.Model = (*Shell)(nil)

// requireGolden is golden.RequireEqual for a test that changed its
// working folder: the golden file is under dir/testdata; -update writes it.
func requireGolden(t *testing.T, dir, got string) {
	t.Helper()
	path := filepath.Join(dir, "testdata", t.Name()+".golden")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if string(want) != got {
		t.Errorf("screen differs from %s:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
