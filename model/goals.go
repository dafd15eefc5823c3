package model

import (
	"fmt"
	"math"
)

// GoalStatus is the state of a goal on a given day.
type GoalStatus int

// The states a goal passes through, in the order a goal usually meets them.
const (
	// NotStarted means the goal cannot be measured yet, its time frame has
	// not begun, or (without a full time frame) nothing has moved.
	NotStarted GoalStatus = iota
	// OnTrack means progress keeps pace with the time gone.
	OnTrack
	// AtRisk means progress lags behind the time gone.
	AtRisk
	// Overdue means the due date has passed and the target was not reached.
	Overdue
	// Achieved means the target has been reached or passed.
	Achieved
)

var goalStatusNames = [...]string{"not started", "on track", "at risk", "overdue", "achieved"}

// String is the status as the editor and exports show it.
func (s GoalStatus) String() string {
	if s >= 0 && int(s) < len(goalStatusNames) {
		return goalStatusNames[s]
	}
	return fmt.Sprintf("GoalStatus(%d)", int(s))
}

// Direction says whether a goal raises or reduces its metric.
type Direction int

const (
	// Raise is a goal whose target is at or above its baseline (CSAT, NPS).
	Raise Direction = iota
	// Reduce is a goal whose target is below its baseline (handle time, churn).
	Reduce
)

// GoalFigures are the figures derived from a goal on a given day.
type GoalFigures struct {
	Direction   Direction
	Progress    float64 // raw fraction: 1.0 = target reached; may be < 0 or > 1
	HasProgress bool    // false when baseline, target or current is missing
	Elapsed     float64 // fraction of the time frame gone, clamped to 0..1
	HasElapsed  bool    // false without both start and due (or due <= start)
	DaysLeft    int     // days until due (negative when past); 0 without due
	Status      GoalStatus
}

// GoalProgress derives a goal's figures on the day today; today is passed in
// so that the figures never depend on the machine's clock or time zone.
//
// Progress is (current - baseline) / (target - baseline), kept raw so that a
// value past the target reads above 1 and a value moving away from it reads
// below 0. When target equals baseline there is no distance to cover: the
// goal is met (1) when current equals the target and not met (0) otherwise.
// A baseline, target or current that is not a finite number (YAML's .nan
// or .inf) makes progress unknown rather than a meaningless figure.
//
// The status is the first of these that applies: no progress computable is
// NotStarted; progress >= 1 is Achieved (even before start or after due,
// because a reached target is what the goal was for); today before start is
// NotStarted; today after due is Overdue; with a full time frame, OnTrack
// when progress >= elapsed, else AtRisk; without one, OnTrack when progress
// is above 0, else NotStarted. On the start date elapsed is 0, and on the
// due date it is 1, so a goal short of its target on its due day is at risk,
// and overdue from the day after.
func GoalProgress(g Goal, today Date) GoalFigures {
	var f GoalFigures
	if g.Baseline != nil && g.Target != nil && *g.Target < *g.Baseline {
		f.Direction = Reduce
	}
	if g.Baseline != nil && g.Target != nil && g.Current != nil &&
		finite(*g.Baseline) && finite(*g.Target) && finite(*g.Current) {
		b, t, c := *g.Baseline, *g.Target, *g.Current
		f.HasProgress = true
		switch {
		case t != b:
			f.Progress = (c - b) / (t - b)
		case c == t:
			f.Progress = 1
		}
	}
	if !g.Start.IsZero() && !g.Due.IsZero() {
		if span := g.Start.Days(g.Due); span > 0 {
			f.HasElapsed = true
			f.Elapsed = min(max(float64(g.Start.Days(today))/float64(span), 0), 1)
		}
	}
	if !g.Due.IsZero() {
		f.DaysLeft = today.Days(g.Due)
	}
	f.Status = goalStatus(f, g, today)
	return f
}

func goalStatus(f GoalFigures, g Goal, today Date) GoalStatus {
	switch {
	case !f.HasProgress:
		return NotStarted
	case f.Progress >= 1:
		return Achieved
	case !g.Start.IsZero() && today.Before(g.Start):
		return NotStarted
	case !g.Due.IsZero() && g.Due.Before(today):
		return Overdue
	case f.HasElapsed && f.Progress >= f.Elapsed:
		return OnTrack
	case f.HasElapsed:
		return AtRisk
	case f.Progress > 0:
		return OnTrack
	default:
		return NotStarted
	}
}

// Percent is the progress for a progress bar: clamped to 0..100 and
// rounded, 0 when progress is unknown. It shows 100 only for a target
// actually reached, so a goal at 99.6% never reads "100%" beside "at risk".
func (f GoalFigures) Percent() int {
	if !f.HasProgress {
		return 0
	}
	p := int(math.Round(min(max(f.Progress, 0), 1) * 100))
	if p == 100 && f.Progress < 1 {
		return 99
	}
	return p
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
