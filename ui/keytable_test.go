package ui

import (
	"fmt"
	"os"
	"regexp"
	"slices"
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

// Every key a footer shows is a key of the table that works now: the
// board's, each panel's and the details' footers (each kind of item in
// the form, and read-only) list no key by hand.
func TestKeyTableFootersComeFromTheTable(t *testing.T) {
	seen := map[common.Footer]bool{}
	check := func(name string, a *App) {
		t.Helper()
		seen[a.footerKeys()] = true
		shown := a.shortKeys().ShortHelp()
		if len(shown) < 3 {
			t.Errorf("%s: footer %q shows only %d keys", name, a.footerKeys(), len(shown))
		}
		for _, b := range shown {
			found := false
			for _, act := range a.table {
				if slices.Equal(act.Binding.Keys(), b.Keys()) && act.Enabled(a) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: footer %q shows %q %q, which no action that works now has", name, a.footerKeys(), b.Help().Key, b.Help().Desc)
			}
		}
	}
	for _, ro := range []bool{false, true} {
		s := openEditingAs(t, "online-shop.yaml", 120, 40, ro)
		mode := map[bool]string{false: "editing", true: "read-only"}[ro]
		check(mode+" board", s.a)
		for i := range s.a.panels {
			s.keys("tab")
			check(fmt.Sprintf("%s panel %d", mode, i), s.a)
		}
		s.keys("esc", "m")
		check(mode+" map details", s.a)
		s.keys("esc", "esc")
		for j := 0; j < 4; j++ {
			s.keys("down", "enter")
			for i := 0; i < 12; i++ {
				check(fmt.Sprintf("%s card %d, details row %d", mode, j, i), s.a)
				s.keys("down")
			}
			s.keys("enter")
			for i := 0; i < 6; i++ {
				check(fmt.Sprintf("%s card %d, details of a row, row %d", mode, j, i), s.a)
				s.keys("down")
			}
			s.keys("esc", "esc", "esc")
		}
	}
	for _, f := range allFooters {
		if !seen[f] {
			t.Errorf("no state above shows footer %q", f)
		}
	}
}
