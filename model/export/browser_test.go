package export

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/journey-maps/journey/model"
)

// chromium finds Debian's chromium. Without it the browser tests skip,
// unless JOURNEY_BROWSER_REQUIRED is set (as .ci/run sets it), when they
// fail: CI must always look at the pictures in a real browser.
func chromium(t *testing.T) string {
	t.Helper()
	return tool(t, "chromium", "chromium", "chromium-browser")
}

// tool finds the first of names on the PATH, with chromium's rule when
// none is there: skip, or fail under JOURNEY_BROWSER_REQUIRED. pkg is the
// Debian package that has it.
func tool(t *testing.T, pkg string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("JOURNEY_BROWSER_REQUIRED") != "" {
		t.Fatalf("%s is not installed and JOURNEY_BROWSER_REQUIRED is set (apt-get install %s)", names[0], pkg)
	}
	t.Skipf("%s is not installed; set JOURNEY_BROWSER_REQUIRED=1 to make this a failure", names[0])
	return ""
}

// browse runs headless Chromium on a file with one action (--screenshot=,
// --dump-dom or --print-to-pdf=) and returns what it printed. Chromium gets a profile of
// its own and no network, sync or update traffic; the deadline only
// stops a hung browser, it asserts nothing about speed.
func browse(t *testing.T, bin, file string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	all := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}, args...)
	all = append(all, "file://"+file)
	cmd := exec.CommandContext(ctx, bin, all...)
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errs.String())
	}
	return out.Bytes()
}

// screenshot renders file at the given window size and decodes the PNG.
func screenshot(t *testing.T, bin, file string, w, h int) image.Image {
	t.Helper()
	shot := filepath.Join(t.TempDir(), "shot.png")
	browse(t, bin, file, "--screenshot="+shot, "--window-size="+strconv.Itoa(w)+","+strconv.Itoa(h))
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if keep := os.Getenv("JOURNEY_KEEP_SCREENSHOTS"); keep != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(filepath.Join(keep, strings.ReplaceAll(t.Name(), "/", "_")+".png"), data, 0o644)
	}
	return img
}

// inked is the share of pixels that differ clearly from the top-left
// pixel (the background).
func inked(img image.Image) float64 {
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if diff(r, br)+diff(g, bg)+diff(bl, bb) > 3*0x1000 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

// domText is the text a DOM dump shows, words joined by single spaces
// (lines of a picture are separate elements, so a name broken over two
// lines reads whole again).
func domText(dom []byte) string {
	return strings.Join(strings.Fields(html.UnescapeString(tagRe.ReplaceAllString(string(dom), " "))), " ")
}

func names(m *model.Map) []string {
	var out []string
	for _, s := range m.Stages {
		out = append(out, s.Label())
		for _, tp := range s.Touchpoints {
			out = append(out, tp.Label())
		}
	}
	return out
}

// samplePage writes the sample map at path as a light HTML page into dir
// and returns the sample's name, its map and the page's path.
func samplePage(t *testing.T, dir, path string) (string, *model.Map, string) {
	t.Helper()
	base := strings.TrimSuffix(filepath.Base(path), ".yaml")
	m, _ := load(t, path)
	page := filepath.Join(dir, base+".html")
	if err := os.WriteFile(page, []byte(HTML(m, today, Themes["light"])), 0o644); err != nil {
		t.Fatal(err)
	}
	return base, m, page
}

func TestBrowserShowsEveryStageAndTouchpoint(t *testing.T) {
	t.Parallel()
	bin := chromium(t)
	dir := t.TempDir()
	for _, path := range sampleMaps(t) {
		base, m, page := samplePage(t, dir, path)
		text := domText(browse(t, bin, page, "--dump-dom"))
		for _, name := range names(m) {
			if !strings.Contains(text, strings.Join(strings.Fields(name), " ")) {
				t.Errorf("%s: the page in the browser does not show %q", base, name)
			}
		}
		if !strings.Contains(text, "Opportunities by priority") || !strings.Contains(text, "Personas") {
			t.Errorf("%s: the page lacks its tables", base)
		}
	}
}

func TestBrowserDrawsThePictureInBothThemes(t *testing.T) {
	t.Parallel()
	bin := chromium(t)
	m, _ := load(t, "../../maps/online-shop.yaml")
	dir := t.TempDir()
	for _, th := range ThemeNames {
		t.Run(th, func(t *testing.T) {
			svg := filepath.Join(dir, th+".svg")
			if err := os.WriteFile(svg, []byte(SVG(m, today, Themes[th])), 0o644); err != nil {
				t.Fatal(err)
			}
			w, h := svgSize(t, svg)
			img := screenshot(t, bin, svg, w, h)
			if got := inked(img); got < 0.05 {
				t.Errorf("the SVG screenshot is nearly blank: %.1f%% of it differs from the background", got*100)
			}
			page := filepath.Join(dir, th+".html")
			if err := os.WriteFile(page, []byte(HTML(m, today, Themes[th])), 0o644); err != nil {
				t.Fatal(err)
			}
			img = screenshot(t, bin, page, 1280, 1600)
			if got := inked(img); got < 0.05 {
				t.Errorf("the page screenshot is nearly blank: %.1f%% of it differs from the background", got*100)
			}
			r, g, b, _ := img.At(2, 2).RGBA()
			light := (r+g+b)/3 > 0x8000
			if light != (th == "light") {
				t.Errorf("the %s page has a background of rgb(%d,%d,%d)", th, r>>8, g>>8, b>>8)
			}
		})
	}
	svg := filepath.Join(dir, "light.svg")
	text := domText(browse(t, bin, svg, "--dump-dom"))
	for _, name := range names(m) {
		if !strings.Contains(text, name) {
			t.Errorf("the SVG in the browser does not show %q", name)
		}
	}
}

var sizeRe = regexp.MustCompile(`<svg [^>]*width="([0-9]+)[0-9.]*" height="([0-9]+)`)

func svgSize(t *testing.T, path string) (int, int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := sizeRe.FindSubmatch(data)
	if m == nil {
		t.Fatal("the SVG has no width and height")
	}
	w, _ := strconv.Atoi(string(m[1]))
	h, _ := strconv.Atoi(string(m[2]))
	return w, h
}

// TestPrintedPagePutsThePictureOnPageOne prints each sample's HTML to PDF
// as a browser's "print to PDF" does and reads page 1 back: the title and
// the whole picture are on it (every stage and touchpoint name the picture
// draws), so the first page is not left with the title alone.
func TestPrintedPagePutsThePictureOnPageOne(t *testing.T) {
	t.Parallel()
	bin := chromium(t)
	pdftotext := tool(t, "poppler-utils", "pdftotext")
	dir := t.TempDir()
	check := func(base string, m *model.Map, page string) {
		pdf := filepath.Join(dir, base+".pdf")
		browse(t, bin, page, "--print-to-pdf="+pdf, "--no-pdf-header-footer")
		// -raw keeps the order the page draws its text in, so a name the
		// picture breaks over lines reads whole again once joined.
		out, err := exec.Command(pdftotext, "-raw", "-f", "1", "-l", "1", pdf, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext: %v", base, err)
		}
		first := strings.Join(strings.Fields(string(out)), " ")
		if !strings.Contains(first, m.Title) {
			t.Errorf("%s: page 1 lacks the title %q:\n%s", base, m.Title, first)
		}
		for _, name := range names(m) {
			if !strings.Contains(first, strings.Join(strings.Fields(name), " ")) {
				t.Errorf("%s: page 1 of the printed page does not show %q from the picture", base, name)
			}
		}
		// And the picture is not squeezed to nothing: the first stage's
		// name is at least 3.5pt high (a picture left no room is under 3).
		boxes, err := exec.Command(pdftotext, "-bbox", "-f", "1", "-l", "1", pdf, "-").Output()
		if err != nil {
			t.Fatalf("%s: pdftotext -bbox: %v", base, err)
		}
		if h := wordHeight(string(boxes), strings.Fields(m.Stages[0].Name)[0]); h < 3.5 {
			t.Errorf("%s: the picture is squeezed on page 1: %q is %.1fpt high", base, m.Stages[0].Name, h)
		}
	}
	for _, path := range sampleMaps(t) {
		check(samplePage(t, dir, path))
	}
	// A long description goes after the picture rather than squeeze it.
	m, _ := load(t, "../../maps/hotel-stay.yaml")
	m.Description = strings.Repeat("Guests told us about every step of the stay, at length. ", 40)
	page := filepath.Join(dir, "long.html")
	if err := os.WriteFile(page, []byte(HTML(m, today, Themes["light"])), 0o644); err != nil {
		t.Fatal(err)
	}
	check("long-description", m, page)
}

// wordHeight is the height in points of the first word w in pdftotext's
// -bbox output (0 when it is not there).
func wordHeight(boxes, w string) float64 {
	for _, line := range strings.Split(boxes, "\n") {
		if !strings.HasSuffix(strings.TrimSpace(line), ">"+html.EscapeString(w)+"</word>") {
			continue
		}
		var x0, y0, x1, y1 float64
		if _, err := fmt.Sscanf(strings.TrimSpace(line), `<word xMin="%g" yMin="%g" xMax="%g" yMax="%g"`, &x0, &y0, &x1, &y1); err == nil {
			return y1 - y0
		}
	}
	return 0
}
