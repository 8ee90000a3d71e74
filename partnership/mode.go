package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Mode is one of the four modes of partnership between companies and
// general-interest structures surveyed by the Observatoire des partenariats
// (MODEL §4.2; 002:407-429). A partnership may practise several. The zero
// value is invalid. Safe for concurrent use.
type Mode uint8

const (
	// Mecenat (mécénat, patronage): human, material and/or financial
	// support to general-interest actions (002:427-429).
	Mecenat Mode = 1 + iota
	// PratiquesResponsables (responsible practices): a partnership action
	// to improve one's social, environmental and/or societal performance,
	// e.g. responsible purchasing (002:407-409).
	PratiquesResponsables
	// CooperationEconomique (coopération économique, economic
	// cooperation): a joint offer by actors of different profiles, e.g. a
	// joint answer to a public tender with an insertion structure
	// (002:414-416).
	CooperationEconomique
	// InnovationSocietale (innovation sociétale, societal innovation):
	// co-design and/or innovative experimentation in partnership to bring out
	// a new answer to an uncovered societal need (002:421-423); the mode
	// tied to the lifecycle, the company being involved at the amorçage
	// and/or the changement d'échelle of an innovation project
	// (003:1178-1180, a chart's OCR, read [R]).
	InnovationSocietale
)

// modeNoun is what messages call the enumeration.
var modeNoun = lang.Text{"mode", "mode"}

var modes = enum.Define[Mode](enum.Spec{Type: "Mode", Noun: modeNoun, Pkg: pkg},
	enum.Names{Key: "mecenat", Label: lang.Text{"Mécénat", "Patronage"}},
	enum.Names{Key: "pratiques-responsables", Label: lang.Text{"Pratiques responsables", "Responsible practices"}},
	enum.Names{Key: "cooperation-economique", Label: lang.Text{"Coopération économique", "Economic cooperation"}},
	enum.Names{Key: "innovation-societale", Label: lang.Text{"Innovation sociétale", "Societal innovation"}},
)

// modeDefinitions are the definitions of the four modes, French as the
// source writes them (its typo "des avec de acteurs" in 002:416 corrected),
// then the gloss.
var modeDefinitions = [...]lang.Text{
	Mecenat: { // 002:429
		"soutien humain, matériel, et/ou financier à une(des) action(s) d'intérêt général",
		"human, material and/or financial support to one or more general-interest actions",
	},
	PratiquesResponsables: { // 002:409
		"action partenariale afin d'améliorer votre performance sociale, environnementale et/ou sociétale (exemple : achat responsable)",
		"a partnership action to improve one's social, environmental and/or societal performance (e.g. responsible purchasing)",
	},
	CooperationEconomique: { // 002:416
		"offre commune avec des acteurs de profils différents (exemple : réponse conjointe à un marché public avec une structure d'insertion et/ou un ESAT)",
		"a joint offer with actors of different profiles (e.g. a joint answer to a public tender with an insertion structure or a sheltered workshop)",
	},
	InnovationSocietale: { // 002:423
		"co-conception et/ou expérimentation partenariale innovante pour faire émerger une nouvelle réponse à un besoin sociétal non couvert (exemple : émergence de nouvelles solutions éducatives)",
		"innovative co-design and/or experimentation in partnership to bring out a new answer to an uncovered societal need (e.g. new educational solutions)",
	},
}

// ParseMode returns the mode named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "mecenat", "pratiques-responsables", "cooperation-economique",
// "innovation-societale".
func ParseMode(s string) (Mode, error) { return modes.ParseText(s) }

// IsValid reports whether m is one of the four modes.
func (m Mode) IsValid() bool { return modes.Valid(m) }

// String returns the ASCII key of m, or "%!Mode(n)".
func (m Mode) String() string { return modes.Key(m) }

// Label returns the name of m in l.
func (m Mode) Label(l lang.Lang) string { return modes.Label(m, l) }

// Definition returns the definition of m in l (002:407-429), with the
// typography of l, or "" if m is invalid.
func (m Mode) Definition(l lang.Lang) string {
	if !m.IsValid() {
		return ""
	}
	return l.Typeset(modeDefinitions[m].In(l))
}

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m Mode) MarshalText() ([]byte, error) { return modes.MarshalText(m) }

// UnmarshalText parses text with ParseMode. On error m is unchanged.
func (m *Mode) UnmarshalText(text []byte) error { return modes.UnmarshalText(m, text) }

// Modes yields the four modes in order.
func Modes() iter.Seq[Mode] { return modes.All() }
