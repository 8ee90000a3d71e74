package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Evaluator is one of the three key actors of evaluation: "les académiques,
// les bénéficiaires et les partenaires" (MODEL §3.3; 004:3265-3267,
// 3323-3325).
//
// The zero value is invalid. Safe for concurrent use.
type Evaluator uint8

const (
	// Academiques (académiques): researchers, academia (004:3265).
	Academiques Evaluator = 1 + iota
	// Beneficiaires (bénéficiaires): the people the project serves; their
	// accounts carry evaluation at deployment (004:3370-3372, 3386).
	Beneficiaires
	// Partenaires (partenaires): the project's partners, funders included
	// (004:3265-3267, 3303-3305).
	Partenaires
)

// NumEvaluators is the number of evaluators.
const NumEvaluators = 3

// evaluatorNoun is what messages call the enumeration.
var evaluatorNoun = lang.Text{"évaluateur", "evaluator"}

var evaluators = enum.Define[Evaluator](enum.Spec{Type: "Evaluator", Noun: evaluatorNoun, Pkg: pkg},
	enum.Names{Key: "academiques", Label: lang.Text{"Académiques", "Academics"}},
	enum.Names{Key: "beneficiaires", Label: lang.Text{"Bénéficiaires", "Beneficiaries"}},
	enum.Names{Key: "partenaires", Label: lang.Text{"Partenaires", "Partners"}},
)

// ParseEvaluator returns the evaluator named by s: its ASCII key or its
// label in any language, in any case. Anything else is a *problem.Error of
// code "unknown-name" that unwraps to ErrUnknown.
// Keys: "academiques", "beneficiaires", "partenaires".
func ParseEvaluator(s string) (Evaluator, error) { return evaluators.ParseText(s) }

// IsValid reports whether v is a valid evaluator.
func (v Evaluator) IsValid() bool { return evaluators.Valid(v) }

// String returns the stable ASCII key of v, or "%!Evaluator(n)" if v is invalid.
func (v Evaluator) String() string { return evaluators.Key(v) }

// Label returns the name of v in l.
func (v Evaluator) Label(l lang.Lang) string {
	return evaluators.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseEvaluator refuses.
func (v Evaluator) MarshalText() ([]byte, error) { return evaluators.MarshalText(v) }

// UnmarshalText parses text with ParseEvaluator; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Evaluator) UnmarshalText(text []byte) error { return evaluators.UnmarshalText(v, text) }

// Evaluators yields every evaluator in order, from Academiques to Partenaires.
func Evaluators() iter.Seq[Evaluator] { return evaluators.All() }
