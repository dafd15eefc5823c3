package ui

import (
	"github.com/journey-maps/journey/ui/common"
	"github.com/journey-maps/journey/ui/panels"
)

// The panels in tab order: goals first, because they are what a reviewer
// asks about first, then the funnel that measures them, the priorities
// that act on them, and the people behind them; then the channels across
// stages, last so that the keys people learned keep their place.
func init() {
	panelFactories = []func(c common.View) Panel{
		func(c common.View) Panel { return AsPanel("goals", panels.NewGoals(c)) },
		func(c common.View) Panel { return AsPanel("funnel", panels.NewFunnel(c)) },
		func(c common.View) Panel { return AsPanel("priorities", panels.NewPriorities(c)) },
		func(c common.View) Panel { return AsPanel("personas", panels.NewPersonas(c)) },
		func(c common.View) Panel { return AsPanel("channels", panels.NewChannels(c)) },
	}
}
