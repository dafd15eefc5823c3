package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/semdiff"
)

func init() { commands = append(commands, newDiffCmd) }

func newDiffCmd(e env) *cobra.Command {
	var format, today string
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Show what changed between two versions of a map, item by item",
		Long: `Compare two versions of a map by meaning, not by line. Items are matched
by id (or the slug of their name), so the output names stages and touchpoints
added, removed, renamed or moved, emotion changes, pain points and
opportunities added, removed or changed, goal values, and the map's own
fields. Comments, key order and formatting do not count.

It also reports the derived figures that moved, which no line of the file
holds: each goal's progress (raw percent) and status, each stage's drop-off
from the stage before and mean emotion, and opportunities that moved in the
priority ranking relative to each other.

OLD and NEW are each a file, - for standard input, or REV:PATH for a file as
a git revision has it (HEAD~1:maps/online-shop.yaml; PATH is from the top of the
repository, or ./PATH from the current directory, as in git). OLD may
also be a bare revision when NEW is a file, as in git diff: journey diff
HEAD maps/online-shop.yaml compares the file with HEAD's. An empty
file counts as no map, so everything in the other one is added or removed.

Lines start with + (added), - (removed) or ~ (changed or derived), coloured
on a terminal unless NO_COLOR is set. --format markdown writes a pull
request comment. --format json writes {"changes": [{"kind", "path", "old",
"new"}]} for scripts: kind is added, removed, changed or derived, path is
dotted as journey get names it (a derived figure is named under its item:
goals.csat.progress, stages.purchase.drop_off), old and new are JSON values,
null where absent. See docs/git.md for using it from git.

Exit status: 0 when the maps are the same, 1 when they differ, 2 for bad
arguments or an input that cannot be read or is not a valid map.`,
		Example: `  journey diff HEAD~1:maps/online-shop.yaml maps/online-shop.yaml
  journey diff main:maps/online-shop.yaml maps/online-shop.yaml --format markdown > comment.md
  git show HEAD:maps/online-shop.yaml | journey diff - maps/online-shop.yaml
  journey diff HEAD~1:maps/online-shop.yaml maps/online-shop.yaml --format json > changes.json`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "markdown" && format != "json" {
				return usageErrorf("unknown --format %q (want text, markdown, json)", format)
			}
			if args[0] == "-" && args[1] == "-" {
				return usageErrorf("only one of OLD and NEW can be standard input")
			}
			day, err := todayFlag(today)
			if err != nil {
				return err
			}
			ins := [2]input{parseInput(args[0]), parseInput(args[1])}
			ins[0] = bareRevision(ins[0], ins[1])
			var maps [2]*model.Map
			for i, in := range ins {
				if maps[i], err = diffInput(e, in, day); err != nil {
					return err
				}
			}
			changes := semdiff.Diff(maps[0], maps[1], day)
			switch format {
			case "markdown":
				fmt.Fprint(e.stdout, semdiff.Markdown(changes, ins[0].name(), ins[1].name()))
			case "json":
				out, err := semdiff.JSON(changes)
				if err != nil {
					return failf("%v", err)
				}
				e.stdout.Write(out)
			default:
				writeChanges(e.stdout, changes, useColour(e.stdout))
			}
			if len(changes) > 0 {
				return &exitError{code: exitProblems}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown, json")
	cmd.Flags().StringVar(&today, "today", "", "compute goal status for this date (YYYY-MM-DD) instead of today")
	return cmd
}

// diffInput reads one side of a diff. An empty input is no map (a file
// added or deleted, or /dev/null from a git diff driver); a broken one is
// an unreadable input, exit 2, since exit 1 means "they differ".
func diffInput(e env, in input, today model.Date) (*model.Map, error) {
	data, err := in.read(e)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil
	}
	doc, err := parseMap(e, in, data, today)
	if err != nil {
		return nil, &exitError{code: exitUsage, msg: err.Error()}
	}
	return doc.Map(), nil
}

// ANSI colours for the change marks; the map text inside is already made
// safe by semdiff.
const (
	ansiGreen  = "\x1b[32m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiReset  = "\x1b[0m"
)

func writeChanges(w io.Writer, changes []semdiff.Change, colour bool) {
	var b strings.Builder
	for _, c := range changes {
		line := c.String()
		if colour {
			switch c.Op {
			case semdiff.Added:
				line = ansiGreen + line + ansiReset
			case semdiff.Removed:
				line = ansiRed + line + ansiReset
			default:
				line = ansiYellow + line + ansiReset
			}
		}
		b.WriteString(line + "\n")
	}
	io.WriteString(w, b.String())
}

// useColour reports whether w is a terminal and NO_COLOR is unset
// (https://no-color.org: any non-empty value turns colour off).
func useColour(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

// isTerminal reports whether w is a terminal (not a file or a pipe).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
