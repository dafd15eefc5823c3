package ui

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
)

// MapEntry is one map in a folder, as the picker lists it.
type MapEntry struct {
	Path        string
	Title       string
	Stages      int
	Touchpoints int
	Updated     model.Date
	Errors      int
	Warnings    int
	Problem     string // why the file could not be read at all
}

// FindMaps lists the journey maps in dir (not its subfolders): YAML files
// whose top level names a `journey:` version, so that other YAML in the
// folder (CI files, compose files) stays out of the list.
func FindMaps(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		name := e.Name()
		ext := strings.ToLower(filepath.Ext(name))
		if e.IsDir() || strings.HasPrefix(name, ".") || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		p := filepath.Join(dir, name)
		if looksLikeMap(p) {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out, nil
}

// looksLikeMap reads the top of a file for a `journey:` key.
func looksLikeMap(path string) bool {
	f, err := model.OpenRegular(path) // a named pipe would block the scan
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan() && n < 200; n++ {
		if strings.HasPrefix(sc.Text(), "journey:") {
			return true
		}
	}
	return false
}

// Loader opens a map file; model.Load behind an interface for tests.
type Loader func(path string) (Document, error)

// ModelLoader loads with model.Load on a fixed day.
func ModelLoader(today model.Date) Loader {
	return func(path string) (Document, error) {
		d, err := model.Load(path, today)
		if d == nil {
			return nil, err
		}
		return d, err
	}
}

// ScanMaps loads every map FindMaps finds and sums it up for the picker.
// It does file I/O, so it runs inside a tea.Cmd.
func ScanMaps(dir string, load Loader) ([]MapEntry, error) {
	paths, err := FindMaps(dir)
	if err != nil {
		return nil, err
	}
	out := make([]MapEntry, 0, len(paths))
	for _, p := range paths {
		out = append(out, summarize(p, load))
	}
	return out, nil
}

func summarize(path string, load Loader) MapEntry {
	e := MapEntry{Path: path, Title: filepath.Base(path)}
	doc, err := load(path)
	var diags model.Diagnostics
	if errors.As(err, &diags) {
		countDiags(&e, diags)
	} else if err != nil {
		e.Problem = err.Error()
		return e
	}
	if doc == nil {
		return e
	}
	if d, ok := doc.(interface{ Diagnostics() model.Diagnostics }); ok && err == nil {
		countDiags(&e, d.Diagnostics())
	}
	if m := doc.Map(); m != nil {
		if m.Title != "" {
			e.Title = m.Title
		}
		e.Stages = len(m.Stages)
		for _, s := range m.Stages {
			e.Touchpoints += len(s.Touchpoints)
		}
		e.Updated = m.Updated
	}
	return e
}

func countDiags(e *MapEntry, ds model.Diagnostics) {
	e.Errors, e.Warnings = 0, 0
	for _, d := range ds {
		if d.Severity == model.Error {
			e.Errors++
		} else {
			e.Warnings++
		}
	}
}
