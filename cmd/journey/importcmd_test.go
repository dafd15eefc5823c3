package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

const dayDiagram = `journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Do work: 1: Me, Cat
    section Go home
      Sit down: 4
`

func TestImportMermaidPrintsAMapThatLoads(t *testing.T) {
	dir := t.TempDir()
	mmd := writeFile(t, dir, "working-day.mmd", dayDiagram)
	code, out, errs := runArgs(t, "", "import", "mermaid", mmd)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	doc, err := model.Parse("out.yaml", []byte(out), model.Date{})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	m := doc.Map()
	if m.Title != "My working day" || len(m.Stages) != 2 || len(m.Personas) != 2 {
		t.Fatalf("imported %+v", m)
	}
	work := m.Stages[0].Touchpoints[1]
	if work.ID != "do-work" || *work.Emotion != -2 || len(work.Emotions) != 2 || work.Emotions[1].Persona != "cat" {
		t.Errorf("touchpoint %+v", work)
	}
	if !strings.HasPrefix(out, "# Imported from "+mmd+" by journey import mermaid\njourney: 1\n") {
		t.Errorf("header: %.120s", out)
	}
}

func TestImportMermaidWritesAFileOnlyWhenAsked(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "day.yaml")
	code, stdout, errs := runArgs(t, "journey\n  section A\n    Tea: 3\n", "import", "mermaid", "-", "-o", out)
	if code != 0 || stdout != "" || !strings.Contains(errs, "wrote "+out+": 1 stages, 1 touchpoints") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	data, _ := os.ReadFile(out)
	if !strings.Contains(string(data), "title: Imported journey\n") {
		t.Errorf("map:\n%s", data)
	}
	code, _, errs = runArgs(t, "journey\n", "import", "mermaid", "-", "-o", out)
	if code != 2 || !strings.Contains(errs, "already exists") {
		t.Errorf("overwrite without --force: exit %d, %q", code, errs)
	}
	if code, _, errs = runArgs(t, "journey\n  title Replaced\n", "import", "mermaid", "-", "-o", out, "--force"); code != 0 {
		t.Errorf("--force: exit %d, %q", code, errs)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "title: Replaced\n") {
		t.Errorf("not replaced:\n%s", data)
	}
}

func TestImportMermaidRefusesBrokenDiagrams(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, stderr string
		code               int
	}{
		{"flowchart", "flowchart TD\n  A --> B\n", "bad.mmd:1: expected `journey`", 1},
		{"bad score", "journey\n  section A\n    Tea: 9\n", "bad.mmd:3: task \"Tea\" has score \"9\"", 1},
		{"missing score", "journey\n\n  Tea\n", "bad.mmd:3: task \"Tea\" has no score", 1},
		{"binary", "journey\n\xff\xfe\n", "bad.mmd:2: the text is not valid UTF-8", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, dir, "bad.mmd", tt.text)
			code, out, errs := runArgs(t, "", "import", "mermaid", p)
			if code != tt.code || out != "" || !strings.HasPrefix(errs, filepath.Join(dir, tt.stderr)) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and %q", code, out, errs, tt.code, tt.stderr)
			}
		})
	}
	for _, args := range [][]string{{"import"}, {"import", "plantuml", "x.puml"}, {"import", "mermaid"}, {"import", "mermaid", filepath.Join(dir, "none.mmd")}} {
		if code, _, errs := runArgs(t, "", args...); code != 2 {
			t.Errorf("%v: exit %d (%s); want 2", args, code, errs)
		}
	}
}

func TestExportedMermaidImportsBackToTheSameJourney(t *testing.T) {
	code, mmd, errs := runArgs(t, "", "export", shopMap, "--format", "mermaid")
	if code != 0 {
		t.Fatal(errs)
	}
	code, y, errs := runArgs(t, mmd, "import", "mermaid", "-")
	if code != 0 {
		t.Fatal(errs)
	}
	dir := t.TempDir()
	back := writeFile(t, dir, "back.yaml", y)
	code, again, _ := runArgs(t, "", "export", back, "--format", "mermaid")
	if code != 0 || again != mmd {
		t.Errorf("export, import, export changed the diagram:\n%s\nvs\n%s", mmd, again)
	}
}

func TestLintFormatGitHubPrintsAnnotations(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "m.yaml", "journey: 1\ntitle: T\ntitel: typo\n")
	code, out, _ := runArgs(t, "", "lint", "--format", "github", p)
	if code != 0 || !strings.HasPrefix(out, "::warning file="+p+",line=3,col=1::") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

// GitHub places annotations by the path from the repository's root: lint
// run from a subfolder, or given an absolute path, says docs/maps/m.yaml.
func TestLintFormatGitHubPathsFromTheRepositoryRoot(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := putFile(t, repo, "docs/maps/m.yaml", "journey: 1\ntitle: T\ntitel: typo\n")
	want := "::warning file=docs/maps/m.yaml,line=3,col=1::"
	if code, out, _ := runArgs(t, "", "lint", "--format", "github", p); code != 0 || !strings.HasPrefix(out, want) {
		t.Errorf("an absolute path: exit %d, output %q; want %q", code, out, want)
	}
	t.Chdir(filepath.Join(repo, "docs"))
	for _, arg := range []string{"maps/m.yaml", "maps", "."} {
		if code, out, _ := runArgs(t, "", "lint", "--format", "github", arg); code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("lint %s from a subfolder: exit %d, output %q; want %q", arg, code, out, want)
		}
	}
}

// The help says how every score Mermaid accepts (0..5) maps, and the
// import does what it says: 0 and 1 give -2, 5 gives 2.
func TestImportMermaidHelpTellsHowScoresMap(t *testing.T) {
	code, help, _ := runArgs(t, "", "import", "mermaid", "--help")
	if code != 0 || !strings.Contains(help, "scores 0..5") || !strings.Contains(help, "0 also gives -2") {
		t.Errorf("import mermaid --help does not say how score 0 maps:\n%s", help)
	}
	mmd := writeFile(t, t.TempDir(), "scores.mmd", "journey\n  title Scores\n  section S\n    Zero: 0\n    One: 1\n    Five: 5\n")
	code, out, errs := runArgs(t, "", "import", "mermaid", mmd)
	doc, err := model.Parse("out.yaml", []byte(out), model.Date{})
	if code != 0 || err != nil {
		t.Fatalf("exit %d: %s %v", code, errs, err)
	}
	for i, want := range []int{-2, -2, 2} {
		if tp := doc.Map().Stages[0].Touchpoints[i]; tp.Emotion == nil || *tp.Emotion != want {
			t.Errorf("%s: emotion %v, want %d", tp.Name, tp.Emotion, want)
		}
	}
}
