package ui

import (
	"github.com/journey-maps/journey/ui/common"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	cliOnce sync.Once
	cliBin  string
	cliErr  error
)

// journeyCLI builds the journey command once for the tests that compare
// what it writes with what the editor writes.
func journeyCLI(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "journey-cli")
		if err != nil {
			cliErr = err
			return
		}
		cliBin = filepath.Join(dir, "journey")
		if out, err := exec.Command("go", "build", "-o", cliBin, "../cmd/journey").CombinedOutput(); err != nil {
			cliErr = &buildError{string(out)}
		}
	})
	if cliErr != nil {
		t.Fatalf("building journey: %v", cliErr)
	}
	return cliBin
}

type buildError struct{ out string }

func (e *buildError) Error() string { return e.out }

func cli(t *testing.T, args ...string) {
	t.Helper()
	cmd := exec.Command(journeyCLI(t), args...)
	cmd.Env = append(cmd.Environ(), "JOURNEY_TODAY=2026-11-22")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("journey %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// The command line and the editor build their edits in one place, so the
// same change writes the same bytes from either.
func TestCLIAndEditorWriteTheSameBytes(t *testing.T) {
	const pain = "stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost"
	t.Run("a key removed and set again goes where the format lists it", func(t *testing.T) {
		s := openEditing(t, "online-shop.yaml", 120, 40)
		byCLI := filepath.Join(t.TempDir(), "cli.yaml")
		if err := os.WriteFile(byCLI, s.orig, 0o644); err != nil {
			t.Fatal(err)
		}
		cli(t, "rm", byCLI, pain+".severity")
		cli(t, "set", byCLI, pain+".severity", "low")
		// The editor starts from the map without the severity and cycles
		// it in with s.
		cli(t, "rm", s.path, pain+".severity")
		s = reopen(t, s)
		s.keys(toFirstPain...).keys("s", "ctrl+s")
		want := readFile(t, byCLI)
		if !strings.Contains(want, "            text: Shipping cost appears only at the last step\n            severity: low\n            drop_off: true\n") {
			t.Fatalf("journey set put the severity out of the format's order:\n%s", want)
		}
		if got := s.disk(); got != want {
			t.Fatalf("the editor wrote other bytes than journey rm + set:\n%s", lineDiff(want, got))
		}
	})
	t.Run("a pain point added", func(t *testing.T) {
		s := openEditing(t, "online-shop.yaml", 120, 40)
		byCLI := filepath.Join(t.TempDir(), "cli.yaml")
		if err := os.WriteFile(byCLI, s.orig, 0o644); err != nil {
			t.Fatal(err)
		}
		cli(t, "add", byCLI, "stages.purchase.touchpoints.checkout-form.pain_points", "text=Coupon field sends people hunting")
		s.keys(toCheckout...).keys("p").typeText("Coupon field sends people hunting").keys("enter", "esc", "ctrl+s")
		if got, want := s.disk(), readFile(t, byCLI); got != want {
			t.Fatalf("the editor wrote other bytes than journey add:\n%s", lineDiff(want, got))
		}
	})
}

// A touchpoint moved to the next stage: L in the editor, journey mv from the
// shell.
func TestCLIAndEditorMoveATouchpointTheSame(t *testing.T) {
	s := openEditing(t, "online-shop.yaml", 120, 40)
	byCLI := filepath.Join(t.TempDir(), "cli.yaml")
	if err := os.WriteFile(byCLI, s.orig, 0o644); err != nil {
		t.Fatal(err)
	}
	// L keeps the touchpoint's height: payment is fourth in Purchase and
	// Delivery has three, so it goes last there.
	cli(t, "mv", byCLI, "stages.purchase.touchpoints.payment", "--to", "stages.delivery.touchpoints", "--at", "3")
	s.keys("3")
	for i := 0; ; i++ {
		if it, ok := s.a.Position(); ok && it.Kind == common.KindTouchpoint && s.a.Map().Stages[2].Touchpoints[it.Touchpoint].ID == "payment" {
			break
		}
		if i == 30 {
			t.Fatal("j never reached the payment touchpoint")
		}
		s.keys("j")
	}
	s.keys("L", "ctrl+s")
	if got, want := s.disk(), readFile(t, byCLI); got != want {
		t.Fatalf("the editor wrote other bytes than journey mv:\n%s", lineDiff(want, got))
	}
	if s.disk() == string(s.orig) {
		t.Fatal("nothing moved")
	}
}

// reopen loads the session's file again, as after a change from outside.
func reopen(t *testing.T, s *edSession) *edSession {
	t.Helper()
	src, err := os.ReadFile(s.path)
	if err != nil {
		t.Fatal(err)
	}
	n := openEditingText(t, filepath.Base(s.path), src, 120, 40, false)
	return n
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// lineDiff lists the lines of want and got that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("line " + common.Itoa(i+1) + ":\n  want " + a + "\n  got  " + c + "\n")
		}
	}
	return b.String()
}
