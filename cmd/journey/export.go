package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/model/mermaid"
)

func init() { commands = append(commands, newExportCmd) }

// formatByExt picks a format from the output file's extension when no
// --format is given.
var formatByExt = map[string]string{
	".md": "markdown", ".markdown": "markdown", ".mmd": "mermaid", ".mermaid": "mermaid",
	".csv": "csv", ".json": "json", ".txt": "text", ".svg": "svg", ".html": "html", ".htm": "html",
}

func newExportCmd(e env) *cobra.Command {
	var format, out, today, theme string
	cmd := &cobra.Command{
		Use:   "export FILE",
		Short: "Write a map as Markdown, Mermaid, CSV, JSON, plain text, an SVG picture or an HTML page",
		Long: `Write a map in another format, to standard output or to -o OUT.

Formats:
  markdown  a document for GitHub: personas, the stages table, the emotion
            curve as a Mermaid diagram, goals with status, funnel, priorities
  mermaid   a Mermaid journey diagram (emotion -2..2 as scores 1..5)
  csv       one row per touchpoint, for spreadsheets
  json      the whole file as JSON, keys in file order, x- keys included
  text      one fact per line, for git diff (see docs/git.md)
  svg       the map as a picture: stage columns, the emotion curve per
            persona, touchpoint cards with pain points and opportunities,
            goal progress; self-contained, GitHub shows it inline
  html      one self-contained page: the picture, then goals, funnel,
            priorities and personas as tables; prints to PDF cleanly

--theme light|dark picks the colours of svg and html (default light).

Without --format the format follows OUT's extension (.md, .mmd, .csv, .json,
.txt, .svg, .html), else markdown. FILE may be - for standard input or REV:PATH for a
file in git. Goal status is computed for today, or for --today.

The text format never fails on a file it cannot read as a map (git runs it
on every file the diff driver covers): it prints the file as it is, with a
warning on standard error.

Exit status: 0 on success, 1 when FILE is not a valid map (its errors are
printed), 2 for bad arguments or an unreadable FILE.`,
		Example: `  journey export maps/online-shop.yaml -o docs/online-shop.md
  journey export maps/online-shop.yaml --format mermaid
  journey export HEAD~1:maps/online-shop.yaml --format csv > before.csv
  journey export maps/online-shop.yaml -o online-shop.svg
  journey export maps/online-shop.yaml --format html --theme dark > online-shop.html`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				format = formatByExt[strings.ToLower(filepath.Ext(out))]
			}
			if format == "" || format == "md" {
				format = "markdown"
			}
			if !slices.Contains(export.Formats, format) {
				return usageErrorf("unknown --format %q (want %s)", format, strings.Join(export.Formats, ", "))
			}
			th, err := export.ParseTheme(theme)
			if err != nil {
				return usageErrorf("--theme: %v", err)
			}
			if theme != "light" && format != "svg" && format != "html" {
				return usageErrorf("--theme applies to --format svg and html only")
			}
			day, err := todayFlag(today)
			if err != nil {
				return err
			}
			in := parseInput(args[0])
			data, err := in.read(e)
			if err != nil {
				return err
			}
			doc, err := parseMap(e, in, data, day)
			if err != nil && format == "text" {
				fmt.Fprintf(e.stderr, "journey: %v; showing it as it is\n", err)
				return write(e, out, []byte(export.Raw(data)))
			}
			if err != nil {
				return failf("%v", err)
			}
			result, err := render(doc, format, day, th)
			if err != nil {
				return failf("%v", err)
			}
			return write(e, out, result)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "", "output format: "+strings.Join(export.Formats, ", "))
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&theme, "theme", "light", "colours of svg and html: light or dark")
	cmd.Flags().StringVar(&today, "today", "", "compute goal status for this date (YYYY-MM-DD) instead of today")
	return cmd
}

func render(doc *model.Doc, format string, today model.Date, th export.Theme) ([]byte, error) {
	m := doc.Map()
	switch format {
	case "markdown":
		return []byte(export.Markdown(m, today)), nil
	case "mermaid":
		return []byte(mermaid.Render(m)), nil
	case "csv":
		return export.CSV(m), nil
	case "json":
		return export.JSONAt(doc.Path(), doc.Text().Node(), doc.Text().Line)
	case "svg":
		return []byte(export.SVG(m, today, th)), nil
	case "html":
		return []byte(export.HTML(m, today, th)), nil
	default:
		return []byte(export.Text(m)), nil
	}
}

// write puts the output in a file, atomically, or on standard output.
func write(e env, out string, data []byte) error {
	if out == "" || out == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	if err := model.WriteFileAtomic(out, data); err != nil {
		return usageErrorf("cannot write %s: %v", out, err)
	}
	return nil
}
