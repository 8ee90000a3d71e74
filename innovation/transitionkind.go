package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// TransitionKind is the kind of a lifecycle transition (MODEL §1.5). The
// zero value is invalid. Safe for concurrent use.
type TransitionKind uint8

const (
	// Advance moves to the next phase, exactly one step ([S] 004:2738, one
	// step at a time [D]).
	Advance TransitionKind = 1 + iota
	// Return goes back to any earlier phase, with a reason [D].
	Return
	// Abandon stops the project in its phase, with a reason; it is final [D]
	// (projects that "restent à l'état d'expérimentations", 004:1915-1929).
	Abandon
)

var kinds = enum.Define[TransitionKind](enum.Spec{Type: "TransitionKind", Noun: lang.Text{"type de transition", "transition kind"}, Pkg: pkg},
	enum.Names{Key: "advance", Label: lang.Text{"Avancer", "Advance"}},
	enum.Names{Key: "return", Label: lang.Text{"Revenir", "Return"}},
	enum.Names{Key: "abandon", Label: lang.Text{"Abandonner", "Abandon"}},
)

// ParseTransitionKind returns the kind named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "advance", "return", "abandon".
func ParseTransitionKind(s string) (TransitionKind, error) { return kinds.ParseText(s) }

// IsValid reports whether k is Advance, Return or Abandon.
func (k TransitionKind) IsValid() bool { return kinds.Valid(k) }

// String returns "advance", "return" or "abandon", or "%!TransitionKind(n)".
func (k TransitionKind) String() string { return kinds.Key(k) }

// Label returns the name of k in l.
func (k TransitionKind) Label(l lang.Lang) string { return kinds.Label(k, l) }

// MarshalText returns the ASCII key of k, or an error wrapping ErrInvalid.
func (k TransitionKind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText parses text with ParseTransitionKind. On error k is unchanged.
func (k *TransitionKind) UnmarshalText(text []byte) error { return kinds.UnmarshalText(k, text) }
