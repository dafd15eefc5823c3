package model

import (
	"strconv"
	"strings"
)

// maxSlugLen keeps generated ids short enough to read in a path.
const maxSlugLen = 48

// Slug turns a name into an id: lowercase ASCII letters and digits, with
// runs of anything else folded into single dashes. "Checkout form (web)"
// becomes "checkout-form-web".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= maxSlugLen {
			break
		}
	}
	return strings.TrimRight(b.String(), "-")
}

// UniqueID derives an id from name that is not in taken: the slug itself,
// or the slug with the smallest numeric suffix ("checkout-2") that is free.
// An empty slug falls back to fallback ("touchpoint", "stage").
func UniqueID(name, fallback string, taken func(string) bool) string {
	base := Slug(name)
	if base == "" {
		base = fallback
	}
	if !taken(base) {
		return base
	}
	for i := 2; ; i++ {
		id := base + "-" + strconv.Itoa(i)
		if !taken(id) {
			return id
		}
	}
}

// ValidID reports whether s is a well-formed id: lowercase letters, digits
// and dashes, not starting or ending with a dash.
func ValidID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
