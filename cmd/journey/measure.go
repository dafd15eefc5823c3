package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// Measure and update: record a goal's new figure, or ingest a nightly
// export of many, each as one edit that changes only the lines it must.

func init() { commands = append(commands, newRecordCmd, newIngestCmd) }

func newRecordCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "record FILE GOAL VALUE",
		Short: "Record a goal's new measurement: its history and current value",
		Long: `Record a measurement of a goal: {date, value} joins the goal's history in
date order (replacing an entry of the same date), and current becomes VALUE
unless a later measurement is already there. Only those lines change. GOAL is
the goal's id, or the slug of its name. The date is today (JOURNEY_TODAY pins
it) unless --date says otherwise.

The output says the goal's new value, its progress and its status.

Exit status: 0 recorded, 1 the value was refused (the map is left as it
was), 2 bad arguments or an unreadable map.`,
		Example: `  journey record maps/online-shop.yaml first-order-csat 4.4
  journey record maps/online-shop.yaml checkout-conversion 2.9 --date 2026-11-30`,
		// Flags are read by hand, so that a VALUE of -1 is a value and
		// --date may still come after it, where people write it.
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			args, date, help, err := recordArgs(args)
			if err != nil || help {
				if help {
					return cmd.Help()
				}
				return err
			}
			if err := exactArgs(3)(cmd, args); err != nil {
				return err
			}
			day, err := measureDate(date)
			if err != nil {
				return err
			}
			q, err := openForEdit(e, args[0])
			if err != nil {
				return err
			}
			defer q.close()
			doc := q.doc
			gi, err := model.GoalIndex(doc.Map(), args[1])
			if err != nil {
				return usageErrorf("%s", textsafe.Line(err.Error()))
			}
			before := doc.Map().Goals[gi]
			act, err := model.Record(doc, args[1], args[2], day)
			if err != nil {
				return failf("refused: %v", textsafe.Line(err.Error()))
			}
			if err := q.apply(act); err != nil {
				return err
			}
			fmt.Fprintln(e.stdout, goalLine(doc, before, doc.Map().Goals[gi]))
			return nil
		},
	}
	// Declared for the help text; recordArgs reads it.
	cmd.Flags().String("date", "", "the day of the measurement, YYYY-MM-DD (default today)")
	return cmd
}

// recordArgs takes --date DAY, --date=DAY and --help out of the arguments
// wherever they are; anything else is an argument, -1 included. "--" ends
// the flags.
func recordArgs(in []string) (args []string, date string, help bool, err error) {
	for i := 0; i < len(in); i++ {
		a := in[i]
		switch {
		case a == "--":
			return append(args, in[i+1:]...), date, help, nil
		case a == "--help" || a == "-h":
			help = true
		case a == "--date":
			if i+1 >= len(in) {
				return nil, "", false, usageErrorf("--date needs a day, YYYY-MM-DD")
			}
			date = in[i+1]
			i++
		case strings.HasPrefix(a, "--date="):
			date = strings.TrimPrefix(a, "--date=")
		case strings.HasPrefix(a, "--"):
			return nil, "", false, usageErrorf("unknown flag: %s (record takes --date)", a)
		default:
			args = append(args, a)
		}
	}
	return args, date, help, nil
}

// measureDate is --date, or today.
func measureDate(s string) (model.Date, error) {
	if s == "" {
		return today()
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return model.Date{}, usageErrorf("--date: %v", err)
	}
	return d, nil
}

// goalLine says where a goal stands after a measurement, its status
// first: "first-order-csat: at risk → on track (4.4/5, progress 62%,
// history +1)".
func goalLine(doc *model.Doc, before, after model.Goal) string {
	was, now := model.GoalProgress(before, doc.Today()), model.GoalProgress(after, doc.Today())
	status := now.Status.String()
	if was.Status != now.Status {
		status = was.Status.String() + " → " + status
	}
	figures := []string{"no current value"}
	if after.Current != nil {
		figures[0] = withUnit(*after.Current, after.Unit)
	}
	if now.HasProgress {
		figures = append(figures, fmt.Sprintf("progress %d%%", now.Percent()))
	}
	if n := len(after.History) - len(before.History); n > 0 {
		figures = append(figures, fmt.Sprintf("history +%d", n))
	}
	return textsafe.Line(fmt.Sprintf("%s: %s (%s)", after.Key(), status, strings.Join(figures, ", ")))
}

func withUnit(x float64, unit string) string {
	v := model.Num(x)
	switch {
	case unit == "":
		return v
	case strings.HasPrefix(unit, "/") || unit == "%":
		return v + unit
	}
	return v + " " + unit
}

func newIngestCmd(e env) *cobra.Command {
	var dry bool
	cmd := &cobra.Command{
		Use:   "ingest FILE DATA",
		Short: "Apply a batch of measurements from a CSV or JSON export",
		Long: `Apply measurements as analytics and survey tools export them, all in one
change or not at all. DATA is CSV with a header line naming the columns
path, value and optionally date (in any order), or JSON: a list of
{"path": ..., "value": ..., "date": ...}, where a value is a number for a
numeric field, a string for a text field and true or false for a yes or no.

A path is dotted, as get and set take it. A goal's own path (goals.csat)
records the value in the goal's history on the row's date (today when it has
none) and moves current when it is the latest. Any other path
(stages.awareness.reached) sets the value there; its date is not stored,
and of two rows for it the later date wins, then the later line.

A bad row is reported as DATA:LINE: message, every one of them, and the map
is left as it was. The summary names each goal whose status changed
("csat: at risk → on track"). --dry-run prints the same and writes nothing.

Exit status: 0 applied (or a dry run with no bad row), 1 a bad row or a
refused value (the map is left as it was), 2 bad arguments or an unreadable
file.`,
		Example: `  journey ingest maps/online-shop.yaml testdata/measure/nightly.csv --dry-run
  journey ingest maps/online-shop.yaml testdata/measure/nightly.json`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			day, err := today()
			if err != nil {
				return err
			}
			data, err := readData(args[1])
			if err != nil {
				return err
			}
			rows, unread := model.ParseReadings(data)
			var bad model.RowErrors
			if unread != nil && !errors.As(unread, &bad) {
				return failf("%s: %s", args[1], textsafe.Line(unread.Error()))
			}
			q, err := openForEdit(e, args[0])
			if err != nil {
				return err
			}
			defer q.close()
			doc := q.doc
			// The rows that could be read are checked against the map too,
			// so that one run reports every bad row.
			act, err := model.Ingest(doc, rows, day)
			var more model.RowErrors
			if errors.As(err, &more) {
				bad = append(bad, more...)
			}
			if len(bad) > 0 {
				return rowFailure(e, args[1], bad)
			}
			before := snapshot(doc, rows)
			goals := append([]model.Goal(nil), doc.Map().Goals...)
			if dry {
				// Made in memory only, to say what would change.
				if _, err := doc.Apply(act.Edit); err != nil {
					return failf("refused: %s", textsafe.Line(err.Error()))
				}
			} else if err := q.apply(act); err != nil {
				return err
			}
			for _, l := range changes(doc, rows, before, goals) {
				fmt.Fprintln(e.stdout, l)
			}
			verb := "applied"
			if dry {
				verb = "dry run: would apply"
			}
			fmt.Fprintf(e.stdout, "%s %d %s to %s\n", verb, len(rows), plural(len(rows), "row", "rows"), args[0])
			return nil
		},
	}
	cmd.Flags().BoolVar(&dry, "dry-run", false, "print what would change and write nothing")
	return cmd
}

// readData reads the measurements file, "-" for standard input being no
// option: a pipeline writes a file first so that a failed run can be read.
func readData(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		return nil, usageErrorf("%s is a directory, not a CSV or JSON file", path)
	}
	if err != nil {
		return nil, usageErrorf("cannot read %s: %v", path, errorText(err))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, usageErrorf("cannot read %s: %v", path, errorText(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, model.MaxSize+1))
	if err != nil {
		return nil, usageErrorf("cannot read %s: %v", path, errorText(err))
	}
	if len(data) > model.MaxSize {
		return nil, usageErrorf("%s is larger than the limit of %d bytes", path, model.MaxSize)
	}
	return data, nil
}

// rowFailure reports bad rows as DATA:LINE: message, in line order, exit
// status 1.
func rowFailure(e env, data string, bad model.RowErrors) error {
	sort.SliceStable(bad, func(i, j int) bool { return bad[i].Line < bad[j].Line })
	for _, r := range bad {
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", data, r.Line, textsafe.Line(r.Msg))
	}
	return failf("%s: %d bad %s; nothing was applied", data, len(bad), plural(len(bad), "row", "rows"))
}

// snapshot is the value at each set path of the rows, as the file writes it.
func snapshot(doc *model.Doc, rows []model.Reading) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		p, err := doc.Resolve(r.Path, true)
		if err != nil || len(p) == 2 && p[0] == "goals" {
			continue
		}
		v := "unset"
		if n, err := doc.Text().Get(p); err == nil {
			v = n.Value
		}
		out[r.Path] = v
	}
	return out
}

// changes are the lines that say what an ingest changed: each goal
// recorded, with its status when it moved, then each value set.
func changes(doc *model.Doc, rows []model.Reading, before map[string]string, goals []model.Goal) []string {
	var out []string
	for i, g := range doc.Map().Goals {
		if i < len(goals) && (len(g.History) != len(goals[i].History) || !sameFloat(g.Current, goals[i].Current) || historyChanged(g, goals[i])) {
			out = append(out, goalLine(doc, goals[i], g))
		}
	}
	seen := map[string]bool{}
	for _, r := range rows {
		old, ok := before[r.Path]
		if !ok || seen[r.Path] {
			continue
		}
		seen[r.Path] = true
		p, _ := doc.Resolve(r.Path, false)
		now := "unset"
		if n, err := doc.Text().Get(p); p != nil && err == nil {
			now = n.Value
		}
		if now != old {
			out = append(out, textsafe.Line(fmt.Sprintf("%s: %s → %s", r.Path, old, now)))
		}
	}
	return out
}

func historyChanged(a, b model.Goal) bool {
	for i := range a.History {
		if i < len(b.History) && a.History[i] != b.History[i] {
			return true
		}
	}
	return false
}

func sameFloat(a, b *float64) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
