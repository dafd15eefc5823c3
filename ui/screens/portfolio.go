package screens

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/ui/common"
)

// Portfolio is the screen of every map under a folder: one row per map
// (a current map and its ideal counterpart share one), what needs
// attention first, and views across all maps of their goals, pain points
// and opportunities. Maps load in the background; rows fill in and
// reorder while the cursor stays on its map.
type Portfolio struct {
	c    common.View
	dir  string
	keys PortfolioKeys

	paths   []string                 // every map the walk found
	loaded  map[string]portfolio.Map // summaries so far, by path
	Loading bool
	cache   *portfolio.Cache
	notes   []string // skipped files and cache warnings, for the status line
	said    string   // what the last key has to say, until the next key
	err     error

	order  int    // index into sortOrders
	view   int    // index into views
	filter string // narrows the rows by title, owner, tag or path
	query  string // the last search
	input  *lineInput
	lists  [numViews]listState
	rows   []pfRow // the maps view's rows, sorted and filtered
	dirty  bool    // rows need rebuilding
	moved  bool    // the user has moved the cursor: it then stays on its map
	hits   []searchHit
	cross  []crossRow // the rows of the cross-map view showing
	crossV int        // which view cross was built for; -1 when stale
}

// PortfolioKeys are the portfolio's own bindings; moving, opening and
// quitting are the editor's.
type PortfolioKeys struct {
	Sort, Filter, Search, NextView, PrevView, OpenIdeal key.Binding
}

// DefaultPortfolioKeys are the portfolio's keys as UX.md names them.
func DefaultPortfolioKeys() PortfolioKeys {
	return PortfolioKeys{
		Sort:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "order")),
		Filter:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search all maps")),
		NextView:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "goals · pains · opportunities")),
		PrevView:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous view")),
		OpenIdeal: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "open the ideal")),
	}
}

// pfRow is one row of the maps view: a map, and its ideal counterpart
// when the folder holds it.
type pfRow struct {
	path  string
	m     *portfolio.Map // nil while loading
	ideal *portfolio.Map
}

type listState struct{ sel, first int }

// The views tab cycles through; search results are a view of their own.
const (
	viewMaps = iota
	viewGoals
	viewPains
	viewOpps
	viewSearch
	numViews
)

var viewNames = [numViews]string{"Maps", "Goals", "Pain points", "Opportunities", "Search"}

// sortOrders are what o cycles through.
var sortOrders = []string{"attention", "name", "owner", "staleness"}

// WalkedMsg carries the maps a walk of the folder found, and the cache.
type WalkedMsg struct {
	Found portfolio.Found
	err   error
	cache *portfolio.Cache
	warn  error
}

// SummariesMsg carries the summaries loaded since the last one; more is
// the channel the rest come on, nil when there are none left.
type SummariesMsg struct {
	Maps []portfolio.Map
	More <-chan portfolio.Map
}

// cacheSavedMsg reports the end of a cache write.
type cacheSavedMsg struct{ err error }

// NewPortfolio is the portfolio of dir; Init walks it.
func NewPortfolio(c common.View, dir string) *Portfolio {
	return &Portfolio{c: c, dir: dir, keys: DefaultPortfolioKeys(), loaded: map[string]portfolio.Map{},
		Loading: true, crossV: -1}
}

// Init walks the folder in the background.
func (p *Portfolio) Init() tea.Cmd {
	dir := p.dir
	return func() tea.Msg {
		c, warn := portfolio.OpenCache(dir)
		found, err := portfolio.Walk(dir)
		return WalkedMsg{Found: found, err: err, cache: c, warn: warn}
	}
}

// load sums up paths on every core and sends what is ready.
func (p *Portfolio) load(paths []string) tea.Cmd {
	p.Loading = true
	ch := portfolio.Load(paths, portfolio.Options{Today: p.c.Today(), Cache: p.cache})
	return next(ch)
}

// next waits for the next summary and takes the others already ready,
// so that a thousand maps make tens of redraws, not a thousand.
func next(ch <-chan portfolio.Map) tea.Cmd {
	return func() tea.Msg {
		m, ok := <-ch
		if !ok {
			return SummariesMsg{}
		}
		batch := []portfolio.Map{m}
		for len(batch) < 256 {
			select {
			case m, ok := <-ch:
				if !ok {
					return SummariesMsg{Maps: batch}
				}
				batch = append(batch, m)
			default:
				return SummariesMsg{Maps: batch, More: ch}
			}
		}
		return SummariesMsg{Maps: batch, More: ch}
	}
}

// Refresh reads one map again (after it was edited) and updates its row.
func (p *Portfolio) Refresh(path string) tea.Cmd {
	if path == "" {
		return nil
	}
	if !slices.Contains(p.paths, path) {
		p.paths = append(p.paths, path)
		p.dirty = true
	}
	return p.load([]string{path})
}

// Typing reports whether keys go to the filter or the search line, so
// that q types a q.
func (p *Portfolio) Typing() bool { return p.input != nil }

// Update handles loading, keys and the mouse.
func (p *Portfolio) Update(msg tea.Msg) (*Portfolio, tea.Cmd) {
	switch msg := msg.(type) {
	case WalkedMsg:
		p.err, p.cache = msg.err, msg.cache
		if msg.warn != nil {
			p.notes = append(p.notes, msg.warn.Error())
		}
		p.notes = append(p.notes, skippedNote(msg.Found.Skipped)...)
		p.paths, p.dirty = msg.Found.Files, true
		if len(p.paths) == 0 || msg.err != nil {
			p.Loading = false
			return p, nil
		}
		return p, p.load(p.paths)
	case SummariesMsg:
		for _, m := range msg.Maps {
			p.loaded[m.Path] = m
		}
		p.dirty, p.crossV = true, -1
		if msg.More != nil {
			return p, next(msg.More)
		}
		p.Loading = false
		return p, p.saveCache()
	case cacheSavedMsg:
		if msg.err != nil {
			p.notes = append(p.notes, msg.err.Error())
		}
	case tea.KeyMsg:
		p.said = ""
		if p.input != nil {
			return p, p.typeKey(msg)
		}
		return p, p.key(msg)
	case tea.MouseMsg:
		return p, p.mouse(msg)
	}
	return p, nil
}

func (p *Portfolio) saveCache() tea.Cmd {
	c := p.cache
	if c == nil {
		return nil
	}
	return func() tea.Msg { return cacheSavedMsg{c.Save()} }
}

// skippedNote says what the walk passed over, briefly.
func skippedNote(skipped []string) []string {
	switch len(skipped) {
	case 0:
		return nil
	case 1:
		return []string{"skipped " + skipped[0]}
	}
	return []string{fmt.Sprintf("skipped %d files that are not maps (journey lint DIR lists them)", len(skipped))}
}

func (p *Portfolio) key(msg tea.KeyMsg) tea.Cmd {
	k, pk := p.c.Keys(), p.keys
	switch {
	case key.Matches(msg, k.Quit):
		if p.view == viewSearch {
			p.view = viewMaps
			return nil
		}
		return tea.Quit
	case key.Matches(msg, k.Back):
		switch {
		case p.view == viewSearch:
			p.view = viewMaps
		case p.filter != "":
			p.setFilter("")
		}
	case key.Matches(msg, k.Up):
		p.move(p.cur().sel - 1)
	case key.Matches(msg, k.Down):
		p.move(p.cur().sel + 1)
	case key.Matches(msg, k.First):
		p.move(0)
	case key.Matches(msg, k.Last):
		p.move(p.count() - 1)
	case msg.String() == "pgdown":
		p.move(p.cur().sel + p.listRows())
	case msg.String() == "pgup":
		p.move(p.cur().sel - p.listRows())
	case key.Matches(msg, k.Open):
		return p.open(false)
	case key.Matches(msg, pk.OpenIdeal):
		return p.open(true)
	case key.Matches(msg, pk.Sort) && p.view != viewMaps:
		p.said = "o orders the Maps view; " + strings.ToLower(viewNames[p.view]) + " keep their own ranking"
	case key.Matches(msg, pk.Sort):
		p.moved = true
		sel := p.selectedPath()
		p.order = (p.order + 1) % len(sortOrders)
		p.dirty = true
		p.keepOn(sel)
	case key.Matches(msg, pk.Filter):
		p.input = &lineInput{prompt: "filter: ", text: p.filter, live: true}
	case key.Matches(msg, pk.Search):
		p.input = &lineInput{prompt: "/"} // a new search, as in a map
	case key.Matches(msg, pk.NextView):
		p.view = (p.view + 1) % viewSearch
	case key.Matches(msg, pk.PrevView):
		p.view = (p.view + viewSearch - 1) % viewSearch
	}
	return nil
}

// typeKey edits the filter or the search line.
func (p *Portfolio) typeKey(msg tea.KeyMsg) tea.Cmd {
	in := p.input
	switch msg.Type {
	case tea.KeyEnter:
		p.input = nil
		if in.live {
			return nil
		}
		p.search(in.text)
		return nil
	case tea.KeyEsc:
		p.input = nil
		if in.live {
			p.setFilter("")
		}
		return nil
	case tea.KeyCtrlC:
		return tea.Quit
	}
	if in.edit(msg) && in.live {
		p.setFilter(in.text)
	}
	return nil
}

func (p *Portfolio) setFilter(f string) {
	sel := p.selectedPath()
	p.filter, p.dirty, p.crossV = f, true, -1
	p.keepOn(sel)
}

// search finds text in every loaded map and shows the matches.
func (p *Portfolio) search(q string) {
	p.query = strings.TrimSpace(q)
	if p.query == "" {
		return
	}
	p.hits = searchMaps(p.sortedMaps(), p.query)
	p.view = viewSearch
	p.lists[viewSearch] = listState{}
}

// open asks the shell for the map under the cursor, at the item in
// question in the cross-map views.
func (p *Portfolio) open(ideal bool) tea.Cmd {
	var msg OpenMapMsg
	switch p.view {
	case viewMaps:
		r, ok := p.selectedRow()
		if !ok {
			return nil
		}
		msg.Path = r.path
		if ideal {
			if r.ideal == nil {
				return nil
			}
			msg.Path = r.ideal.Path
		}
	case viewSearch:
		i := p.lists[viewSearch].sel
		if i < 0 || i >= len(p.hits) || ideal {
			return nil
		}
		msg = OpenMapMsg{Path: p.hits[i].m.Path, Place: p.hits[i].t.Place}
	default:
		rows := p.crossRows()
		i := p.cur().sel
		if i < 0 || i >= len(rows) || ideal {
			return nil
		}
		msg = OpenMapMsg{Path: rows[i].path, Place: rows[i].place}
	}
	return func() tea.Msg { return msg }
}

func (p *Portfolio) cur() *listState { return &p.lists[p.view] }

// count is the number of rows of the view showing.
func (p *Portfolio) count() int {
	switch p.view {
	case viewMaps:
		return len(p.mapRows())
	case viewSearch:
		return len(p.hits)
	}
	return len(p.crossRows())
}

func (p *Portfolio) move(i int) {
	p.moved = true
	l := p.cur()
	l.sel = max(0, min(i, p.count()-1))
	p.scroll()
}

// scroll keeps the selected row on screen.
func (p *Portfolio) scroll() {
	l, rows := p.cur(), p.listRows()
	if l.sel < l.first {
		l.first = l.sel
	}
	if l.sel >= l.first+rows {
		l.first = l.sel - rows + 1
	}
	l.first = max(0, min(l.first, p.count()-rows))
}

// selectedPath is the map under the cursor of the maps view.
func (p *Portfolio) selectedPath() string {
	rows := p.mapRows()
	if i := p.lists[viewMaps].sel; i >= 0 && i < len(rows) {
		return rows[i].path
	}
	return ""
}

func (p *Portfolio) selectedRow() (pfRow, bool) {
	rows := p.mapRows()
	i := p.lists[viewMaps].sel
	if i < 0 || i >= len(rows) {
		return pfRow{}, false
	}
	return rows[i], true
}

// keepOn puts the cursor of the maps view back on the map at path after
// the rows changed (loaded, reordered, filtered).
func (p *Portfolio) keepOn(path string) {
	rows := p.mapRows()
	l := &p.lists[viewMaps]
	for i, r := range rows {
		if r.path == path || (r.ideal != nil && r.ideal.Path == path) {
			l.sel = i
			break
		}
	}
	l.sel = max(0, min(l.sel, len(rows)-1))
	if p.view == viewMaps {
		p.scroll()
	}
}

// Select puts the cursor on the map at path: where the user comes back
// to from a map.
func (p *Portfolio) Select(path string) {
	p.moved = true
	p.keepOn(path)
}

// mapRows are the rows of the maps view, rebuilt when something changed,
// the cursor kept on its map.
func (p *Portfolio) mapRows() []pfRow {
	if !p.dirty {
		return p.rows
	}
	var sel string
	if i := p.lists[viewMaps].sel; i >= 0 && i < len(p.rows) {
		sel = p.rows[i].path
	}
	p.dirty = false
	p.rows = p.buildRows()
	if sel != "" && p.moved {
		p.keepOn(sel)
	}
	return p.rows
}

func (p *Portfolio) buildRows() []pfRow {
	all := make([]portfolio.Map, 0, len(p.loaded))
	for _, path := range p.paths {
		if m, ok := p.loaded[path]; ok {
			all = append(all, m)
		}
	}
	idx := portfolio.ByPath(all)
	rows := make([]pfRow, 0, len(p.paths))
	for _, path := range p.paths {
		m, ok := idx[path]
		if !ok {
			if p.filter == "" || strings.Contains(strings.ToLower(path), strings.ToLower(p.filter)) {
				rows = append(rows, pfRow{path: path})
			}
			continue
		}
		if portfolio.Paired(m, idx) {
			continue // shown on its current map's row
		}
		r := pfRow{path: path, m: m, ideal: portfolio.IdealOf(m, idx)}
		if matchesFilter(r, p.filter) {
			rows = append(rows, r)
		}
	}
	order := sortOrders[p.order]
	slices.SortStableFunc(rows, func(a, b pfRow) int { return compareRows(a, b, order) })
	return rows
}

// matchesFilter: every word of the filter is in the title, owner, a tag
// or the path of the map or its ideal.
func matchesFilter(r pfRow, f string) bool {
	if f == "" {
		return true
	}
	var hay []string
	for _, m := range []*portfolio.Map{r.m, r.ideal} {
		if m != nil {
			hay = append(hay, m.Title, m.Owner, m.Path, strings.Join(m.Tags, " "))
		}
	}
	text := strings.ToLower(strings.Join(hay, "\n"))
	for _, w := range strings.Fields(strings.ToLower(f)) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// compareRows orders rows; maps still loading go last, in path order.
func compareRows(a, b pfRow, order string) int {
	if a.m == nil || b.m == nil {
		return cmp.Or(cmp.Compare(loadingRank(a), loadingRank(b)), cmp.Compare(a.path, b.path))
	}
	name := cmp.Or(cmp.Compare(strings.ToLower(a.m.Title), strings.ToLower(b.m.Title)), cmp.Compare(a.path, b.path))
	switch order {
	case "attention":
		return cmp.Or(-cmp.Compare(rowAttention(a), rowAttention(b)), name)
	case "owner":
		return cmp.Or(portfolio.CompareEmptyLast(strings.ToLower(a.m.Owner), strings.ToLower(b.m.Owner)), name)
	case "staleness":
		return cmp.Or(portfolio.CompareEmptyLast(a.m.ReviewDue, b.m.ReviewDue), name)
	}
	return name
}

func loadingRank(r pfRow) int {
	if r.m == nil {
		return 1
	}
	return 0
}

func rowAttention(r pfRow) int {
	a := r.m.Attention()
	if r.ideal != nil {
		a += r.ideal.Attention()
	}
	return a
}

// sortedMaps are the loaded maps that pass the filter, in path order.
func (p *Portfolio) sortedMaps() []portfolio.Map {
	var out []portfolio.Map
	for _, path := range p.paths {
		m, ok := p.loaded[path]
		if ok && matchesFilter(pfRow{path: path, m: &m}, p.filter) {
			out = append(out, m)
		}
	}
	return out
}

// crossRow is one row of a cross-map view.
type crossRow struct {
	path   string
	title  string // its map's
	text   string
	status string
	figure string
	where  string
	level  int // 2 bad, 1 warn, 0 fine: how the status is styled
	place  model.Path
}

// crossRows are the rows of the cross-map view showing, built on demand.
func (p *Portfolio) crossRows() []crossRow {
	if p.crossV == p.view {
		return p.cross
	}
	maps := p.sortedMaps()
	titles := map[string]string{}
	for _, m := range maps {
		titles[m.Path] = m.Title
	}
	var rows []crossRow
	switch p.view {
	case viewGoals:
		for _, g := range portfolio.Goals(maps) {
			lv := 0
			switch g.Status {
			case "overdue":
				lv = 2
			case "at risk":
				lv = 1
			}
			due := g.Due
			if due == "" {
				due = "no due date"
			}
			rows = append(rows, crossRow{g.Map, titles[g.Map], g.Name, g.Status, fmt.Sprintf("%3d%%", g.Percent), due, lv, g.Place})
		}
	case viewPains:
		for _, x := range portfolio.Pains(maps) {
			lv := 0
			switch x.Severity {
			case "critical":
				lv = 2
			case "high":
				lv = 1
			}
			fig := fmt.Sprintf("%d votes", x.Votes)
			if x.DropOff {
				fig = common.MarkDropOff + " " + fig
			}
			rows = append(rows, crossRow{x.Map, titles[x.Map], x.Text, orNone(x.Severity), fig, x.Where, lv, x.Place})
		}
	case viewOpps:
		for _, o := range portfolio.Opps(maps) {
			fig := "—"
			if o.Rank > 0 {
				fig = fmt.Sprintf("#%d", o.Rank)
			}
			rows = append(rows, crossRow{o.Map, titles[o.Map], o.Text, orNone(o.Status), fig, o.Where, 0, o.Place})
		}
	}
	p.cross, p.crossV = rows, p.view
	return rows
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// searchHit is one match of a search across maps.
type searchHit struct {
	m *portfolio.Map
	t portfolio.Text
}

// maxHits bounds a search's results, so that a one-letter search of a
// thousand maps stays quick to show.
const maxHits = 1000

// searchMaps finds q (case-insensitive) in the titles and texts of maps.
func searchMaps(maps []portfolio.Map, q string) []searchHit {
	q = strings.ToLower(q)
	var out []searchHit
	for i := range maps {
		m := &maps[i]
		if strings.Contains(strings.ToLower(m.Title), q) {
			out = append(out, searchHit{m, portfolio.Text{Kind: "map", Text: m.Title}})
		}
		for _, t := range m.Texts {
			if len(out) >= maxHits {
				return out
			}
			if strings.Contains(strings.ToLower(t.Text), q) {
				out = append(out, searchHit{m, t})
			}
		}
	}
	return out
}

// mouse: the wheel moves, a click selects and a second click opens.
func (p *Portfolio) mouse(msg tea.MouseMsg) tea.Cmd {
	if msg.Action != tea.MouseActionPress {
		return nil
	}
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		p.move(p.cur().sel - 1)
	case tea.MouseButtonWheelDown:
		p.move(p.cur().sel + 1)
	case tea.MouseButtonLeft:
		i := p.cur().first + msg.Y - pfTop
		if msg.Y >= pfTop && i < p.count() {
			if i == p.cur().sel {
				return p.open(false)
			}
			p.move(i)
		}
	}
	return nil
}

// lineInput is the one-line field of the filter and the search.
type lineInput struct {
	prompt, text string
	live         bool // the filter narrows as it is typed
}

// edit applies a key to the text and reports whether it changed.
func (in *lineInput) edit(msg tea.KeyMsg) bool {
	switch msg.Type {
	case tea.KeyBackspace:
		if r := []rune(in.text); len(r) > 0 {
			in.text = string(r[:len(r)-1])
			return true
		}
	case tea.KeySpace:
		in.text += " "
		return true
	case tea.KeyRunes:
		in.text += string(msg.Runes)
		return true
	case tea.KeyCtrlU:
		in.text = ""
		return true
	}
	return false
}
