package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Carrier is who carries a phase (MODEL §1.1). The zero value is invalid.
// Safe for concurrent use.
type Carrier uint8

const (
	// Innovator (porteur de projet): the initial innovator carries the
	// project up to and including Essaimage (004:785-786).
	Innovator Carrier = 1 + iota
	// ThirdParties (tiers): public policy and/or a market carried by
	// economic actors, beyond the founding structure (004:788-790).
	ThirdParties
)

var carriers = enum.Define[Carrier](enum.Spec{Type: "Carrier", Noun: lang.Text{"porteur", "carrier"}, Pkg: pkg},
	enum.Names{Key: "innovator", Label: lang.Text{"Porteur de projet", "Innovator"}},
	enum.Names{Key: "third-parties", Label: lang.Text{"Politique publique et/ou marché", "Public policy and/or market"}},
)

// ParseCarrier returns the carrier named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "innovator", "third-parties".
func ParseCarrier(s string) (Carrier, error) { return carriers.ParseText(s) }

// IsValid reports whether c is Innovator or ThirdParties.
func (c Carrier) IsValid() bool { return carriers.Valid(c) }

// String returns the ASCII key of c, or "%!Carrier(n)".
func (c Carrier) String() string { return carriers.Key(c) }

// Label returns the name of c in l.
func (c Carrier) Label(l lang.Lang) string { return carriers.Label(c, l) }

// MarshalText returns the ASCII key of c, or an error wrapping ErrInvalid.
func (c Carrier) MarshalText() ([]byte, error) { return carriers.MarshalText(c) }

// UnmarshalText parses text with ParseCarrier. On error c is unchanged.
func (c *Carrier) UnmarshalText(text []byte) error { return carriers.UnmarshalText(c, text) }
