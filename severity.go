package societal

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Severity is how much an unmet check weighs on the verdict: a Minor gap
// is reported, a Major one means "not yet", a Blocking one "blocked".
// The zero value is invalid. Severities are ordered. Safe for concurrent use.
type Severity uint8

const (
	Minor    Severity = 1 + iota // reported; never turns the verdict
	Major                        // the verdict is at best NotYet
	Blocking                     // the verdict is Blocked
)

var severities = enum.Define[Severity](enum.Spec{Type: "Severity", Noun: lang.Text{"gravité", "severity"}, Pkg: pkg},
	enum.Names{Key: "minor", Label: lang.Text{"Mineure", "Minor"}},
	enum.Names{Key: "major", Label: lang.Text{"Majeure", "Major"}},
	enum.Names{Key: "blocking", Label: lang.Text{"Bloquante", "Blocking"}},
)

// ParseSeverity returns the severity named by s, or an error wrapping
// ErrUnknown.
// Keys: "minor", "major", "blocking".
func ParseSeverity(s string) (Severity, error) { return severities.ParseText(s) }

// IsValid reports whether s is Minor, Major or Blocking.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// String returns the ASCII key of s, or "%!Severity(n)".
func (s Severity) String() string { return severities.Key(s) }

// Label returns the name of s in l.
func (s Severity) Label(l lang.Lang) string {
	return severities.Label(s, l)
}

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText parses text with ParseSeverity; it accepts everything
// MarshalText produces. On error s is unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }
