package yamldoc

import "strings"

// ChangedLines compares two texts line by line around their common first
// and last lines: the lines only in a, and the lines only in b. One edit
// to a document shows as one such hunk, which is how tests and people
// check that an edit touched only its own lines.
func ChangedLines(a, b string) (removed, added []string) {
	al, bl := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	j := 0
	for j < len(al)-i && j < len(bl)-i && al[len(al)-1-j] == bl[len(bl)-1-j] {
		j++
	}
	return al[i : len(al)-j], bl[i : len(bl)-j]
}
