//go:build unix

package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// TestLoadRefusesAnEndlessFile opens a device that reads forever while a
// stat says it is empty: the load must stop at the size limit with a
// clear error, not read until memory runs out.
func TestLoadRefusesAnEndlessFile(t *testing.T) {
	done := make(chan error, 1)
	go func() {
		_, err := model.Load("/dev/zero", docToday)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("Load(/dev/zero) = %v; want the size limit named", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Load of an endless file did not stop")
	}
}
