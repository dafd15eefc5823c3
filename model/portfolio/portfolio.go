package portfolio

import (
	"cmp"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/journey-maps/journey/model"
)

// Portfolio is every map under a folder, summed up.
type Portfolio struct {
	Root     string
	Maps     []Map    // in path order
	Skipped  []string // "path: why" for files passed over by the walk
	Warnings []string // about the cache, which was then not used
}

// Options say how a portfolio is loaded.
type Options struct {
	Today   model.Date
	Workers int    // maps loaded at once; 0 means one per core
	Cache   *Cache // nil reads every map
}

// Scan walks root and loads every map it finds, spread over the cores,
// reading from and writing to the cache when one is given.
func Scan(root string, opt Options) (Portfolio, error) {
	p := Portfolio{Root: root}
	found, err := Walk(root)
	if err != nil {
		return p, err
	}
	p.Skipped = found.Skipped
	for m := range Load(found.Files, opt) {
		p.Maps = append(p.Maps, m)
	}
	slices.SortFunc(p.Maps, func(a, b Map) int { return cmp.Compare(a.Path, b.Path) })
	if opt.Cache != nil {
		if err := opt.Cache.Save(); err != nil {
			p.Warnings = append(p.Warnings, err.Error())
		}
	}
	return p, nil
}

// Load sums up the maps at paths on opt.Workers goroutines and sends each
// as it is ready, in no particular order; the channel closes after the
// last. A map the cache holds unchanged (same size and modification time,
// summed up on the same day) is not read again.
func Load(paths []string, opt Options) <-chan Map {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(paths)))
	in := make(chan string)
	out := make(chan Map, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range in {
				out <- summarizeCached(path, opt)
			}
		}()
	}
	go func() {
		for _, p := range paths {
			in <- p
		}
		close(in)
		wg.Wait()
		close(out)
	}()
	return out
}

func summarizeCached(path string, opt Options) Map {
	info, statErr := os.Stat(path)
	if opt.Cache != nil && statErr == nil {
		if m, ok := opt.Cache.Get(path, info, opt.Today); ok {
			return m
		}
	}
	m := Summarize(path, opt.Today)
	if opt.Cache != nil && statErr == nil {
		opt.Cache.Put(path, info, opt.Today, m)
	}
	return m
}

// ByPath indexes maps by their path.
func ByPath(maps []Map) map[string]*Map {
	idx := make(map[string]*Map, len(maps))
	for i := range maps {
		idx[maps[i].Path] = &maps[i]
	}
	return idx
}

// Paired reports whether m is an ideal map shown beside its current
// counterpart, which is among maps: the current map names it as its ideal,
// or it names the current map and that one names no other ideal.
func Paired(m *Map, idx map[string]*Map) bool {
	if m.Current == "" {
		return false
	}
	cur, ok := idx[m.Current]
	return ok && cur.Path != m.Path && (cur.Ideal == "" || cur.Ideal == m.Path)
}

// IdealOf is the ideal counterpart of a current map, when it is among the
// maps and names it back (or names nothing).
func IdealOf(m *Map, idx map[string]*Map) *Map {
	if m.Ideal == "" {
		return nil
	}
	id, ok := idx[m.Ideal]
	if !ok || id.Path == m.Path || (id.Current != "" && id.Current != m.Path) {
		return nil
	}
	return id
}

var goalOrder = map[string]int{"overdue": 0, "at risk": 1, "on track": 2, "not started": 3, "achieved": 4}

// Goals lists the goals of every map: overdue and at risk first, then
// by due date (sooner first, none last).
func Goals(maps []Map) []Goal {
	var out []Goal
	for _, m := range maps {
		out = append(out, m.GoalList...)
	}
	slices.SortStableFunc(out, func(a, b Goal) int {
		return cmp.Or(cmp.Compare(goalOrder[a.Status], goalOrder[b.Status]), CompareEmptyLast(a.Due, b.Due))
	})
	return out
}

// CompareEmptyLast orders strings with the empty one after the others:
// a missing due date or owner goes last whichever way a list is read.
func CompareEmptyLast(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

// Pains lists the pain points of every map ranked as each map ranks its
// own (model.ComparePains: severity, then drop-off, then votes); ties keep
// the maps' path order and each map's journey order.
func Pains(maps []Map) []Pain {
	var out []Pain
	for _, m := range maps {
		out = append(out, m.PainList...)
	}
	slices.SortStableFunc(out, func(a, b Pain) int { return model.ComparePains(a.painPoint(), b.painPoint()) })
	return out
}

// painPoint is what the ranking reads of a pain point.
func (p Pain) painPoint() model.PainPoint {
	return model.PainPoint{Text: p.Text, Severity: p.Severity, DropOff: p.DropOff, Votes: p.Votes}
}

// oppOrder puts the work under way first, then what is planned, ideas,
// and what is over.
var oppOrder = map[string]int{"testing": 0, "planned": 1, "idea": 2, "": 3, "done": 4, "dropped": 5}

// Opps lists the opportunities of every map by status (testing, planned,
// idea, none, done, dropped), then by their rank in their own map's
// priorities: maps rank by different methods (a RICE score runs to the
// hundreds, impact over effort to 3), so scores are not compared across
// maps, ranks are.
func Opps(maps []Map) []Opp {
	var out []Opp
	for _, m := range maps {
		out = append(out, m.OppList...)
	}
	rank := func(o Opp) int {
		if o.Rank <= 0 {
			return math.MaxInt
		}
		return o.Rank
	}
	slices.SortStableFunc(out, func(a, b Opp) int {
		return cmp.Or(cmp.Compare(oppOrder[a.Status], oppOrder[b.Status]), cmp.Compare(rank(a), rank(b)))
	})
	return out
}

// OppCounts counts opportunities by status ("none" when a status is missing).
func OppCounts(maps []Map) map[string]int {
	out := map[string]int{}
	for _, m := range maps {
		for _, o := range m.OppList {
			s := o.Status
			if s == "" {
				s = "none"
			}
			out[s]++
		}
	}
	return out
}
