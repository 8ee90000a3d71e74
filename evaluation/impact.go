package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// ImpactKind classifies an observed impact: "ses impacts voulus, attendus,
// induits par « surprise » et non désirables" (MODEL §3.1; 004:3289-3297).
//
// The zero value is invalid. Safe for concurrent use.
type ImpactKind uint8

const (
	// Voulu (intended): the impact the project set out to have.
	Voulu ImpactKind = 1 + iota
	// Attendu (expected). Gloss [I], not in the source, which lists only
	// the word (004:3291): foreseen as a consequence, without being the aim.
	Attendu
	// Induit (induced "par surprise", unexpected): neither sought nor foreseen.
	Induit
	// NonDesirable (non désirable, undesirable). Gloss [I], not in the
	// source, which lists only the words (004:3291-3293): a harm to watch
	// and correct.
	NonDesirable
)

// NumImpactKinds is the number of impact kinds.
const NumImpactKinds = 4

// impactKindNoun is what messages call the enumeration.
var impactKindNoun = lang.Text{"type d'impact", "impact kind"}

var impactKinds = enum.Define[ImpactKind](enum.Spec{Type: "ImpactKind", Noun: impactKindNoun, Pkg: pkg},
	enum.Names{Key: "voulu", Label: lang.Text{"Voulu", "Intended"}},
	enum.Names{Key: "attendu", Label: lang.Text{"Attendu", "Expected"}},
	enum.Names{Key: "induit", Label: lang.Text{"Induit par surprise", "Unexpected"}},
	enum.Names{Key: "non-desirable", Label: lang.Text{"Non désirable", "Undesirable"}},
)

// ParseImpactKind returns the impact kind named by s: its ASCII key or its
// label in any language, in any case. Anything else is a *problem.Error of
// code "unknown-name" that unwraps to ErrUnknown.
// Keys: "voulu", "attendu", "induit", "non-desirable".
func ParseImpactKind(s string) (ImpactKind, error) { return impactKinds.ParseText(s) }

// IsValid reports whether v is a valid impact kind.
func (v ImpactKind) IsValid() bool { return impactKinds.Valid(v) }

// String returns the stable ASCII key of v, or "%!ImpactKind(n)" if v is invalid.
func (v ImpactKind) String() string { return impactKinds.Key(v) }

// Label returns the name of v in l.
func (v ImpactKind) Label(l lang.Lang) string {
	return impactKinds.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseImpactKind refuses.
func (v ImpactKind) MarshalText() ([]byte, error) { return impactKinds.MarshalText(v) }

// UnmarshalText parses text with ParseImpactKind; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *ImpactKind) UnmarshalText(text []byte) error { return impactKinds.UnmarshalText(v, text) }

// ImpactKinds yields every impact kind in order, from Voulu to NonDesirable.
func ImpactKinds() iter.Seq[ImpactKind] { return impactKinds.All() }
