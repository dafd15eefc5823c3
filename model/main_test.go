package model_test

import (
	"github.com/journey-maps/journey/model/yamldoc"
	"os"
	"testing"
)

// TestMain makes every edit that skips the full parse check itself
// against one (see yamldoc.CheckEnv).
func TestMain(m *testing.M) {
	os.Setenv(yamldoc.CheckEnv, "1")
	os.Exit(m.Run())
}
