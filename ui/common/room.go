package common

import (
	"strings"
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

// Held says that name has field open, so that no one else may change it
// now: the words both the room's refusal and the editor use.
func Held(name, field string) string {
	return name + " is editing this " + strings.ReplaceAll(field, "_", " ") + " right now"
}
