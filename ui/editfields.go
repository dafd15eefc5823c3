package ui

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

// Editing one field of an item in place: what is typed is checked against
// the format (model.ValueFor, and the document refuses what would break
// the map), and the edit changes only what differs.

// multiFields are edited in a textarea: prose, and lists with one entry
// per line.
var multiFields = map[string]bool{
	"notes": true, "description": true, "actions": true, "thoughts": true, "backstage": true,
	"metrics": true, "history": true, "goals": true, "frustrations": true, "stages": true, "addresses": true,
	"tags": true, "scores": true, "experiment": true,
}

// prose are the multi-line fields that are one text, not a list.
var prose = map[string]bool{"notes": true, "description": true}

// editField opens the field of an item in place; drop_off, a yes or no,
// just flips.
func (a *App) editField(it common.Item, field string) tea.Cmd {
	if field == "drop_off" {
		r, ok := common.Resolve(a.m, it)
		if !ok || r.Pain == nil {
			return nil
		}
		v := "true"
		if r.Pain.DropOff {
			v = ""
		}
		act, err := a.setField(it, field, v)
		return a.run(act, err, nil)
	}
	if a.refuseHeld(it, field) {
		return nil
	}
	label := fieldWord(a.m, field)
	label = strings.ToUpper(label[:1]) + label[1:]
	if cur, _ := a.detail.Item(); cur != it {
		label = map[common.ItemKind]string{common.KindPainPoint: "✗", common.KindOpportunity: "✦"}[it.Kind]
	}
	raw := a.rawValue(sub(it.Path(), field))
	if strings.HasPrefix(field, "emotions/") {
		raw = a.rawValue(sub(it.Path(), "emotions", strings.TrimPrefix(field, "emotions/")))
	}
	initial := strings.TrimRight(raw, "\n")
	defer func() {
		if a.editing != nil {
			a.editing.item, a.editing.editing = it, field
		}
	}()
	return a.editInPlace(label, initial, multiFields[field], func(text string) (tea.Cmd, error) {
		if text == initial {
			return nil, nil
		}
		if prose[field] && strings.HasSuffix(raw, "\n") && text != "" {
			text += "\n" // keep a block scalar's style: | rather than |-
		}
		act, err := a.setField(it, field, text)
		if err != nil {
			return nil, err
		}
		cmd, err := a.apply(act)
		if err != nil && field == "id" && a.offerRename(it, strings.TrimSpace(text), err) {
			return nil, nil
		}
		return cmd, err
	})
}

// renameRefusal reads model's refusal of a rename: what, who refers to
// it, and on which line.
var renameRefusal = regexp.MustCompile(`^(.+?) cannot be renamed: (.+?) refers to it \(.*:(\d+)\)`)

// offerRename asks, when a new id was refused because other items refer
// to the old one, whether to change those references with it, in one
// edit that one undo takes back. It reports whether it asked.
func (a *App) offerRename(it common.Item, id string, refused error) bool {
	var ee *model.EditError
	if !errors.As(refused, &ee) || !strings.Contains(ee.Diagnostic.Message, "cannot be renamed") {
		return false
	}
	act, err := model.RenameWithReferences(a.ed, sub(it.Path(), "id"), id)
	if err != nil || act.Edit.Op != model.OpBatch {
		return false // personas: their references are keys, not renamed
	}
	why, _, _ := strings.Cut(ee.Diagnostic.Message, "; ")
	if m := renameRefusal.FindStringSubmatch(why); m != nil {
		why = fmt.Sprintf("%s refers to %s (line %s)", m[2], m[1], m[3])
	}
	a.ask = &confirm{question: common.Sanitize(why) + ".", choices: []choice{
		answer("r", "rename references too", func() tea.Cmd {
			a.ask = nil
			return a.run(act, nil, nil)
		}),
		answer("esc", "keep old id", func() tea.Cmd {
			a.ask = nil
			return nil
		}),
	}}
	return true
}

// setField builds the edit of one field from the text typed, labelled in
// the room's words ("Checkout form: channel → "web"").
func (a *App) setField(it common.Item, field, text string) (model.Action, error) {
	if _, ok := common.Resolve(a.m, it); !ok {
		return model.Action{}, fmt.Errorf("the %s is no longer in the map", common.KindName(it.Kind))
	}
	if !multiFields[field] {
		text = strings.TrimSpace(text)
	}
	path := it.Path()
	var act model.Action
	var err error
	switch {
	case field == common.NameField(it.Kind) && text == "":
		return act, fmt.Errorf("a %s needs a %s", common.KindName(it.Kind), field)
	default:
		act, err = model.FieldEdit(a.ed, path, field, text)
	}
	if err != nil {
		return act, err
	}
	name, word := common.NameOf(a.m, it), fieldWord(a.m, field)
	switch {
	case strings.TrimSpace(text) == "":
		act.Label = fmt.Sprintf("%s: %s cleared", name, word)
	case multiFields[field]:
		act.Label = fmt.Sprintf("%s: %s changed", name, word)
	default:
		act.Label = fmt.Sprintf("%s: %s → %s", name, word, short(text))
	}
	return act, nil
}

// fieldWord names a field for people: customer_goal is "customer goal",
// emotions/maya is "emotion for Maya".
func fieldWord(m *model.Map, field string) string {
	if p, ok := strings.CutPrefix(field, "emotions/"); ok {
		return "emotion for " + common.PersonaLabel(m, p)
	}
	return strings.ReplaceAll(field, "_", " ")
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 40 {
		s = string(r[:39]) + common.Ellipsis
	}
	return s
}

func sub(p model.Path, steps ...string) model.Path {
	return append(append(model.Path{}, p...), steps...)
}

// rawValue is a field's text as the file has it, to start editing from.
func (a *App) rawValue(path model.Path) string { return a.ed.FieldText(path) }
