package ui

import "testing"

// c typed three times faster than the screen updates still takes three
// steps: the base curve, Maya, Tom, Grace.
func TestCurveKeysTypedAhead(t *testing.T) {
	s := openSession(t, "online-shop.yaml", 160, 48, false)
	var cmds []func()
	for range 3 {
		_, cmd := s.a.Update(keyMsg("c"))
		cmds = append(cmds, func() { s.run(cmd) })
	}
	for _, run := range cmds {
		run()
	}
	s.expectLine("Emotion · " + s.a.m.Personas[2].Label()).expectLine("curve: " + s.a.m.Personas[2].Label())
}
