package ui

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
)

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
