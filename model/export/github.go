package export

import (
	"strconv"
	"strings"

	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/model/textsafe"
)

// GitHubAnnotation formats a diagnostic as a GitHub Actions workflow
// command, `::error file=F,line=L,col=C::message` (or ::warning), which
// the Actions runner shows on the pull request's lines. The message and
// the properties are escaped as the runner expects (%, CR and LF, and in
// properties also `:` and `,`), so map text quoted in a message cannot
// end the command early or start another one; escape sequences, bidi
// controls and zero-width characters never reach the CI log raw.
func GitHubAnnotation(d model.Diagnostic) string {
	var props []string
	if d.File != "" {
		props = append(props, "file="+escapeProperty(textsafe.Show(d.File)))
	}
	if d.Line > 0 {
		props = append(props, "line="+strconv.Itoa(d.Line))
		if d.Col > 0 {
			props = append(props, "col="+strconv.Itoa(d.Col))
		}
	}
	cmd := "::" + d.Severity.String()
	if len(props) > 0 {
		cmd += " " + strings.Join(props, ",")
	}
	return cmd + "::" + escapeData(textsafe.ShowText(d.Message))
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string { return dataEscaper.Replace(s) }

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
