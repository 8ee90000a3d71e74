package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// PerformanceLever is one of the five levers through which a company draws
// performance from alliances: "Il existe 5 leviers de performance des
// alliances pour une entreprise" (MODEL §4.3; 004:3923-3935) [S]. The list
// is the testimony of the PIMMS network (004:3839-3951), the companies being
// its partners. The zero value is invalid. Safe for concurrent use.
type PerformanceLever uint8

const (
	// LeverInstitutionnel (institutional): "Un partenariat institutionnel,
	// constitutif d'un ancrage local", local anchoring (004:3925) [S].
	LeverInstitutionnel PerformanceLever = 1 + iota
	// LeverCommercial (commercial): "valeur ajoutée par rapport à l'appel
	// d'offre", added value in a tender (004:3927) [S].
	LeverCommercial
	// LeverInnovation (innovation): "élément différenciant pour intervenir
	// et produire des solutions locales" (004:3929) [S].
	LeverInnovation
	// LeverImage (image): "entreprise responsable et contributive de
	// l'intérêt général" (004:3931) [S].
	LeverImage
	// LeverRH (RH, human resources): "le salarié est un point de contact sur
	// le territoire. Les leviers de mobilisation de l'entreprise sont de les
	// accompagner dans leurs missions" (004:3933-3935) [S].
	LeverRH
)

var performanceLevers = enum.Define[PerformanceLever](enum.Spec{Type: "PerformanceLever", Noun: lang.Text{"levier de performance", "performance lever"}, Pkg: pkg},
	enum.Names{Key: "institutionnel", Label: lang.Text{"Institutionnel", "Institutional"}},
	enum.Names{Key: "commercial", Label: lang.Text{"Commercial", "Commercial"}},
	enum.Names{Key: "innovation", Label: lang.Text{"Innovation", "Innovation"}},
	enum.Names{Key: "image", Label: lang.Text{"Image", "Image"}},
	enum.Names{Key: "rh", Label: lang.Text{"RH", "Human resources"}},
)

// performanceLeverTable holds each lever's definition, French as 004 writes
// it, then its gloss, with its source line. Read only.
var performanceLeverTable = [...]struct {
	source     string
	definition lang.Text
}{
	LeverInstitutionnel: {"004:3925", lang.Text{"Un partenariat institutionnel, constitutif d'un ancrage local", "an institutional partnership that anchors the company locally"}},
	LeverCommercial:     {"004:3927", lang.Text{"valeur ajoutée par rapport à l'appel d'offre", "added value in answering a tender"}},
	LeverInnovation:     {"004:3929", lang.Text{"élément différenciant pour intervenir et produire des solutions locales", "a differentiating element to act and produce local solutions"}},
	LeverImage:          {"004:3931", lang.Text{"entreprise responsable et contributive de l'intérêt général", "a responsible company contributing to the general interest"}},
	LeverRH:             {"004:3933-3935", lang.Text{"le salarié est un point de contact sur le territoire. Les leviers de mobilisation de l'entreprise sont de les accompagner dans leurs missions", "the employee is a point of contact in the territory; the company mobilises its employees by supporting them in their missions"}},
}

// ParsePerformanceLever returns the lever named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "institutionnel", "commercial", "innovation", "image", "rh".
func ParsePerformanceLever(s string) (PerformanceLever, error) {
	return performanceLevers.ParseText(s)
}

// IsValid reports whether v is one of the five levers.
func (v PerformanceLever) IsValid() bool { return performanceLevers.Valid(v) }

// String returns the ASCII key of v, or "%!PerformanceLever(n)".
func (v PerformanceLever) String() string { return performanceLevers.Key(v) }

// Label returns the name of v in l.
func (v PerformanceLever) Label(l lang.Lang) string {
	return performanceLevers.Label(v, l)
}

// Definition returns what the source says of v, in l: the source's words
// with the typography of their language, or the gloss; "" if v is
// invalid.
func (v PerformanceLever) Definition(l lang.Lang) string {
	if !v.IsValid() {
		return ""
	}
	return l.Typeset(performanceLeverTable[v].definition.In(l))
}

// Source returns the source line of v ("004:3925" …), or "" if v is invalid.
func (v PerformanceLever) Source() string {
	if !v.IsValid() {
		return ""
	}
	return performanceLeverTable[v].source
}

// MarshalText returns the ASCII key of v, or an error wrapping ErrInvalid.
func (v PerformanceLever) MarshalText() ([]byte, error) { return performanceLevers.MarshalText(v) }

// UnmarshalText parses text with ParsePerformanceLever. On error v is
// unchanged.
func (v *PerformanceLever) UnmarshalText(text []byte) error {
	return performanceLevers.UnmarshalText(v, text)
}

// PerformanceLevers yields the five levers in the order of the source.
func PerformanceLevers() iter.Seq[PerformanceLever] { return performanceLevers.All() }
