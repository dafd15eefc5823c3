package main

import (
	"fmt"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
)

// `journey lint --format github` prints each problem as a GitHub Actions
// annotation, which the runner shows on the lines of the pull request.
func init() {
	lintFormats["github"] = func(e env, ds model.Diagnostics) error {
		for _, d := range ds {
			fmt.Fprintln(e.stdout, export.GitHubAnnotation(d))
		}
		return nil
	}
}
