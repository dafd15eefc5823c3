package mermaid

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseReadsSectionsTasksAndActors(t *testing.T) {
	src := `%% sketched in the workshop
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5
`
	d, err := Parse("day.mmd", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := &Diagram{
		Title: "My working day",
		Sections: []Section{
			{Name: "Go to work", Line: 4, Tasks: []Task{
				{Name: "Make tea", Score: 5, Actors: []string{"Me"}, Line: 5},
				{Name: "Go upstairs", Score: 3, Actors: []string{"Me"}, Line: 6},
				{Name: "Do work", Score: 1, Actors: []string{"Me", "Cat"}, Line: 7},
			}},
			{Name: "Go home", Line: 8, Tasks: []Task{
				{Name: "Go downstairs", Score: 5, Actors: []string{"Me"}, Line: 9},
				{Name: "Sit down", Score: 5, Line: 10},
			}},
		},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
}

func TestParseAcceptsWhatMermaidAccepts(t *testing.T) {
	tests := []struct {
		name, src       string
		title, desc     string
		sections, tasks int
		firstTask       string
		firstTaskActors []string
	}{
		{name: "keywords in any case and CRLF",
			src:   "JOURNEY\r\n  Title Shop\r\n  SECTION Buy\r\n    Pay: 2\r\n",
			title: "Shop", sections: 1, tasks: 1, firstTask: "Pay"},
		{name: "comments with # and %%",
			src:   "journey\n  title Shop # the shop\n  section Buy %% buying\n    Pay: 2: Ann %% note\n# whole line\n",
			title: "Shop", sections: 1, tasks: 1, firstTask: "Pay", firstTaskActors: []string{"Ann"}},
		{name: "front matter title and a directive",
			src:   "---\ntitle: From front matter\n---\n%%{init: {'theme': 'forest'}}%%\njourney\n  section A\n    Look: 4\n",
			title: "From front matter", sections: 1, tasks: 1, firstTask: "Look"},
		{name: "a ```mermaid fence as in a README",
			src:      "```mermaid\njourney\n  section A\n    Look: 4\n```\n",
			sections: 1, tasks: 1, firstTask: "Look"},
		{name: "tasks before any section",
			src:      "journey\n  Wake up: 3\n  section Later\n    Eat: 4\n",
			sections: 2, tasks: 1, firstTask: "Wake up"},
		{name: "accessibility title and descriptions",
			src:   "journey\n  accTitle: Ignored\n  accDescr {\n    Two lines\n    of text }\n  title T\n",
			title: "T", desc: "Two lines\nof text"},
		{name: "single-line accDescr and empty actors",
			src:  "journey\n  accDescr: One line\n  section S\n    Go: 1: , Bo ,\n",
			desc: "One line", sections: 1, tasks: 1, firstTask: "Go", firstTaskActors: []string{"Bo"}},
		{name: "journey and title on one line, score 0 and 3.0, pieces after the actors",
			src:   "journey title My day\n  section S\n    Tea: 0: Me\n    Go: 3.0: Me, Cat: extra: more\n",
			title: "My day", sections: 1, tasks: 2, firstTask: "Tea", firstTaskActors: []string{"Me"}},
		{name: "; and # in accDescr and accTitle, which runs to the end of the line",
			src:   "journey\n  accTitle: Acc; title # 1\n  accDescr: A; B # C\n  section S\n    Go: 1\n",
			title: "Acc; title # 1", desc: "A; B # C", sections: 1, tasks: 1, firstTask: "Go"},
		{name: "a title after the } of an accDescr block, the block dedented",
			src:   "journey\n  accTitle: Not this\n  accDescr {\n    First\n      indented\n    last\n  } title After\n",
			title: "After", desc: "First\n  indented\nlast"},
		{name: "a name guarded against the keyword reading",
			src:      "journey\n  section S\n    T\u2060itle page: 2\n",
			sections: 1, tasks: 1, firstTask: "Title page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("x.mmd", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Description != tt.desc || len(d.Sections) != tt.sections {
				t.Fatalf("title %q desc %q sections %d; want %q %q %d", d.Title, d.Description, len(d.Sections), tt.title, tt.desc, tt.sections)
			}
			if tt.sections == 0 {
				return
			}
			s := d.Sections[0]
			if len(s.Tasks) != tt.tasks || s.Tasks[0].Name != tt.firstTask || !reflect.DeepEqual(s.Tasks[0].Actors, tt.firstTaskActors) {
				t.Errorf("first section %+v; want %d tasks, first %q with actors %q", s, tt.tasks, tt.firstTask, tt.firstTaskActors)
			}
		})
	}
}

func TestParseRefusesMalformedDiagramsWithALine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"not a journey", "flowchart TD\n  A --> B\n", "in.mmd:1: expected `journey`"},
		{"empty file", "", "in.mmd:1: no `journey` diagram"},
		{"only comments", "%% nothing\n\n", "in.mmd:1: no `journey` diagram"},
		{"text after journey", "journey flowchart\n", "in.mmd:1: unexpected \"flowchart\""},
		{"task without score", "journey\n  section A\n  Make tea\n", "in.mmd:3: task \"Make tea\" has no score"},
		{"score not a number", "journey\n  section A\n  Tea: five\n", "in.mmd:3: task \"Tea\" has score \"five\""},
		{"score out of range", "journey\n  section A\n\n  Tea: 6: Me\n", "in.mmd:4: task \"Tea\" has score \"6\""},
		{"negative score", "journey\n  Tea: -1\n", "in.mmd:2: task \"Tea\" has score \"-1\""},
		{"fractional score", "journey\n  Tea: 2.5\n", "in.mmd:2: task \"Tea\" has score \"2.5\""},
		{"empty task name", "journey\n  : 3\n", "in.mmd:2: task has no name"},
		{"semicolon", "journey\n  Tea: 3; Coffee: 2\n", "in.mmd:2: unexpected ';'"},
		{"colon in section", "journey\n  section A: B\n", "in.mmd:2: section name \"A: B\""},
		{"empty title", "journey\n  title \n", "in.mmd:2: task \"title\" has no score"},
		{"unclosed front matter", "---\ntitle: x\njourney\n", "in.mmd:1: front matter opened with --- is never closed"},
		{"bad front matter", "---\ntitle: [x\n---\njourney\n", "in.mmd:1: front matter is not valid YAML"},
		{"front matter title not text", "---\ntitle: {a: 1}\n---\njourney\n", "in.mmd:1: front matter title must be text"},
		{"unclosed directive", "%%{init: {}\njourney\n", "in.mmd:1: directive"},
		{"unclosed accDescr", "journey\n  accDescr {\n  text\n", "in.mmd:2: accDescr { is never closed"},
		{"unclosed fence", "```mermaid\njourney\n  Tea: 3\n", "in.mmd:1: the ```mermaid fence is never closed"},
		{"another fence", "```js\njourney\n", "in.mmd:1: expected a ```mermaid fence"},
		{"text after fence", "```mermaid\njourney\n```\nmore\n", "in.mmd:4: unexpected text after"},
		{"invalid UTF-8", "journey\n  section A\n  T\xffea: 3\n", "in.mmd:3: the text is not valid UTF-8"},
		{"huge line", "journey\n  " + strings.Repeat("a", 5000) + ": 3\n", "in.mmd:2: line is longer than"},
		{"control characters quoted", "journey\n  \x1b[2JTea\n", `in.mmd:2: task "\x1b[2JTea" has no score`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("in.mmd", []byte(tt.src))
			if err == nil {
				t.Fatalf("parsed %+v; want an error", d)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %q; want it to start with %q", err, tt.want)
			}
		})
	}
}

// Mermaid draws scores 0..5; 0, below its faces, becomes -2 like 1, and a
// score written 3.0 is 3.
func TestScoresBecomeEmotions(t *testing.T) {
	d, err := Parse("s.mmd", []byte("journey\n  section S\n    Low: 0\n    One: 1\n    Mid: 3.0\n    Top: 5\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, tp := range d.Map("s").Stages[0].Touchpoints {
		got = append(got, *tp.Emotion)
	}
	if !reflect.DeepEqual(got, []int{-2, -2, 0, 2}) {
		t.Errorf("emotions %v; want [-2 -2 0 2]", got)
	}
}
