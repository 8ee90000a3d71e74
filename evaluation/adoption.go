package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Adoption is how far a form of evaluation had spread among organisations
// (MODEL §3.1, 004:529-543): the performance form is the most used, the
// pertinence form is developing but complex, the partnership form is
// emerging [S]. The passage is undated; the library dates it 2018 [I],
// from the note its footnote cites, « Alliances et performance des
// organisations » (Le RAMEAU, janvier 2018) (004:550). [Form.Adoption]
// gives each form's.
//
// The zero value is invalid. Safe for concurrent use.
type Adoption uint8

const (
	// MostUsed: "mode le plus usité" (004:533).
	MostUsed Adoption = 1 + iota
	// Developing: "Ce mode d'évaluation se développe mais demeure complexe
	// à mettre en œuvre" (004:537-539).
	Developing
	// Emerging: "Ce mode d'évaluation est en émergence" (004:543); its
	// practices "progressent lentement, de façon empirique" (004:5521-5525).
	Emerging
)

// numAdoptions is the number of adoption statuses.
const numAdoptions = 3

var adoptions = enum.Define[Adoption](enum.Spec{Type: "Adoption", Noun: lang.Text{"adoption", "adoption"}, Pkg: pkg},
	enum.Names{Key: "most-used", Label: lang.Text{"Le plus usité", "Most used"}},
	enum.Names{Key: "developing", Label: lang.Text{"Se développe, complexe à mettre en œuvre", "Developing, complex to carry out"}},
	enum.Names{Key: "emerging", Label: lang.Text{"En émergence", "Emerging"}},
)

// Adoption returns how far the form had spread in 2018 (004:529-543; the
// year [I], 004:550), or 0
// (invalid) if v is invalid. The table is in readings.go.
func (v Form) Adoption() Adoption {
	if !v.IsValid() {
		return 0
	}
	return formAdoption[v-1]
}

// ParseAdoption returns the adoption status named by s: its ASCII key or its
// label in any language, in any case. Anything else is a *problem.Error of
// code "unknown-name" that unwraps to ErrUnknown.
// Keys: "most-used", "developing", "emerging".
func ParseAdoption(s string) (Adoption, error) { return adoptions.ParseText(s) }

// IsValid reports whether v is a valid adoption status.
func (v Adoption) IsValid() bool { return adoptions.Valid(v) }

// String returns the stable ASCII key of v, or "%!Adoption(n)" if v is invalid.
func (v Adoption) String() string { return adoptions.Key(v) }

// Label returns the name of v in l.
func (v Adoption) Label(l lang.Lang) string {
	return adoptions.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseAdoption refuses.
func (v Adoption) MarshalText() ([]byte, error) { return adoptions.MarshalText(v) }

// UnmarshalText parses text with ParseAdoption; it accepts everything
// MarshalText produces. On error v is left unchanged.
func (v *Adoption) UnmarshalText(text []byte) error { return adoptions.UnmarshalText(v, text) }

// Adoptions yields every adoption status in order, from MostUsed to Emerging.
func Adoptions() iter.Seq[Adoption] { return adoptions.All() }
