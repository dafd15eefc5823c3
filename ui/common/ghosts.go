package common

// Ghosts are what another version of the map had and this one has not
// (journey view --changes): a removed touchpoint is a faint card at the
// end of its stage's column, a removed pain point or opportunity a faint
// row at the end of its touchpoint's card. Each carries MarkRemoved and
// the word "removed", so that it reads without colour. They are drawn and
// selected like the map's own items, but never resolve to one: no edit
// reaches them, and they never enter the map, the session or a save.

// Marks that do not depend on colour.
const (
	MarkRemoved = "⊘" // a ghost: removed since the revision
	MarkProblem = "!" // a value with a problem, in repair mode
)
