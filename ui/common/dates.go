package common

import (
	"fmt"
	"github.com/journey-maps/journey/model"
)

// ElapsedText says where a goal stands in its time frame: "62% of time,
// 41 days left", "due today", "ended 3 days ago", "starts in 9 days".
func ElapsedText(g model.Goal, f model.GoalFigures, today model.Date) string {
	switch {
	case !g.Start.IsZero() && today.Before(g.Start):
		return "starts in " + days(today.Days(g.Start))
	case g.Due.IsZero():
		return "no due date"
	case f.DaysLeft < 0:
		return "ended " + days(-f.DaysLeft) + " ago"
	case f.DaysLeft == 0:
		return "due today"
	case f.HasElapsed:
		return fmt.Sprintf("%s of time, %s left", FormatPercent(roundPct(f.Elapsed)), days(f.DaysLeft))
	}
	return days(f.DaysLeft) + " left"
}

// roundPct rounds a fraction to a whole percent, for figures where a
// decimal would be false precision.
func roundPct(frac float64) float64 { return float64(int(frac*100+0.5)) / 100 }

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
