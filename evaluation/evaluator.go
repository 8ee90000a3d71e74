package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
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

var evaluators = enum.New[Evaluator]("Evaluator",
	enum.Names{Key: "academiques", French: "Académiques", English: "Academics"},
	enum.Names{Key: "beneficiaires", French: "Bénéficiaires", English: "Beneficiaries"},
	enum.Names{Key: "partenaires", French: "Partenaires", English: "Partners"},
)

// ParseEvaluator returns the evaluator named by s: its ASCII key, its French label or its
// English label, in any case. Anything else is a *ParseError that unwraps to
// ErrUnknown.
func ParseEvaluator(s string) (Evaluator, error) {
	if v, ok := evaluators.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "evaluator", Input: s, Allowed: evaluators.Keys()}
}

// IsValid reports whether v is a valid evaluator.
func (v Evaluator) IsValid() bool { return evaluators.Valid(v) }

// String returns the stable ASCII key of v, or "%!Evaluator(n)" if v is invalid.
func (v Evaluator) String() string { return evaluators.Key(v) }

// Label returns the name of v in lang.
func (v Evaluator) Label(lang innovation.Lang) string {
	return evaluators.Label(v, lang == innovation.English)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseEvaluator refuses.
func (v Evaluator) MarshalText() ([]byte, error) {
	if !v.IsValid() {
		return nil, invalidValue("evaluator", int(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText parses text with ParseEvaluator; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Evaluator) UnmarshalText(text []byte) error {
	p, err := ParseEvaluator(string(text))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Evaluators yields every evaluator in order, from Academiques to Partenaires.
func Evaluators() iter.Seq[Evaluator] {
	return func(yield func(Evaluator) bool) {
		for v := Academiques; v <= Partenaires; v++ {
			if !yield(v) {
				return
			}
		}
	}
}
