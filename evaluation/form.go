package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Form is one of the three complementary forms of evaluation, by the angle
// analysed (MODEL §3.1; 004:529-543, 004:5476-5489, 004:2791-2804,
// 003:1545-1556). Each form has its report type: [PerformanceReport],
// [PertinenceReport], [PartenarialeReport]; [Form.Adoption] says how far it
// had spread in 2018.
//
// The zero value is invalid. A Form is a small comparable value, safe for
// concurrent use.
type Form uint8

const (
	// Performance (évaluation de la performance): the performance of the
	// actions undertaken (004:533), as in Responsabilité Sociétale des
	// Organisations (004:5482-5483, 2794-2796), judged on economic, social,
	// environmental and societal criteria (004:578-580). In the sources, the
	// "mode le plus usité", the most used (004:533): Adoption [MostUsed].
	Performance Form = 1 + iota
	// Pertinence (évaluation de la pertinence, relevance): does the solution
	// answer the needs addressed, does it produce impacts on the needs of
	// people and territories (004:535-537, 5485-5486); "au cœur de la mesure
	// de l'impact" (004:2798-2800). Status: "se développe mais demeure
	// complexe à mettre en œuvre", developing and complex (004:537-539):
	// Adoption [Developing].
	Pertinence
	// Partenariale (évaluation partenariale, of the partnership): what the
	// partnership relationship creates for each partner and for the common
	// good (004:541-543, 2800-2804, 5488-5489). Status: "en émergence",
	// emerging (004:543): Adoption [Emerging].
	Partenariale
)

// NumForms is the number of forms.
const NumForms = 3

var forms = enum.Define[Form](enum.Spec{Type: "Form", Noun: lang.Text{"forme", "form"}, Pkg: pkg},
	enum.Names{Key: "performance", Label: lang.Text{"Performance", "Performance"}},
	enum.Names{Key: "pertinence", Label: lang.Text{"Pertinence", "Relevance"}},
	enum.Names{Key: "partenariale", Label: lang.Text{"Partenariale", "Partnership"}},
)

// ParseForm returns the form named by s: its ASCII key or its label in any
// language, in any case. Anything else is a *problem.Error of code
// "unknown-name" that unwraps to ErrUnknown.
// Keys: "performance", "pertinence", "partenariale".
func ParseForm(s string) (Form, error) { return forms.ParseText(s) }

// IsValid reports whether v is a valid form.
func (v Form) IsValid() bool { return forms.Valid(v) }

// String returns the stable ASCII key of v, or "%!Form(n)" if v is invalid.
func (v Form) String() string { return forms.Key(v) }

// Label returns the name of v in l.
func (v Form) Label(l lang.Lang) string { return forms.Label(v, l) }

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseForm refuses.
func (v Form) MarshalText() ([]byte, error) { return forms.MarshalText(v) }

// UnmarshalText parses text with ParseForm; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Form) UnmarshalText(text []byte) error { return forms.UnmarshalText(v, text) }

// Forms yields every form in order, from Performance to Partenariale.
func Forms() iter.Seq[Form] { return forms.All() }

// Degree is one of the three degrees of maturity of an evaluation (MODEL
// §3.2; 004:5495-5515). Degrees are ordered: before wanting to "compter", a
// project must be able to "se conter" and "se compter" (002:1036); compare
// them with < and >. The evidence behind an observed impact is also a
// Degree: a narrative (SeConter), a comparison with peers (SeCompter), a
// measurement (Compter).
//
// The zero value is invalid. Safe for concurrent use.
type Degree uint8

const (
	// SeConter (se conter, to tell one's story): "savoir retracer le
	// cheminement et faire le récit d'un parcours" (004:5499-5501).
	SeConter Degree = 1 + iota
	// SeCompter (se compter, to count oneself among peers): "identifier les
	// « pairs » à même degré de maturité pour mesurer l'avancement d'un
	// concept ou d'une innovation" (004:5503-5507).
	SeCompter
	// Compter (to count): "mesurer les résultats d'une action en phase de
	// maturité et de déploiement" (004:5509-5515).
	Compter
)

// NumDegrees is the number of degrees.
const NumDegrees = 3

// degreeNoun is what messages call the enumeration.
var degreeNoun = lang.Text{"degré", "degree"}

var degrees = enum.Define[Degree](enum.Spec{Type: "Degree", Noun: degreeNoun, Pkg: pkg},
	enum.Names{Key: "se-conter", Label: lang.Text{"Se conter", "Telling the story"}},
	enum.Names{Key: "se-compter", Label: lang.Text{"Se compter", "Comparing with peers"}},
	enum.Names{Key: "compter", Label: lang.Text{"Compter", "Measuring"}},
)

// ParseDegree returns the degree named by s: its ASCII key or its label in
// any language, in any case. Anything else is a *problem.Error of code
// "unknown-name" that unwraps to ErrUnknown.
// Keys: "se-conter", "se-compter", "compter".
func ParseDegree(s string) (Degree, error) { return degrees.ParseText(s) }

// IsValid reports whether v is a valid degree.
func (v Degree) IsValid() bool { return degrees.Valid(v) }

// String returns the stable ASCII key of v, or "%!Degree(n)" if v is invalid.
func (v Degree) String() string { return degrees.Key(v) }

// Label returns the name of v in l.
func (v Degree) Label(l lang.Lang) string {
	return degrees.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseDegree refuses.
func (v Degree) MarshalText() ([]byte, error) { return degrees.MarshalText(v) }

// UnmarshalText parses text with ParseDegree; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Degree) UnmarshalText(text []byte) error { return degrees.UnmarshalText(v, text) }

// Degrees yields every degree in order, from SeConter to Compter.
func Degrees() iter.Seq[Degree] { return degrees.All() }
