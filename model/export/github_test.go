package export

import (
	"testing"

	"github.com/journey-maps/journey/model"
)

func TestGitHubAnnotationEscapesAsTheRunnerExpects(t *testing.T) {
	tests := []struct {
		d    model.Diagnostic
		want string
	}{
		{model.Diagnostic{File: "maps/shop.yaml", Line: 12, Col: 9, Severity: model.Error, Message: "emotion must be an integer from -2 to 2, got 3"},
			"::error file=maps/shop.yaml,line=12,col=9::emotion must be an integer from -2 to 2, got 3"},
		{model.Diagnostic{File: "maps/shop.yaml", Line: 3, Col: 1, Severity: model.Warning, Message: `unknown key "titel": did you mean "title"?`},
			`::warning file=maps/shop.yaml,line=3,col=1::unknown key "titel": did you mean "title"?`},
		{model.Diagnostic{File: "odd,name:1.yaml", Line: 1, Col: 1, Severity: model.Error, Message: "100% broken\r\n::error::injected"},
			"::error file=odd%2Cname%3A1.yaml,line=1,col=1::100%25 broken%0A::error::injected"},
		{model.Diagnostic{File: "a%b.yaml", Severity: model.Error, Message: "cannot read"},
			"::error file=a%25b.yaml::cannot read"},
		{model.Diagnostic{Severity: model.Warning, Message: "no maps found"},
			"::warning::no maps found"},
	}
	for _, tt := range tests {
		if got := GitHubAnnotation(tt.d); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}
