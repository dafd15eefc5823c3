package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/journey-maps/journey/model"
)

// Shell completion (`journey completion bash|zsh|fish|powershell`, from
// cobra) offers the map's own paths for get, set, add and rm, and the
// values of every flag that takes one of a few words.

// completeMapPath completes the argument after FILE with the paths of the
// map named by FILE; forWrite adds the fields the format knows.
func completeMapPath(forWrite bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		switch len(args) {
		case 0:
			return nil, cobra.ShellCompDirectiveDefault // FILE: the shell's own file names
		case 1:
			day, err := today()
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			doc, _ := model.Load(args[0], day) // a map with errors still has paths
			if doc == nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return doc.Complete(toComplete, forWrite), cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}

// wordsRE is a remark in parentheses, which is not one of the words.
var wordsRE = regexp.MustCompile(`\([^)]*\)`)

// flagWords are the values a flag's help lists after its last colon
// ("output format: text, markdown, json", "colours: light or dark"), up
// to a semicolon, after which the help speaks of something else
// ("...; NO_COLOR turns colour off").
func flagWords(f *pflag.Flag) []string {
	i := strings.LastIndex(f.Usage, ": ")
	if i < 0 {
		return nil
	}
	list, _, _ := strings.Cut(wordsRE.ReplaceAllString(f.Usage[i+2:], ""), ";")
	return strings.FieldsFunc(strings.ReplaceAll(list, " or ", ","), func(r rune) bool { return r == ',' || r == ' ' })
}

// completeFlagValues registers, for every flag of cmd and its subcommands
// named format, template or theme, the words its help lists.
func completeFlagValues(cmd *cobra.Command) {
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		switch f.Name {
		case "format", "template", "theme":
			words := flagWords(f)
			_ = cmd.RegisterFlagCompletionFunc(f.Name, cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp))
		}
	})
	for _, sub := range cmd.Commands() {
		completeFlagValues(sub)
	}
}
