package textsafe

import (
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ascii", "Checkout form", "Checkout form"},
		{"unicode and emoji kept", "Café 😀 – naïve", "Café 😀 – naïve"},
		{"clear screen CSI", "a\x1b[2Jb", "ab"},
		{"colour CSI", "\x1b[31mred\x1b[0m", "red"},
		{"CSI with intermediates", "x\x1b[1 qy", "xy"},
		{"private CSI", "x\x1b[?1049hy", "xy"},
		{"OSC title ended by BEL", "\x1b]0;pwned\aname", "name"},
		{"OSC ended by ST", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"OSC 52 clipboard", "a\x1b]52;c;ZXZpbA==\ab", "ab"},
		{"unterminated OSC swallows rest", "name\x1b]0;title", "name"},
		{"OSC cut by a new CSI", "a\x1b]0;t\x1b[2Jb", "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"SOS and PM", "a\x1bXsos\x1b\\b\x1b^pm\x1b\\c", "abc"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"reset", "a\x1bcb", "ab"},
		{"lone ESC at end", "abc\x1b", "abc"},
		{"lone ESC before control", "a\x1b\x01b", "ab"},
		{"C1 CSI as a character", "a\u009b2Jb", "ab"},
		{"C1 OSC as a character", "a\u009d0;t\u009cb", "ab"},
		{"other C1 dropped", "a\u0085b\u0080c", "abc"},
		{"raw 8-bit CSI byte", "a\x9b2Jb", "a\uFFFD2Jb"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"bell and backspace", "a\a\bb", "ab"},
		{"DEL", "a\x7fb", "ab"},
		{"NUL", "a\x00b", "ab"},
		{"tab and newline become spaces", "a\tb\nc\r\nd", "a b c d"},
		{"bidi override", "abc\u202Egnp.exe", "abcgnp.exe"},
		{"bidi embedding and isolates", "\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069", "abcdefg"},
		{"directional marks", "a\u200Eb\u200Fc\u061Cd", "abcd"},
		{"zero width joiner kept", "👩\u200d💻", "👩\u200d💻"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeTextKeepsLineBreaks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"one\ntwo", "one\ntwo"},
		{"one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"a\tb", "a b"},
		{"x\x1b[2Jy\n\x1b]0;t\az", "xy\nz"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// No output of Sanitize may hold a byte a terminal acts on, whatever the input.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"\x1b]0;x\a", "\x1b[2J", "\u009b1m", "a\x1bPq\x1b\\", "\xff\x9b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		for _, r := range out {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || bidi(r) {
				t.Fatalf("Line(%q) = %q keeps control %U", s, out, r)
			}
		}
		if strings.ContainsRune(Text(s), 0x1b) {
			t.Fatalf("Text(%q) keeps ESC", s)
		}
	})
}
