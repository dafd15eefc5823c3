package export

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/journey-maps/journey/model"
)

// The golden pictures are reviewed by eye: open testdata/*.svg and
// testdata/*.html in a browser after `go test ./model/export -update`.
func TestPicturesOfEverySampleMapMatchTheirGoldens(t *testing.T) {
	for _, path := range sampleMaps(t) {
		base := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(base, func(t *testing.T) {
			m, _ := load(t, path)
			golden(t, base+".svg", []byte(SVG(m, today, Themes["light"])))
			golden(t, base+".html", []byte(HTML(m, today, Themes["light"])))
		})
	}
	m, _ := load(t, "../../maps/online-shop.yaml")
	golden(t, "online-shop.dark.svg", []byte(SVG(m, today, Themes["dark"])))
}

// xmlElements parses a document strictly and returns the names of its
// elements and all its character data, failing on anything not
// well-formed.
func xmlElements(t *testing.T, doc string) (names []string, text string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = true
	var b strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			names = append(names, tok.Name.Local)
		case xml.CharData:
			b.Write(tok)
			b.WriteByte(' ')
		}
	}
	return names, b.String()
}

func TestPicturesAreWellFormedAndSelfContained(t *testing.T) {
	for _, path := range sampleMaps(t) {
		m, _ := load(t, path)
		for _, th := range ThemeNames {
			svg := SVG(m, today, Themes[th])
			names, _ := xmlElements(t, svg)
			if names[0] != "svg" {
				t.Errorf("%s: root element %q, want svg", path, names[0])
			}
			for _, n := range names {
				switch n {
				case "svg", "title", "style", "rect", "text", "line", "path", "circle":
				default:
					t.Errorf("%s: unexpected element <%s>", path, n)
				}
			}
			page := HTML(m, today, Themes[th])
			for _, doc := range []string{svg, page} {
				for _, bad := range []string{"foreignObject", "<script", "href", "url(", "@import", "<img", "<link", "<iframe"} {
					if strings.Contains(doc, bad) {
						t.Errorf("%s (%s): output holds %q; it must load nothing and run nothing", path, th, bad)
					}
				}
			}
			if !strings.Contains(page, `default-src 'none'`) {
				t.Errorf("%s: the page does not forbid every request with its Content-Security-Policy", path)
			}
		}
	}
}

// hostile is a map whose every text tries to break out of SVG or HTML,
// or to act on a terminal that shows the file.
const hostile = `journey: 1
title: "</title></svg><script>alert('t')</script>"
description: "x\u001b[31m red </p><img src=x onerror=alert(1)>"
owner: "a\" onload=\"alert(1)"
personas:
  - id: p
    name: "<style>*{display:none}</style>"
goals:
  - name: "]]><!-- &amp; <g onclick='x'>"
    baseline: 1
    target: 2
    current: 1.5
stages:
  - id: s
    name: "</text><script>alert(2)</script>"
    reached: 10
    touchpoints:
      - name: "\u001b]0;pwned\u0007 <foreignObject>"
        channel: "</svg>"
        emotion: 1
        emotions: {p: -1}
        feeling: "' onmouseover='x"
        pain_points:
          - text: "<a href=\"javascript:alert(3)\">click</a>"
        opportunities:
          - text: "\u202eevil & \"quoted\" <b>bold</b>"
`

func TestHostileTextComesOutInert(t *testing.T) {
	m, _ := load(t, writeTemp(t, hostile))
	for _, th := range ThemeNames {
		svg := SVG(m, today, Themes[th])
		names, text := xmlElements(t, svg)
		for _, n := range names {
			if n == "script" || n == "foreignObject" || n == "img" || n == "a" || n == "g" {
				t.Errorf("hostile text made a <%s> element", n)
			}
		}
		if strings.Count(strings.Join(names, " "), "style") != 1 {
			t.Errorf("hostile text made a <style> element: %v", names)
		}
		// Lines are broken anywhere in a word too long for a card, so
		// compare without spaces.
		flat := strings.Join(strings.Fields(text), "")
		for _, want := range []string{"<script>alert(2)</script>", "</svg>", `"quoted"`, "'onmouseover='x"} {
			if !strings.Contains(flat, want) {
				t.Errorf("the picture does not show %q as text", want)
			}
		}
		page := HTML(m, today, Themes[th])
		for _, doc := range []string{svg, page} {
			for _, bad := range []string{"<script", "\x1b", "\a", "\u202e", "<img", "<a ", "<foreignObject", "onload=\"", "<style>*", "<!--"} {
				if strings.Contains(doc, bad) {
					t.Errorf("output holds %q", bad)
				}
			}
		}
		if !strings.Contains(page, "&lt;/title&gt;&lt;/svg&gt;&lt;script&gt;") {
			t.Error("the page does not show the hostile title as text")
		}
	}
}

// A4 landscape with 1 cm margins leaves 277 mm, 1047 CSS pixels; the
// picture is scaled down to that width, and its smallest text must stay
// at 7 pt (9.33 px) or more.
func TestSamplePicturesStayReadableOnA4Landscape(t *testing.T) {
	const printable, minPx = 1047.0, 7 * 96 / 72.0
	sizeRe := regexp.MustCompile(`<svg [^>]*width="([0-9.]+)"`)
	fontRe := regexp.MustCompile(`font-size:([0-9.]+)px`)
	for _, path := range sampleMaps(t) {
		m, _ := load(t, path)
		svg := SVG(m, today, Themes["light"])
		width, _ := strconv.ParseFloat(sizeRe.FindStringSubmatch(svg)[1], 64)
		smallest := 1e9
		for _, f := range fontRe.FindAllStringSubmatch(svg, -1) {
			px, _ := strconv.ParseFloat(f[1], 64)
			smallest = min(smallest, px)
		}
		scale := min(1, printable/width)
		if got := smallest * scale; got < minPx {
			t.Errorf("%s: %d stages, %.0f px wide: smallest text prints at %.1f px (%.1f pt), want at least 7 pt",
				path, len(m.Stages), width, got, got*72/96)
		}
	}
}

func TestPictureOfAnEmptyMapHasOnlyItsTitle(t *testing.T) {
	m := &model.Map{Journey: 1, Title: "Just a title"}
	svg := SVG(m, today, Themes["light"])
	_, text := xmlElements(t, svg)
	if !strings.Contains(text, "Just a title") || strings.Contains(text, "Emotion curve") || strings.Contains(text, "Goals") {
		t.Errorf("empty map picture:\n%s", svg)
	}
}

func TestWrapBreaksBetweenWordsAndInsideLongOnes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Show shipping cost on the product page", []string{"Show shipping", "cost on the", "product page"}},
		{"Supercalifragilistic", []string{"Supercalifrag", "ilistic"}},
		{"  spaced\tout\x1b[31m in tabs  ", []string{"spaced out in", "tabs"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := wrap(tt.in, 10, 10*charWidth*13+1) // 13 characters a line
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func writeTemp(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "map.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A table that runs onto another printed page repeats its header row
// there, so every table of the report has its header in a <thead>.
func TestReportTablesRepeatTheirHeaderOnEveryPrintedPage(t *testing.T) {
	for _, path := range sampleMaps(t) {
		m, _ := load(t, path)
		page := HTML(m, today, Themes["light"])
		tables, heads := strings.Count(page, "<table"), strings.Count(page, "<thead><tr><th>")
		if tables == 0 || heads != tables {
			t.Errorf("%s: %d tables, %d with a header row in <thead>", filepath.Base(path), tables, heads)
		}
	}
}
