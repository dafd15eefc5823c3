package yamldoc

import (
	"errors"
	"testing"
)

// A syntax error names the line the user must look at. The YAML library
// counts the lines of its parser's errors (an unclosed bracket, a list item
// where a key belongs) from 0 and those of its scanner's from 1; either way
// the error points at the right line of the file.
func TestSyntaxErrorNamesTheRightLine(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"journey: 1\ntitle: [unclosed\n", 2},              // flow sequence opened on line 2
		{"journey: 1\ntitle: T\nowner: {a: 1\n", 3},        // flow mapping opened on line 3
		{"journey: 1\nstages:\n  - a\n  - b\n  c: 1\n", 3}, // the list begins on line 3
		{"journey: 1\ntitle: T\n  bad: y\n", 3},            // scanner error: already right
		{"journey: 1\ntitle: \"abc\nowner: x\n", 2},        // scanner error: the string opened on line 2
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: got %v, want a syntax error", tt.src, err)
			continue
		}
		if se.Line != tt.line {
			t.Errorf("%q: error at line %d (%v), want line %d", tt.src, se.Line, se, tt.line)
		}
	}
}
