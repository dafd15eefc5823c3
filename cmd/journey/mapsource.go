package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/journey-maps/journey/model"
)

// An input names a map for export and diff: a file path, "-" for standard
// input, or REV:PATH for a file as a git revision holds it
// (HEAD~1:maps/shop.yaml). A path that exists is always a path, so a file
// whose name has a colon still reads as itself.
type input struct {
	arg  string // as given
	rev  string // git revision, "" for a file or stdin
	path string // file path, or the path inside the revision
}

func parseInput(arg string) input {
	if arg == "-" {
		return input{arg: arg}
	}
	if _, err := os.Stat(arg); err == nil {
		return input{arg: arg, path: arg}
	}
	if rev, path, ok := strings.Cut(arg, ":"); ok && rev != "" && path != "" {
		return input{arg: arg, rev: rev, path: path}
	}
	return input{arg: arg, path: arg}
}

// name is how messages and diagnostics call the input.
func (in input) name() string {
	if in.arg == "-" {
		return "<stdin>"
	}
	return in.arg
}

// read returns the input's bytes. Every failure is an unreadable input
// (exit 2) with a message naming the input.
func (in input) read(e env) ([]byte, error) {
	var data []byte
	var err error
	switch {
	case in.arg == "-":
		data, err = readLimited(e.stdin)
	case in.rev != "":
		data, err = gitShow(in.rev, in.path)
	case in.path == os.DevNull:
		// git names it for the missing side of an added or deleted file.
	default:
		var f *os.File
		if f, err = model.OpenRegular(in.path); err == nil {
			defer f.Close()
			data, err = readLimited(f)
		}
	}
	if err != nil {
		return nil, &exitError{code: exitUsage, msg: fmt.Sprintf("cannot read %s: %s", in.name(), errorText(err))}
	}
	return data, nil
}

// readLimited reads at most the largest map the document accepts, so a
// stream that never ends cannot exhaust memory.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, model.MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > model.MaxSize {
		return nil, fmt.Errorf("more than %d bytes; too large for a map", model.MaxSize)
	}
	return data, nil
}

// gitShow reads PATH as revision REV has it, through the git command. It
// checks the object is a file first, since `git show` of a directory
// prints a listing that would read as a broken map.
func gitShow(rev, path string) ([]byte, error) {
	if strings.HasPrefix(rev, "-") {
		// git would read it as an option (--output=... writes a file).
		return nil, fmt.Errorf("revision %q cannot start with '-'", rev)
	}
	obj := rev + ":" + path
	kind, err := git("cat-file", "-t", obj)
	if err != nil {
		// cat-file's message is terse; show's names the missing part and
		// hints at the path git expected.
		if _, serr := git("show", "--no-textconv", obj); serr != nil {
			return nil, serr
		}
		return nil, err
	}
	if k := strings.TrimSpace(string(kind)); k != "blob" {
		return nil, fmt.Errorf("%s is a %s in git, not a file", obj, k)
	}
	return git("cat-file", "blob", obj)
}

// git runs a git command and turns its failure into a short message:
// git's own first line, or a plain one for the common cases.
func git(args ...string) ([]byte, error) {
	var out, stderr bytes.Buffer
	cmd := exec.Command("git", args...)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	err := cmd.Run()
	if errors.Is(err, exec.ErrNotFound) {
		return nil, errors.New("reading REV:PATH needs git, which is not installed")
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		switch {
		case strings.Contains(msg, "not a git repository"):
			return nil, errors.New("not in a git repository (REV:PATH reads a file from git)")
		case msg == "":
			return nil, fmt.Errorf("git %s: %v", args[0], err)
		}
		lines := strings.Split(msg, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimPrefix(strings.TrimPrefix(l, "fatal: "), "hint: ")
		}
		return nil, errors.New(strings.Join(lines, "; "))
	}
	return out.Bytes(), nil
}

// parseMap decodes an input's bytes into a document, reporting a broken
// map as its located diagnostics on stderr.
func parseMap(e env, in input, data []byte, today model.Date) (*model.Doc, error) {
	doc, err := model.Parse(in.name(), data, today)
	if err == nil {
		return doc, nil
	}
	var ds model.Diagnostics
	if asDiagnostics(err, &ds) {
		for _, d := range ds {
			if d.Severity == model.Error {
				fmt.Fprintln(e.stderr, terminalSafe(d.String()))
			}
		}
		return nil, fmt.Errorf("%s is not a valid map", in.name())
	}
	return nil, fmt.Errorf("cannot read %s: %v", in.name(), err)
}

// todayFlag reads the --today flag: the real date unless one is given,
// so that goal status in an export can be pinned for reproducible output.
func todayFlag(s string) (model.Date, error) {
	if s == "" {
		return today()
	}
	d, err := model.ParseDate(s)
	if err != nil {
		return model.Date{}, usageErrorf("--today: %v", err)
	}
	return d, nil
}

// bareRevision reads old as new's file in a git revision when old names
// no file and no REV:PATH but a commit, as git diff HEAD FILE does
// (journey diff HEAD maps/shop.yaml); anything else is left as it is.
func bareRevision(old, new input) input {
	if old.rev != "" || old.arg == "-" || strings.HasPrefix(old.arg, "-") || new.rev != "" || new.arg == "-" || new.path == os.DevNull {
		return old
	}
	if _, err := os.Stat(old.path); err == nil {
		return old
	}
	if _, err := git("rev-parse", "--verify", "--quiet", old.arg+"^{commit}"); err != nil {
		return old
	}
	return revisionInput(old.arg, new.path)
}
