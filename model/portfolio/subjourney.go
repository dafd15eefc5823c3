package portfolio

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
)

// SubJourney is where a stage names a sub-journey.
type SubJourney struct {
	From   string // the map naming it
	Stage  string // the stage's label
	Pos    model.Pos
	Target string // the sub-journey's path, resolved against From
}

// SubJourneys are the sub-journeys the stages of d (the map at path) name.
func SubJourneys(path string, d *model.Doc) []SubJourney {
	if d == nil || d.Map() == nil {
		return nil
	}
	var out []SubJourney
	for _, s := range d.Map().Stages {
		if s.Journey != "" {
			out = append(out, SubJourney{From: path, Stage: s.Label(), Pos: d.FilePos(s.Pos), Target: Resolve(path, s.Journey)})
		}
	}
	return out
}

// Resolve is a path named in the map at from (a counterpart or a
// sub-journey), relative to that map's folder.
func Resolve(from, rel string) string {
	if filepath.IsAbs(rel) {
		return filepath.Clean(rel)
	}
	return filepath.Join(filepath.Dir(from), rel)
}

// CheckSubJourneys checks the sub-journeys of the maps given (path to
// map, as loaded): each names a file that exists and is a journey map,
// and following them never leads back to a map on the way. A cycle is
// reported at every stage along it, so that each map's author sees it.
// Maps named but not given are loaded on the day today.
func CheckSubJourneys(maps map[string]*model.Doc, today model.Date) model.Diagnostics {
	known := map[string]*model.Doc{}
	for p, m := range maps {
		known[filepath.Clean(p)] = m
	}
	var ds model.Diagnostics
	errorAt := func(e SubJourney, format string, args ...any) {
		ds = append(ds, model.Diagnostic{File: e.From, Line: e.Pos.Line, Col: e.Pos.Col, Severity: model.Error,
			Message: fmt.Sprintf(format, args...)})
	}
	edges := map[string][]SubJourney{}
	var visit func(path string)
	seen := map[string]bool{}
	visit = func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		for _, e := range SubJourneys(path, known[path]) {
			info, err := os.Stat(e.Target)
			switch {
			case err != nil:
				errorAt(e, "stage %q: sub-journey %s: %s", e.Stage, e.Target, ErrorText(err))
				continue
			case info.IsDir() || model.FileKind(info.Mode()) != "":
				errorAt(e, "stage %q: sub-journey %s is not a map file", e.Stage, e.Target)
				continue
			case Likeness(e.Target) == NotMap:
				errorAt(e, "stage %q: sub-journey %s is not a journey map (no top-level journey:)", e.Stage, e.Target)
				continue
			}
			edges[path] = append(edges[path], e)
			if _, ok := known[e.Target]; !ok {
				known[e.Target] = nil
				if d, _ := model.Load(e.Target, today); d != nil {
					known[e.Target] = d
				}
			}
			visit(e.Target)
		}
	}
	roots := make([]string, 0, len(known))
	for p := range known {
		roots = append(roots, p)
	}
	sort.Strings(roots)
	for _, p := range roots {
		visit(p)
	}
	ds = append(ds, cycles(edges, roots)...)
	return ds
}

// cycles finds the loops in the sub-journey graph and reports each at
// every stage along it, once.
func cycles(edges map[string][]SubJourney, roots []string) model.Diagnostics {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	reported := map[SubJourney]bool{}
	var ds model.Diagnostics
	var stack []SubJourney
	var walk func(p string)
	walk = func(p string) {
		color[p] = grey
		for _, e := range edges[p] {
			switch color[e.Target] {
			case grey:
				// The loop is the path from the edge leaving e.Target, plus e.
				loop := []SubJourney{e}
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i].From == e.Target {
						loop = append(append([]SubJourney{}, stack[i:]...), e)
						break
					}
				}
				names := []string{loop[0].From}
				for _, l := range loop {
					names = append(names, l.Target)
				}
				chain := strings.Join(names, " → ")
				for _, l := range loop {
					if !reported[l] {
						reported[l] = true
						ds = append(ds, model.Diagnostic{File: l.From, Line: l.Pos.Line, Col: l.Pos.Col, Severity: model.Error,
							Message: fmt.Sprintf("stage %q: sub-journeys form a cycle: %s", l.Stage, chain)})
					}
				}
			case white:
				stack = append(stack, e)
				walk(e.Target)
				stack = stack[:len(stack)-1]
			}
		}
		color[p] = black
	}
	for _, p := range roots {
		if color[p] == white {
			walk(p)
		}
	}
	return ds
}
