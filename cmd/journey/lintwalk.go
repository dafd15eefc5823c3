package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/journey-maps/journey/model"
)

// walkResult is what lint found under its arguments: the maps to check
// and what it passed over, so that a CI step never stays green on
// nothing without saying so.
type walkResult struct {
	files   []string
	skipped []string // "path: why", one per entry not checked
}

// mapFiles expands the arguments into map files: files as given,
// directories searched for YAML files that are maps or look like one.
func mapFiles(args []string) (walkResult, error) {
	var r walkResult
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return r, fmt.Errorf("cannot read %s: %v", a, errorText(err))
		}
		if !info.IsDir() {
			r.files = append(r.files, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if p != a && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "testdata") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(name, ".yaml") && !strings.HasSuffix(name, ".yml") {
				return nil
			}
			info, err := os.Stat(p) // follows a symlink to what it names
			if err != nil {
				r.skipped = append(r.skipped, fmt.Sprintf("%s: %s", p, errorText(err)))
				return nil
			}
			if kind := model.FileKind(info.Mode()); kind != "" {
				r.skipped = append(r.skipped, fmt.Sprintf("%s: it is %s, not a map file", p, kind))
				return nil
			}
			switch mapLikeness(p) {
			case isMap, looksMap:
				r.files = append(r.files, p)
			default:
				r.skipped = append(r.skipped, fmt.Sprintf("%s: not a map (no top-level journey:, title: and stages:)", p))
			}
			return nil
		})
		if err != nil {
			return r, fmt.Errorf("cannot read %s: %v", a, errorText(err))
		}
	}
	return r, nil
}

// likeness is how much a YAML file found by a walk resembles a map.
type likeness int

const (
	notMap   likeness = iota
	looksMap          // top-level title: and stages:, but no journey:
	isMap             // a top-level journey: key
)

// mapLikeness reads the top-level keys at the start of a YAML file: a
// journey: key makes it a map; title: and stages: together make it one
// that lost its first line, which lint must report rather than pass over.
func mapLikeness(path string) likeness {
	f, err := model.OpenRegular(path)
	if err != nil {
		return isMap // let lint report why it cannot be read
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	title, stages := false, false
	for n := 0; sc.Scan() && n < 2000; n++ {
		line := strings.TrimPrefix(sc.Text(), "\ufeff")
		switch {
		case strings.HasPrefix(line, "journey:"):
			return isMap
		case strings.HasPrefix(line, "title:"):
			title = true
		case strings.HasPrefix(line, "stages:"):
			stages = true
		}
	}
	if title && stages {
		return looksMap
	}
	return notMap
}
