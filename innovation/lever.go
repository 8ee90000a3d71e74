package innovation

import (
	"iter"
	"strconv"

	"github.com/seed424036fd/societal/internal/enum"
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

var levers = enum.New[Lever]("Lever",
	enum.Names{Key: "financement", French: "Financement", English: "Financing"},
	enum.Names{Key: "competences-reseau", French: "Compétences & réseau", English: "Skills & network"},
	enum.Names{Key: "conseil", French: "Conseil", English: "Advice"},
	enum.Names{Key: "evaluation", French: "Évaluation", English: "Evaluation"},
)

// ParseLever returns the lever named by s (key, French or English label, any
// case), or a *ParseError.
func ParseLever(s string) (Lever, error) {
	if l, ok := levers.Parse(s); ok {
		return l, nil
	}
	return 0, &ParseError{Type: "lever", Input: s, Allowed: levers.Keys()}
}

// IsValid reports whether l is one of the four levers.
func (l Lever) IsValid() bool { return levers.Valid(l) }

// String returns the ASCII key of l, or "%!Lever(n)".
func (l Lever) String() string { return levers.Key(l) }

// Label returns the name of l in lang.
func (l Lever) Label(lang Lang) string { return levers.Label(l, lang.english()) }

// MarshalText returns the ASCII key of l, or an error wrapping ErrInvalid.
func (l Lever) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, invalid("lever", int(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText parses text with ParseLever. On error l is unchanged.
func (l *Lever) UnmarshalText(text []byte) error {
	v, err := ParseLever(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Levers yields the four levers in order.
func Levers() iter.Seq[Lever] {
	return func(yield func(Lever) bool) {
		for l := Financement; l <= Evaluation; l++ {
			if !yield(l) {
				return
			}
		}
	}
}

// Intensity is how strongly a need is felt or a stakeholder is to be
// mobilised, on the model's scale "-" < "+" < "++" < "+++" (MODEL §2.2).
//
// Unlike the other enumerations, the zero value is valid and meaningful:
// None ("-"). Intensities are ordered: compare them with < and >.
// Safe for concurrent use.
type Intensity uint8

const (
	None   Intensity = iota // "-": not needed
	Low                     // "+"
	Medium                  // "++"
	High                    // "+++"
)

var intensityText = [...]string{"-", "+", "++", "+++"}
var intensityKey = [...]string{"none", "low", "medium", "high"}

// ParseIntensity accepts the model's marks "-", "+", "++", "+++" and the
// keys "none", "low", "medium", "high" (any case). Anything else is a
// *ParseError.
func ParseIntensity(s string) (Intensity, error) {
	if len(s) <= 8 {
		for i := range intensityText {
			if s == intensityText[i] || equalFoldASCII(s, intensityKey[i]) {
				return Intensity(i), nil
			}
		}
	}
	// A copy: the caller may write to Allowed; the table must not change.
	return 0, &ParseError{Type: "intensity", Input: s, Allowed: append([]string(nil), intensityText[:]...)}
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// IsValid reports whether i is one of the four intensities.
func (i Intensity) IsValid() bool { return i <= High }

// String returns the model's mark: "-", "+", "++" or "+++"; an invalid value
// prints as "%!Intensity(n)".
func (i Intensity) String() string {
	if !i.IsValid() {
		return "%!Intensity(" + strconv.Itoa(int(i)) + ")"
	}
	return intensityText[i]
}

// Label returns the mark of i; marks are the same in every language.
func (i Intensity) Label(Lang) string { return i.String() }

// MarshalText returns the mark of i ("-", "+", "++", "+++"), or an error
// wrapping ErrInvalid.
func (i Intensity) MarshalText() ([]byte, error) {
	if !i.IsValid() {
		return nil, invalid("intensity", int(i))
	}
	return []byte(intensityText[i]), nil
}

// UnmarshalText parses text with ParseIntensity. On error i is unchanged.
func (i *Intensity) UnmarshalText(text []byte) error {
	v, err := ParseIntensity(string(text))
	if err != nil {
		return err
	}
	*i = v
	return nil
}
