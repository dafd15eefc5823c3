package model

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// The edits a person makes in a workshop, built as document edits with a
// label that says what they did ("Checkout form: emotion -2 → -1"). The
// editor, the recovery file and the undo history all speak in these.

// Action is an edit with its description for people.
type Action struct {
	Edit  yamldoc.Edit
	Label string
}

// Loc names an item on the board by its indexes in the typed map: a
// stage; a touchpoint in it (Touchpoint >= 0); a pain point or opportunity
// of either (Item >= 0 with Kind).
type Loc struct {
	Stage      int
	Touchpoint int    // -1: the stage itself
	Kind       string // "", "pain_points" or "opportunities"
	Item       int
}

// StageLoc locates a stage.
func StageLoc(s int) Loc { return Loc{Stage: s, Touchpoint: -1, Item: -1} }

// TouchpointLoc locates a touchpoint.
func TouchpointLoc(s, t int) Loc { return Loc{Stage: s, Touchpoint: t, Item: -1} }

// Path is the document path of the located item.
func (l Loc) Path() yamldoc.Path {
	p := yamldoc.Path{"stages", strconv.Itoa(l.Stage)}
	if l.Touchpoint >= 0 {
		p = append(p, "touchpoints", strconv.Itoa(l.Touchpoint))
	}
	if l.Kind != "" && l.Item >= 0 {
		p = append(p, l.Kind, strconv.Itoa(l.Item))
	}
	return p
}

func child(p yamldoc.Path, steps ...string) yamldoc.Path {
	return append(append(yamldoc.Path{}, p...), steps...)
}

// touchpoint returns the located touchpoint, or an error a person can read.
func (m *Map) touchpoint(l Loc) (*Touchpoint, error) {
	if l.Stage < 0 || l.Stage >= len(m.Stages) || l.Touchpoint < 0 || l.Touchpoint >= len(m.Stages[l.Stage].Touchpoints) {
		return nil, fmt.Errorf("select a touchpoint first")
	}
	return &m.Stages[l.Stage].Touchpoints[l.Touchpoint], nil
}

// EmotionStep raises or lowers a touchpoint's emotion by delta, within
// -2..2. A touchpoint with no emotion yet starts from neutral.
func EmotionStep(m *Map, l Loc, delta int) (Action, error) {
	t, err := m.touchpoint(l)
	if err != nil {
		return Action{}, err
	}
	// An unrated touchpoint counts as neutral: one press makes it -1 or 1.
	cur, had := 0, t.Emotion != nil
	if had {
		cur = *t.Emotion
	}
	next := cur + delta
	switch {
	case next > MaxEmotion:
		return Action{}, fmt.Errorf("%s already feels %s, the highest", t.Label(), EmotionWord(MaxEmotion))
	case next < MinEmotion:
		return Action{}, fmt.Errorf("%s already feels %s, the lowest", t.Label(), EmotionWord(MinEmotion))
	}
	from := "unrated"
	if had {
		from = strconv.Itoa(cur)
	}
	return Action{
		Edit:  yamldoc.Set(child(l.Path(), "emotion"), yamldoc.Scalar("!!int", strconv.Itoa(next))),
		Label: fmt.Sprintf("%s: emotion %s → %d", t.Label(), from, next),
	}, nil
}

// EmotionGlyph is an emotion's sign as a shape that reads without colour
// (on a projector, under NO_COLOR, in Markdown): ▼▼ very negative, ▼
// negative, ● neutral, ▲ positive, ▲▲ very positive; "·" when none is
// recorded (ok false).
func EmotionGlyph(v int, ok bool) string {
	if !ok {
		return "·"
	}
	switch min(max(v, MinEmotion), MaxEmotion) {
	case -2:
		return "▼▼"
	case -1:
		return "▼"
	case 1:
		return "▲"
	case 2:
		return "▲▲"
	}
	return "●"
}

// SignedEmotion is an emotion value with its sign: "-2", "0", "+1".
func SignedEmotion(v int) string {
	if v > 0 {
		return "+" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// EmotionWord names an emotion value for people.
func EmotionWord(v int) string {
	switch {
	case v <= -2:
		return "very negative"
	case v == -1:
		return "negative"
	case v == 0:
		return "neutral"
	case v == 1:
		return "positive"
	}
	return "very positive"
}

// item returns the located pain point or opportunity's text and votes.
func (m *Map) item(l Loc) (text string, votes int, err error) {
	if l.Stage < 0 || l.Stage >= len(m.Stages) || l.Kind == "" || l.Item < 0 {
		return "", 0, fmt.Errorf("select a pain point or an opportunity first")
	}
	s := &m.Stages[l.Stage]
	pains, opps := s.PainPoints, s.Opportunities
	if l.Touchpoint >= 0 {
		t, err := m.touchpoint(l)
		if err != nil {
			return "", 0, err
		}
		pains, opps = t.PainPoints, t.Opportunities
	}
	switch {
	case l.Kind == "pain_points" && l.Item < len(pains):
		return pains[l.Item].Text, pains[l.Item].Votes, nil
	case l.Kind == "opportunities" && l.Item < len(opps):
		return opps[l.Item].Text, opps[l.Item].Votes, nil
	}
	return "", 0, fmt.Errorf("select a pain point or an opportunity first")
}

// Vote adds one dot-vote to a pain point or opportunity.
func Vote(m *Map, l Loc) (Action, error) {
	text, votes, err := m.item(l)
	if err != nil {
		return Action{}, err
	}
	return Action{
		Edit:  yamldoc.Set(child(l.Path(), "votes"), yamldoc.Scalar("!!int", strconv.Itoa(votes+1))),
		Label: fmt.Sprintf("%q: votes %d → %d", short(text), votes, votes+1),
	}, nil
}

// Unvote takes one dot-vote back from a pain point or opportunity, never
// below zero. The last vote goes with its key: a "votes: 1" line that a
// vote added is removed again, so that a vote and its taking back leave
// the file as it was. A votes line that carries a comment keeps its
// line and goes to 0, so that no author's note is lost.
func Unvote(d *Doc, l Loc) (Action, error) {
	text, votes, err := d.Map().item(l)
	if err != nil {
		return Action{}, err
	}
	if votes <= 0 {
		return Action{}, fmt.Errorf("%q has no votes to take back", short(text))
	}
	p := child(l.Path(), "votes")
	label := fmt.Sprintf("%q: votes %d → %d", short(text), votes, votes-1)
	if votes == 1 {
		if uncommentedKey(d, l.Path(), "votes") {
			return Action{Edit: yamldoc.Delete(p), Label: label}, nil
		}
	}
	return Action{Edit: yamldoc.Set(p, yamldoc.Scalar("!!int", strconv.Itoa(votes-1))), Label: label}, nil
}

// uncommentedKey reports whether the mapping at path has key with no
// comment on the key or its value.
func uncommentedKey(d *Doc, path yamldoc.Path, key string) bool {
	n, err := d.Text().Get(path)
	if err != nil || n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k, v := n.Content[i], n.Content[i+1]; k.Value == key {
			return k.HeadComment+k.LineComment+k.FootComment+v.HeadComment+v.LineComment+v.FootComment == ""
		}
	}
	return false
}

// Cycle moves a field of a pain point or opportunity to its next value:
// severity low → medium → high → critical → low; impact and effort low →
// medium → high → low; status idea → planned → testing → done → dropped.
func Cycle(m *Map, l Loc, field string) (Action, error) {
	text, _, err := m.item(l)
	if err != nil {
		return Action{}, err
	}
	values := enumFields[field]
	if values == nil || (field == "severity") != (l.Kind == "pain_points") {
		return Action{}, fmt.Errorf("%s has no %s", withArticle(kindWord(l.Kind)), field)
	}
	cur := currentEnum(m, l, field)
	next := values[0]
	for i, v := range values {
		if v == cur {
			next = values[(i+1)%len(values)]
		}
	}
	from := cur
	if from == "" {
		from = "unset"
	}
	return Action{
		Edit:  yamldoc.Set(child(l.Path(), field), yamldoc.Scalar("!!str", next)),
		Label: fmt.Sprintf("%q: %s %s → %s", short(text), field, from, next),
	}, nil
}

func currentEnum(m *Map, l Loc, field string) string {
	s := &m.Stages[l.Stage]
	pains, opps := s.PainPoints, s.Opportunities
	if l.Touchpoint >= 0 {
		t := &s.Touchpoints[l.Touchpoint]
		pains, opps = t.PainPoints, t.Opportunities
	}
	if l.Kind == "pain_points" {
		return pains[l.Item].Severity
	}
	o := opps[l.Item]
	switch field {
	case "impact":
		return o.Impact
	case "effort":
		return o.Effort
	}
	return o.Status
}

func kindWord(kind string) string {
	switch kind {
	case "pain_points":
		return "pain point"
	case "opportunities":
		return "opportunity"
	}
	return "touchpoint"
}

func withArticle(w string) string {
	if strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}

// Add builds the insert of a new item named name into the list at
// listPath after index after (-1: at the start), with an id derived from
// the name where the kind carries ids.
func Add(d *Doc, listPath yamldoc.Path, after int, name string) (Action, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Action{}, fmt.Errorf("give it a name first")
	}
	kind, err := ListKind(listPath)
	if err != nil {
		return Action{}, err
	}
	field := "name"
	if kind == "pain point" || kind == "opportunity" {
		field = "text"
	}
	pairs := [][2]string{{field, name}}
	if kind == "" {
		pairs = [][2]string{{"", name}}
	}
	item, err := NewItem(listPath, pairs, d.IDTaken(listPath))
	if err != nil {
		return Action{}, err
	}
	word := kind
	if word == "" {
		word = strings.TrimSuffix(listPath[len(listPath)-1], "s")
	}
	return Action{
		Edit:  yamldoc.Insert(listPath, after+1, item),
		Label: fmt.Sprintf("added %s %q", word, short(name)),
	}, nil
}

// MoveItem moves the item at index from of the list at listPath to index
// to of the list at toPath (counted after it has left its place).
func MoveItem(listPath yamldoc.Path, from int, toPath yamldoc.Path, to int, label string) Action {
	return Action{
		Edit:  yamldoc.Move(child(listPath, strconv.Itoa(from)), toPath, to),
		Label: label,
	}
}

// ListLen is the number of items of the list at p (false: p names no
// list).
func (d *Doc) ListLen(p yamldoc.Path) (int, bool) {
	n, err := d.text.Get(p)
	if err != nil || n.Kind != yaml.SequenceNode {
		return 0, false
	}
	return len(n.Content), true
}

// Remove deletes the item or field at path.
func Remove(path yamldoc.Path, label string) Action {
	return Action{Edit: yamldoc.Delete(path), Label: label}
}

// SetField sets one field of the item at itemPath from text typed by a
// person, checked against the format. A list-of-strings field (actions,
// thoughts, backstage) is given one entry per line and changes only the
// entries that differ.
func SetField(d *Doc, itemPath yamldoc.Path, field, text string) (Action, error) {
	p := child(itemPath, field)
	label := fmt.Sprintf("%s: %s", itemPath, field)
	if stringLists[field] || field == "frustrations" || field == "goals" && len(itemPath) > 0 && itemPath[0] == "personas" ||
		field == "stages" && len(itemPath) > 0 && itemPath[0] == "goals" || oppGoals(p) {
		e, err := listEdit(d, p, text)
		return Action{Edit: e, Label: label + " changed"}, err
	}
	if text == "" && field != "name" && field != "text" && field != "title" {
		if _, err := d.Text().Get(p); err != nil {
			return Action{Edit: yamldoc.Batch(), Label: label}, nil
		}
		return Action{Edit: yamldoc.Delete(p), Label: label + " cleared"}, nil
	}
	v, err := ValueFor(p, text)
	if err != nil {
		return Action{}, err
	}
	return Action{Edit: yamldoc.Set(p, v), Label: fmt.Sprintf("%s → %q", label, short(text))}, nil
}

// listEdit turns new lines for a list of strings into the smallest batch
// of sets, inserts and deletes.
func listEdit(d *Doc, p yamldoc.Path, text string) (yamldoc.Edit, error) {
	var want []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			want = append(want, l)
		}
	}
	var have []string
	if n, err := d.Text().Get(p); err == nil {
		if n.Kind != yaml.SequenceNode {
			return yamldoc.Edit{}, fmt.Errorf("%s is not a list in this file", p)
		}
		for _, c := range n.Content {
			have = append(have, c.Value)
		}
	}
	if len(have) == 0 && len(want) == 0 {
		return yamldoc.Batch(), nil
	}
	if len(want) == 0 {
		return yamldoc.Delete(p), nil
	}
	// Keep the common head and tail; replace what lies between.
	i, j := commonEnds(have, want)
	var steps []yamldoc.Edit
	oldMid, newMid := have[i:len(have)-j], want[i:len(want)-j]
	k := 0
	for ; k < len(oldMid) && k < len(newMid); k++ {
		steps = append(steps, yamldoc.Set(child(p, strconv.Itoa(i+k)), str(newMid[k])))
	}
	for x := len(oldMid) - 1; x >= k; x-- {
		steps = append(steps, yamldoc.Delete(child(p, strconv.Itoa(i+x))))
	}
	for x := k; x < len(newMid); x++ {
		steps = append(steps, yamldoc.Insert(p, i+x, str(newMid[x])))
	}
	return yamldoc.Batch(steps...), nil
}

// AddItem builds the insert of a new item from key=value pairs (a single
// value for a list of plain values) at index at of the list at listPath
// (-1 appends), checked against the format, with an id derived from its
// name where the kind carries ids. It returns the item too, to name it.
func AddItem(d *Doc, listPath yamldoc.Path, at int, pairs [][2]string) (Action, *yaml.Node, error) {
	item, err := NewItem(listPath, pairs, d.IDTaken(listPath))
	if err != nil {
		return Action{}, nil, err
	}
	return Action{Edit: yamldoc.Insert(listPath, at, item), Label: "added to " + listPath.String()}, item, nil
}

// VoteCount is a number of dot-votes for the pain point or opportunity at
// Path.
type VoteCount struct {
	Path yamldoc.Path
	N    int
}

// AddVotes adds each count to its item's votes, as one action (a voting
// round's reveal): a votes key an item lacks goes where the format lists
// it.
func AddVotes(d *Doc, counts []VoteCount) (Action, error) {
	var steps []yamldoc.Edit
	for _, c := range counts {
		p := child(c.Path, "votes")
		cur := 0
		if n, err := d.text.Get(p); err == nil {
			if v, err := strconv.Atoi(unalias(n).Value); err == nil {
				cur = v
			}
			steps = append(steps, yamldoc.Set(p, yamldoc.Scalar("!!int", strconv.Itoa(cur+c.N))))
			continue
		}
		if _, err := d.text.Get(c.Path); err != nil {
			return Action{}, fmt.Errorf("%s: no such item", c.Path)
		}
		steps = append(steps, insertKey(d, c.Path, "votes", yamldoc.Scalar("!!int", strconv.Itoa(c.N))))
	}
	return Action{Edit: yamldoc.Batch(steps...), Label: fmt.Sprintf("%d items voted on", len(counts))}, nil
}

// commonEnds is how many entries two lists share at their head (i) and,
// after that, at their tail (j): an edit of one into the other changes
// only what lies between.
func commonEnds[T comparable](have, want []T) (i, j int) {
	for i < len(have) && i < len(want) && have[i] == want[i] {
		i++
	}
	for j < len(have)-i && j < len(want)-i && have[len(have)-1-j] == want[len(want)-1-j] {
		j++
	}
	return i, j
}
