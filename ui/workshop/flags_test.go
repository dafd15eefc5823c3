package workshop

import (
	"flag"
	"time"
)

// soak is how long TestWorkshopSoak runs: a few seconds in CI, as long as
// asked with -soak=10m.
var soak = flag.Duration("soak", 3*time.Second, "how long the workshop soak test runs")
