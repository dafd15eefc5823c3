package common

import "github.com/journey-maps/journey/model/textsafe"

// Sanitize makes untrusted single-line text from a map safe to show: the
// project's one sanitizer, with zero-width characters made visible.
func Sanitize(s string) string { return textsafe.Show(s) }

// SanitizeText is Sanitize for multi-line text: line breaks survive.
func SanitizeText(s string) string { return textsafe.ShowText(s) }
