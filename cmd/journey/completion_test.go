package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/journey-maps/journey/ui/common"
)

// complete asks the command line for completions as a shell does and
// returns the candidates.
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	code, out, errOut := jrun(t, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errOut)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(l, ":") {
			got = append(got, l)
		}
	}
	return got
}

func TestCompletionOffersTheMapsPaths(t *testing.T) {
	shop := "../../maps/online-shop.yaml"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"set", shop, "stages."}, "stages.awareness. stages.consideration. stages.purchase. stages.delivery. stages.retention. stages.advocacy."},
		{[]string{"get", shop, "stages.purchase.touchpoints.checkout-form.em"}, "stages.purchase.touchpoints.checkout-form.emotion stages.purchase.touchpoints.checkout-form.emotions."},
		{[]string{"get", shop, "ti"}, "title"},
		{[]string{"rm", shop, "stages.purchase.touchpoints.checkout-form.pain_points."}, "stages.purchase.touchpoints.checkout-form.pain_points.late-shipping-cost. stages.purchase.touchpoints.checkout-form.pain_points.no-delivery-date."},
		// set also offers the fields the format knows and the item lacks.
		{[]string{"set", shop, "stages.purchase.touchpoints.checkout-form.no"}, "stages.purchase.touchpoints.checkout-form.notes"},
		{[]string{"get", shop, "stages.purchase.touchpoints.checkout-form.no"}, ""},
		{[]string{"get", shop, "stages.nowhere."}, ""},
	}
	for _, tt := range tests {
		if got := strings.Join(complete(t, tt.args...), " "); got != tt.want {
			t.Errorf("%v:\n got %q\nwant %q", tt.args, got, tt.want)
		}
	}
}

// Every word completion offers for --format, --template and --theme is
// one the command takes.
func TestCompletionOffersFlagValuesTheCommandsTake(t *testing.T) {
	shop := "../../maps/online-shop.yaml"
	dir := t.TempDir()
	tests := []struct {
		cmd, flag string
		run       func(word string) []string
		min       int
	}{
		{"lint", "--format", func(w string) []string { return []string{"lint", "--format", w, shop} }, 3},
		{"export", "--format", func(w string) []string { return []string{"export", "--format", w, shop} }, 7},
		{"export", "--theme", func(w string) []string { return []string{"export", "--format", "svg", "--theme", w, shop} }, 2},
		{"get", "--format", func(w string) []string { return []string{"get", "--format", w, shop, "title"} }, 2},
		{"diff", "--format", func(w string) []string { return []string{"diff", "--format", w, shop, shop} }, 3},
		{"compare", "--format", func(w string) []string {
			return []string{"compare", "--format", w, shop, "../../maps/ideal/online-shop.yaml"}
		}, 3},
		{"priorities", "--format", func(w string) []string { return []string{"priorities", "--format", w, shop} }, 2},
		{"new", "--template", func(w string) []string { return []string{"new", filepath.Join(dir, w+".yaml"), "--template", w} }, 4},
	}
	// The editor commands open a screen, so their --theme words are held to
	// the exact list the editor takes.
	for _, c := range []string{"edit", "view", "serve"} {
		words := complete(t, c, "--theme", "")
		if strings.Join(words, " ") != "default high-contrast" {
			t.Errorf("%s --theme offers %q, want default and high-contrast", c, words)
		}
		for _, w := range words {
			if _, err := common.ParseTheme(w); err != nil {
				t.Errorf("%s --theme %s, as completion offers it: %v", c, w, err)
			}
		}
	}
	for _, tt := range tests {
		words := complete(t, tt.cmd, tt.flag, "")
		if len(words) < tt.min {
			t.Errorf("%s %s offers %q", tt.cmd, tt.flag, words)
		}
		for _, w := range words {
			if code, _, errOut := jrun(t, tt.run(w)...); code != 0 {
				t.Errorf("%s %s %s, as completion offers it: exit %d: %s", tt.cmd, tt.flag, w, code, errOut)
			}
		}
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		if code, out, _ := jrun(t, "completion", shell); code != 0 || !strings.Contains(out, "journey") {
			t.Errorf("journey completion %s: exit %d", shell, code)
		}
	}
}
