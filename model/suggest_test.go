package model

import (
	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	stage := KnownKeys["stage"]
	touchpoint := KnownKeys["touchpoint"]
	painPoint := KnownKeys["pain point"]
	for _, c := range []struct {
		word       string
		candidates []string
		want       string
	}{
		{"touchpionts", stage, "touchpoints"},   // two letters swapped
		{"touchpoint", stage, "touchpoints"},    // one letter missing
		{"Emotion", touchpoint, "emotion"},      // case
		{"drop-off", painPoint, "drop_off"},     // dash for underscore
		{"Drop Off", painPoint, "drop_off"},     // space and case
		{"dropoff", painPoint, "drop_off"},      // one letter missing
		{"sevrity", painPoint, "severity"},      // one letter missing
		{"opportunity", stage, "opportunities"}, // shared prefix
		{"pain", stage, "pain_points"},          // prefix of four letters
		{"desc", stage, "description"},
		{"colour", KnownKeys["map"], ""}, // nothing close
		{"pain_score", stage, ""},        // a shared "pain_" is not enough
		{"ix", []string{"id"}, "id"},
		{"xy", []string{"id"}, ""}, // short words allow one edit only
		{"nam", []string{"name", "id"}, "name"},
		{"chekout", []string{"awareness", "checkout"}, "checkout"},
		{"hgh", Severities, "high"},
		{"lo", Levels, "low"},
		{"ab", []string{"ac", "ad"}, "ac"},                        // ties go to the earlier
		{"emotoins", []string{"emotion", "emotions"}, "emotions"}, // closer wins over earlier
		{"", stage, ""},
		{"anything", nil, ""},
	} {
		if got := Suggest(c.word, c.candidates); got != c.want {
			t.Errorf("Suggest(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

// TestSuggestHugeWord checks a hostile key of a megabyte is answered at once.
func TestSuggestHugeWord(t *testing.T) {
	// Words past suggestMaxRunes are matched by prefix only, so these
	// return at once rather than filling a 1,100,000 x 11 distance table.
	huge := strings.Repeat("touchpoints", 100_000)
	if got := Suggest(huge, KnownKeys["stage"]); got != "touchpoints" {
		t.Errorf("Suggest(huge) = %q, want the prefix match", got)
	}
	if got := Suggest(strings.Repeat("é", 1_000_000), KnownKeys["stage"]); got != "" {
		t.Errorf("Suggest(junk) = %q", got)
	}
}

func TestSuggestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"ab", "ba", 1},
		{"kitten", "sitting", 3},
		{"touchpionts", "touchpoints", 1},
		{"ca", "abc", 3}, // optimal string alignment does not edit a swapped pair again
		{"日本", "日本語", 1},
	} {
		if got := editDistance([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
