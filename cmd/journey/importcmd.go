package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/mermaid"
)

func init() { commands = append(commands, newImportCmd) }

func newImportCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "import FORMAT FILE",
		Short:   "Turn a diagram from another tool into a map",
		Long:    "Turn a diagram from another tool into a journey map. Formats: mermaid.",
		Example: `  journey import mermaid workshop.mmd -o maps/onboarding.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("import needs a format: journey import mermaid FILE.mmd")
			}
			return usageErrorf("unknown import format %q (want mermaid)", args[0])
		},
		RunE: func(cmd *cobra.Command, args []string) error { return nil },
	}
	cmd.AddCommand(newImportMermaidCmd(e))
	return cmd
}

func newImportMermaidCmd(e env) *cobra.Command {
	var out string
	var force bool
	cmd := &cobra.Command{
		Use:   "mermaid FILE.mmd",
		Short: "Turn a Mermaid journey diagram into a map",
		Long: `Turn a Mermaid journey diagram into a journey map: sections become stages,
tasks touchpoints, scores 0..5 emotions (score - 3, so 1..5 give -2..2;
Mermaid's 0 also gives -2), and actors personas (each actor of a task also
gets the task's emotion under the touchpoint's emotions). Ids are made
from the names. The title comes from the diagram, else from the file name.
A ` + "```mermaid" + ` fence around the diagram, as in a README, is accepted.

Writes to standard output, or to -o OUT (not over an existing file unless
--force). FILE may be - for standard input.

Exit status: 0 on success, 1 when the diagram cannot be read (each problem
is reported as file:line: message), 2 for bad arguments or an unreadable
FILE.`,
		Example: `  journey import mermaid workshop.mmd -o maps/onboarding.yaml
  journey import mermaid - < workshop.mmd > maps/sketch.yaml   # "-" reads standard input: pbpaste | ...`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := input{arg: args[0], path: args[0]}
			if out != "" && out != "-" && !force {
				if _, err := os.Stat(out); err == nil {
					return usageErrorf("%s already exists; pick another name or pass --force to replace it", out)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return usageErrorf("cannot write %s: %v", out, errorText(err))
				}
			}
			data, err := in.read(e)
			if err != nil {
				return err
			}
			d, err := mermaid.Parse(in.name(), data)
			if err != nil {
				// file:line: message on a line of its own, for editors to jump to.
				fmt.Fprintln(e.stderr, err)
				return &exitError{code: exitProblems}
			}
			title := "Imported journey"
			if in.arg != "-" {
				title = titleFromFile(in.path)
			}
			header := []string{}
			if out != "" && out != "-" {
				if schema := findSchema(filepath.Dir(out)); schema != "" {
					header = append(header, "yaml-language-server: $schema="+schema)
				}
			}
			header = append(header, "Imported from "+in.name()+" by journey import mermaid")
			y, err := mermaid.EncodeYAML(d.Map(title), header...)
			if err != nil {
				return failf("cannot write the map: %v", err)
			}
			// The map must read back; if not, that is a bug to report, not
			// a file to leave behind.
			if _, err := model.Parse(in.name(), y, model.Date{}); err != nil {
				return failf("the imported map does not read back (please report this): %v", err)
			}
			if err := write(e, out, y); err != nil {
				return err
			}
			if out != "" && out != "-" {
				fmt.Fprintf(e.stderr, "wrote %s: %s\n", out, importSummary(d))
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the map to this file instead of standard output")
	cmd.Flags().BoolVar(&force, "force", false, "replace OUT if it exists")
	return cmd
}

func importSummary(d *mermaid.Diagram) string {
	tasks := 0
	for _, s := range d.Sections {
		tasks += len(s.Tasks)
	}
	return fmt.Sprintf("%d stages, %d touchpoints", len(d.Sections), tasks)
}
