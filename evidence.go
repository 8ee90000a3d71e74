package societal

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Evidence is what a dossier says of one thing the model asks for (a
// dimension of the innovation, the operator model): nothing, that it is
// absent, partial, or established.
//
// The zero value is Unstated, a valid and deliberate default: a dossier that
// says nothing gets an Unknown check (missing evidence), never a failure.
// Safe for concurrent use.
type Evidence uint8

const (
	Unstated    Evidence = iota // the dossier does not say
	Absent                      // known to be missing
	Partial                     // in progress, not yet established
	Established                 // established, with evidence
)

var evidences = enum.Define[Evidence](enum.Spec{Type: "Evidence", Noun: lang.Text{"état de preuve", "evidence"}, ZeroValid: true, Pkg: pkg},
	enum.Names{Key: "unstated", Label: lang.Text{"Non renseigné", "Not stated"}},
	enum.Names{Key: "absent", Label: lang.Text{"Absent", "Absent"}},
	enum.Names{Key: "partial", Label: lang.Text{"Partiel", "Partial"}},
	enum.Names{Key: "established", Label: lang.Text{"Établi", "Established"}},
)

// ParseEvidence accepts the keys "unstated", "absent", "partial",
// "established" and their labels (any case); the empty string is Unstated.
// Anything else is an error wrapping ErrUnknown.
// Keys: "unstated", "absent", "partial", "established".
func ParseEvidence(s string) (Evidence, error) {
	if s == "" {
		return Unstated, nil
	}
	return evidences.ParseText(s)
}

// IsValid reports whether e is one of the four values.
func (e Evidence) IsValid() bool { return evidences.Valid(e) }

// String returns the ASCII key of e ("unstated", "absent", "partial",
// "established"), or "%!Evidence(n)".
func (e Evidence) String() string { return evidences.Key(e) }

// Label returns the name of e in l.
func (e Evidence) Label(l lang.Lang) string {
	return evidences.Label(e, l)
}

// MarshalText returns the ASCII key of e, or an error wrapping ErrInvalid.
func (e Evidence) MarshalText() ([]byte, error) { return evidences.MarshalText(e) }

// UnmarshalText parses text with ParseEvidence; it accepts everything
// MarshalText produces, and the empty string. On error e is unchanged.
func (e *Evidence) UnmarshalText(text []byte) error {
	v, err := ParseEvidence(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
