// Package mermaid reads and writes Mermaid `journey` diagrams, so that a map
// can be drawn by anything that renders Mermaid (GitHub among them) and a
// diagram sketched in Mermaid can become a map.
//
// The reader follows Mermaid's own journey grammar: `journey` first, then
// `title`, `section`, `accTitle`, `accDescr` and task lines
// (`Task name: score[: actor, actor]`), with `%%` and `#` starting comments.
package mermaid

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Diagram is a parsed Mermaid journey diagram.
type Diagram struct {
	Title       string // from title, else front matter, else accTitle
	Description string // from accDescr
	Sections    []Section
}

// Section is one `section` of the diagram, holding its tasks. Tasks written
// before the first section land in a section with an empty name.
type Section struct {
	Name  string
	Line  int
	Tasks []Task
}

// Task is one task line: a name, a score from 0 to 5 and its actors.
type Task struct {
	Name   string
	Score  int
	Actors []string
	Line   int
}

// Error is a problem at a line of a diagram file, printed as file:line:
// message so that editors can jump to it.
type Error struct {
	File string
	Line int
	Msg  string
}

// Error formats the problem as file:line: message.
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// maxLineLen bounds one line: a diagram line is a short name and a score,
// and a megabyte-long "name" is a broken or hostile file, not a journey.
const maxLineLen = 4096

// Parse reads a Mermaid journey diagram. file names the input in errors.
// A Mermaid front matter block (--- ... ---) may give the title, and a
// ```mermaid fence around the diagram (as in a README) is accepted.
func Parse(file string, data []byte) (*Diagram, error) {
	p := &parser{file: file, d: &Diagram{}}
	if err := p.parse(data); err != nil {
		return nil, err
	}
	return p.d, nil
}

type parser struct {
	file     string
	d        *Diagram
	started  bool // seen the `journey` keyword
	section  *Section
	accTitle string // the title when the diagram has no other
}

func (p *parser) errorf(line int, format string, args ...any) error {
	return &Error{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) parse(data []byte) error {
	if !utf8.Valid(data) {
		for n, l := range strings.Split(string(data), "\n") {
			if !utf8.ValidString(l) {
				return p.errorf(n+1, "the text is not valid UTF-8")
			}
		}
	}
	lines := strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n")
	for i := range lines {
		lines[i] = strings.TrimSuffix(lines[i], "\r")
		if len(lines[i]) > maxLineLen {
			return p.errorf(i+1, "line is longer than %d bytes", maxLineLen)
		}
	}
	i, err := p.frontMatter(lines)
	if err != nil {
		return err
	}
	fenced, fenceLine := false, 0
	for ; i < len(lines); i++ {
		n := i + 1
		raw := strings.TrimSpace(lines[i])
		if !p.started && !fenced && strings.HasPrefix(raw, "```") {
			if strings.ToLower(strings.TrimSpace(raw[3:])) != "mermaid" {
				return p.errorf(n, "expected a ```mermaid fence, found %q", raw)
			}
			fenced, fenceLine = true, n
			continue
		}
		if fenced && p.started && raw == "```" {
			return p.trailing(lines[i+1:], n+1)
		}
		if strings.HasPrefix(raw, "%%{") {
			// A directive (%%{init: ...}%%) may span lines; it only styles.
			for !strings.Contains(lines[i], "}%%") {
				if i++; i == len(lines) {
					return p.errorf(n, "directive %%%%{ is never closed with }%%%%")
				}
			}
			continue
		}
		line := lines[i]
		if strings.TrimSpace(stripComment(line)) == "" {
			continue
		}
		if !p.started {
			rest, err := p.header(line, n)
			if err != nil {
				return err
			}
			if line = rest; strings.TrimSpace(stripComment(line)) == "" {
				continue
			}
		}
		next, err := p.statement(lines, i, line)
		if err != nil {
			return err
		}
		i = next
	}
	if !p.started {
		return p.errorf(1, "no `journey` diagram found: a Mermaid journey starts with the line `journey`")
	}
	if p.d.Title == "" {
		p.d.Title = p.accTitle
	}
	if fenced {
		return p.errorf(fenceLine, "the ```mermaid fence is never closed")
	}
	return nil
}

// trailing checks that nothing but blank lines follows a closed fence:
// a second diagram would be silently dropped otherwise.
func (p *parser) trailing(rest []string, first int) error {
	for k, l := range rest {
		if strings.TrimSpace(l) != "" {
			return p.errorf(first+k, "unexpected text after the ```mermaid block")
		}
	}
	return nil
}

// frontMatter reads a leading --- YAML block for its title and returns the
// index of the first line after it.
func (p *parser) frontMatter(lines []string) (int, error) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return 0, nil
	}
	for end := 1; end < len(lines); end++ {
		if strings.TrimSpace(lines[end]) != "---" {
			continue
		}
		var fm struct {
			Title any `yaml:"title"`
		}
		if err := yaml.Unmarshal([]byte(strings.Join(lines[1:end], "\n")), &fm); err != nil {
			return 0, p.errorf(1, "front matter is not valid YAML: %v", err)
		}
		if fm.Title != nil {
			s, ok := fm.Title.(string)
			if !ok {
				return 0, p.errorf(1, "front matter title must be text")
			}
			p.d.Title = strings.TrimSpace(s)
		}
		return end + 1, nil
	}
	return 0, p.errorf(1, "front matter opened with --- is never closed")
}

// stripComment cuts a line at the first `#` or `%%`, both of which start a
// comment running to the end of the line in Mermaid's journey grammar.
func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "%%"); i >= 0 {
		s = s[:i]
	}
	return s
}

// header reads the `journey` keyword and returns the rest of its line:
// Mermaid reads a statement there too (`journey title My day`).
func (p *parser) header(line string, n int) (string, error) {
	t := strings.TrimSpace(line)
	if len(t) < len("journey") || !strings.EqualFold(t[:len("journey")], "journey") {
		return "", p.errorf(n, "expected `journey` to start the diagram, found %q", clip(strings.TrimSpace(stripComment(t))))
	}
	p.started = true
	rest := t[len("journey"):]
	if rest != "" && !isSpace(rest[0]) && rest[0] != '#' && rest[0] != '%' {
		return "", p.errorf(n, "unexpected %q after `journey`", clip(strings.TrimSpace(stripComment(rest))))
	}
	if kw, _ := keyword(strings.TrimSpace(rest)); kw == "" && strings.TrimSpace(stripComment(rest)) != "" {
		return "", p.errorf(n, "unexpected %q after `journey`", clip(strings.TrimSpace(stripComment(rest))))
	}
	return rest, nil
}

// statement reads the statement on lines[i] (already stripped of comments)
// and returns the index of its last line: accDescr { ... } spans several.
//
// An accTitle or accDescr runs to the end of its line, `#` and `;`
// included, as in Mermaid; elsewhere `#` and `%%` start a comment.
func (p *parser) statement(lines []string, i int, line string) (int, error) {
	n := i + 1
	switch kw, rest := keyword(strings.TrimSpace(line)); kw {
	case "accTitle":
		p.accTitle = rest // the title when the diagram has no other
		return i, nil
	case "accDescr":
		p.d.Description = rest
		return i, nil
	case "accDescr{":
		return p.accDescrBlock(lines, i, rest)
	}
	t := strings.TrimSpace(stripComment(line))
	if strings.Contains(t, ";") {
		return i, p.errorf(n, "unexpected ';': Mermaid journey diagrams cannot use it")
	}
	switch kw, rest := keyword(t); kw {
	case "title":
		if rest == "" {
			return i, p.errorf(n, "title has no text")
		}
		p.d.Title = unguard(rest)
		return i, nil
	case "section":
		if strings.Contains(rest, ":") {
			return i, p.errorf(n, "section name %q cannot contain ':'", clip(rest))
		}
		p.d.Sections = append(p.d.Sections, Section{Name: unguard(rest), Line: n})
		p.section = &p.d.Sections[len(p.d.Sections)-1]
		return i, nil
	}
	return i, p.task(t, n)
}

// keyword recognises the statements other than tasks, as Mermaid's lexer
// does: case-insensitively, `title` and `section` followed by white space,
// `accTitle`/`accDescr` followed by `:`, and `accDescr {`.
func keyword(t string) (kw, rest string) {
	lower := strings.ToLower(t)
	for _, k := range []string{"title", "section"} {
		if strings.HasPrefix(lower, k) && len(t) > len(k) && isSpace(t[len(k)]) {
			return k, strings.TrimSpace(t[len(k):])
		}
	}
	for _, k := range []string{"accTitle", "accDescr"} {
		if !strings.HasPrefix(lower, strings.ToLower(k)) {
			continue
		}
		after := strings.TrimLeft(t[len(k):], " \t")
		switch {
		case strings.HasPrefix(after, ":"):
			return k, strings.TrimSpace(after[1:])
		case k == "accDescr" && strings.HasPrefix(after, "{"):
			return "accDescr{", after[1:]
		}
	}
	return "", ""
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// accDescrBlock reads accDescr { ... }, which may span lines: the text
// loses the block's common indentation, and a statement after the closing
// } on its line is read as Mermaid reads it (`} title My day`).
func (p *parser) accDescrBlock(lines []string, i int, first string) (int, error) {
	start := i + 1
	text := []string{first}
	for {
		last := text[len(text)-1]
		if j := strings.IndexByte(last, '}'); j >= 0 {
			text[len(text)-1] = last[:j]
			p.d.Description = dedent(text)
			if after := last[j+1:]; strings.TrimSpace(stripComment(after)) != "" {
				return p.statement(lines, i, after)
			}
			return i, nil
		}
		if i++; i == len(lines) {
			return i, p.errorf(start, "accDescr { is never closed with }")
		}
		text = append(text, lines[i])
	}
}

// dedent joins the lines of a block, the indentation its lines share
// (after the first, which follows the `{`) taken off, and trims it.
func dedent(lines []string) string {
	indent := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n := len(l) - len(strings.TrimLeft(l, " \t")); indent < 0 || n < indent {
			indent = n
		}
	}
	out := []string{strings.TrimSpace(lines[0])}
	for _, l := range lines[1:] {
		if len(l) >= indent && indent > 0 {
			l = l[indent:]
		}
		out = append(out, strings.TrimRight(l, " \t"))
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func (p *parser) task(t string, n int) error {
	name, data, ok := strings.Cut(t, ":")
	name = strings.TrimSpace(name)
	if !ok {
		return p.errorf(n, "task %q has no score: write it as %q", clip(name), clip(name)+": 3")
	}
	if name == "" {
		return p.errorf(n, "task has no name before ':'")
	}
	// As Mermaid: the score, then the actors; pieces after a third ':'
	// are ignored.
	scoreText, actorText, hasActors := strings.Cut(data, ":")
	actorText, _, _ = strings.Cut(actorText, ":")
	f, err := strconv.ParseFloat(strings.TrimSpace(scoreText), 64)
	score := int(f)
	if err != nil || float64(score) != f || score < MinScore || score > MaxScore {
		return p.errorf(n, "task %q has score %q; a score is a whole number from 0 to 5", clip(name), clip(strings.TrimSpace(scoreText)))
	}
	task := Task{Name: unguard(name), Score: score, Line: n}
	if hasActors {
		for _, a := range strings.Split(actorText, ",") {
			if a = strings.TrimSpace(a); a != "" {
				task.Actors = append(task.Actors, unguard(a))
			}
		}
	}
	if p.section == nil {
		p.d.Sections = append(p.d.Sections, Section{Line: n})
		p.section = &p.d.Sections[len(p.d.Sections)-1]
	}
	p.section.Tasks = append(p.section.Tasks, task)
	return nil
}

// clip shortens text quoted in an error message so that one bad line does
// not flood the terminal.
func clip(s string) string {
	const n = 60
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
