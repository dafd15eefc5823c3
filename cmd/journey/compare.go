package main

import (
	"fmt"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/screens"
)

func init() { commands = append(commands, newCompareCmd) }

func newCompareCmd(e env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "compare CURRENT [IDEAL]",
		Short: "Set a current map beside its ideal: emotion gaps per stage, what the ideal adds and removes",
		Long: `Compare a map of today's journey with the ideal one: per stage (matched by
id, else the slug of the name) the mean emotion of each map and the gap,
ideal - current (positive: the ideal is better); the touchpoints that exist
on one side only; the pain points the ideal no longer has; and the
opportunities whose addresses name those pain points.

Without IDEAL, the map named by CURRENT's "ideal:" key is used (a path
relative to CURRENT). Each may be - for standard input or REV:PATH for a file
in git.

On a terminal, without --format, it opens a read-only screen: both
curves over the stage columns (● current, ○ ideal), each stage's means
and gap, and the lists below; ↑/↓ scroll, ? help, q quits. --format text
(the default when the output is not a terminal), markdown or json prints. In json, "stages" is a list of
{"id", "name", "current", "ideal", "gap"} with the means as numbers (null
where a side has none).

Exit status: 0 on success, 1 when a map is not valid (its errors are
printed), 2 for bad arguments or an unreadable file.`,
		Example: `  journey compare maps/online-shop.yaml maps/ideal/online-shop.yaml
  journey compare maps/online-shop.yaml --format markdown > gaps.md
  journey compare maps/online-shop.yaml --format json`,
		Args: rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "markdown" && format != "json" {
				return usageErrorf("unknown --format %q (want text, markdown, json)", format)
			}
			day, err := today()
			if err != nil {
				return err
			}
			cur, err := compareInput(e, parseInput(args[0]), day)
			if err != nil {
				return err
			}
			var idealIn input
			if len(args) == 2 {
				idealIn = parseInput(args[1])
			} else {
				if cur.Ideal == "" {
					return usageErrorf("%s names no ideal map (ideal: PATH); give IDEAL as a second argument", args[0])
				}
				in := parseInput(args[0])
				p := filepath.Join(filepath.Dir(in.path), cur.Ideal)
				if in.rev != "" {
					p = in.rev + ":" + filepath.ToSlash(p)
				}
				idealIn = parseInput(p)
			}
			ideal, err := compareInput(e, idealIn, day)
			if err != nil {
				return err
			}
			c := model.Compare(cur, ideal)
			names := [2]string{parseInput(args[0]).name(), idealIn.name()}
			if !cmd.Flags().Changed("format") && interactive(e) {
				return compareScreen(e, cur, ideal, names, c, day)
			}
			switch format {
			case "markdown":
				fmt.Fprint(e.stdout, export.CompareMarkdown(c, names[0], names[1]))
			case "json":
				out, err := export.CompareJSON(c, names[0], names[1])
				if err != nil {
					return failf("%v", err)
				}
				e.stdout.Write(out)
			default:
				fmt.Fprint(e.stdout, export.CompareText(c, names[0], names[1]))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown, json")
	return cmd
}

// interactive reports whether both ends are a terminal a person types at
// (not a pipe, a file or /dev/null, which is a character device too).
func interactive(e env) bool {
	in, ok1 := e.stdin.(*os.File)
	out, ok2 := e.stdout.(*os.File)
	return ok1 && ok2 && isatty.IsTerminal(in.Fd()) && isatty.IsTerminal(out.Fd())
}

// compareScreen shows the comparison on the terminal until q.
func compareScreen(e env, cur, ideal *model.Map, names [2]string, c model.Comparison, day model.Date) error {
	theme := common.ThemeDefault
	if os.Getenv("NO_COLOR") != "" {
		theme = common.ThemeNoColor
	}
	common := common.New(theme, day, true)
	p := tea.NewProgram(screens.NewCompare(common.View(), cur, ideal, names, c), tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout))
	if _, err := p.Run(); err != nil {
		return failf("%v", err)
	}
	return nil
}

// compareInput reads one side of a comparison; a map with errors is exit 1.
func compareInput(e env, in input, day model.Date) (*model.Map, error) {
	data, err := in.read(e)
	if err != nil {
		return nil, err
	}
	doc, err := parseMap(e, in, data, day)
	if err != nil {
		return nil, failf("%v", err)
	}
	return doc.Map(), nil
}

// rangeArgs accepts from min to max arguments, with the usage exit status.
func rangeArgs(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < min || len(args) > max {
			return usageErrorf("%s takes %d or %d arguments, got %d (see journey %s --help)", cmd.Name(), min, max, len(args), cmd.Name())
		}
		return nil
	}
}
