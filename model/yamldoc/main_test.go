package yamldoc

import (
	"flag"
	"os"
	"testing"
)

// TestMain makes every edit that skips the full parse check itself
// against one (see yamldoc.CheckEnv), but in benchmarks, which time it.
func TestMain(m *testing.M) {
	flag.Parse()
	if flag.Lookup("test.bench").Value.String() == "" {
		os.Setenv(CheckEnv, "1")
	}
	os.Exit(m.Run())
}
