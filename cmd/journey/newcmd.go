package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/maps"
	"github.com/journey-maps/journey/model"
)

func init() { commands = append(commands, newNewCmd, newSchemaCmd) }

func newNewCmd(e env) *cobra.Command {
	var template, title, schema string
	var force bool
	cmd := &cobra.Command{
		Use:   "new FILE",
		Short: "Start a new map from a built-in template",
		Long: fmt.Sprintf(`Write a new journey map to FILE from a template, ready to open in the editor.

Templates: %s.

The map points editors at the JSON Schema through a yaml-language-server
comment when a journey.schema.json is found beside FILE or in a maps/
folder above it, or when --schema names one.`, strings.Join(maps.TemplateNames(), ", ")),
		Example: `  journey new checkout.yaml
  journey new maps/returns.yaml --template ecommerce --title "Returning an order"`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			file := args[0]
			tmpl, ok := maps.Template(template)
			if !ok {
				return usageErrorf("no template %q (have %s)", template, strings.Join(maps.TemplateNames(), ", "))
			}
			if _, err := os.Stat(file); err == nil && !force {
				return usageErrorf("%s already exists; pick another name or pass --force to replace it", file)
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return usageErrorf("cannot write %s: %v", file, errorText(err))
			}
			if title == "" {
				title = titleFromFile(file)
			}
			if schema == "" {
				schema = findSchema(filepath.Dir(file))
			}
			today, err := today()
			if err != nil {
				return err
			}
			data := maps.Fill(tmpl, title, today.String(), schema)
			if _, err := model.Parse(file, data, today); err != nil {
				return failf("template %s does not make a valid map: %v", template, err)
			}
			if err := model.WriteFileAtomic(file, data); err != nil {
				return failf("%v", err)
			}
			fmt.Fprintf(e.stdout, "wrote %s from the %s template; open it with: journey %s\n", file, template, file)
			return nil
		},
	}
	cmd.Flags().StringVar(&template, "template", "blank", "template: "+strings.Join(maps.TemplateNames(), ", "))
	cmd.Flags().StringVar(&title, "title", "", "the map's title (default: from the file name)")
	cmd.Flags().StringVar(&schema, "schema", "", "path of the JSON Schema for the yaml-language-server comment")
	cmd.Flags().BoolVar(&force, "force", false, "replace FILE if it exists")
	return cmd
}

// titleFromFile turns "first-purchase.yaml" into "First purchase".
func titleFromFile(file string) string {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	base = strings.NewReplacer("-", " ", "_", " ").Replace(base)
	if base == "" {
		return "Untitled journey"
	}
	return strings.ToUpper(base[:1]) + base[1:]
}

// findSchema looks for journey.schema.json beside dir, in dir's maps/
// folder, and likewise up to the repository root, as a path relative to dir.
func findSchema(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for d, i := abs, 0; i < 8; d, i = filepath.Dir(d), i+1 {
		for _, c := range []string{filepath.Join(d, "journey.schema.json"), filepath.Join(d, "maps", "journey.schema.json")} {
			if _, err := os.Stat(c); err == nil {
				if rel, err := filepath.Rel(abs, c); err == nil {
					return filepath.ToSlash(rel)
				}
			}
		}
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil || filepath.Dir(d) == d {
			break
		}
	}
	return ""
}

func newSchemaCmd(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the map format",
		Long: `Print the JSON Schema (draft 2020-12) of the journey map format, for editors
and CI. Point a map at it with a first line such as:

  # yaml-language-server: $schema=journey.schema.json`,
		Example: `  journey schema > journey.schema.json`,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := e.stdout.Write(maps.Schema)
			return err
		},
	}
}
