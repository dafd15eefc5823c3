package common

// GoalChanges are what the goals panel marks in journey view --changes:
// the root derives them and hands them to the panel, which only reads
// them. Marks are by goal index ("✚ new", "Δ changed"); Removed are the
// names of the goals the revision had and the map has not, untrusted
// text the panel sanitizes.
type GoalChanges struct {
	Marks   map[int]string
	Removed []string
}
