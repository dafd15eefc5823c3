package model

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlugLen keeps generated ids short enough to read in a path.
const maxSlugLen = 48

// Slug turns a name into an id: lowercase ASCII letters and digits, with
// runs of anything else folded into single dashes. Letters with accents
// lose them and a few letters are spelt out, so that "Café crème" becomes
// "cafe-creme", "José" "jose" and "Straße" "strasse"; "Checkout form (web)"
// becomes "checkout-form-web".
func Slug(name string) string { return slugOf(transliterate(name)) }

// OldSlug is the slug as it was before letters were transliterated
// ("caf-cr-me" for "Café crème"). Paths and references written with it
// are still accepted for a while; lint suggests the slug of today.
func OldSlug(name string) string { return slugOf(name) }

// legacySlug is the old slug of name where it differs from today's, or "".
func legacySlug(name string) string {
	if old := OldSlug(name); old != "" && old != Slug(name) {
		return old
	}
	return ""
}

// spelt are the letters that do not decompose into a base letter and an
// accent, written as people write them in ASCII.
var spelt = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'ł': "l", 'þ': "th", 'ı': "i", 'ħ': "h",
}

// transliterate lowers name and takes the accents off its letters.
func transliterate(name string) string {
	lower := strings.ToLower(name)
	ascii := true
	for i := 0; i < len(lower); i++ {
		if lower[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return lower
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(lower) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case spelt[r] != "":
			b.WriteString(spelt[r])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func slugOf(name string) string {
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
