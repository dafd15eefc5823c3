package common

import (
	"time"
)

// Room is what a shared workshop tells each screen about the people in it.
type Room interface {
	// People lists who is in the room now, in the order they joined.
	People() []Person
}

// Person is one person in a shared workshop, as the others see them.
type Person struct {
	Name     string
	Initials string
	Role     string // facilitator, participant or spectator
	Where    Item   // their selection
	HasWhere bool
	Editing  string // the field they have open, if any
	EditsAt  Item   // the item whose field that is
	Idle     time.Duration
	Me       bool
}
