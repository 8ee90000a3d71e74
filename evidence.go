package societal

import (
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
)

// Evidence is what a dossier says of one thing the model asks for (a
// dimension of the innovation, the operator model): nothing, that it is
// absent, partial, or established.
//
// The zero value is Unstated, a valid and deliberate default: a dossier that
// says nothing gets an Unknown criterion (missing evidence), never a failure.
// Safe for concurrent use.
type Evidence uint8

const (
	Unstated    Evidence = iota // the dossier does not say
	Absent                      // known to be missing
	Partial                     // in progress, not yet established
	Established                 // established, with evidence
)

var evidences = enum.New[Evidence]("Evidence",
	enum.Names{Key: "absent", French: "Absent", English: "Absent"},
	enum.Names{Key: "partial", French: "Partiel", English: "Partial"},
	enum.Names{Key: "established", French: "Établi", English: "Established"},
)

// ParseEvidence accepts "unstated" (or the empty string) and the keys and
// labels of the other values; anything else is a *ParseError.
func ParseEvidence(s string) (Evidence, error) {
	if s == "" || s == "unstated" {
		return Unstated, nil
	}
	if v, ok := evidences.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "evidence", Input: s, Allowed: append([]string{"unstated"}, evidences.Keys()...)}
}

// IsValid reports whether e is one of the four values.
func (e Evidence) IsValid() bool { return e == Unstated || evidences.Valid(e) }

// String returns the ASCII key of e ("unstated", "absent", "partial",
// "established"), or "%!Evidence(n)".
func (e Evidence) String() string {
	if e == Unstated {
		return "unstated"
	}
	return evidences.Key(e)
}

// Label returns the name of e in lang.
func (e Evidence) Label(lang innovation.Lang) string {
	if e == Unstated {
		if lang == innovation.English {
			return "Not stated"
		}
		return "Non renseigné"
	}
	return evidences.Label(e, lang == innovation.English)
}

// MarshalText returns the ASCII key of e, or an error wrapping ErrInvalid.
func (e Evidence) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, invalidValue("evidence", int(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText parses text with ParseEvidence. On error e is unchanged.
func (e *Evidence) UnmarshalText(text []byte) error {
	v, err := ParseEvidence(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
