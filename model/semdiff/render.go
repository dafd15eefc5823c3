package semdiff

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/journey-maps/journey/model/textsafe"
)

// Text is the changes one per line, as String gives them.
func Text(cs []Change) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.String() + "\n")
	}
	return b.String()
}

// Summary is a sentence counting the changes: "2 added, 1 removed, 3
// changed, 1 derived", or "no changes".
func Summary(cs []Change) string {
	a, r, c := Count(cs)
	derived := 0
	for _, ch := range cs {
		if ch.Op == Derived {
			derived++
		}
	}
	var parts []string
	for _, p := range []struct {
		n    int
		word string
	}{{a, "added"}, {r, "removed"}, {c - derived, "changed"}, {derived, "derived"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.word))
		}
	}
	if len(parts) == 0 {
		return "no changes"
	}
	return strings.Join(parts, ", ")
}

// Markdown renders the changes for a pull request comment: a heading that
// names the two versions, a count, and the lines in a ```diff block, in
// which GitHub colours additions green, removals red and changes (marked
// "!") orange. Inside a code block no map text can format, link or
// mention anyone, and no line can close the block, since each starts
// with its mark.
func Markdown(cs []Change, oldName, newName string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### Journey map changes: %s → %s\n\n", textsafe.Code(oldName), textsafe.Code(newName))
	if len(cs) == 0 {
		b.WriteString("No changes to the map.\n")
		return b.String()
	}
	b.WriteString(strings.ToUpper(Summary(cs)[:1]) + Summary(cs)[1:] + ".\n\n```diff\n")
	for _, c := range cs {
		b.WriteString(c.line("!") + "\n")
	}
	b.WriteString("```\n")
	return b.String()
}

// jsonChange is one change as `journey diff --format json` writes it.
type jsonChange struct {
	Kind string `json:"kind"`
	Path string `json:"path"`
	Old  any    `json:"old"`
	New  any    `json:"new"`
}

// JSON renders the changes for scripts: {"changes": [{"kind", "path",
// "old", "new"}]}, where kind is added, removed, changed or derived and
// old and new are JSON values, null where there is none. Control, bidi
// and zero-width characters in map text come out as \u escapes
// (textsafe.JSON).
func JSON(cs []Change) ([]byte, error) {
	out := struct {
		Changes []jsonChange `json:"changes"`
	}{Changes: make([]jsonChange, len(cs))}
	for i, c := range cs {
		out.Changes[i] = jsonChange{Kind: c.Op.String(), Path: c.Path, Old: c.OldValue, New: c.NewValue}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(textsafe.JSON(b), '\n'), nil
}
