package model

import (
	"math"
	"testing"
)

func goalValue(x float64) *float64 { return &x }

// approx compares derived fractions, which are ratios of floats.
func closeTo(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestGoalProgress(t *testing.T) {
	// A ten-day time frame keeps the elapsed fractions easy to check by hand.
	start, due := Date{2026, 1, 1}, Date{2026, 1, 11}
	mid := Date{2026, 1, 6}
	raise := func(current float64) Goal {
		return Goal{Baseline: goalValue(10), Target: goalValue(20), Current: goalValue(current), Start: start, Due: due}
	}
	// Average handle time in seconds: a goal that goes down.
	reduce := func(current float64) Goal {
		return Goal{Baseline: goalValue(300), Target: goalValue(200), Current: goalValue(current), Start: start, Due: due}
	}
	undated := func(g Goal) Goal { g.Start, g.Due = Date{}, Date{}; return g }
	onlyStart := func(g Goal) Goal { g.Due = Date{}; return g }
	onlyDue := func(g Goal) Goal { g.Start = Date{}; return g }

	tests := []struct {
		name    string
		goal    Goal
		today   Date
		want    GoalFigures
		percent int
	}{
		// Raising a metric.
		{"raise on track", raise(16), mid,
			GoalFigures{Raise, 0.6, true, 0.5, true, 5, OnTrack}, 60},
		{"raise at risk", raise(14), mid,
			GoalFigures{Raise, 0.4, true, 0.5, true, 5, AtRisk}, 40},
		{"raise achieved", raise(20), mid,
			GoalFigures{Raise, 1, true, 0.5, true, 5, Achieved}, 100},
		{"raise past target", raise(25), mid,
			GoalFigures{Raise, 1.5, true, 0.5, true, 5, Achieved}, 100},
		{"raise moving away", raise(8), mid,
			GoalFigures{Raise, -0.2, true, 0.5, true, 5, AtRisk}, 0},
		{"raise overdue", raise(15), Date{2026, 1, 12},
			GoalFigures{Raise, 0.5, true, 1, true, -1, Overdue}, 50},
		{"raise before start", raise(12), Date{2025, 12, 31},
			GoalFigures{Raise, 0.2, true, 0, true, 11, NotStarted}, 20},
		{"raise on start date, unmoved", raise(10), start,
			GoalFigures{Raise, 0, true, 0, true, 10, OnTrack}, 0},
		{"raise on start date, moving away", raise(9), start,
			GoalFigures{Raise, -0.1, true, 0, true, 10, AtRisk}, 0},
		{"raise on due date, short of target", raise(19), due,
			GoalFigures{Raise, 0.9, true, 1, true, 0, AtRisk}, 90},
		{"raise on due date, reached", raise(20), due,
			GoalFigures{Raise, 1, true, 1, true, 0, Achieved}, 100},
		{"raise reached after due", raise(21), Date{2026, 1, 20},
			GoalFigures{Raise, 1.1, true, 1, true, -9, Achieved}, 100},
		{"raise reached before start", raise(20), Date{2025, 12, 1},
			GoalFigures{Raise, 1, true, 0, true, 41, Achieved}, 100},

		// Reducing a metric.
		{"reduce on track", reduce(240), mid,
			GoalFigures{Reduce, 0.6, true, 0.5, true, 5, OnTrack}, 60},
		{"reduce at risk", reduce(260), mid,
			GoalFigures{Reduce, 0.4, true, 0.5, true, 5, AtRisk}, 40},
		{"reduce achieved", reduce(200), mid,
			GoalFigures{Reduce, 1, true, 0.5, true, 5, Achieved}, 100},
		{"reduce past target", reduce(150), mid,
			GoalFigures{Reduce, 1.5, true, 0.5, true, 5, Achieved}, 100},
		{"reduce moving away", reduce(330), mid,
			GoalFigures{Reduce, -0.3, true, 0.5, true, 5, AtRisk}, 0},
		{"reduce overdue", reduce(250), Date{2026, 1, 15},
			GoalFigures{Reduce, 0.5, true, 1, true, -4, Overdue}, 50},
		{"reduce before start", reduce(290), Date{2025, 12, 25},
			GoalFigures{Reduce, 0.1, true, 0, true, 17, NotStarted}, 10},

		// Target equal to baseline: nothing to cover, so met or not.
		{"flat target met", Goal{Baseline: goalValue(5), Target: goalValue(5), Current: goalValue(5), Start: start, Due: due}, mid,
			GoalFigures{Raise, 1, true, 0.5, true, 5, Achieved}, 100},
		{"flat target below", Goal{Baseline: goalValue(5), Target: goalValue(5), Current: goalValue(4), Start: start, Due: due}, mid,
			GoalFigures{Raise, 0, true, 0.5, true, 5, AtRisk}, 0},
		{"flat target above, undated", Goal{Baseline: goalValue(5), Target: goalValue(5), Current: goalValue(6)}, mid,
			GoalFigures{Raise, 0, true, 0, false, 0, NotStarted}, 0},

		// Missing values.
		{"no current", Goal{Baseline: goalValue(300), Target: goalValue(200), Start: start, Due: due}, mid,
			GoalFigures{Reduce, 0, false, 0.5, true, 5, NotStarted}, 0},
		{"no baseline", Goal{Target: goalValue(20), Current: goalValue(15), Start: start, Due: due}, mid,
			GoalFigures{Raise, 0, false, 0.5, true, 5, NotStarted}, 0},
		{"no target", Goal{Baseline: goalValue(10), Current: goalValue(15), Due: due}, Date{2026, 2, 1},
			GoalFigures{Raise, 0, false, 0, false, -21, NotStarted}, 0},
		{"empty goal", Goal{Name: "Someday"}, mid,
			GoalFigures{Raise, 0, false, 0, false, 0, NotStarted}, 0},
		{"not a number", Goal{Baseline: goalValue(10), Target: goalValue(20), Current: goalValue(math.NaN()), Start: start, Due: due}, mid,
			GoalFigures{Raise, 0, false, 0.5, true, 5, NotStarted}, 0},
		{"infinite target", Goal{Baseline: goalValue(10), Target: goalValue(math.Inf(1)), Current: goalValue(15)}, mid,
			GoalFigures{Raise, 0, false, 0, false, 0, NotStarted}, 0},

		// No time frame at all: moving is on track, standing still is not started.
		{"undated, moving", undated(raise(15)), mid,
			GoalFigures{Raise, 0.5, true, 0, false, 0, OnTrack}, 50},
		{"undated, unmoved", undated(raise(10)), mid,
			GoalFigures{Raise, 0, true, 0, false, 0, NotStarted}, 0},
		{"undated, moving away", undated(reduce(310)), mid,
			GoalFigures{Reduce, -0.1, true, 0, false, 0, NotStarted}, 0},
		{"undated, reached", undated(reduce(180)), mid,
			GoalFigures{Reduce, 1.2, true, 0, false, 0, Achieved}, 100},

		// Half a time frame.
		{"only start, after it, moving", onlyStart(raise(13)), mid,
			GoalFigures{Raise, 0.3, true, 0, false, 0, OnTrack}, 30},
		{"only start, after it, unmoved", onlyStart(raise(10)), mid,
			GoalFigures{Raise, 0, true, 0, false, 0, NotStarted}, 0},
		{"only start, before it", onlyStart(raise(13)), Date{2025, 12, 31},
			GoalFigures{Raise, 0.3, true, 0, false, 0, NotStarted}, 30},
		{"only due, before it, moving", onlyDue(raise(13)), mid,
			GoalFigures{Raise, 0.3, true, 0, false, 5, OnTrack}, 30},
		{"only due, before it, unmoved", onlyDue(raise(10)), mid,
			GoalFigures{Raise, 0, true, 0, false, 5, NotStarted}, 0},
		{"only due, on it", onlyDue(raise(13)), due,
			GoalFigures{Raise, 0.3, true, 0, false, 0, OnTrack}, 30},
		{"only due, past it", onlyDue(raise(13)), Date{2026, 1, 13},
			GoalFigures{Raise, 0.3, true, 0, false, -2, Overdue}, 30},

		// A time frame that ends before it starts has no elapsed fraction.
		{"due before start", Goal{Baseline: goalValue(10), Target: goalValue(20), Current: goalValue(13), Start: due, Due: start}, mid,
			GoalFigures{Raise, 0.3, true, 0, false, -5, NotStarted}, 30},
		{"due on start", Goal{Baseline: goalValue(10), Target: goalValue(20), Current: goalValue(13), Start: mid, Due: mid}, mid,
			GoalFigures{Raise, 0.3, true, 0, false, 0, OnTrack}, 30},

		// Elapsed counts calendar days across month ends and leap days:
		// 2028-02-01 to 2028-03-02 is 30 days, the 16th is 15 days in.
		{"leap february", Goal{Baseline: goalValue(0), Target: goalValue(100), Current: goalValue(40),
			Start: Date{2028, 2, 1}, Due: Date{2028, 3, 2}}, Date{2028, 2, 16},
			GoalFigures{Raise, 0.4, true, 0.5, true, 15, AtRisk}, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := GoalProgress(tt.goal, tt.today)
			w := tt.want
			if got.Direction != w.Direction || got.HasProgress != w.HasProgress ||
				!closeTo(got.Progress, w.Progress) || got.HasElapsed != w.HasElapsed ||
				!closeTo(got.Elapsed, w.Elapsed) || got.DaysLeft != w.DaysLeft || got.Status != w.Status {
				t.Errorf("GoalProgress = %+v\nwant           %+v", got, w)
			}
			if p := got.Percent(); p != tt.percent {
				t.Errorf("Percent() = %d, want %d", p, tt.percent)
			}
		})
	}
}

func TestGoalPercentRounding(t *testing.T) {
	tests := []struct {
		progress float64
		has      bool
		want     int
	}{
		{0.6, true, 60},
		{0.125, true, 13}, // halves round up
		{0.004, true, 0},
		{0.994, true, 99},
		{0.996, true, 99}, // not reached: never shown as 100
		{1, true, 100},
		{3, true, 100},
		{-0.5, true, 0},
		{0.7, false, 0}, // unknown progress shows an empty bar
	}
	for _, tt := range tests {
		f := GoalFigures{Progress: tt.progress, HasProgress: tt.has}
		if got := f.Percent(); got != tt.want {
			t.Errorf("Percent() of %v (known %v) = %d, want %d", tt.progress, tt.has, got, tt.want)
		}
	}
}

func TestGoalStatusString(t *testing.T) {
	tests := []struct {
		s    GoalStatus
		want string
	}{
		{NotStarted, "not started"},
		{OnTrack, "on track"},
		{AtRisk, "at risk"},
		{Overdue, "overdue"},
		{Achieved, "achieved"},
		{GoalStatus(9), "GoalStatus(9)"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("GoalStatus(%d).String() = %q, want %q", int(tt.s), got, tt.want)
		}
	}
}
