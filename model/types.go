// Package model holds the journey map: its types, the figures derived from
// it, validation, and the format-preserving YAML document it is edited
// through. It knows nothing of terminals.
package model

// Version is the map format version this build reads and writes.
const Version = 1

// DefaultReviewEvery is the review cadence in days when a map names none.
const DefaultReviewEvery = 90

// Pos is a 1-based line and column (counted in runes) in a map file.
type Pos struct {
	Line, Col int
}

// Map is a whole journey map as typed data. It is decoded from the YAML
// document and never edited directly: edits go through the document.
type Map struct {
	Journey     int
	Title       string
	Description string
	Owner       string
	State       string // "current", "ideal" or empty
	Updated     Date
	ReviewEvery int // days; 0 means DefaultReviewEvery
	Tags        []string
	Ideal       string // in a current map: its ideal counterpart, relative to this file
	Current     string // in an ideal map: the current map it improves on, relative to this file
	// Method is how opportunities are prioritised: impact-effort (also
	// when empty), rice or weighted; Weights feed the weighted method.
	Method   string
	Weights  []Weight
	Personas []Persona
	Goals    []Goal
	Stages   []Stage
}

// Persona is someone who travels the journey.
type Persona struct {
	ID           string
	Name         string
	Summary      string
	Segment      string
	Goals        []string
	Frustrations []string
	Quote        string
	Pos          Pos
}

// Measurement is one dated value in a goal's history.
type Measurement struct {
	Date  Date
	Value float64
}

// Goal is a measurable business objective with a time frame.
type Goal struct {
	ID       string
	Name     string
	Metric   string
	Unit     string
	Baseline *float64
	Target   *float64
	Current  *float64
	Start    Date
	Due      Date
	Stages   []string
	History  []Measurement
	Pos      Pos
}

// Metric is one named stage KPI, kept in the author's order.
type Metric struct {
	Name  string
	Value float64
}

// Stage is one step of the journey, holding its touchpoints.
type Stage struct {
	ID            string
	Name          string
	Description   string
	CustomerGoal  string
	Reached       *int
	Metrics       []Metric
	Touchpoints   []Touchpoint
	PainPoints    []PainPoint
	Opportunities []Opportunity
	// Journey is the path of a sub-journey map that details this stage,
	// relative to this file.
	Journey string
	Pos     Pos
}

// PersonaEmotion is one persona's own emotion at a touchpoint.
type PersonaEmotion struct {
	Persona string
	Value   int
}

// Touchpoint is one interaction between the customer and the brand.
type Touchpoint struct {
	ID            string
	Name          string
	Channel       string
	Owner         string
	Actions       []string
	Thoughts      []string
	Emotion       *int
	Emotions      []PersonaEmotion
	Feeling       string
	Backstage     []string
	Evidence      string
	PainPoints    []PainPoint
	Opportunities []Opportunity
	Notes         string
	Pos           Pos
}

// PainPoint is friction the customer meets.
type PainPoint struct {
	ID       string
	Text     string
	Severity string // low, medium, high, critical or empty
	DropOff  bool
	Votes    int
	Evidence string
	Pos      Pos
}

// Opportunity is an idea to improve the journey.
type Opportunity struct {
	ID        string
	Text      string
	Impact    string // low, medium, high or empty
	Effort    string // low, medium, high or empty
	Status    string // idea, planned, testing, done, dropped or empty
	Owner     string
	Tactic    string
	Votes     int
	Addresses []string
	Goals     []string // ids of the goals it should move
	// Reach (customers per period) and Confidence (0..1) feed RICE.
	Reach      *float64
	Confidence *float64
	Scores     []Weight // criterion to 0..3, for the weighted method
	Experiment *Experiment
	Pos        Pos
}

// Weight is a named number: a criterion's weight in the map's
// priorities, or an opportunity's score on it.
type Weight struct {
	Criterion string
	Value     float64
}

// Experiment is the A/B test that checks whether an opportunity works.
type Experiment struct {
	Name, Metric     string
	Control, Variant string
	Result           string // running, won, lost, inconclusive or empty
	Start, End       Date
}

// Enumerations of the format, in their natural order (low to high).
var (
	States     = []string{"current", "ideal"}
	Severities = []string{"low", "medium", "high", "critical"}
	Levels     = []string{"low", "medium", "high"}
	Statuses   = []string{"idea", "planned", "testing", "done", "dropped"}
	// Methods are the ways of prioritising opportunities, the default first.
	Methods = []string{"impact-effort", "rice", "weighted"}
	// Results are an experiment's outcomes.
	Results = []string{"running", "won", "lost", "inconclusive"}
	// Criteria are the seeds' reasons to pick one opportunity over another,
	// scored 0..3 for the weighted method.
	Criteria = []string{"satisfaction", "revenue", "efficiency", "competitive"}
)

// Emotion bounds.
const (
	MinEmotion = -2
	MaxEmotion = 2
)

// Key is the persona's id, or the slug of its name when it has none.
func (p Persona) Key() string { return keyOf(p.ID, p.Name) }

// Key is the goal's id, or the slug of its name when it has none.
func (g Goal) Key() string { return keyOf(g.ID, g.Name) }

// Key is the stage's id, or the slug of its name when it has none.
func (s Stage) Key() string { return keyOf(s.ID, s.Name) }

// Key is the touchpoint's id, or the slug of its name when it has none.
func (t Touchpoint) Key() string { return keyOf(t.ID, t.Name) }

// Key is the pain point's id, or the slug of its text when it has none.
func (p PainPoint) Key() string { return keyOf(p.ID, p.Text) }

// Key is the opportunity's id, or the slug of its text when it has none.
func (o Opportunity) Key() string { return keyOf(o.ID, o.Text) }

// Label is the stage's name, or its id when it has no name.
func (s Stage) Label() string { return labelOf(s.Name, s.ID) }

// Label is the touchpoint's name, or its id when it has no name.
func (t Touchpoint) Label() string { return labelOf(t.Name, t.ID) }

// Label is the goal's name, or its id when it has no name.
func (g Goal) Label() string { return labelOf(g.Name, g.ID) }

// Label is the persona's name, or its id when it has no name.
func (p Persona) Label() string { return labelOf(p.Name, p.ID) }

// EmotionFor is the touchpoint's emotion for a persona: the persona's own
// value from Emotions when it has one, else Emotion. ok is false when the
// touchpoint records no emotion for that persona at all.
func (t Touchpoint) EmotionFor(persona string) (v int, ok bool) {
	if persona != "" {
		for _, e := range t.Emotions {
			if e.Persona == persona {
				return e.Value, true
			}
		}
	}
	if t.Emotion != nil {
		return *t.Emotion, true
	}
	return 0, false
}

func keyOf(id, name string) string {
	if id != "" {
		return id
	}
	return Slug(name)
}

func labelOf(name, id string) string {
	if name != "" {
		return name
	}
	return id
}
