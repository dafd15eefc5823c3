package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

func init() { commands = append(commands, newPrioritiesCmd) }

// rankedJSON is one opportunity of `journey priorities --format json`.
type rankedJSON struct {
	ID    string   `json:"id"`
	Path  string   `json:"path"`
	Text  string   `json:"text"`
	Score *float64 `json:"score"`
	Rank  *int     `json:"rank"`
}

func newPrioritiesCmd(e env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "priorities FILE",
		Short: "Print the opportunities ranked by the map's priorities method",
		Long: `Print the map's opportunities, best first, by the method its priorities name:
impact-effort (impact / effort, then votes; the default), rice (reach ×
impact × confidence / effort) or weighted (Σ weight × score / effort).
Impact and effort count low 1, medium 2, high 3. Each line shows the score
and how it was worked out. An opportunity that lacks a field its method
needs has no score and comes after the scored ones; done and dropped ones
come last, without a rank.

--format json prints a list of {"id", "path", "text", "score", "rank"},
best first; path is the dotted path get and set take, score and rank are
null where there is none.`,
		Example: `  journey priorities maps/online-shop.yaml
  journey priorities maps/saas-trial.yaml --format json`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErrorf("unknown --format %q (want text or json)", format)
			}
			doc, err := loadForEdit(e, args[0], refuseBroken)
			if err != nil {
				return err
			}
			m := doc.Map()
			rs := model.Priorities(m)
			if format == "json" {
				out := make([]rankedJSON, 0, len(rs))
				for _, r := range rs {
					j := rankedJSON{ID: r.Opportunity.Key(), Path: model.PathOf(m, r), Text: r.Opportunity.Text}
					if r.Scored {
						s := r.Score
						j.Score = &s
					}
					if r.Rank > 0 {
						n := r.Rank
						j.Rank = &n
					}
					out = append(out, j)
				}
				b, err := json.MarshalIndent(out, "", "  ")
				if err != nil {
					return failf("%v", err)
				}
				fmt.Fprintln(e.stdout, string(textsafe.JSON(b)))
				return nil
			}
			fmt.Fprintf(e.stdout, "Ranked by %s.\n", model.MethodText(m.Method))
			for _, r := range rs {
				rank, score := "–", "–"
				if r.Rank > 0 {
					rank = strconv.Itoa(r.Rank)
				}
				if r.Scored {
					score = model.Num(r.Score)
				}
				text := r.Opportunity.Text
				if s := r.Opportunity.Status; s == "done" || s == "dropped" {
					text += " (" + s + ")"
				}
				fmt.Fprintf(e.stdout, "%3s  %6s  %s\n", rank, score, textsafe.Line(text))
				fmt.Fprintf(e.stdout, "%13s%s\n", "", textsafe.Line(r.How))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}
