package main

import (
	"fmt"
	"os"

	"github.com/journey-maps/journey/model/portfolio"
)

// walkResult is what lint found under its arguments: the maps to check
// and what it passed over, so that a CI step never stays green on
// nothing without saying so.
type walkResult struct {
	files   []string
	skipped []string // "path: why", one per entry not checked
}

// mapFiles expands the arguments into map files: files as given,
// directories searched (portfolio.Walk) for YAML files that are maps or
// look like one.
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
		found, err := portfolio.Walk(a)
		if err != nil {
			return r, fmt.Errorf("cannot read %s: %v", a, errorText(err))
		}
		r.files = append(r.files, found.Files...)
		r.skipped = append(r.skipped, found.Skipped...)
	}
	return r, nil
}
