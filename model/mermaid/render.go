package mermaid

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/journey-maps/journey/model"
)

// wordJoiner is invisible and not white space to Mermaid's lexer: put after
// the first letter of a task name that Mermaid would otherwise read as a
// keyword ("Title page", "Journey planner"), it keeps the name a task while
// it still reads the same. Parse removes it again.
const wordJoiner = "\u2060"

// Render writes the map as a Mermaid journey diagram: the title, the
// description as the accessible description (accDescr), one
// section per stage and one task per touchpoint, the emotion -2..2 as the
// score 1..5 (3 for a touchpoint without one), and as actors the personas
// that the touchpoint's `emotions` name. Mermaid gives all the actors of a
// task one score, so a persona who feels differently from the touchpoint
// gets a line of the task of its own with its own score; the importer
// reads consecutive lines of one task back as one touchpoint. Lines are indented by at least
// four spaces so that no name can close a Markdown fence around them.
func Render(m *model.Map) string {
	var b strings.Builder
	b.WriteString("journey\n")
	if t := cleanText(m.Title, "#;"); t != "" {
		b.WriteString("    title " + t + "\n")
	}
	if d := cleanText(m.Description, ""); d != "" {
		// An accDescr runs to the end of its line, # and ; included.
		// Screen readers read it; the importer takes it back as the description.
		b.WriteString("    accDescr: " + d + "\n")
	}
	names := personaNames(m)
	for si, s := range m.Stages {
		name := CleanName(s.Label())
		if name == "" {
			name = "Stage " + strconv.Itoa(si+1)
		}
		b.WriteString("    section " + name + "\n")
		for ti, t := range s.Touchpoints {
			task := guard(CleanName(t.Label()))
			if task == "" {
				task = "Touchpoint " + strconv.Itoa(ti+1)
			}
			for _, l := range taskLines(t, names) {
				b.WriteString("      " + task + ": " + strconv.Itoa(l.score))
				if len(l.actors) > 0 {
					b.WriteString(": " + strings.Join(l.actors, ", "))
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// Score maps an emotion -2..2 to Mermaid's score 1..5; no emotion is the
// neutral 3, and values outside the range (which lint reports) are clamped.
func Score(emotion *int) int {
	if emotion == nil {
		return 3
	}
	return min(max(*emotion, model.MinEmotion), model.MaxEmotion) + 3
}

// MinScore and MaxScore are the scores Mermaid draws: 0 at the bottom of
// the chart, 5 at the top.
const (
	MinScore = 0
	MaxScore = 5
)

// Emotion maps a Mermaid score back to an emotion -2..2: 1..5 to -2..2,
// and 0, below Mermaid's faces, to -2 as well.
func Emotion(score int) int { return max(score-3, model.MinEmotion) }

// CleanName makes text usable as a Mermaid section or task name: the
// characters Mermaid's grammar forbids there (`:`, `#`, `;`) and line
// breaks become spaces, `%%` (which starts a comment) becomes `%`, control
// and bidi characters are dropped, and runs of spaces fold into one.
func CleanName(s string) string { return cleanText(s, ":#;") }

// cleanActor is CleanName for an actor, where `,` separates actors.
func cleanActor(s string) string { return cleanText(s, ":#;,") }

func cleanText(s, forbidden string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case strings.ContainsRune(forbidden, r) || unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || isBidi(r) || string(r) == wordJoiner:
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	for strings.Contains(out, "%%") {
		out = strings.ReplaceAll(out, "%%", "%")
	}
	return out
}

func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// guard keeps a task name from being read as a keyword by Mermaid's
// case-insensitive lexer, which matches `journey` anywhere at the start of
// a line, `title`/`section` before white space, and `accTitle`/`accDescr`
// before the `:` that follows every task name.
func guard(name string) string {
	l := strings.ToLower(name)
	if strings.HasPrefix(l, "journey") || strings.HasPrefix(l, "title ") ||
		strings.HasPrefix(l, "section ") || l == "acctitle" || l == "accdescr" ||
		strings.HasPrefix(l, "accdescr {") || strings.HasPrefix(l, "accdescr{") {
		_, size := utf8.DecodeRuneInString(name)
		return name[:size] + wordJoiner + name[size:]
	}
	return name
}

// unguard removes what guard added, and trims the name.
func unguard(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, wordJoiner, ""))
}

// personaNames maps each persona's key to its cleaned name.
func personaNames(m *model.Map) map[string]string {
	names := map[string]string{}
	for _, p := range m.Personas {
		if _, dup := names[p.Key()]; !dup {
			names[p.Key()] = cleanActor(p.Label())
		}
	}
	return names
}

// taskLine is one line of a task: a score and the actors who feel it.
type taskLine struct {
	score  int
	actors []string
}

// taskLines are the lines of a touchpoint's task: the touchpoint's own
// score with the personas who feel the same, then one line per other score
// with its personas, in the order `emotions` names them. An id no persona
// carries stands for itself.
func taskLines(t model.Touchpoint, names map[string]string) []taskLine {
	lines := []taskLine{{score: Score(t.Emotion)}}
	seen := map[string]bool{}
	for _, e := range t.Emotions {
		a, ok := names[e.Persona]
		if !ok {
			a = cleanActor(e.Persona)
		}
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		v := e.Value
		score := Score(&v)
		i := 0
		for i < len(lines) && lines[i].score != score {
			i++
		}
		if i == len(lines) {
			lines = append(lines, taskLine{score: score})
		}
		lines[i].actors = append(lines[i].actors, a)
	}
	return lines
}
