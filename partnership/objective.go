package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Objective is what a partner seeks from a partnership, on the model's two
// axes: partnership objectives "sont structurés autour d'enjeux internes
// et/ou externes, et répondent […] à des logiques de performance et/ou de
// mobilisation" (004:5401-5403). An Objective is one quadrant; a partner may
// hold several. The zero value is invalid. Safe for concurrent use.
//
// What each quadrant means for each kind of actor is [I] from 004:583-665:
// for a company, ExterneMobilisation is the new dialogue with external
// stakeholders and InterneMobilisation the mobilisation of employees
// (004:593-605), InternePerformance its innovation capacity and economic
// performance (004:610-613); for a general-interest structure,
// InternePerformance is capturing new financial or skill resources and
// ExternePerformance building new solutions (004:633-636); for a public
// actor, ExternePerformance answers the territory's needs and
// InternePerformance its own attractiveness (004:656-659).
type Objective uint8

const (
	// InternePerformance (internal performance).
	InternePerformance Objective = 1 + iota
	// InterneMobilisation (internal mobilisation).
	InterneMobilisation
	// ExternePerformance (external performance).
	ExternePerformance
	// ExterneMobilisation (external mobilisation of the ecosystem's
	// stakeholders).
	ExterneMobilisation
)

// objectiveNoun is what messages call the enumeration.
var objectiveNoun = lang.Text{"objectif", "objective"}

var objectives = enum.Define[Objective](enum.Spec{Type: "Objective", Noun: objectiveNoun, Pkg: pkg},
	enum.Names{Key: "interne-performance", Label: lang.Text{"Performance interne", "Internal performance"}},
	enum.Names{Key: "interne-mobilisation", Label: lang.Text{"Mobilisation interne", "Internal mobilisation"}},
	enum.Names{Key: "externe-performance", Label: lang.Text{"Performance externe", "External performance"}},
	enum.Names{Key: "externe-mobilisation", Label: lang.Text{"Mobilisation externe", "External mobilisation"}},
)

// ParseObjective returns the objective named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "interne-performance", "interne-mobilisation", "externe-performance",
// "externe-mobilisation".
func ParseObjective(s string) (Objective, error) { return objectives.ParseText(s) }

// IsValid reports whether o is one of the four objectives.
func (o Objective) IsValid() bool { return objectives.Valid(o) }

// Internal reports whether o is on the internal side of the first axis.
func (o Objective) Internal() bool { return o == InternePerformance || o == InterneMobilisation }

// Performance reports whether o follows the logic of performance (rather
// than mobilisation).
func (o Objective) Performance() bool { return o == InternePerformance || o == ExternePerformance }

// String returns the ASCII key of o, or "%!Objective(n)".
func (o Objective) String() string { return objectives.Key(o) }

// Label returns the name of o in l.
func (o Objective) Label(l lang.Lang) string {
	return objectives.Label(o, l)
}

// MarshalText returns the ASCII key of o, or an error wrapping ErrInvalid.
func (o Objective) MarshalText() ([]byte, error) { return objectives.MarshalText(o) }

// UnmarshalText parses text with ParseObjective. On error o is unchanged.
func (o *Objective) UnmarshalText(text []byte) error { return objectives.UnmarshalText(o, text) }

// Objectives yields the four objectives in order.
func Objectives() iter.Seq[Objective] { return objectives.All() }
