package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Lever is one of the four levers of support ("leviers d'accompagnement")
// that answer an innovator's needs (MODEL §2.1; 004:857-870, 003:1897-1906).
// The zero value is invalid. Safe for concurrent use.
type Lever uint8

const (
	// Financement (financing).
	Financement Lever = 1 + iota
	// CompetencesReseau (Compétences & réseau, skills and network): "apport
	// en expertises et réseau complémentaire".
	CompetencesReseau
	// Conseil (advice): strategy and management advice, decision support for
	// governance.
	Conseil
	// Evaluation (Évaluation, evaluation): "valoriser l'utilité sociale",
	// showing the project's social utility.
	Evaluation
)

// NumLevers is the number of levers.
const NumLevers = 4

// leverNoun is what messages call the enumeration.
var leverNoun = lang.Text{"levier", "lever"}

var levers = enum.Define[Lever](enum.Spec{Type: "Lever", Noun: leverNoun, Pkg: pkg},
	enum.Names{Key: "financement", Label: lang.Text{"Financement", "Financing"}},
	enum.Names{Key: "competences-reseau", Label: lang.Text{"Compétences & réseau", "Skills & network"}},
	enum.Names{Key: "conseil", Label: lang.Text{"Conseil", "Advice"}},
	enum.Names{Key: "evaluation", Label: lang.Text{"Évaluation", "Evaluation"}},
)

// ParseLever returns the lever named by s (key or label in any language, any
// case), or a *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "financement", "competences-reseau", "conseil", "evaluation".
func ParseLever(s string) (Lever, error) { return levers.ParseText(s) }

// IsValid reports whether l is one of the four levers.
func (l Lever) IsValid() bool { return levers.Valid(l) }

// String returns the ASCII key of l, or "%!Lever(n)".
func (l Lever) String() string { return levers.Key(l) }

// Label returns the name of l in l.
func (v Lever) Label(l lang.Lang) string { return levers.Label(v, l) }

// MarshalText returns the ASCII key of l, or an error wrapping ErrInvalid.
func (l Lever) MarshalText() ([]byte, error) { return levers.MarshalText(l) }

// UnmarshalText parses text with ParseLever. On error l is unchanged.
func (l *Lever) UnmarshalText(text []byte) error { return levers.UnmarshalText(l, text) }

// Levers yields the four levers in order.
func Levers() iter.Seq[Lever] { return levers.All() }
