package main

import (
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is the program's version as the build recorded it: the module
// version for `go install ...@v1.2.3`, else the commit it was built from.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "devel " + rev
}

// withVersion gives the root command --version.
func withVersion(root *cobra.Command) {
	root.Version = version()
	root.SetVersionTemplate("journey {{.Version}}\n")
}
