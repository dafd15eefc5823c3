package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// The type of each field, so that a value typed by a person (at the shell
// or in the editor) is checked and written as the format wants it.

var (
	intFields    = map[string]bool{"journey": true, "review_every": true, "reached": true, "votes": true}
	numberFields = map[string]bool{"baseline": true, "target": true, "current": true, "value": true, "reach": true, "confidence": true}
	dateFields   = map[string]bool{"updated": true, "start": true, "due": true, "date": true, "end": true}
	enumFields   = map[string][]string{"state": States, "severity": Severities, "impact": Levels, "effort": Levels, "status": Statuses,
		"result": Results, "method": Methods}
	stringLists = map[string]bool{"actions": true, "thoughts": true, "backstage": true, "tags": true, "frustrations": true, "addresses": true}
	// itemKinds names what each list of mappings holds, by its key.
	itemKinds = map[string]string{"stages": "stage", "touchpoints": "touchpoint", "pain_points": "pain point",
		"opportunities": "opportunity", "personas": "persona", "goals": "goal", "history": "history entry"}
)

// ListKind is what the list at path holds: a kind of KnownKeys ("stage",
// "touchpoint", ...), or "" for a list of strings.
func ListKind(path yamldoc.Path) (string, error) {
	if len(path) == 0 {
		return "", fmt.Errorf("no list named")
	}
	last := path[len(path)-1]
	switch {
	case path[0] == "personas" && last == "goals" && len(path) > 1,
		path[0] == "goals" && last == "stages" && len(path) > 1,
		oppGoals(path),
		stringLists[last], last == "frustrations":
		return "", nil
	}
	if k, ok := itemKinds[last]; ok {
		return k, nil
	}
	return "", fmt.Errorf("%s is not a list in a journey map", path)
}

// ValueFor turns text typed by a person into the node for the field at
// path, refusing what the format does not allow (emotion 7, severity
// catastrophic, a date like 2026-13-45).
func ValueFor(path yamldoc.Path, text string) (*yaml.Node, error) {
	if len(path) == 0 {
		return nil, fmt.Errorf("no field named")
	}
	field := path[len(path)-1]
	parent := ""
	if len(path) > 1 {
		parent = path[len(path)-2]
	}
	// A persona's emotion and a stage metric are named by the author, so a
	// metric called "emotion" or a persona id of digits is still one.
	switch parent {
	case "emotions":
		return emotionNode(field, text)
	case "metrics":
		return numberNode(field, text)
	case "scores":
		return scoreNode(field, text)
	case "weights":
		return boundedNode("weights."+field, text, 0, math.Inf(1), "0 or more")
	}
	if _, err := strconv.Atoi(field); err == nil && parent != "" {
		// A list item: a string, or an id for lists of ids.
		if parent == "addresses" || parent == "stages" && path[0] == "goals" || oppGoals(path[:len(path)-1]) {
			return idNode(parent+" item", text)
		}
		return str(text), nil
	}
	if field == "journey" && len(path) > 1 {
		return str(text), nil // a stage's sub-journey: a path, not the format version
	}
	switch {
	case field == "emotion":
		return emotionNode(field, text)
	case field == "id":
		return idNode("id", text)
	case intFields[field]:
		n, err := strconv.Atoi(strings.TrimSpace(text))
		switch {
		case err != nil:
			return nil, fmt.Errorf("%s must be a whole number, got %q", field, text)
		case field == "journey" && n != Version:
			return nil, fmt.Errorf("journey must be %d, the format version", Version)
		case field == "review_every" && n < 1:
			return nil, fmt.Errorf("review_every must be 1 day or more, got %d", n)
		case n < 0:
			return nil, fmt.Errorf("%s must be 0 or more, got %d", field, n)
		}
		return yamldoc.Scalar("!!int", strconv.Itoa(n)), nil
	case field == "reach":
		return boundedNode(field, text, 0, math.Inf(1), "0 or more (customers per period)")
	case field == "confidence":
		return boundedNode(field, text, 0, 1, "from 0 to 1 (0.8 is 80% sure)")
	case numberFields[field]:
		return numberNode(field, text)
	case dateFields[field]:
		d, err := ParseDate(strings.TrimSpace(text))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", field, err)
		}
		return yamldoc.Scalar("", d.String()), nil
	case field == "drop_off":
		switch strings.ToLower(strings.TrimSpace(text)) {
		case "true", "yes", "y", "1":
			return yamldoc.Scalar("!!bool", "true"), nil
		case "false", "no", "n", "0":
			return yamldoc.Scalar("!!bool", "false"), nil
		}
		return nil, fmt.Errorf("drop_off must be true or false, got %q", text)
	case enumFields[field] != nil:
		v := strings.ToLower(strings.TrimSpace(text))
		for _, ok := range enumFields[field] {
			if v == ok {
				return str(v), nil
			}
		}
		return nil, fmt.Errorf("%s must be one of %s, got %q", field, strings.Join(enumFields[field], ", "), text)
	case field == "title" && strings.TrimSpace(text) == "":
		return nil, fmt.Errorf("title cannot be empty")
	case (field == "text") && strings.TrimSpace(text) == "":
		return nil, fmt.Errorf("text cannot be empty")
	}
	return str(text), nil
}

func str(s string) *yaml.Node { return yamldoc.Scalar("!!str", s) }

func emotionNode(field, text string) (*yaml.Node, error) {
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(text), "+"))
	if err != nil || n < MinEmotion || n > MaxEmotion {
		return nil, fmt.Errorf("%s must be an integer from -2 to 2, got %q", field, text)
	}
	return yamldoc.Scalar("!!int", strconv.Itoa(n)), nil
}

func numberNode(field, text string) (*yaml.Node, error) {
	t := strings.TrimSpace(text)
	if _, err := strconv.ParseFloat(t, 64); err != nil || strings.ContainsAny(t, "xXpPnN_") {
		return nil, fmt.Errorf("%s must be a number, got %q", field, text)
	}
	return yamldoc.Scalar("", noLeadingZeros(t)), nil
}

// noLeadingZeros drops the zeros before a number's first digit, which YAML
// would otherwise read as octal: 010 is 8 to a YAML reader, 10 to a person.
func noLeadingZeros(t string) string {
	sign, digits := "", t
	if t != "" && (t[0] == '-' || t[0] == '+') {
		sign, digits = t[:1], t[1:]
	}
	for len(digits) > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9' {
		digits = digits[1:]
	}
	return sign + digits
}

// oppGoals reports whether path is an opportunity's list of goal ids.
func oppGoals(path yamldoc.Path) bool {
	return len(path) >= 3 && path[len(path)-1] == "goals" && path[len(path)-3] == "opportunities"
}

// boundedNode is a number within lo..hi; want says the bounds in words.
func boundedNode(field, text string, lo, hi float64, want string) (*yaml.Node, error) {
	n, err := numberNode(field, text)
	if err != nil {
		return nil, err
	}
	if x, _ := strconv.ParseFloat(n.Value, 64); x < lo || x > hi {
		return nil, fmt.Errorf("%s must be a number %s, got %s", field, want, strings.TrimSpace(text))
	}
	return n, nil
}

// scoreNode is a score on a criterion, a whole number from 0 to 3.
func scoreNode(field, text string) (*yaml.Node, error) {
	n, err := strconv.Atoi(strings.TrimSpace(text))
	if err != nil || n < 0 || n > 3 {
		return nil, fmt.Errorf("the %s score must be a whole number from 0 to 3, got %q", field, text)
	}
	return yamldoc.Scalar("!!int", strconv.Itoa(n)), nil
}

func idNode(field, text string) (*yaml.Node, error) {
	if !ValidID(text) {
		return nil, fmt.Errorf("%s must be lowercase letters, digits and dashes, got %q", field, text)
	}
	return str(text), nil
}

// NewItem builds a list item of the given kind from field=value pairs, in
// the order given, checking each value. An item that carries an id and
// has none gets one derived from its name, unique by taken.
func NewItem(listPath yamldoc.Path, pairs [][2]string, taken func(string) bool) (*yaml.Node, error) {
	kind, err := ListKind(listPath)
	if err != nil {
		return nil, err
	}
	if kind == "" {
		if len(pairs) != 1 || pairs[0][0] != "" {
			return nil, fmt.Errorf("%s is a list of plain values: give one value, not key=value pairs", yamldoc.Path(listPath))
		}
		return ValueFor(append(append(yamldoc.Path{}, listPath...), "0"), pairs[0][1])
	}
	known := map[string]bool{}
	for _, k := range KnownKeys[kind] {
		known[k] = true
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	have := map[string]bool{}
	for _, p := range pairs {
		k, v := p[0], p[1]
		if k == "" {
			return nil, fmt.Errorf("a %s is given as key=value pairs, got %q", kind, v)
		}
		if !known[k] && !strings.HasPrefix(k, "x-") {
			msg := fmt.Sprintf("a %s has no field %q", kind, k)
			if s := Suggest(k, KnownKeys[kind]); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			return nil, fmt.Errorf("%s", msg)
		}
		if have[k] {
			return nil, fmt.Errorf("%s is given twice", k)
		}
		have[k] = true
		vn, err := ValueFor(append(append(yamldoc.Path{}, listPath...), "0", k), v)
		if err != nil {
			return nil, err
		}
		m.Content = append(m.Content, yamldoc.Scalar("!!str", k), vn)
	}
	switch kind {
	case "pain point", "opportunity":
		if !have["text"] {
			return nil, fmt.Errorf("a %s needs text=...", kind)
		}
	case "history entry":
		if !have["date"] || !have["value"] {
			return nil, fmt.Errorf("a history entry needs date=YYYY-MM-DD and value=N")
		}
	default:
		if !have["id"] && taken != nil {
			name := ""
			for _, p := range pairs {
				if p[0] == "name" {
					name = p[1]
				}
			}
			if name == "" {
				return nil, fmt.Errorf("a %s needs name=... (or id=...)", kind)
			}
			id := UniqueID(name, strings.ReplaceAll(kind, " ", "-"), taken)
			m.Content = append([]*yaml.Node{yamldoc.Scalar("!!str", "id"), str(id)}, m.Content...)
		}
	}
	return m, nil
}
