package partnership

import (
	"iter"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Scheme is a set of cooperation schemes ("schémas de coopération": a
// structured collaboration around one precise challenge, 000:126-130). The three
// logics found in the field are combinable — "certaines initiatives
// combinent des éléments de plusieurs typologies" (000:304) — so a Scheme is
// a bit set: SchemeEntreprise|SchemeTerritoire is a valid Scheme.
//
// The zero value is the empty set: no scheme stated. Safe for concurrent use.
type Scheme uint8

const (
	// SchemeEntreprise: led by a company, the main anchor of the
	// cooperation (000:306-316).
	SchemeEntreprise Scheme = 1 << iota
	// SchemeTerritoire: led by a territory or a local community, often
	// coordinated by local authorities or social-economy actors
	// (000:318-330).
	SchemeTerritoire
	// SchemeInterne: internal to one organisation, aimed at its own
	// transformation (000:332-342).
	SchemeInterne

	allSchemes = SchemeEntreprise | SchemeTerritoire | SchemeInterne
)

// MaxSchemeText is the longest text ParseScheme accepts, in bytes: three
// names and their separators. Its value is 195 bytes.
const MaxSchemeText = 3 * (enum.MaxInput + 1) // three names and their separators

var schemes = enum.Define[Scheme](enum.Spec{Type: "Scheme", Noun: schemeNoun, Pkg: pkg},
	enum.Names{Key: "entreprise", Label: lang.Text{"Mené par une entreprise", "Company-led"}},
	enum.Names{Key: "territoire", Label: lang.Text{"Mené par un territoire", "Territory-led"}},
	enum.Names{Key: "interne", Label: lang.Text{"Interne à l'organisation", "Internal"}},
)

// schemeNoun is what messages call a scheme.
var schemeNoun = lang.Text{"schéma", "scheme"}

// bit maps table index i (1-based) to its bit.
func schemeBit(i Scheme) Scheme { return 1 << (i - 1) }

// ParseScheme parses a set of schemes written as names joined by "+"
// ("entreprise+territoire"; each name a key, French or English label, any
// case). The empty text is the empty set. A name given twice, an unknown
// name or a text over MaxSchemeText bytes is a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "entreprise", "territoire", "interne".
func ParseScheme(s string) (Scheme, error) {
	if s == "" {
		return 0, nil
	}
	if len(s) > MaxSchemeText {
		return 0, schemes.Unknown(s)
	}
	var set Scheme
	for _, part := range strings.Split(s, "+") {
		i, ok := schemes.Parse(strings.TrimSpace(part))
		if !ok || set&schemeBit(i) != 0 {
			return 0, schemes.Unknown(s)
		}
		set |= schemeBit(i)
	}
	return set, nil
}

// IsValid reports whether s holds only the three known schemes. The empty
// set is valid.
func (s Scheme) IsValid() bool { return s&^allSchemes == 0 }

// Has reports whether s holds every scheme of t.
func (s Scheme) Has(t Scheme) bool { return s&t == t }

// String returns the keys of s joined by "+" in order
// ("entreprise+territoire"), "" for the empty set, or "%!Scheme(n)" if s
// holds unknown bits.
func (s Scheme) String() string {
	if !s.IsValid() {
		return "%!Scheme(" + strconv.Itoa(int(s)) + ")"
	}
	return s.join(func(i Scheme) string { return schemes.Key(i) })
}

// Label returns the names of s in l joined by " + ".
func (s Scheme) Label(l lang.Lang) string {
	if !s.IsValid() {
		return s.String()
	}
	var b strings.Builder
	for i := Scheme(1); int(i) <= schemes.Len(); i++ {
		if s&schemeBit(i) != 0 {
			if b.Len() > 0 {
				b.WriteString(" + ")
			}
			b.WriteString(schemes.Label(i, l))
		}
	}
	return b.String()
}

func (s Scheme) join(name func(Scheme) string) string {
	var b strings.Builder
	for i := Scheme(1); int(i) <= schemes.Len(); i++ {
		if s&schemeBit(i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(name(i))
		}
	}
	return b.String()
}

// Each yields the single schemes of s in order.
func (s Scheme) Each() iter.Seq[Scheme] {
	return func(yield func(Scheme) bool) {
		for i := Scheme(1); int(i) <= schemes.Len(); i++ {
			if s&schemeBit(i) != 0 && !yield(schemeBit(i)) {
				return
			}
		}
	}
}

// MarshalText returns String, or an error wrapping ErrInvalid if s holds
// unknown bits. ParseScheme accepts everything it produces.
func (s Scheme) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, pkg.InvalidValue(schemeNoun, int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with ParseScheme. On error s is unchanged.
func (s *Scheme) UnmarshalText(text []byte) error {
	v, err := ParseScheme(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
