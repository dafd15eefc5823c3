//go:build unix

package session

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far (every thread, the
// collector's included), which a loaded machine stretches far less than
// the wall clock.
func cpuTime() (time.Duration, bool) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, false
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano()), true
}
