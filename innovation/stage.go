package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
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
	// beyond its inventor's own capacity (004:704-707). "L'innovation ne
	// devient innovation que si elle est appropriée par l'écosystème": Fleming
	// invented penicillin, which became a medicine only because the
	// pharmaceutical industry took it up (002:814-816) [S].
	Innovation
)

var stages = enum.Define[Stage](enum.Spec{Type: "Stage", Noun: lang.Text{"étape", "stage"}, Pkg: pkg},
	enum.Names{Key: "initiative", Label: lang.Text{"Initiative", "Initiative"}},
	enum.Names{Key: "invention", Label: lang.Text{"Invention", "Invention"}},
	enum.Names{Key: "innovation", Label: lang.Text{"Innovation", "Innovation"}},
)

// ParseStage returns the stage named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "initiative", "invention", "innovation".
func ParseStage(s string) (Stage, error) { return stages.ParseText(s) }

// IsValid reports whether s is one of the three stages.
func (s Stage) IsValid() bool { return stages.Valid(s) }

// String returns the ASCII key of s, or "%!Stage(n)".
func (s Stage) String() string { return stages.Key(s) }

// Label returns the name of s in l.
func (s Stage) Label(l lang.Lang) string { return stages.Label(s, l) }

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Stage) MarshalText() ([]byte, error) { return stages.MarshalText(s) }

// UnmarshalText parses text with ParseStage. On error s is unchanged.
func (s *Stage) UnmarshalText(text []byte) error { return stages.UnmarshalText(s, text) }

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
