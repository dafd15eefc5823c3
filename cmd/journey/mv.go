package main

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
)

func init() { commands = append(commands, newMvCmd) }

func newMvCmd(e env) *cobra.Command {
	at := -1
	var to string
	var force bool
	cmd := &cobra.Command{
		Use:   "mv FILE PATH [--to LISTPATH] [--at N]",
		Short: "Move an item within its list or to another list",
		Long: `Move the list item at PATH (a touchpoint, a pain point, a goal...) to position
--at of its own list, or of the list --to names (a touchpoint to another
stage). The item's own lines travel with it, comments included; nothing
else changes.

` + pathHelp,
		Example: `  journey mv maps/online-shop.yaml stages.purchase.touchpoints.payment --at 0
  journey mv maps/online-shop.yaml stages.purchase.touchpoints.payment --to stages.delivery.touchpoints --at 0`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, p, err := editAt(e, args[0], args[1], false, force)
			if err != nil {
				return err
			}
			defer q.close()
			from, err := strconv.Atoi(p[len(p)-1])
			if err != nil || len(p) < 2 {
				return usageErrorf("%s is not an item of a list", args[1])
			}
			list := append(model.Path{}, p[:len(p)-1]...)
			dest := list
			if to != "" {
				if dest, err = q.resolve(to, false); err != nil {
					return err
				}
			}
			if at < 0 {
				return usageErrorf("--at N: where in the list the item goes (0 is first)")
			}
			if n, ok := q.doc.ListLen(dest); ok {
				last := n // after the item has left its place: one fewer in its own list
				if slices.Equal(dest, list) {
					last = n - 1
				}
				if at > last {
					return usageErrorf("--at %d is past the end of the list: it takes 0 to %d", at, last)
				}
			}
			return q.apply(model.MoveItem(list, from, dest, at, fmt.Sprintf("moved %s", args[1])))
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the list to move the item to (default: its own)")
	cmd.Flags().IntVar(&at, "at", -1, "the 0-based position in that list, counted after the item has left its place")
	forceFlag(cmd, &force)
	return cmd
}
