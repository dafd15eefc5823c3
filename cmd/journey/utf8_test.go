package main

import (
	"strings"
	"testing"
)

// Text typed by a person is written as they typed it: emoji and other
// characters beyond the Basic Multilingual Plane stay UTF-8 in the file,
// not "\U0001F331" escapes, and read back the same.
func TestSetWritesEmojiAsUTF8(t *testing.T) {
	path := sampleCopy(t, "online-shop.yaml")
	for _, title := range []string{"Café 🌱 crème", "🌱 first", "Plants: 🌱", "x #🌱"} {
		if code, _, errOut := jrun(t, "set", path, "title", title); code != 0 {
			t.Fatalf("set title %q: exit %d, %s", title, code, errOut)
		}
		text := fileText(t, path)
		if strings.Contains(text, `\U`) || !strings.Contains(text, "🌱") {
			t.Errorf("set title %q wrote an escape: %q", title, strings.SplitN(text[strings.Index(text, "title:"):], "\n", 2)[0])
		}
		if got := loadMap(t, path).Title; got != title {
			t.Errorf("title reads back as %q; want %q", got, title)
		}
	}
}
