package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/model/portfolio"
)

func init() { commands = append(commands, newReportCmd) }

// reportFormats are report's output formats.
var reportFormats = []string{"text", "markdown", "json", "html"}

func newReportCmd(e env) *cobra.Command {
	var format string
	var noCache bool
	cmd := &cobra.Command{
		Use:   "report DIR",
		Short: "Sum up every map under a folder: stale maps, goals at risk, top pain points",
		Long: `Sum up every journey map under DIR (searched like lint does) for a status
meeting or a CI job summary: each map with its owner, state, last review and
whether it is overdue, goal status counts, high and critical pain points and
lint problems; then the stale maps, the goals at risk or overdue, the top pain
points across journeys and the opportunities by status.

--format text (default), markdown, json or html. The json is
{"maps": [...], "goals": [...], "pain_points": [...], "opportunities": {...}}.
In GitHub Actions, append the markdown to $GITHUB_STEP_SUMMARY to show it
on the run's page.

Maps load on every core; their summaries are cached in the user's cache
folder (JOURNEY_CACHE_DIR overrides it) and a map whose size or time
changed is read again; --no-cache reads every map.

Exit status: 0 with the report printed (problems in maps are in it), 2 for
bad arguments or a folder that cannot be read.`,
		Example: `  journey report maps/
  journey report maps/ --format json
  journey report maps/ --format markdown >> "$GITHUB_STEP_SUMMARY"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(reportFormats, format) {
				return usageErrorf("unknown --format %q (want %s)", format, strings.Join(reportFormats, ", "))
			}
			info, err := os.Stat(args[0])
			if err != nil {
				return usageErrorf("cannot read %s: %v", args[0], errorText(err))
			}
			if !info.IsDir() {
				return usageErrorf("%s is not a folder; report sums up the maps under a folder", args[0])
			}
			day, err := today()
			if err != nil {
				return err
			}
			opt := portfolio.Options{Today: day}
			if !noCache {
				c, warn := portfolio.OpenCache(args[0])
				if warn != nil {
					fmt.Fprintf(e.stderr, "journey: %s\n", terminalSafe(warn.Error()))
				}
				opt.Cache = c
			}
			p, err := portfolio.Scan(args[0], opt)
			if err != nil {
				return usageErrorf("cannot read %s: %v", args[0], errorText(err))
			}
			for _, s := range p.Skipped {
				fmt.Fprintf(e.stderr, "journey: skipped %s\n", terminalSafe(s))
			}
			for _, w := range p.Warnings {
				fmt.Fprintf(e.stderr, "journey: %s\n", terminalSafe(w))
			}
			r := portfolio.NewReport(p, day)
			var out []byte
			switch format {
			case "json":
				out, err = r.JSON()
			case "markdown":
				out = []byte(r.Markdown())
			case "html":
				out = []byte(r.HTML(export.Themes["light"]))
			default:
				out = []byte(r.Text())
			}
			if err != nil {
				return err
			}
			_, err = e.stdout.Write(out)
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(reportFormats, ", "))
	cmd.Flags().BoolVar(&noCache, "no-cache", false, "read every map, neither using nor writing the cache")
	return cmd
}
