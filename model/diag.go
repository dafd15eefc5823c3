package model

import "fmt"

// Severity tells an error (the map is wrong) from a warning (it is odd).
type Severity int

const (
	// Error marks a map that breaks the format.
	Error Severity = iota
	// Warning marks something worth a look that does not break the format.
	Warning
)

// String is the word lint prints.
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one located problem in a map file.
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Message  string
}

// String formats the diagnostic as file:line:col: severity: message.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Message)
}

// Diagnostics is a list of problems, in file order.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Error joins the errors (not warnings) one per line, so a Diagnostics can
// be returned as an error.
func (ds Diagnostics) Error() string {
	s := ""
	for _, d := range ds {
		if d.Severity != Error {
			continue
		}
		if s != "" {
			s += "\n"
		}
		s += d.String()
	}
	return s
}
