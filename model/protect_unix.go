//go:build unix

package model

import (
	"os"
	"syscall"
)

// linkCount is how many names the file has.
func linkCount(info os.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

// keepOwner gives the new file the old one's owner and group, so that a
// save run as root (or by a member of the file's group) does not take the
// file over. Where the process may not, the owner stays the process's.
func keepOwner(f *os.File, old os.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		_ = f.Chown(int(st.Uid), int(st.Gid))
	}
}
