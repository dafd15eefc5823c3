package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/model/textsafe"
)

func init() { commands = append(commands, newLintCmd) }

// lintFormats are the output formats of lint; github is set by the file
// that provides GitHub annotations.
var lintFormats = map[string]func(e env, ds model.Diagnostics) error{
	"text": func(e env, ds model.Diagnostics) error {
		for _, d := range ds {
			fmt.Fprintln(e.stdout, terminalSafe(d.String()))
		}
		return nil
	},
	"json": func(e env, ds model.Diagnostics) error {
		type item struct {
			File     string `json:"file"`
			Line     int    `json:"line"`
			Col      int    `json:"col"`
			Severity string `json:"severity"`
			Message  string `json:"message"`
		}
		out := make([]item, 0, len(ds))
		for _, d := range ds {
			out = append(out, item{d.File, d.Line, d.Col, d.Severity.String(), d.Message})
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return err
		}
		_, err = e.stdout.Write(append(textsafe.JSON(data), '\n'))
		return err
	},
}

func newLintCmd(e env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "lint PATH...",
		Short: "Check maps against the format and report located problems",
		Long: `Check journey maps against the format. Each problem is reported as
file:line:col: error|warning: message.

PATH may be a file or a directory. Directories are searched recursively for
*.yaml and *.yml files that start a journey map (a top-level "journey:" key);
hidden files and directories, node_modules and testdata are skipped. A file named
explicitly is always checked.

Exit status: 0 when clean or only warnings, 1 when any map has errors,
2 for bad arguments or a path that cannot be read.`,
		Example: `  journey lint maps/
  journey lint maps/online-shop.yaml --format json
  journey lint --format github .   # annotations in a GitHub Actions log`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out, ok := lintFormats[format]
			if !ok {
				return usageErrorf("unknown --format %q (want %s)", format, strings.Join(formatNames(), ", "))
			}
			found, err := mapFiles(args)
			if err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
			for _, s := range found.skipped {
				fmt.Fprintf(e.stderr, "journey: skipped %s\n", terminalSafe(s))
			}
			if len(found.files) == 0 {
				return usageErrorf("no journey maps found in %s", strings.Join(args, ", "))
			}
			files := found.files
			today, err := today()
			if err != nil {
				return err
			}
			var all model.Diagnostics
			unreadable := false
			loaded := map[string]*model.Doc{}
			docs, errs := loadAll(files, today)
			for i, f := range files {
				doc, err := docs[i], errs[i]
				var ds model.Diagnostics
				switch {
				case err == nil:
					ds = doc.Diagnostics()
				case asDiagnostics(err, &ds):
				default:
					fmt.Fprintf(e.stderr, "journey: %s\n", terminalSafe(err.Error()))
					unreadable = true
				}
				if doc != nil {
					loaded[f] = doc
				}
				all = append(all, ds...)
			}
			all = append(all, portfolio.CheckSubJourneys(loaded, today)...)
			if err := out(e, all); err != nil {
				return err
			}
			switch {
			case unreadable:
				return &exitError{code: exitUsage}
			case all.HasErrors():
				return &exitError{code: exitProblems}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(formatNames(), ", "))
	return cmd
}

func formatNames() []string {
	var out []string
	for k := range lintFormats {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// asDiagnostics unpacks the located problems of a map that failed to load.
func asDiagnostics(err error, ds *model.Diagnostics) bool {
	d, ok := err.(model.Diagnostics)
	if ok {
		*ds = d
	}
	return ok
}

// terminalSafe is the project's sanitizer for one line a person reads:
// a file name found by a directory walk comes from the repository, not
// the user, and may hold escape sequences, bidi or zero-width characters.
func terminalSafe(s string) string { return textsafe.Show(s) }

// errorText is an OS error without Go's "stat x:" prefix repeated.
func errorText(err error) string { return portfolio.ErrorText(err) }

// loadAll loads files on every core; results keep the files' order.
func loadAll(files []string, today model.Date) ([]*model.Doc, []error) {
	docs, errs := make([]*model.Doc, len(files)), make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs[i], errs[i] = model.Load(files[i], today)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return docs, errs
}
