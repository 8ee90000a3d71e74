package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
)

// Stage is how far an idea has come, in the model's terminology (MODEL §1.6;
// 004:695-707, 003:1708-1725). The zero value is invalid. Safe for
// concurrent use.
type Stage uint8

const (
	// Initiative: any approach improving a situation by a contribution
	// adapted to needs (004:698-699).
	Initiative Stage = 1 + iota
	// Invention: a new, relevant solution carried by its inventor, marked by
	// a "preuve de concept" (004:701-702).
	Invention
	// Innovation: deployed at a scale that affects the whole ecosystem,
	// beyond its inventor's own capacity (004:704-707).
	Innovation
)

var stages = enum.New[Stage]("Stage",
	enum.Names{Key: "initiative", French: "Initiative", English: "Initiative"},
	enum.Names{Key: "invention", French: "Invention", English: "Invention"},
	enum.Names{Key: "innovation", French: "Innovation", English: "Innovation"},
)

// ParseStage returns the stage named by s, or a *ParseError.
func ParseStage(s string) (Stage, error) {
	if v, ok := stages.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "stage", Input: s, Allowed: stages.Keys()}
}

// IsValid reports whether s is one of the three stages.
func (s Stage) IsValid() bool { return stages.Valid(s) }

// String returns the ASCII key of s, or "%!Stage(n)".
func (s Stage) String() string { return stages.Key(s) }

// Label returns the name of s in lang.
func (s Stage) Label(lang Lang) string { return stages.Label(s, lang.english()) }

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Stage) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, invalid("stage", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with ParseStage. On error s is unchanged.
func (s *Stage) UnmarshalText(text []byte) error {
	v, err := ParseStage(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Stage returns the stage a project in phase p has reached: an invention
// once its proof of concept is formalised (Modélisation), an innovation once
// it is diffused beyond its inventor (Industrialisation) — both [I], MODEL
// §1.6. It returns 0 for an invalid p.
func (p Phase) Stage() Stage {
	switch {
	case !p.IsValid():
		return 0
	case p >= Industrialisation:
		return Innovation
	case p >= Modelisation:
		return Invention
	default:
		return Initiative
	}
}

// Dimension is one of the three dimensions a deployable innovation must
// cover (MODEL §1.6; 004:734-749). The zero value is invalid. Safe for
// concurrent use.
type Dimension uint8

const (
	// Solution (innovation de solution): the value proposition (004:737-738).
	Solution Dimension = 1 + iota
	// Processus (innovation de processus, process): the value chain, who
	// works with whom (004:740-743).
	Processus
	// ModeleEconomique (innovation de modèle économique, business model):
	// viable in the long term, hybrid resources (004:745-749).
	ModeleEconomique
)

// NumDimensions is the number of dimensions.
const NumDimensions = 3

var dimensions = enum.New[Dimension]("Dimension",
	enum.Names{Key: "solution", French: "Solution", English: "Solution"},
	enum.Names{Key: "processus", French: "Processus", English: "Process"},
	enum.Names{Key: "modele-economique", French: "Modèle économique", English: "Business model"},
)

// ParseDimension returns the dimension named by s, or a *ParseError.
func ParseDimension(s string) (Dimension, error) {
	if v, ok := dimensions.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "dimension", Input: s, Allowed: dimensions.Keys()}
}

// IsValid reports whether d is one of the three dimensions.
func (d Dimension) IsValid() bool { return dimensions.Valid(d) }

// String returns the ASCII key of d, or "%!Dimension(n)".
func (d Dimension) String() string { return dimensions.Key(d) }

// Label returns the name of d in lang.
func (d Dimension) Label(lang Lang) string { return dimensions.Label(d, lang.english()) }

// MarshalText returns the ASCII key of d, or an error wrapping ErrInvalid.
func (d Dimension) MarshalText() ([]byte, error) {
	if !d.IsValid() {
		return nil, invalid("dimension", int(d))
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses text with ParseDimension. On error d is unchanged.
func (d *Dimension) UnmarshalText(text []byte) error {
	v, err := ParseDimension(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Dimensions yields the three dimensions in order.
func Dimensions() iter.Seq[Dimension] {
	return func(yield func(Dimension) bool) {
		for d := Solution; d <= ModeleEconomique; d++ {
			if !yield(d) {
				return
			}
		}
	}
}
