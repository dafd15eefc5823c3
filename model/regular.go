package model

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// ErrNotRegular is the cause of every refusal to read something that is
// not a plain file: a named pipe or a device can block a read forever or
// never end, and a directory is no map.
var ErrNotRegular = errors.New("not a regular file")

// NotRegularError names what a path is when it is not a plain file.
type NotRegularError struct {
	Path string
	Kind string // "a named pipe (FIFO)", "a device", ...
}

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("%s is %s, not a map file", e.Path, e.Kind)
}

// Unwrap lets errors.Is find ErrNotRegular.
func (e *NotRegularError) Unwrap() error { return ErrNotRegular }

// FileKind describes a file mode that is not a regular file, or returns ""
// for a regular one.
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0, m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// CheckRegular refuses a path whose stat says it is not a regular file.
func CheckRegular(path string, info fs.FileInfo) error {
	if k := FileKind(info.Mode()); k != "" {
		return &NotRegularError{Path: path, Kind: k}
	}
	return nil
}

// OpenRegular opens a file for reading only when it is a regular file.
// The open itself does not wait: opening a named pipe for reading blocks
// until a writer comes, so it is opened non-blocking and checked before
// anything reads it.
func OpenRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil {
		err = CheckRegular(path, info)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
