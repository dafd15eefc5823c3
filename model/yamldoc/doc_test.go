package yamldoc

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

const corpus = "../../testdata/roundtrip"

func corpusFiles(t testing.TB) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(corpus, "*.yaml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no corpus in %s: %v", corpus, err)
	}
	out := map[string][]byte{}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(n)] = b
	}
	return out
}

func mustParse(t testing.TB, src string) *Document {
	t.Helper()
	d, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return d
}

func TestLoadSaveIsByteIdentical(t *testing.T) {
	for name, src := range corpusFiles(t) {
		d, err := Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := d.Verify(); err != nil {
			t.Errorf("%s: verify: %v", name, err)
		}
		if string(d.Bytes()) != string(src) {
			t.Errorf("%s: bytes changed by a load", name)
		}
	}
}

func TestEditsChangeOnlyTheirLines(t *testing.T) {
	files := corpusFiles(t)
	mapping := func(kv ...string) *yaml.Node {
		m := &yaml.Node{Kind: yaml.MappingNode}
		for i := 0; i < len(kv); i += 2 {
			m.Content = append(m.Content, Scalar("!!str", kv[i]), Scalar("", kv[i+1]))
		}
		return m
	}
	tests := []struct {
		file    string
		edit    Edit
		removed []string
		added   []string
	}{
		{"two-space.yaml", Set(Path{"stages", "1", "touchpoints", "0", "emotion"}, Scalar("!!int", "0")),
			[]string{"        emotion: -2   # the low point of the journey\n"},
			[]string{"        emotion: 0   # the low point of the journey\n"}},
		{"two-space.yaml", Set(Path{"title"}, Scalar("!!str", "First purchase")),
			[]string{"title: \"First online purchase\"   # quoted on purpose\n"},
			[]string{"title: \"First purchase\"   # quoted on purpose\n"}},
		{"two-space.yaml", Set(Path{"personas", "0", "name"}, Scalar("!!str", "Maya's mum")),
			[]string{"    name: 'Maya, busy parent'\n"},
			[]string{"    name: 'Maya''s mum'\n"}},
		{"two-space.yaml", Set(Path{"tags", "1"}, Scalar("!!str", "repeat, purchase")),
			[]string{"tags: [retail, \"first purchase\", web]\n"},
			[]string{"tags: [retail, \"repeat, purchase\", web]\n"}},
		{"two-space.yaml", Set(Path{"stages", "1", "touchpoints", "0", "notes"}, Scalar("!!str", "One line now.\nAnd a second.\n")),
			[]string{"          Shipping cost appears only at the last step.\n", "          Guest checkout is hidden below the fold.\n"},
			[]string{"          One line now.\n", "          And a second.\n"}},
		{"two-space.yaml", Insert(Path{"stages", "1", "touchpoints", "0", "pain_points"}, -1, mapping("text", "Coupon field invites a search for codes", "severity", "medium")),
			nil,
			[]string{"          - text: Coupon field invites a search for codes\n", "            severity: medium\n"}},
		{"two-space.yaml", Insert(Path{"stages"}, 1, mapping("id", "consideration", "name", "Consideration")),
			nil,
			[]string{"  - id: consideration\n", "    name: Consideration\n", "\n"}},
		{"two-space.yaml", Set(Path{"stages", "0", "touchpoints", "0", "owner"}, Scalar("!!str", "marketing")),
			nil,
			[]string{"            votes: 3\n", "        owner: marketing\n"}[1:]},
		{"two-space.yaml", InsertKey(Path{}, 5, "owner", Scalar("!!str", "service design")),
			nil, []string{"owner: service design\n"}}, // joins tags' group, not set off like personas
		{"two-space.yaml", Delete(Path{"stages", "0", "touchpoints", "0", "actions", "0"}),
			[]string{"          - Taps the ad\n"}, nil},
		{"two-space.yaml", Delete(Path{"personas", "1"}),
			[]string{"  - id: tom\n", "    name: Tom\n", "    x-source: interviews 2026-09\n", "\n"}, nil},
		{"four-space.yaml", Insert(Path{"stages", "1", "touchpoints"}, -1, mapping("id", "in-app-tour", "name", "In-app tour")),
			nil,
			[]string{"            -   id: in-app-tour\n", "                name: In-app tour\n"}},
		{"four-space.yaml", Insert(Path{"goals", "0", "history"}, -1, mapping("date", "2026-10-01", "value", "24")),
			nil,
			[]string{"            - {date: 2026-10-01, value: 24}\n"}},
		{"indentless.yaml", Insert(Path{"personas", "0", "goals"}, 1, Scalar("!!str", "Know what happens next")),
			nil,
			[]string{"  - Know what happens next\n"}},
		{"indentless.yaml", Insert(Path{"stages", "1", "touchpoints"}, 0, mapping("id", "letter", "name", "Settlement letter")),
			[]string{"  touchpoints: []\n"},
			[]string{"  touchpoints: [{id: letter, name: Settlement letter}]\n"}},
		{"indentless.yaml", Insert(Path{"stages", "0", "pain_points"}, 0, mapping("text", "Hold music for 20 minutes")),
			nil,
			[]string{"  pain_points:\n", "  - text: Hold music for 20 minutes\n"}},
		{"crlf.yaml", Set(Path{"stages", "0", "touchpoints", "0", "emotion"}, Scalar("!!int", "-1")),
			[]string{"        emotion: 0\r\n"}, []string{"        emotion: -1\r\n"}},
		{"crlf.yaml", Insert(Path{"stages", "0", "touchpoints"}, -1, mapping("id", "tp2", "name", "Second")),
			nil, []string{"      - id: tp2\r\n", "        name: Second\r\n"}},
		{"unicode.yaml", Set(Path{"stages", "0", "touchpoints", "0", "emotion"}, Scalar("!!int", "1")),
			[]string{"        emotion: 2\n"}, []string{"        emotion: 1\n"}},
		{"anchors.yaml", Set(Path{"stages", "0", "touchpoints", "1", "emotion"}, Scalar("!!int", "2")),
			[]string{"        emotion: !!int 1\n"}, []string{"        emotion: !!int 2\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+string(tt.edit.Op)+"/"+tt.edit.Path.String(), func(t *testing.T) {
			d := mustParse(t, string(files[tt.file]))
			before := string(d.Bytes())
			if _, err := d.Apply(tt.edit); err != nil {
				t.Fatalf("apply: %v", err)
			}
			removed, added := ChangedLines(before, string(d.Bytes()))
			if strings.Join(removed, "") != strings.Join(tt.removed, "") || strings.Join(added, "") != strings.Join(tt.added, "") {
				t.Errorf("diff:\n- %q\n+ %q\nwant:\n- %q\n+ %q", removed, added, tt.removed, tt.added)
			}
			if err := d.Verify(); err != nil {
				t.Errorf("verify: %v", err)
			}
		})
	}
}

// Edits kept as JSON (recovery files) name their kind; a name the editor
// does not know is refused when read, not taken for an edit that does
// nothing.
func TestEditKindsReadBackByName(t *testing.T) {
	for _, op := range []Op{OpSet, OpInsert, OpDelete, OpMove, OpBatch} {
		b, err := json.Marshal(Edit{Op: op})
		if err != nil {
			t.Fatal(err)
		}
		var e Edit
		if err := json.Unmarshal(b, &e); err != nil || e.Op != op {
			t.Errorf("%s: read back as %q, %v", b, e.Op, err)
		}
	}
	var e Edit
	if err := json.Unmarshal([]byte(`{"op":"sett","path":["title"]}`), &e); err == nil || !strings.Contains(err.Error(), `unknown edit kind "sett"`) {
		t.Errorf("an unknown kind was read as %q, %v", e.Op, err)
	}
}

// The size limit the document is given holds for the file it reads and
// for every text an edit would make, whichever way the edit is made.
func TestSizeLimitHoldsForReadsAndEdits(t *testing.T) {
	src := "title: Checkout\nstages:\n  - name: Browse\n"
	if _, err := Parse([]byte(src), WithMaxSize(len(src)-1)); err == nil || !strings.Contains(err.Error(), "the limit is") {
		t.Errorf("a file over the limit was read: %v", err)
	}
	d, err := Parse([]byte(src), WithMaxSize(len(src)+20))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 30)
	for _, e := range []Edit{
		Set(Path{"title"}, Scalar("!!str", long)),             // one token, in place
		Insert(Path{"stages"}, -1, Scalar("!!str", long)),     // a new item, the text parsed again
		InsertKey(Path{}, -1, "owner", Scalar("!!str", long)), // a new key
	} {
		if _, err := d.Apply(e); err == nil || !strings.Contains(err.Error(), "limit") {
			t.Errorf("%s %v: an edit past the limit was made (%v)", e.Op, e.Path, err)
		}
		if string(d.Bytes()) != src {
			t.Fatalf("a refused edit changed the text:\n%s", d.Bytes())
		}
	}
	if _, err := d.Apply(Set(Path{"title"}, Scalar("!!str", "Cart"))); err != nil {
		t.Errorf("an edit within the limit was refused: %v", err)
	}
}
