package model

// Segments are the distinct persona segments of the map, in the order
// the personas first name them.
func Segments(m *Map) []string {
	if m == nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range m.Personas {
		if p.Segment != "" && !seen[p.Segment] {
			seen[p.Segment] = true
			out = append(out, p.Segment)
		}
	}
	return out
}

// SegmentPersonas are the keys of the personas in a segment.
func SegmentPersonas(m *Map, segment string) []string {
	if m == nil || segment == "" {
		return nil
	}
	var out []string
	for _, p := range m.Personas {
		if p.Segment == segment {
			out = append(out, p.Key())
		}
	}
	return out
}
