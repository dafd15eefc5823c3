package main

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/journey-maps/journey/model"
)

// Twenty-one `journey set` processes at once, each on another field of one
// map: every change is in the file afterwards, or its process said it
// failed. None is lost silently.
func TestParallelSetsAllLand(t *testing.T) {
	bin := buildJourney(t)
	path := sampleCopy(t, "online-shop.yaml")
	m := loadMap(t, path)
	type change struct{ path, value string }
	var changes []change
	for _, s := range m.Stages {
		for _, tp := range s.Touchpoints {
			if len(changes) < 21 && tp.ID != "" {
				changes = append(changes, change{fmt.Sprintf("stages.%s.touchpoints.%s.name", s.ID, tp.ID), "Renamed " + tp.ID})
			}
		}
	}
	if len(changes) != 21 {
		t.Fatalf("the sample has %d touchpoints with ids, want 21", len(changes))
	}
	type result struct {
		code int
		out  string
	}
	results := make([]result, len(changes))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, c := range changes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			cmd := exec.Command(bin, "set", path, c.path, c.value)
			cmd.Env = append(cmd.Environ(), "JOURNEY_TODAY="+e2eToday)
			out, err := cmd.CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				code = -1
			}
			results[i] = result{code, string(out)}
		}()
	}
	close(start)
	wg.Wait()
	after := loadMap(t, path)
	names := map[string]string{}
	for _, s := range after.Stages {
		for _, tp := range s.Touchpoints {
			names[tp.ID] = tp.Name
		}
	}
	landed := 0
	for i, c := range changes {
		id := strings.Split(c.path, ".")[3]
		switch r := results[i]; {
		case names[id] == c.value:
			landed++
			if r.code != 0 {
				t.Errorf("%s landed but its process exited %d: %s", c.path, r.code, r.out)
			}
		case r.code == 0:
			t.Errorf("%s exited 0 but its change is not in the file (name %q)", c.path, names[id])
		case strings.TrimSpace(r.out) == "":
			t.Errorf("%s failed (exit %d) without saying why", c.path, r.code)
		}
	}
	if landed != len(changes) {
		t.Errorf("%d of %d parallel changes landed; quick edits should take turns on the map's lock", landed, len(changes))
	}
	if _, err := model.Load(path, cliToday); err != nil {
		t.Fatalf("the map no longer loads: %v", err)
	}
}
