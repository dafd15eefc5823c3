package ui

// The panels in tab order: goals first, because they are what a reviewer
// asks about first, then the funnel that measures them, the priorities
// that act on them, and the people behind them; then the channels across
// stages, last so that the keys people learned keep their place.
func init() {
	panelFactories = []func(c *Common) Panel{
		func(c *Common) Panel { return AsPanel("goals", NewGoalsPanel(c)) },
		func(c *Common) Panel { return AsPanel("funnel", NewFunnelPanel(c)) },
		func(c *Common) Panel { return AsPanel("priorities", NewPrioritiesPanel(c)) },
		func(c *Common) Panel { return AsPanel("personas", NewPersonasPanel(c)) },
		func(c *Common) Panel { return AsPanel("channels", NewChannelsPanel(c)) },
	}
}
