package innovation

import "github.com/seed424036fd/societal/internal/enum"

// Kind is the kind of a lifecycle transition (MODEL §1.5). The zero value is
// invalid. Safe for concurrent use.
type Kind uint8

const (
	// Advance moves to the next phase, exactly one step ([S] 004:2738, one
	// step at a time [D]).
	Advance Kind = 1 + iota
	// Return goes back to any earlier phase, with a reason [D].
	Return
	// Abandon stops the project in its phase, with a reason; it is final [D]
	// (projects that "restent à l'état d'expérimentations", 004:1915-1929).
	Abandon
)

var kinds = enum.New[Kind]("Kind",
	enum.Names{Key: "advance", French: "Avancer", English: "Advance"},
	enum.Names{Key: "return", French: "Revenir", English: "Return"},
	enum.Names{Key: "abandon", French: "Abandonner", English: "Abandon"},
)

// ParseKind returns the kind named by s, or a *ParseError.
func ParseKind(s string) (Kind, error) {
	if v, ok := kinds.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "transition kind", Input: s, Allowed: kinds.Keys()}
}

// IsValid reports whether k is Advance, Return or Abandon.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// String returns "advance", "return" or "abandon", or "%!Kind(n)".
func (k Kind) String() string { return kinds.Key(k) }

// Label returns the name of k in lang.
func (k Kind) Label(lang Lang) string { return kinds.Label(k, lang.english()) }

// MarshalText returns the ASCII key of k, or an error wrapping ErrInvalid.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, invalid("transition kind", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses text with ParseKind. On error k is unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
