package partnership

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Fact is what the caller says about one practice of a partnership (is there
// a formal agreement? a shared governance?): yes, no, or nothing said.
//
// The zero value is Unstated, and is valid: a partnership described without a
// word on its agreement has every Fact Unstated, and the checklist reports
// those items Unknown rather than guessing. Safe for concurrent use.
type Fact uint8

const (
	// Unstated: the description does not say.
	Unstated Fact = iota
	// Yes: the practice is in place.
	Yes
	// No: the practice is not in place.
	No
)

// factNoun is what messages call the enumeration.
var factNoun = lang.Text{"fait", "fact"}

var facts = enum.Define[Fact](enum.Spec{Type: "Fact", Noun: factNoun, ZeroValid: true, Pkg: pkg},
	enum.Names{Key: "unstated", Label: lang.Text{"Non renseigné", "Unstated"}},
	enum.Names{Key: "yes", Label: lang.Text{"Oui", "Yes"}},
	enum.Names{Key: "no", Label: lang.Text{"Non", "No"}},
)

// ParseFact accepts "unstated", "yes", "no" and the labels in any language,
// any case; anything else is a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "unstated", "yes", "no".
func ParseFact(s string) (Fact, error) { return facts.ParseText(s) }

// IsValid reports whether f is Unstated, Yes or No.
func (f Fact) IsValid() bool { return facts.Valid(f) }

// String returns the ASCII key of f, or "%!Fact(n)".
func (f Fact) String() string { return facts.Key(f) }

// Label returns the name of f in l.
func (f Fact) Label(l lang.Lang) string { return facts.Label(f, l) }

// MarshalText returns the ASCII key of f, or an error wrapping ErrInvalid.
func (f Fact) MarshalText() ([]byte, error) { return facts.MarshalText(f) }

// UnmarshalText parses text with ParseFact. On error f is unchanged.
func (f *Fact) UnmarshalText(text []byte) error { return facts.UnmarshalText(f, text) }

// FactStatus is the state of one item of the Checklist: met, not met, or
// unknown when the partnership's description does not say.
//
// The zero value is Unknown, and is valid. Safe for concurrent use.
type FactStatus uint8

const (
	// Unknown: the description does not allow a conclusion.
	Unknown FactStatus = iota
	// Met: the success factor is in place, or the difficulty is guarded
	// against.
	Met
	// NotMet: the success factor is missing, or the difficulty is present.
	NotMet
)

var factStatuses = enum.Define[FactStatus](enum.Spec{Type: "FactStatus", Noun: lang.Text{"statut", "status"}, ZeroValid: true, Pkg: pkg},
	enum.Names{Key: "unknown", Label: lang.Text{"Inconnu", "Unknown"}},
	enum.Names{Key: "met", Label: lang.Text{"Satisfait", "Met"}},
	enum.Names{Key: "not-met", Label: lang.Text{"Non satisfait", "Not met"}},
)

// ParseFactStatus accepts "unknown", "met", "not-met" and the labels in any
// language, any case; anything else is a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "unknown", "met", "not-met".
func ParseFactStatus(s string) (FactStatus, error) { return factStatuses.ParseText(s) }

// IsValid reports whether s is Unknown, Met or NotMet.
func (s FactStatus) IsValid() bool { return factStatuses.Valid(s) }

// String returns the ASCII key of s, or "%!FactStatus(n)".
func (s FactStatus) String() string { return factStatuses.Key(s) }

// Label returns the name of s in l.
func (s FactStatus) Label(l lang.Lang) string {
	return factStatuses.Label(s, l)
}

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s FactStatus) MarshalText() ([]byte, error) { return factStatuses.MarshalText(s) }

// UnmarshalText parses text with ParseFactStatus. On error s is unchanged.
func (s *FactStatus) UnmarshalText(text []byte) error { return factStatuses.UnmarshalText(s, text) }

// all combines facts the way the checklist reads them: NotMet if any is No,
// Met if all are Yes, Unknown otherwise.
func all(fs ...Fact) FactStatus {
	st := Met
	for _, f := range fs {
		switch f {
		case No:
			return NotMet
		case Yes:
		default:
			st = Unknown
		}
	}
	return st
}
