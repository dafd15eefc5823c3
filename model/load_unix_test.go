//go:build unix

package model_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// TestLoadRefusesAnEndlessFile opens a device that reads forever while a
// stat says it is empty: the load must refuse it with a clear error, not
// read until memory runs out.
func TestLoadRefusesAnEndlessFile(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		_, err := model.Load("/dev/zero", docToday)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, model.ErrNotRegular) || !strings.Contains(err.Error(), "device") {
			t.Errorf("Load(/dev/zero) = %v; want it refused as a device", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Load of an endless file did not stop")
	}
}
