package ui

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/journey-maps/journey/ui/board"
	"github.com/journey-maps/journey/ui/common"
)

// The key table describes each key once; these walk it.

func TestKeyTableEveryActionHasHelp(t *testing.T) {
	for _, act := range keyTable(common.DefaultKeyMap()) {
		h := act.Binding.Help()
		if h.Key == "" || h.Desc == "" || len(act.Binding.Keys()) == 0 || act.Group == "" {
			t.Errorf("action %q (%q) lacks keys, help text or a group", h.Key, h.Desc)
		}
	}
}

// No key can mean two things at once: in every state below, at most one
// action that works has a given key.
func TestKeyTableNoKeyTwiceAtOnce(t *testing.T) {
	ro := openSession(t, "online-shop.yaml", 120, 40, true).a
	rw := openEditing(t, "online-shop.yaml", 120, 40)
	rw.keys("enter")
	both := openEditing(t, "online-shop.yaml", 120, 40).a
	both.changes, both.repair = &board.Changes{}, &board.RepairMarks{}
	for name, a := range map[string]*App{"read-only": ro, "editing, details open": rw.a, "changes and repair": both} {
		owner := map[string]string{}
		for _, act := range a.table {
			if !act.Enabled(a) {
				continue
			}
			for _, k := range act.Binding.Keys() {
				if prev, ok := owner[k]; ok {
					t.Errorf("%s: %q is both %q and %q", name, k, prev, act.Binding.Help().Desc)
				}
				owner[k] = act.Binding.Help().Desc
			}
		}
	}
}

// Every key the README's key table documents is in the key table.
func TestKeyTableHasEveryDocumentedKey(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	start := strings.Index(doc, "### Keys\n")
	if start < 0 {
		t.Fatal("README has no ### Keys section")
	}
	section := doc[start:]
	table := strings.Index(section, "| key |")
	section = section[:table+strings.Index(section[table:], "\n\n")]
	names := map[string]string{"←": "left", "→": "right", "↑": "up", "↓": "down"}
	have := map[string]bool{}
	for _, act := range keyTable(common.DefaultKeyMap()) {
		for _, k := range act.Binding.Keys() {
			have[k] = true
		}
	}
	tick := regexp.MustCompile("`([^`]+)`")
	rows := 0
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || !strings.Contains(cells[1], "`") {
			continue
		}
		rows++
		for _, m := range tick.FindAllStringSubmatch(cells[1], -1) {
			k := m[1]
			if n, ok := names[k]; ok {
				k = n
			}
			if !have[k] {
				t.Errorf("README documents %q (%s), the key table lacks it", m[1], strings.TrimSpace(cells[2]))
			}
		}
	}
	if rows < 20 {
		t.Fatalf("read %d rows of the README's key table; its layout changed?", rows)
	}
}
