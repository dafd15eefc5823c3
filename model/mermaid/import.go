package mermaid

import (
	"bytes"
	"strconv"

	"github.com/journey-maps/journey/model"
	"go.yaml.in/yaml/v3"
)

// Map turns the diagram into a journey map: sections become stages, tasks
// touchpoints, scores emotions (score - 3; 0 and 1 both give -2), and
// actors personas. Consecutive lines of one task with actors are one
// touchpoint: the first line's score is its emotion, and each actor feels
// the score of its own line. A task's
// actors also get the task's emotion in `emotions`, which is what Mermaid
// draws (each actor feels the task's score) and which lets the map export
// to the same diagram again. title stands in when the diagram has none.
func (d *Diagram) Map(title string) *model.Map {
	m := &model.Map{Journey: model.Version, Title: d.Title, Description: d.Description}
	if m.Title == "" {
		m.Title = title
	}
	persona := map[string]string{} // actor name -> persona id
	personaTaken := func(id string) bool {
		for _, p := range m.Personas {
			if p.ID == id {
				return true
			}
		}
		return false
	}
	stageTaken, touchTaken := map[string]bool{}, map[string]bool{}
	for si, sec := range d.Sections {
		name := sec.Name
		if name == "" {
			name = "Stage " + strconv.Itoa(si+1)
		}
		st := model.Stage{Name: name, ID: model.UniqueID(name, "stage", func(id string) bool { return stageTaken[id] })}
		stageTaken[st.ID] = true
		for k, task := range sec.Tasks {
			e := Emotion(task.Score)
			var tp *model.Touchpoint
			if k > 0 && sec.Tasks[k-1].Name == task.Name && len(task.Actors) > 0 && newActors(st.Touchpoints[len(st.Touchpoints)-1], task.Actors, persona) {
				// Another line of the same task for other actors: their
				// own score, as Render writes it.
				tp = &st.Touchpoints[len(st.Touchpoints)-1]
			} else {
				st.Touchpoints = append(st.Touchpoints, model.Touchpoint{Name: task.Name, Emotion: &e,
					ID: model.UniqueID(task.Name, "touchpoint", func(id string) bool { return touchTaken[id] })})
				tp = &st.Touchpoints[len(st.Touchpoints)-1]
				touchTaken[tp.ID] = true
			}
			for _, a := range task.Actors {
				id, ok := persona[a]
				if !ok {
					id = model.UniqueID(a, "persona", personaTaken)
					persona[a] = id
					m.Personas = append(m.Personas, model.Persona{ID: id, Name: a})
				}
				if !hasPersona(tp.Emotions, id) {
					tp.Emotions = append(tp.Emotions, model.PersonaEmotion{Persona: id, Value: e})
				}
			}
		}
		m.Stages = append(m.Stages, st)
	}
	return m
}

// newActors reports whether none of actors has an emotion at tp yet.
func newActors(tp model.Touchpoint, actors []string, persona map[string]string) bool {
	for _, a := range actors {
		if id, ok := persona[a]; ok && hasPersona(tp.Emotions, id) {
			return false
		}
	}
	return true
}

func hasPersona(es []model.PersonaEmotion, id string) bool {
	for _, e := range es {
		if e.Persona == id {
			return true
		}
	}
	return false
}

// EncodeYAML writes a map made by Map as a map file, led by the comment
// lines in header (without their "# ").
func EncodeYAML(m *model.Map, header ...string) ([]byte, error) {
	root := mapping()
	add(root, "journey", scalar(strconv.Itoa(m.Journey), "!!int"))
	add(root, "title", str(m.Title))
	if m.Description != "" {
		add(root, "description", str(m.Description))
	}
	if len(m.Personas) > 0 {
		ps := seq()
		for _, p := range m.Personas {
			n := mapping()
			add(n, "id", str(p.ID))
			add(n, "name", str(p.Name))
			ps.Content = append(ps.Content, n)
		}
		add(root, "personas", ps)
	}
	stages := seq()
	for _, s := range m.Stages {
		sn := mapping()
		add(sn, "id", str(s.ID))
		add(sn, "name", str(s.Name))
		if len(s.Touchpoints) > 0 {
			ts := seq()
			for _, t := range s.Touchpoints {
				tn := mapping()
				add(tn, "id", str(t.ID))
				add(tn, "name", str(t.Name))
				if t.Emotion != nil {
					add(tn, "emotion", scalar(strconv.Itoa(*t.Emotion), "!!int"))
				}
				if len(t.Emotions) > 0 {
					es := mapping()
					es.Style = yaml.FlowStyle
					for _, e := range t.Emotions {
						add(es, e.Persona, scalar(strconv.Itoa(e.Value), "!!int"))
					}
					add(tn, "emotions", es)
				}
				ts.Content = append(ts.Content, tn)
			}
			add(sn, "touchpoints", ts)
		}
		stages.Content = append(stages.Content, sn)
	}
	if len(stages.Content) > 0 {
		add(root, "stages", stages)
	}
	var b bytes.Buffer
	for _, h := range header {
		b.WriteString("# " + cleanText(h, "") + "\n")
	}
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func seq() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode} }

func str(s string) *yaml.Node { return scalar(s, "!!str") }

func scalar(v, tag string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v} }

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}
