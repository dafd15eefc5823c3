package ui

import (
	"strings"
	"testing"
)

// / starts a new search, as it does in a map: typing after it searches
// for what was typed, not for the last query with it stuck on the end.
func TestPortfolioSearchStartsEmpty(t *testing.T) {
	ss := openPortfolio(t, 160, 48)
	ss.press(append([]string{"/"}, strings.Split("handler", "")...)...)
	ss.press("enter")
	ss.expect("[Search: handler]")
	ss.press(append([]string{"/"}, strings.Split("shipping", "")...)...)
	ss.press("enter")
	ss.expect("[Search: shipping]")
	ss.expect("Shipping cost appears only at the last step")
}
