package common

// Participant is set on a workshop client's Common: its saves are the
// facilitator's to make, and quitting leaves the room without a question
// (the work stays in the shared session).
func (c *Common) SetParticipant() {
	c.Participant = true
	c.Keys.Save.SetEnabled(false)
}
