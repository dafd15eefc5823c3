package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/journey-maps/journey/model/yamldoc"
)

// Referrer is an item that names another by its id: a goal naming a stage,
// an opportunity naming the pain points it addresses or the goals it
// should move, a touchpoint naming a persona in its emotions.
type Referrer struct {
	What string // `goal "checkout-conversion"`
	Pos  Pos
}

// ReferrersOf lists the items of m that refer to the item of kind ("stage",
// "pain point", "goal" or "persona") whose id (or slug) is key.
func ReferrersOf(m *Map, kind, key string) []Referrer {
	var out []Referrer
	has := func(list []string) bool {
		for _, s := range list {
			if s == key {
				return true
			}
		}
		return false
	}
	opps := func(os []Opportunity) {
		for _, o := range os {
			if kind == "pain point" && has(o.Addresses) || kind == "goal" && has(o.Goals) {
				out = append(out, Referrer{"opportunity " + strconv.Quote(o.Key()), o.Pos})
			}
		}
	}
	if kind == "stage" {
		for _, g := range m.Goals {
			if has(g.Stages) {
				out = append(out, Referrer{"goal " + strconv.Quote(g.Key()), g.Pos})
			}
		}
	}
	for _, s := range m.Stages {
		for _, t := range s.Touchpoints {
			for _, e := range t.Emotions {
				if kind == "persona" && e.Persona == key {
					out = append(out, Referrer{"touchpoint " + strconv.Quote(t.Key()), t.Pos})
					break
				}
			}
			opps(t.Opportunities)
		}
		opps(s.Opportunities)
	}
	return out
}

// unknownRef is lint's message for a reference to an id the map lacks.
var unknownRef = regexp.MustCompile(`^unknown (stage|persona|pain point|goal) ("(?:[^"\\]|\\.)*")`)

// refusal says why an edit was refused in terms of its cause. An edit
// that removes or renames an item others refer to leaves those references
// dangling; lint calls that an unknown id at the reference, which is not
// what the person did. Instead the refusal names the item and the first
// item that refers to it, with its line, and what to do. fresh is the
// first error the edit would have brought, at its line in the file as the
// edit had made it; the map is as before the edit.
func (d *Doc) refusal(e yamldoc.Edit, fresh Diagnostic) Diagnostic {
	m := unknownRef.FindStringSubmatch(fresh.Message)
	if m == nil {
		return fresh
	}
	kind := m[1]
	key, err := strconv.Unquote(m[2])
	if err != nil {
		return fresh
	}
	refs := ReferrersOf(d.m, kind, key)
	if len(refs) == 0 {
		return fresh
	}
	what := "removed"
	todo := "remove or change the references first"
	if e.Op == yamldoc.OpSet {
		what = "renamed"
		todo = "change the references with it"
		if kind != "persona" {
			todo = "journey set --rename changes the references with it"
		}
	}
	at := d.FilePos(refs[0].Pos)
	msg := fmt.Sprintf("%s %q cannot be %s: %s refers to it (%s:%d)", kind, key, what, refs[0].What, d.path, at.Line)
	if len(refs) > 1 {
		others := make([]string, 0, len(refs)-1)
		for _, r := range refs[1:] {
			others = append(others, fmt.Sprintf("%s (line %d)", r.What, d.FilePos(r.Pos).Line))
		}
		msg += ", and so do " + strings.Join(others, ", ")
	}
	return Diagnostic{File: d.path, Line: at.Line, Col: at.Col, Severity: Error, Message: msg + "; " + todo}
}

// RenameWithReferences sets the id at idPath (an item's `id`) to newID
// and every reference to the item's old id with it, as one edit that one
// undo takes back. References to a stage (goals' stages), a pain point
// (opportunities' addresses) and a goal (opportunities' goals) follow;
// personas are named by keys of emotions, which are not renamed here.
func RenameWithReferences(d *Doc, idPath yamldoc.Path, newID string) (Action, error) {
	if len(idPath) < 3 || idPath[len(idPath)-1] != "id" {
		return Action{}, fmt.Errorf("%s is not an item's id", idPath)
	}
	act, err := SetPath(d, idPath, newID)
	if err != nil {
		return Action{}, err
	}
	kind, err := ListKind(idPath[:len(idPath)-2])
	if err != nil {
		return Action{}, err
	}
	item, err := d.text.Get(idPath[:len(idPath)-1])
	if err != nil {
		return Action{}, err
	}
	old := itemKey(item)
	edits := []yamldoc.Edit{act.Edit}
	for _, p := range referencePaths(d.text.Root(), kind, old) {
		edits = append(edits, yamldoc.Set(p, yamldoc.Scalar("!!str", newID)))
	}
	if len(edits) == 1 {
		return act, nil
	}
	return Action{Edit: yamldoc.Batch(edits...), Label: fmt.Sprintf("renamed %s %s → %s with %d references", kind, old, newID, len(edits)-1)}, nil
}

// referencePaths lists the paths of the strings in the text that refer to
// the item of kind with key, as written (aliases and merges not followed).
func referencePaths(root *yaml.Node, kind, key string) []yamldoc.Path {
	var out []yamldoc.Path
	list := func(at yamldoc.Path, seq *yaml.Node) {
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return
		}
		for i, s := range seq.Content {
			if s.Kind == yaml.ScalarNode && s.Value == key {
				out = append(out, extend(at, strconv.Itoa(i)))
			}
		}
	}
	items := func(at yamldoc.Path, seq *yaml.Node, each func(yamldoc.Path, *yaml.Node)) {
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return
		}
		for i, it := range seq.Content {
			if it.Kind == yaml.MappingNode {
				each(extend(at, strconv.Itoa(i)), it)
			}
		}
	}
	opps := func(at yamldoc.Path, holder *yaml.Node) {
		field := map[string]string{"pain point": "addresses", "goal": "goals"}[kind]
		if field == "" {
			return
		}
		items(extend(at, "opportunities"), valueOf(holder, "opportunities"), func(p yamldoc.Path, o *yaml.Node) {
			list(extend(p, field), valueOf(o, field))
		})
	}
	if kind == "stage" {
		items(yamldoc.Path{"goals"}, valueOf(root, "goals"), func(p yamldoc.Path, g *yaml.Node) {
			list(extend(p, "stages"), valueOf(g, "stages"))
		})
	}
	items(yamldoc.Path{"stages"}, valueOf(root, "stages"), func(p yamldoc.Path, s *yaml.Node) {
		items(extend(p, "touchpoints"), valueOf(s, "touchpoints"), func(p yamldoc.Path, t *yaml.Node) { opps(p, t) })
		opps(p, s)
	})
	return out
}

// extend is p with segs after it, in a slice of its own.
func extend(p yamldoc.Path, segs ...string) yamldoc.Path {
	return append(append(yamldoc.Path{}, p...), segs...)
}
