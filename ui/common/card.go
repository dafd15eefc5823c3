package common

// SeverityGlyph is a pain point's severity as marks that read without
// colour: ! low, !! medium, !!! high, !!!! critical; "" when unset.
func SeverityGlyph(sev string) string {
	switch sev {
	case "low":
		return "!"
	case "medium":
		return "!!"
	case "high":
		return "!!!"
	case "critical":
		return "!!!!"
	}
	return ""
}
