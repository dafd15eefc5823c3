package yamldoc

import (
	"os"
	"testing"
)

// TestMain makes every edit that skips the full parse check itself
// against one (see yamldoc.CheckEnv).
func TestMain(m *testing.M) {
	os.Setenv(CheckEnv, "1")
	os.Exit(m.Run())
}
