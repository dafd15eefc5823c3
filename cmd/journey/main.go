// Command journey edits customer journey maps kept as YAML files in git.
//
// This package only parses arguments and wires the model and the editor
// together; the work happens in model/ and ui/.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// Exit codes shared by every command.
const (
	exitOK       = 0
	exitProblems = 1 // lint found errors, diff found differences, a map is invalid
	exitUsage    = 2 // bad arguments or an unreadable path
)

// exitError carries an exit code out of a command. A nil or empty message
// means the command already said what it had to.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageErrorf reports bad arguments: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

// failf reports a failure of the command's work: exit code 1.
func failf(format string, args ...any) error {
	return &exitError{code: exitProblems, msg: fmt.Sprintf(format, args...)}
}

// env is what commands read and write, so tests can run them in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], env{os.Stdin, os.Stdout, os.Stderr}))
}

// run executes the command line and returns the process exit code.
func run(args []string, e env) int {
	root := newRootCmd(e)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var xe *exitError
	if errors.As(err, &xe) {
		if xe.msg != "" {
			// Messages quote arguments and file names: untrusted text.
			fmt.Fprintln(e.stderr, "journey:", textsafe.ShowText(xe.msg))
		}
		return xe.code
	}
	// Anything else comes from cobra itself: an unknown command or flag.
	fmt.Fprintln(e.stderr, "journey:", textsafe.ShowText(err.Error()))
	fmt.Fprintln(e.stderr, "Run 'journey --help' for usage.")
	return exitUsage
}

func newRootCmd(e env) *cobra.Command {
	root := &cobra.Command{
		Use:   "journey [FILE|DIR]",
		Short: "Edit customer journey maps kept as YAML files in git",
		Long: `journey is a keyboard-driven terminal editor for customer journey maps:
personas, stages, touchpoints, emotions, pain points, opportunities and the
business goals the map serves, kept as plain YAML that diffs honestly in git.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.MaximumNArgs(1),
	}
	withVersion(root)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageErrorf("%v", err)
	})
	for _, add := range commands {
		root.AddCommand(add(e))
	}
	if openRoot != nil {
		root.RunE = func(cmd *cobra.Command, args []string) error { return openRoot(e, cmd, args) }
	}
	if openRootFlags != nil {
		openRootFlags(root)
	}
	completeFlagValues(root)
	return root
}

// openRoot runs `journey [FILE|DIR]` with no subcommand: the editor, set by
// the file that wires the editor in.
var openRoot func(e env, cmd *cobra.Command, args []string) error

// openRootFlags declares the root command's own flags (the editor's), set
// by the same file as openRoot.
var openRootFlags func(root *cobra.Command)

// today is the date goal status and staleness are measured on: the
// machine's date, or JOURNEY_TODAY (YYYY-MM-DD) so that tests, demos and
// reviews of an old map can pin it.
func today() (model.Date, error) {
	if s := os.Getenv("JOURNEY_TODAY"); s != "" {
		d, err := model.ParseDate(s)
		if err != nil {
			return model.Date{}, usageErrorf("JOURNEY_TODAY: %v", err)
		}
		return d, nil
	}
	return model.DateOf(time.Now()), nil
}

// commands builds each subcommand; every command file appends itself in
// its init function so that adding a command touches only its own file.
var commands []func(env) *cobra.Command
