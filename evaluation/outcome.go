package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Outcome is what the evidence says about one criterion (a need answered, a
// value created for a partner…). Unknown is not a failure: it is reported as
// missing evidence and left out of the score, never averaged in as zero;
// NotApplicable is left out of the score silently.
//
// The zero value is invalid, so that a criterion whose outcome was never set
// is an error rather than a silent "unknown" [D]. Safe for concurrent use.
type Outcome uint8

const (
	// Met: the evidence shows the criterion is met. Counts its full weight.
	Met Outcome = 1 + iota
	// NotMet: the evidence shows it is not met. Counts its weight, scores 0.
	NotMet
	// Unknown: there is no evidence yet. Reported as missing evidence; not
	// counted.
	Unknown
	// NotApplicable: the criterion does not apply. Not counted.
	NotApplicable
)

// outcomeNoun is what messages call the enumeration.
var outcomeNoun = lang.Text{"résultat", "outcome"}

var outcomes = enum.Define[Outcome](enum.Spec{Type: "Outcome", Noun: outcomeNoun, Pkg: pkg},
	enum.Names{Key: "met", Label: lang.Text{"Atteint", "Met"}},
	enum.Names{Key: "not-met", Label: lang.Text{"Non atteint", "Not met"}},
	enum.Names{Key: "unknown", Label: lang.Text{"Inconnu", "Unknown"}},
	enum.Names{Key: "not-applicable", Label: lang.Text{"Sans objet", "Not applicable"}},
)

// ParseOutcome returns the outcome named by s: its ASCII key or its label in
// any language, in any case. Anything else is a *problem.Error of code
// "unknown-name" that unwraps to ErrUnknown.
// Keys: "met", "not-met", "unknown", "not-applicable".
func ParseOutcome(s string) (Outcome, error) { return outcomes.ParseText(s) }

// IsValid reports whether v is a valid outcome.
func (v Outcome) IsValid() bool { return outcomes.Valid(v) }

// String returns the stable ASCII key of v, or "%!Outcome(n)" if v is invalid.
func (v Outcome) String() string { return outcomes.Key(v) }

// Label returns the name of v in l.
func (v Outcome) Label(l lang.Lang) string {
	return outcomes.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseOutcome refuses.
func (v Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(v) }

// UnmarshalText parses text with ParseOutcome; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Outcome) UnmarshalText(text []byte) error { return outcomes.UnmarshalText(v, text) }

// Outcomes yields every outcome in order, from Met to NotApplicable.
func Outcomes() iter.Seq[Outcome] { return outcomes.All() }

// Direction says which way an indicator improves.
//
// The zero value is invalid: an indicator must say whether more or less is
// better. Safe for concurrent use.
type Direction uint8

const (
	// HigherIsBetter: the target is above the baseline (jobs created…).
	HigherIsBetter Direction = 1 + iota
	// LowerIsBetter: the target is below the baseline (tonnes of CO2…).
	LowerIsBetter
)

// directionNoun is what messages call the enumeration.
var directionNoun = lang.Text{"sens", "direction"}

var directions = enum.Define[Direction](enum.Spec{Type: "Direction", Noun: directionNoun, Pkg: pkg},
	enum.Names{Key: "higher-is-better", Label: lang.Text{"Plus est mieux", "Higher is better"}},
	enum.Names{Key: "lower-is-better", Label: lang.Text{"Moins est mieux", "Lower is better"}},
)

// ParseDirection returns the direction named by s: its ASCII key or its
// label in any language, in any case. Anything else is a *problem.Error of
// code "unknown-name" that unwraps to ErrUnknown.
// Keys: "higher-is-better", "lower-is-better".
func ParseDirection(s string) (Direction, error) { return directions.ParseText(s) }

// IsValid reports whether v is a valid direction.
func (v Direction) IsValid() bool { return directions.Valid(v) }

// String returns the stable ASCII key of v, or "%!Direction(n)" if v is invalid.
func (v Direction) String() string { return directions.Key(v) }

// Label returns the name of v in l.
func (v Direction) Label(l lang.Lang) string {
	return directions.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseDirection refuses.
func (v Direction) MarshalText() ([]byte, error) { return directions.MarshalText(v) }

// UnmarshalText parses text with ParseDirection; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Direction) UnmarshalText(text []byte) error { return directions.UnmarshalText(v, text) }

// Directions yields every direction in order, from HigherIsBetter to LowerIsBetter.
func Directions() iter.Seq[Direction] { return directions.All() }
