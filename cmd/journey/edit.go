package main

import (
	"errors"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/portfolio"
	"github.com/journey-maps/journey/model/store"
	"github.com/journey-maps/journey/ui"
	"github.com/journey-maps/journey/ui/common"
	"github.com/spf13/cobra"
)

func init() {
	commands = append(commands, newEditCmd, newViewCmd)
	openRoot = func(e env, cmd *cobra.Command, args []string) error {
		return openEditor(e, cmd, args, false)
	}
	openRootFlags = editorFlags
}

func newEditCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "edit [FILE|DIR]",
		Short: "Open a map in the editor (the same as `journey FILE`)",
		Long: `Open a journey map in the terminal editor. Given a folder, or nothing in a
folder that holds maps, open the portfolio of every map under it (what needs
attention first; o orders, f filters, tab shows goals, pain points and
opportunities across maps, / searches them all); enter opens a map and
quitting it returns to the same row.`,
		Example: `  journey edit maps/online-shop.yaml
  journey edit maps/
  journey edit --theme high-contrast maps/online-shop.yaml   # for a projector`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return openEditor(e, cmd, args, false) },
	}
	editorFlags(cmd)
	return cmd
}

// revisionMap reads the map at file as git revision rev holds it, for
// view --changes.
func revisionMap(e env, rev, file string, day model.Date) (*model.Map, error) {
	return mapAt(e, revisionInput(rev, file), day)
}

// revisionInput is file, a path on disk, as git revision rev holds it.
func revisionInput(rev, file string) input {
	path := file
	if !filepath.IsAbs(path) && !strings.HasPrefix(path, "./") && !strings.HasPrefix(path, "../") {
		path = "./" + path
	}
	if filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, path); err == nil {
				path = "./" + rel
			}
		}
	}
	return input{arg: rev + ":" + path, rev: rev, path: path}
}

// mapAt reads and decodes the map a git revision holds at in.path.
func mapAt(e env, in input, day model.Date) (*model.Map, error) {
	data, err := in.read(e)
	if err != nil {
		return nil, err
	}
	doc, err := model.Parse(in.name(), data, day)
	if doc == nil {
		return nil, failf("%s at %s is not a map: %v", terminalSafe(in.path), terminalSafe(in.rev), errorText(err))
	}
	return doc.Map(), nil
}

func newViewCmd(e env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "view [FILE|DIR|REV:PATH]",
		Short: "Open a map read-only, to review it",
		Long: `Open a journey map in the editor without the means to change it: every
editing key is off and absent from the help, and the file is never written.
Meant for reviewing a map from a pull request.

REV:PATH opens a map as a git revision holds it (HEAD~1:maps/shop.yaml;
PATH is from the top of the repository, or ./PATH from the current
directory, as in git).`,
		Example: `  journey view maps/online-shop.yaml
  journey view HEAD~1:maps/online-shop.yaml
  journey view --changes HEAD~1 maps/online-shop.yaml
  NO_COLOR=1 journey view maps/`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return openEditor(e, cmd, args, true) },
	}
	editorFlags(cmd)
	cmd.Flags().String("changes", "", "mark on the board and in the goals panel what changed since this git revision (] and [ go from one change on the board to the next)")
	return cmd
}

// editorFlags declares the flags every way of opening the editor takes.
func editorFlags(cmd *cobra.Command) {
	cmd.Flags().String("theme", "default", "colours: default (adapts to light and dark terminals) or high-contrast (for projectors); NO_COLOR turns colour off")
	cmd.Flags().Bool("autosave", false, "write the file a second after each edit (for workshops where no one will remember to save)")
	cmd.Flags().Bool("room", false, "open in the room view: no panels, the board and the curve fill the screen (z toggles it)")
	cmd.Flags().Bool("no-mouse", false, "leave the mouse to the terminal, so that text can be selected and copied")
}

// themeFlag is the --theme an editor was asked for; NO_COLOR turns colour
// off whatever it says.
func themeFlag(cmd *cobra.Command) (common.Theme, error) {
	name, _ := cmd.Flags().GetString("theme")
	theme, err := common.ParseTheme(name)
	if err != nil {
		return theme, usageErrorf("%v", err)
	}
	if os.Getenv("NO_COLOR") != "" {
		theme = common.ThemeNoColor
	}
	return theme, nil
}

// openEditor runs the editor on a file, or the portfolio of a folder, until
// the user quits.
func openEditor(e env, cmd *cobra.Command, args []string, readOnly bool) error {
	theme, err := themeFlag(cmd)
	if err != nil {
		return err
	}
	day, err := today()
	if err != nil {
		return err
	}
	file, dir, err := editorTarget(args)
	var related func(string, model.Date) (*model.Map, error)
	if rev, ok := revisionArg(args, err); ok {
		if !readOnly {
			return usageErrorf("%s is a git revision, which cannot be edited; open it with journey view %s", args[0], args[0])
		}
		if file, err = revisionFile(e, rev); err != nil {
			return err
		}
		defer os.RemoveAll(filepath.Dir(file))
		related = func(rel string, day model.Date) (*model.Map, error) { return relatedAt(e, rev, rel, day) }
	} else if err != nil {
		return err
	}
	var base *model.Map
	since, _ := cmd.Flags().GetString("changes")
	if since != "" {
		if !readOnly || file == "" {
			return usageErrorf("--changes REV FILE: with journey view, on a map file (not a folder or a revision)")
		}
		if base, err = revisionMap(e, since, file, day); err != nil {
			return err
		}
	}
	autosave, _ := cmd.Flags().GetBool("autosave")
	if autosave && readOnly {
		return usageErrorf("--autosave: view never writes the file; use journey edit")
	}
	c := common.New(theme, day, readOnly)
	c.Autosave = autosave
	c.RoomView, _ = cmd.Flags().GetBool("room")
	c.ChangesBase, c.ChangesSince = base, since
	c.ReadRelated = related
	shell := ui.NewShell(c, ui.ModelLoader(day), file, dir)
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)}
	if noMouse, _ := cmd.Flags().GetBool("no-mouse"); !noMouse {
		opts = append(opts, tea.WithMouseCellMotion())
	}
	p := tea.NewProgram(shell, opts...)
	// A closed terminal (SIGHUP) stops the editor as SIGTERM does, unless
	// ignored (nohup), so that the edits since the last recovery write are
	// kept below.
	hup := make(chan os.Signal, 1)
	if !signal.Ignored(syscall.SIGHUP) {
		signal.Notify(hup, syscall.SIGHUP)
	}
	go func() {
		if _, ok := <-hup; ok {
			p.Kill()
		}
	}()
	restore, logPath := divertCrashOutput()
	_, err = p.Run()
	signal.Stop(hup)
	close(hup)
	shell.Flush()
	restore(err != nil)
	if err != nil {
		if errors.Is(err, tea.ErrProgramPanic) {
			msg := "the editor stopped on an internal error; the terminal has been restored.\n" +
				"Unsaved edits are kept: open the map again to restore them."
			if logPath != "" {
				msg += "\nDetails for a bug report: " + logPath
			}
			return failf("%s", msg)
		}
		return failf("%v", err)
	}
	return nil
}

// divertCrashOutput points the process's stdout and stderr at a crash log
// while the editor runs (the editor itself draws on the terminal it was
// given), so that a panic's stack trace lands in the log rather than in
// front of a room. restore puts them back and keeps the log only when
// asked (after a failure) and it holds something.
func divertCrashOutput() (restore func(keep bool), path string) {
	dir, err := store.Dir()
	if err == nil {
		err = os.MkdirAll(filepath.Dir(dir), 0o700)
	}
	var f *os.File
	if err == nil {
		f, err = os.CreateTemp(filepath.Dir(dir), "crash-*.log")
	}
	if err != nil {
		return func(bool) {}, ""
	}
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = f, f
	return func(keep bool) {
		os.Stdout, os.Stderr = stdout, stderr
		info, _ := f.Stat()
		f.Close()
		if !keep || info == nil || info.Size() == 0 {
			os.Remove(f.Name())
		}
	}, f.Name()
}

// editorTarget sorts the argument into a map file or a folder to pick
// from; with no argument, the current folder if it holds maps.
func editorTarget(args []string) (file, dir string, err error) {
	if len(args) == 0 {
		found, _ := portfolio.Walk(".")
		if len(found.Files) == 0 {
			return "", "", usageErrorf("no map given and no journey maps in this folder\nOpen one with 'journey FILE', or start one with 'journey new FILE'.")
		}
		return "", ".", nil
	}
	info, err := os.Stat(args[0])
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", "", usageErrorf("%s: no such file or folder", args[0])
		}
		return "", "", usageErrorf("%v", err)
	}
	if info.IsDir() {
		return "", args[0], nil
	}
	return args[0], "", nil
}

// relatedAt reads the map that a map in a git revision names by a path
// relative to itself (its ideal:), from the same revision. A path the
// user gave relative to the working folder (./, ../) stays so; one from
// the repository's root stays that.
func relatedAt(e env, rev input, rel string, day model.Date) (*model.Map, error) {
	p := path.Join(path.Dir(rev.path), filepath.ToSlash(rel))
	if strings.HasPrefix(rev.path, "./") && !strings.HasPrefix(p, "../") {
		p = "./" + p
	}
	return mapAt(e, input{arg: rev.rev + ":" + p, rev: rev.rev, path: p}, day)
}

// revisionArg reports whether the editor's argument, which is no file or
// folder, reads as REV:PATH.
func revisionArg(args []string, targetErr error) (input, bool) {
	if targetErr == nil || len(args) == 0 {
		return input{}, false
	}
	in := parseInput(args[0])
	return in, in.rev != ""
}

// revisionFile copies a map out of git into a private temporary folder,
// read-only, for the viewer to open like any file; the caller removes the
// folder. The copy keeps the file's name, which error screens show.
func revisionFile(e env, in input) (string, error) {
	data, err := in.read(e)
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "journey-view-")
	if err != nil {
		return "", failf("%v", err)
	}
	path := filepath.Join(dir, filepath.Base(in.path))
	if err := os.WriteFile(path, data, 0o400); err != nil {
		os.RemoveAll(dir)
		return "", failf("%v", err)
	}
	return path, nil
}
