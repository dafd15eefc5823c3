package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/export"
	"github.com/journey-maps/journey/model/session"
	"github.com/journey-maps/journey/model/textsafe"
)

// Quick edits from the shell: each loads the map, makes one edit through
// the document (so only the edited lines change), and saves atomically.

func init() { commands = append(commands, newGetCmd, newSetCmd, newAddCmd, newRmCmd) }

const pathHelp = `PATH is dotted: title, goals.completion.current,
stages.apply.touchpoints.app-form.emotion. A list item is named by its id,
the slug of its name (or text), or its 0-based index:
stages.verify.pain_points.0.severity.`

// broken is what loadForEdit does with a map that parses but has errors.
type broken int

const (
	refuseBroken broken = iota // list its errors and fail
	readBroken                 // load it quietly: get prints what is there
	repairBroken               // list its errors and load it for an edit
)

// loadForEdit loads a map for a quick edit, turning a map that does not
// parse into its located errors. A map that parses but has errors is
// treated as mode says.
func loadForEdit(e env, file string, mode broken) (*model.Doc, error) {
	day, err := today()
	if err != nil {
		return nil, err
	}
	doc, err := model.Load(file, day)
	var ds model.Diagnostics
	switch {
	case err == nil:
		return doc, nil
	case asDiagnostics(err, &ds) && doc != nil && mode != refuseBroken:
		// Repair mode: the map parses but has errors. It is read and
		// edited all the same; an edit that adds a problem is refused
		// (Doc.Apply), one that fixes a problem or leaves it is made.
		if mode == repairBroken {
			fmt.Fprintf(e.stderr, "journey: %s has errors; repair mode: an edit that adds a problem is refused\n", terminalSafe(file))
			for _, d := range ds {
				if d.Severity == model.Error {
					fmt.Fprintln(e.stderr, terminalSafe(d.String()))
				}
			}
		}
		return doc, nil
	case asDiagnostics(err, &ds):
		for _, d := range ds {
			fmt.Fprintln(e.stderr, terminalSafe(d.String()))
		}
		return nil, failf("%s is not a valid map; fix the errors above first", file)
	}
	return nil, &exitError{code: exitUsage, msg: fmt.Sprintf("cannot read %s: %v", file, errorText(err))}
}

// quickEdit is a map open for one edit from the shell. It holds the map's
// lock from loading to saving, so that quick edits running side by side
// (a script setting many fields at once) take turns and every one lands.
type quickEdit struct {
	doc    *model.Doc
	sess   *session.Session
	unlock func()
}

// openForEdit locks and loads a map for a quick edit. Call close when done.
func openForEdit(e env, file string) (*quickEdit, error) {
	unlock, err := model.LockFile(file)
	if err != nil {
		return nil, failf("cannot edit %s: %v", file, errorText(err))
	}
	doc, err := loadForEdit(e, file, repairBroken)
	if err != nil {
		unlock()
		return nil, err
	}
	return &quickEdit{doc: doc, sess: session.New(doc), unlock: unlock}, nil
}

func (q *quickEdit) close() { q.unlock() }

// editAt locks and loads a map for a quick edit of the item or field at a
// dotted path (forWrite: a field that may not exist yet); force writes
// over a read-only or hard-linked file. Call close when done.
func editAt(e env, file, path string, forWrite, force bool) (*quickEdit, model.Path, error) {
	q, err := openForEdit(e, file)
	if err != nil {
		return nil, nil, err
	}
	q.doc.AllowOverwrite(force)
	p, err := q.resolve(path, forWrite)
	if err != nil {
		q.close()
		return nil, nil, err
	}
	return q, p, nil
}

// resolve turns a dotted path into the document's; forWrite lets the last
// step name a field that does not exist yet.
func (q *quickEdit) resolve(path string, forWrite bool) (model.Path, error) {
	p, err := q.doc.Resolve(path, forWrite)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	return p, nil
}

// apply makes one edit through the session and writes the file when
// anything changed.
func (q *quickEdit) apply(act model.Action) error {
	if _, err := q.sess.Do(cliActor, act); err != nil && !errors.Is(err, session.ErrNothing) {
		var ee *model.EditError
		if errors.As(err, &ee) {
			return failf("refused: %s", ee.Diagnostic.Message)
		}
		return failf("refused: %v", err)
	}
	if !q.sess.Dirty() {
		return nil
	}
	if err := q.sess.Save(cliActor, false); err != nil {
		return failf("cannot save %s: %v", q.doc.Path(), err)
	}
	return nil
}

// cliActor is who makes the shell's edits.
const cliActor session.Actor = "cli"

func newGetCmd(e env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "get FILE PATH",
		Short: "Print a value or a part of a map",
		Long: `Print the value at PATH: a single value plainly, a list or mapping as YAML;
with --format json, any value as JSON (numbers as numbers, dates as strings),
for scripts. Fields taken from a merge key (<<) count as the mapping's own.

` + pathHelp,
		Example: `  journey get maps/online-shop.yaml title
  journey get maps/online-shop.yaml stages.purchase.touchpoints.checkout-form.emotion
  journey get maps/online-shop.yaml goals.0
  journey get --format json maps/online-shop.yaml goals.first-order-csat`,
		Args:              exactArgs(2),
		ValidArgsFunction: completeMapPath(false),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageErrorf("unknown format %q: use text or json", format)
			}
			doc, err := loadForEdit(e, args[0], readBroken)
			if err != nil {
				return err
			}
			n, err := doc.Lookup(args[1])
			if err != nil {
				return usageErrorf("%v", err)
			}
			if format == "json" {
				out, err := export.JSONAt(doc.Path(), n, doc.Text().Line)
				if err != nil {
					return failf("%s cannot be printed: %v", args[1], err)
				}
				_, err = e.stdout.Write(out) // export.JSON escapes as textsafe.JSON does
				return err
			}
			if n, err = model.Flatten(n, maxPrintedNodes); err != nil {
				return failf("%s cannot be printed: %v", args[1], err)
			}
			if n.Kind == yaml.ScalarNode {
				// A block scalar's value ends in its own line break.
				v := strings.TrimSuffix(n.Value, "\n")
				if isTerminal(e.stdout) {
					// Map text is untrusted: no escape sequence reaches a
					// terminal. A pipe gets the value as it is, for scripts.
					v = textsafe.ShowText(v)
				}
				fmt.Fprintln(e.stdout, v)
				return nil
			}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			enc.SetIndent(2)
			if err := enc.Encode(n); err != nil {
				return failf("%v", err)
			}
			out := buf.String()
			if isTerminal(e.stdout) {
				out = textsafe.ShowText(out)
			}
			_, err = io.WriteString(e.stdout, out)
			return err
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text (a value plainly, a part as YAML) or json")
	return cmd
}

// maxPrintedNodes bounds what get prints of a part of a map, aliases
// expanded: far beyond a real map, short of an alias bomb.
const maxPrintedNodes = 1 << 20

func newSetCmd(e env) *cobra.Command {
	var force, rename bool
	cmd := &cobra.Command{
		Use:   "set FILE PATH VALUE",
		Short: "Change one value in a map, leaving every other line as it was",
		Long: `Set the value at PATH, adding the field when it is missing. The value is
checked against the format first (an emotion is -2..2, a severity is low,
medium, high or critical, a date is YYYY-MM-DD). Only the edited line
changes; setting a value to what it already is leaves the file untouched.

` + pathHelp,
		Example: `  journey set maps/online-shop.yaml stages.purchase.touchpoints.checkout-form.emotion -1
  journey set maps/online-shop.yaml goals.checkout-conversion.current 51
  journey set maps/online-shop.yaml title "First online purchase (2027)"
  journey set --rename maps/online-shop.yaml stages.purchase.id checkout`,
		Args:              exactArgs(3),
		ValidArgsFunction: completeMapPath(true),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, p, err := editAt(e, args[0], args[1], true, force)
			if err != nil {
				return err
			}
			defer q.close()
			act, err := model.SetPath(q.doc, p, args[2])
			if rename && err == nil {
				act, err = model.RenameWithReferences(q.doc, p, args[2])
			}
			var shape *model.ShapeError
			switch {
			case errors.As(err, &shape):
				return usageErrorf("%s is a list or a mapping; change its items, or use journey add / journey rm", args[1])
			case err != nil:
				return failf("refused: %v", err)
			}
			return q.apply(act)
		},
	}
	// Flags end at FILE, so that a VALUE of -1 is a value, not a flag.
	cmd.Flags().SetInterspersed(false)
	forceFlag(cmd, &force)
	cmd.Flags().BoolVar(&rename, "rename", false, "when PATH is an item's id, change every reference to the item with it (goals' stages, opportunities' addresses and goals), in one edit")
	return cmd
}

func newAddCmd(e env) *cobra.Command {
	at := -1
	var force bool
	cmd := &cobra.Command{
		Use:   "add FILE LISTPATH key=value...",
		Short: "Add an item to a list in a map",
		Long: `Add an item to the list at LISTPATH, in the file's own indentation and
list style. An item is given as key=value pairs; a list of plain values
(actions, thoughts, tags, ...) takes a single value. Stages, touchpoints,
personas and goals without an id get one derived from their name. The new
item's path is printed.

` + pathHelp,
		Example: `  journey add maps/online-shop.yaml stages.purchase.touchpoints name="Order confirmation email" channel=email emotion=1
  journey add maps/online-shop.yaml stages.purchase.touchpoints.checkout-form.pain_points text="Coupon field sends people hunting for codes" severity=medium
  journey add maps/online-shop.yaml stages.purchase.touchpoints.checkout-form.actions "Looks for a coupon code"
  journey add maps/online-shop.yaml stages name=Loyalty --at 4`,
		ValidArgsFunction: completeMapPath(false),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 3 {
				return usageErrorf("add needs FILE, LISTPATH and at least one key=value (see journey add --help)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			q, p, err := editAt(e, args[0], args[1], true, force)
			if err != nil {
				return err
			}
			defer q.close()
			doc := q.doc
			var pairs [][2]string
			for _, a := range args[2:] {
				k, v, ok := strings.Cut(a, "=")
				if !ok || strings.ContainsAny(k, " \t") {
					k, v = "", a
				}
				pairs = append(pairs, [2]string{k, v})
			}
			act, item, err := model.AddItem(doc, p, at, pairs)
			if err != nil {
				return failf("refused: %v", err)
			}
			if err := q.apply(act); err != nil {
				return err
			}
			n, _ := doc.Text().Get(p)
			idx := at
			if n != nil && (idx < 0 || idx >= len(n.Content)) {
				idx = len(n.Content) - 1
			}
			name := fmt.Sprint(idx)
			if item.Kind == yaml.MappingNode && len(item.Content) > 1 && item.Content[0].Value == "id" {
				name = item.Content[1].Value
			}
			fmt.Fprintf(e.stdout, "added %s.%s\n", args[1], name)
			return nil
		},
	}
	cmd.Flags().IntVar(&at, "at", -1, "insert at this 0-based position instead of appending")
	forceFlag(cmd, &force)
	return cmd
}

func newRmCmd(e env) *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:   "rm FILE PATH",
		Short: "Remove an item or a field from a map",
		Long:  "Remove the item or field at PATH with the lines it owns, its comments included.\n\n" + pathHelp,
		Example: `  journey rm maps/online-shop.yaml stages.consideration.touchpoints.reviews.pain_points.0
  journey rm maps/online-shop.yaml stages.advocacy`,
		Args:              exactArgs(2),
		ValidArgsFunction: completeMapPath(false),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, p, err := editAt(e, args[0], args[1], false, force)
			if err != nil {
				return err
			}
			defer q.close()
			return q.apply(model.Remove(p, "removed "+args[1]))
		},
	}
	forceFlag(cmd, &force)
	return cmd
}

// forceFlag declares --force for the commands that write a map.
func forceFlag(cmd *cobra.Command, force *bool) {
	cmd.Flags().BoolVar(force, "force", false, "write even over a read-only file or one with other hard links (a new file, which breaks the link)")
}

// exactArgs is cobra.ExactArgs with a usage exit code and a pointer to help.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s takes %d %s, got %d (see journey %s --help)", cmd.Name(), n, plural(n, "argument", "arguments"), len(args), cmd.Name())
		}
		return nil
	}
}
