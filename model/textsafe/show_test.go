package textsafe

import (
	"encoding/json"
	"testing"
)

func TestShowMakesZeroWidthVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Checkout", "Checkout"},
		{"check\u200bout", "check<U+200B>out"},
		{"a\u200cb\u2060c\ufeffd", "a<U+200C>b<U+2060>c<U+FEFF>d"},
		{"zero\u200dwidth", "zero<U+200D>width"},
		{"👩\u200d💻 dev", "👩\u200d💻 dev"},
		{"\x1b[2Jevil\u202e\u200b", "evil<U+200B>"},
	}
	for _, tt := range tests {
		if got := Show(tt.in); got != tt.want {
			t.Errorf("Show(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if got := ShowText("a\u200b\nb"); got != "a<U+200B>\nb" {
		t.Errorf("ShowText keeps line breaks and marks zero-width: %q", got)
	}
	if got := Line("check\u200bout"); got != "check\u200bout" {
		t.Errorf("Line(%q) = %q; exports keep zero-width characters", "check\u200bout", got)
	}
}

func TestJSONEscapesWhatTerminalsAct(t *testing.T) {
	in := "a\u009b2Jb\u202e\u200b\u2028c é"
	enc, err := json.Marshal(map[string]string{"name": in})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(enc)
	want := `{"name":"a\u009b2Jb\u202e\u200b\u2028c é"}`
	if string(out) != want {
		t.Errorf("JSON = %s; want %s", out, want)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["name"] != in {
		t.Errorf("the escaped JSON decodes to %q (%v); want the text unchanged", back["name"], err)
	}
}
