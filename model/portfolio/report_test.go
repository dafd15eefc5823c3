package portfolio

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model/export"
)

// TestReportJSONMatchesCountsOfAGeneratedTree checks every figure of the
// json report against what the generator put in each map.
func TestReportJSONMatchesCountsOfAGeneratedTree(t *testing.T) {
	const n = 60
	dir := genTree(t, n)
	p, err := Scan(dir, Options{Today: today, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	data, err := NewReport(p, today).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Maps []struct {
			Path, Title, Owner, State string
			Stale                     bool
			Goals                     map[string]int
			PainPoints                map[string]int `json:"pain_points"`
			Problems                  int
		}
		Goals         []struct{ Map, Goal, Status string }
		PainPoints    []struct{ Severity string } `json:"pain_points"`
		Opportunities map[string]int
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("report json does not parse: %v\n%s", err, data)
	}
	if len(got.Maps) != n {
		t.Fatalf("%d maps in the report, want %d", len(got.Maps), n)
	}
	statusKey := map[string]string{"achieved": "achieved", "on track": "on_track", "at risk": "at_risk", "overdue": "overdue", "not started": "not_started"}
	totalGoals, totalPains := 0, 0
	for _, m := range got.Maps {
		var i int
		if _, err := fmt.Sscanf(filepath.Base(m.Path), "map-%04d.yaml", &i); err != nil {
			t.Fatalf("unexpected path %s", m.Path)
		}
		want := map[string]int{"achieved": 0, "on_track": 0, "at_risk": 0, "overdue": 0, "not_started": 0}
		for g := 0; g <= i%5; g++ {
			want[statusKey[goalKinds[(i+g)%5].status]]++
		}
		wantPains := map[string]int{"high": 0, "critical": 0}
		for q := 0; q <= i%4; q++ {
			if s := severities[(i+q)%4]; s == "high" || s == "critical" {
				wantPains[s]++
			}
		}
		wantProblems := 0
		if i%3 == 0 {
			wantProblems++ // the staleness warning
		}
		if i%7 == 0 {
			wantProblems++ // emotion 7
		}
		if fmt.Sprint(m.Goals) != fmt.Sprint(want) || fmt.Sprint(m.PainPoints) != fmt.Sprint(wantPains) ||
			m.Stale != (i%3 == 0) || m.Problems != wantProblems || m.Owner != fmt.Sprintf("Team %d", i%4) || m.Title != fmt.Sprintf("Journey %d", i) {
			t.Errorf("map %d: %+v\nwant goals %v, pains %v, stale %v, problems %d", i, m, want, wantPains, i%3 == 0, wantProblems)
		}
		totalGoals += i%5 + 1
		totalPains += i%4 + 1
	}
	if len(got.Goals) != totalGoals || len(got.PainPoints) != totalPains {
		t.Errorf("%d goals and %d pain points listed, want %d and %d", len(got.Goals), len(got.PainPoints), totalGoals, totalPains)
	}
	if got.Goals[0].Status != "overdue" || got.PainPoints[0].Severity != "critical" || got.PainPoints[len(got.PainPoints)-1].Severity != "low" {
		t.Errorf("lists not ranked: first goal %+v, pains from %v to %v", got.Goals[0], got.PainPoints[0], got.PainPoints[len(got.PainPoints)-1])
	}
	if got.Opportunities["planned"] != n || len(got.Opportunities) != 1 {
		t.Errorf("opportunities by status = %v, want planned: %d", got.Opportunities, n)
	}
}

// TestReportFormatsEscapeHostileTitles: a map title is text from the
// repository; no format may let it through as markup or escapes.
func TestReportFormatsEscapeHostileTitles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "evil.yaml"), "journey: 1\ntitle: \"<script>x</script> [link](http://x) @team \\e[31mred\"\nupdated: 2025-01-01\nowner: Ops\nstages:\n  - name: A\n    pain_points:\n      - text: \"| breaks | tables\"\n        severity: critical\n")
	p, err := Scan(dir, Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport(p, today)
	md := r.Markdown()
	for _, bad := range []string{"[link](", "@team", "\x1b", "<script>", "| breaks |"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown lets %q through:\n%s", bad, md)
		}
	}
	if !strings.Contains(md, "## Stale maps (review overdue)\n\n| Map | Owner | Last review |") || !strings.Contains(md, "| Ops | 2025-01-01 |") {
		t.Errorf("markdown lacks the stale map with its owner:\n%s", md)
	}
	html := r.HTML(export.Themes["light"])
	if strings.Contains(html, "<script>") || strings.Contains(html, "\x1b") || !strings.Contains(html, "Content-Security-Policy") {
		t.Errorf("html page unsafe:\n%s", html)
	}
	if text := r.Text(); strings.Contains(text, "\x1b") || !strings.Contains(text, "Stale maps") {
		t.Errorf("text report:\n%s", text)
	}
}
