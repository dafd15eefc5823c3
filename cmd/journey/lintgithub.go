package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
)

// `journey lint --format github` prints each problem as a GitHub Actions
// annotation, which the runner shows on the lines of the pull request.
// GitHub places an annotation by its path from the repository's root, so
// paths are given from there, wherever lint runs.
func init() {
	lintFormats["github"] = func(e env, ds model.Diagnostics) error {
		roots := map[string]string{}
		for _, d := range ds {
			d.File = fromRepoRoot(d.File, roots)
			fmt.Fprintln(e.stdout, export.GitHubAnnotation(d))
		}
		return nil
	}
}

// fromRepoRoot is file's path from the root of the git repository holding
// it (the nearest folder above it with a .git), with forward slashes; a
// file outside any repository keeps its path. roots caches the root of
// each folder asked about.
func fromRepoRoot(file string, roots map[string]string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return file
	}
	dir := filepath.Dir(abs)
	root, ok := roots[dir]
	if !ok {
		root = repoRoot(dir)
		roots[dir] = root
	}
	if root == "" {
		return file
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return file
	}
	return filepath.ToSlash(rel)
}

// repoRoot is the nearest folder from dir upwards that holds .git (a
// folder, or a file in a worktree or submodule), or "".
func repoRoot(dir string) string {
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}
