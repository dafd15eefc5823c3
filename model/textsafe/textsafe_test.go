package textsafe

import "testing"

func TestLineKeepsEscapesAndControlsOffTheTerminal(t *testing.T) {
	tests := []struct{ in, line, text string }{
		{"Checkout form", "Checkout form", "Checkout form"},
		{"\x1b]0;pwned\a title", " title", " title"},
		{"\x1b[2Jclear", "clear", "clear"},
		{"two\r\nlines\nhere", "two lines here", "two\nlines\nhere"},
		{"tab\there", "tab here", "tab here"},
		{"evil\u202etxt", "eviltxt", "eviltxt"},
		{"c1\u009bx", "c1", "c1"},
		{"c1\u0085x", "c1x", "c1x"},
		{"bad\xffbyte", "bad\ufffdbyte", "bad\ufffdbyte"},
		{"Café ▲▲", "Café ▲▲", "Café ▲▲"},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.line {
			t.Errorf("Line(%q) = %q; want %q", tt.in, got, tt.line)
		}
		if got := Text(tt.in); got != tt.text {
			t.Errorf("Text(%q) = %q; want %q", tt.in, got, tt.text)
		}
	}
}

func TestMarkdownRendersLiterally(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain text, with (parens) and dots.", "Plain text, with (parens) and dots."},
		{"a | b", `a \| b`},
		{"*bold* _it_ `code` ~x~", `\*bold\* \_it\_ \` + "`code\\`" + ` \~x\~`},
		{"[link](http://x) <script>", `\[link\](http://x) \<script\>`},
		{"costs $5 and $10", `costs \$5 and \$10`},
		{"R&D &amp; & done", `R\&D \&amp; & done`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"> not a quote", `\> not a quote`},
		{"12. not numbered", `12\. not numbered`},
		{"3) not numbered", `3\) not numbered`},
		{"2026 was good. 3.5 stars", "2026 was good. 3.5 stars"},
		{"4.8%", "4.8%"},
		{"-2 degrees", "-2 degrees"},
		{"#hashtag", "#hashtag"},
		{"--- rule", `\--- rule`},
		{"-", `\-`},
		{"back\\slash", `back\\slash`},
		{"line\nbreak", "line break"},
	}
	for _, tt := range tests {
		if got := Markdown(tt.in); got != tt.want {
			t.Errorf("Markdown(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownBlockKeepsLinesWithoutMarkup(t *testing.T) {
	got := MarkdownBlock("First line\n- second\n\n\n# third\n")
	want := "First line<br>\n\\- second\n\n\\# third"
	if got != want {
		t.Errorf("got %q; want %q", got, want)
	}
}

func TestNoMentionsAndCode(t *testing.T) {
	if got := NoMentions("ask @team"); got != "ask @\u200bteam" {
		t.Errorf("NoMentions = %q", got)
	}
	tests := []struct{ in, want string }{
		{"-2", "`-2`"},
		{"a`b", "``a`b``"},
		{"`x", "`` `x ``"},
		{"", "`  `"},
	}
	for _, tt := range tests {
		if got := Code(tt.in); got != tt.want {
			t.Errorf("Code(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestXMLCannotOpenOrCloseATag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Checkout form", "Checkout form"},
		{"</svg><script>alert(1)</script>", "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"},
		{`say "hi" & 'bye'`, "say &quot;hi&quot; &amp; &#39;bye&#39;"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"]]>&amp;", "]]&gt;&amp;amp;"},
		{"odd\ufffe\uffffend", "oddend"},
		{"two\nlines", "two lines"},
	}
	for _, tt := range tests {
		if got := XML(tt.in); got != tt.want {
			t.Errorf("XML(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
