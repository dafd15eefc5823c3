package portfolio

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/journey-maps/journey/model"
)

// Found is what a walk of a folder found: the map files, in path order,
// and what it passed over ("path: why"), so that a caller can say so.
type Found struct {
	Files   []string
	Skipped []string
}

// Walk searches root and its subfolders for map files: YAML files whose
// top level starts a map (a journey: key), or looks like one that lost its
// first line (title: and stages:), so that its problem is reported rather
// than passed over. Hidden files and folders, node_modules and testdata
// are passed over; special files (named pipes, devices) are skipped and named,
// never opened.
func Walk(root string) (Found, error) {
	var r Found
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			r.Skipped = append(r.Skipped, fmt.Sprintf("%s: %s", p, ErrorText(err)))
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") || (!strings.HasSuffix(name, ".yaml") && !strings.HasSuffix(name, ".yml")) {
			return nil
		}
		info, err := os.Stat(p) // follows a symlink to what it names
		if err != nil {
			r.Skipped = append(r.Skipped, fmt.Sprintf("%s: %s", p, ErrorText(err)))
			return nil
		}
		if kind := model.FileKind(info.Mode()); kind != "" {
			r.Skipped = append(r.Skipped, fmt.Sprintf("%s: it is %s, not a map file", p, kind))
			return nil
		}
		switch Likeness(p) {
		case IsMap, LooksMap:
			r.Files = append(r.Files, p)
		default:
			r.Skipped = append(r.Skipped, fmt.Sprintf("%s: not a map (no top-level journey:, title: and stages:)", p))
		}
		return nil
	})
	sort.Strings(r.Files)
	return r, err
}

// Likelihood is how much a YAML file resembles a map.
type Likelihood int

// How a YAML file found by a walk reads.
const (
	NotMap   Likelihood = iota
	LooksMap            // top-level title: and stages:, but no journey:
	IsMap               // a top-level journey: key
)

// Likeness reads the top-level keys at the start of a YAML file: a
// journey: key makes it a map; title: and stages: together make it one
// that lost its first line. A file that cannot be read counts as a map,
// so that whoever loads it reports why.
func Likeness(path string) Likelihood {
	f, err := model.OpenRegular(path)
	if err != nil {
		return IsMap
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	title, stages := false, false
	for n := 0; sc.Scan() && n < 2000; n++ {
		line := strings.TrimPrefix(sc.Text(), "\ufeff")
		switch {
		case strings.HasPrefix(line, "journey:"):
			return IsMap
		case strings.HasPrefix(line, "title:"):
			title = true
		case strings.HasPrefix(line, "stages:"):
			stages = true
		}
	}
	if title && stages {
		return LooksMap
	}
	return NotMap
}

// ErrorText is an OS error without Go's "stat x:" prefix repeated.
func ErrorText(err error) string {
	var nr *model.NotRegularError
	if errors.As(err, &nr) {
		return "it is " + nr.Kind + ", not a map file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
