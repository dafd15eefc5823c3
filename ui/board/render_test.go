package board

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/journey-maps/journey/model"
	"github.com/journey-maps/journey/ui/common"
)

func intp(n int) *int { return &n }

func TestRenderStageHeader(t *testing.T) {
	st := plainStyles()
	s := &model.Stage{ID: "purchase", Name: "Purchase", Reached: intp(2350)}
	tests := []struct {
		name  string
		h     stageHeader
		width int
		want  []string
	}{
		{"reached and drop-off",
			stageHeader{Num: 3, Stage: s, Step: model.FunnelStep{Reached: 2350, HasReached: true, DropOff: 0.5, HasDropOff: true}},
			30, []string{"3 Purchase", "2,350 reached  ↓50%", strings.Repeat("─", 30)}},
		{"worst step is named, the word reached gives way",
			stageHeader{Num: 3, Stage: s, Worst: true, Step: model.FunnelStep{Reached: 2350, HasReached: true, DropOff: 0.83, HasDropOff: true}},
			22, []string{"3 Purchase", "2,350  ↓83% worst", strings.Repeat("─", 22)}},
		{"selected stage is marked, its rule heavy",
			stageHeader{Num: 1, Stage: s, Current: true, Selected: true},
			12, []string{"▸1 Purchase", "", strings.Repeat("━", 12)}},
		{"stages off screen are marked on the rule",
			stageHeader{Num: 4, Stage: s, MoreLeft: true, MoreRight: true},
			12, []string{"4 Purchase", "", "◀ " + strings.Repeat("─", 8) + " ▶"}},
		{"no reached count, no figures",
			stageHeader{Num: 2, Stage: &model.Stage{ID: "x-only"}},
			12, []string{"2 x-only", "", strings.Repeat("─", 12)}},
		{"hostile name is defused",
			stageHeader{Num: 2, Stage: &model.Stage{Name: "Evil\x1b]0;pwn\a\x1b[2J"}},
			12, []string{"2 Evil", "", strings.Repeat("─", 12)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderStageHeader(tt.h, tt.width, st)
			for i := range got {
				if w := ansi.StringWidth(got[i]); w != tt.width {
					t.Errorf("line %d is %d cells wide, want %d: %q", i, w, tt.width, got[i])
				}
				if line := strings.TrimRight(ansi.Strip(got[i]), " "); line != tt.want[i] {
					t.Errorf("line %d = %q, want %q", i, line, tt.want[i])
				}
			}
		})
	}
}

func TestRenderTouchpointCard(t *testing.T) {
	st := plainStyles()
	tp := &model.Touchpoint{
		Name: "Checkout form", Channel: "web", Emotion: intp(-2),
		Emotions:      []model.PersonaEmotion{{Persona: "tom", Value: 1}},
		PainPoints:    []model.PainPoint{{Text: "a", DropOff: true}, {Text: "b"}},
		Opportunities: []model.Opportunity{{Text: "c"}},
	}
	tests := []struct {
		name     string
		tp       *model.Touchpoint
		persona  string
		width    int
		selected bool
		want     [2]string
	}{
		{"everything", tp, "", 30, false, [2]string{"│ Checkout form", "│ ▼▼-2  ✗2⤓ ✦1  web"}},
		{"persona's own emotion", tp, "tom", 30, false, [2]string{"│ Checkout form", "│ ▲+1  ✗2⤓ ✦1  web"}},
		{"selected is marked without colour", tp, "", 30, true, [2]string{"┃▸Checkout form", "┃ ▼▼-2  ✗2⤓ ✦1  web"}},
		{"narrow cuts the channel first", tp, "", 16, false, [2]string{"│ Checkout form", "│ ▼▼-2  ✗2⤓ ✦1 …"}},
		{"no emotion recorded", &model.Touchpoint{Name: "Quiet"}, "", 20, false, [2]string{"│ Quiet", "│ ·"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RenderTouchpointCard(tt.tp, tt.persona, "", tt.width, tt.selected, st)
			for i := range got {
				if w := ansi.StringWidth(got[i]); w != tt.width {
					t.Errorf("line %d is %d cells wide, want %d", i, w, tt.width)
				}
				if line := strings.TrimRight(ansi.Strip(got[i]), " "); line != tt.want[i] {
					t.Errorf("line %d = %q, want %q", i, line, tt.want[i])
				}
			}
		})
	}
}

// plainStyles are the styles of the no-colour theme, so tests read text.
func plainStyles() *common.Styles {
	return common.New(common.ThemeNoColor, model.Date{}, false).Styles
}

// A touchpoint's own pain points and opportunities come before the next
// touchpoint in journey order, so that a search run from one of them
// finds the matches in the cards below it.
func TestARowOfACardComesBeforeTheNextCard(t *testing.T) {
	row := common.PainPointItem(0, 0, 1)
	for _, later := range []common.Item{common.TouchpointItem(0, 1), common.OpportunityItem(0, -1, 0), common.StageItem(1)} {
		if !Before(row, later) || Before(later, row) {
			t.Errorf("%+v should come before %+v", row, later)
		}
	}
	if !Before(common.TouchpointItem(0, 0), row) || !Before(row, common.OpportunityItem(0, 0, 0)) {
		t.Error("a card's rows should follow the card, pain points before opportunities")
	}
}
