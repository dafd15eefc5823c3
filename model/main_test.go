package model_test

import (
	"flag"
	"github.com/journey-maps/journey/model/yamldoc"
	"os"
	"testing"
)

// TestMain makes every edit that skips the full parse check itself
// against one (see yamldoc.CheckEnv), but in benchmarks, which time it.
func TestMain(m *testing.M) {
	flag.Parse()
	if flag.Lookup("test.bench").Value.String() == "" {
		os.Setenv(yamldoc.CheckEnv, "1")
	}
	os.Exit(m.Run())
}
