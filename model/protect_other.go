//go:build !unix

package model

import "os"

func linkCount(os.FileInfo) uint64 { return 1 }

func keepOwner(*os.File, os.FileInfo) {}
