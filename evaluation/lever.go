package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// ResultLever is one of the four result levers on which performance is
// judged: "des critères non seulement économiques, mais aussi sociaux,
// environnementaux et sociétaux" (MODEL §3.1, §3.4; 004:578-580,
// 004:5434-5438).
//
// The zero value is invalid. Safe for concurrent use.
type ResultLever uint8

const (
	// Economique (économique, economic).
	Economique ResultLever = 1 + iota
	// Social (social).
	Social
	// Environnemental (environnemental, environmental).
	Environnemental
	// Societal (sociétal, societal).
	Societal
)

// NumResultLevers is the number of result levers.
const NumResultLevers = 4

// resultLeverNoun is what messages call the enumeration.
var resultLeverNoun = lang.Text{"levier de résultat", "result lever"}

var resultLevers = enum.Define[ResultLever](enum.Spec{Type: "ResultLever", Noun: resultLeverNoun, Pkg: pkg},
	enum.Names{Key: "economique", Label: lang.Text{"Économique", "Economic"}},
	enum.Names{Key: "social", Label: lang.Text{"Social", "Social"}},
	enum.Names{Key: "environnemental", Label: lang.Text{"Environnemental", "Environmental"}},
	enum.Names{Key: "societal", Label: lang.Text{"Sociétal", "Societal"}},
)

// ParseResultLever returns the result lever named by s: its ASCII key or its
// label in any language, in any case. Anything else is a *problem.Error of
// code "unknown-name" that unwraps to ErrUnknown.
// Keys: "economique", "social", "environnemental", "societal".
func ParseResultLever(s string) (ResultLever, error) { return resultLevers.ParseText(s) }

// IsValid reports whether v is a valid result lever.
func (v ResultLever) IsValid() bool { return resultLevers.Valid(v) }

// String returns the stable ASCII key of v, or "%!ResultLever(n)" if v is invalid.
func (v ResultLever) String() string { return resultLevers.Key(v) }

// Label returns the name of v in l.
func (v ResultLever) Label(l lang.Lang) string {
	return resultLevers.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseResultLever refuses.
func (v ResultLever) MarshalText() ([]byte, error) { return resultLevers.MarshalText(v) }

// UnmarshalText parses text with ParseResultLever; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *ResultLever) UnmarshalText(text []byte) error { return resultLevers.UnmarshalText(v, text) }

// ResultLevers yields every result lever in order, from Economique to Societal.
func ResultLevers() iter.Seq[ResultLever] { return resultLevers.All() }

// CommonGood is one of the three dimensions of a partnership's impact on the
// common good (MODEL §3.4; 004:5425-5442).
//
// The zero value is invalid. Safe for concurrent use.
type CommonGood uint8

const (
	// Politique (political): the alliance's impact on the values and the
	// governance of the partners, even of the ecosystem (004:5430-5432).
	Politique CommonGood = 1 + iota
	// Organisationnelle (organisational): the impact on the performance and
	// the pertinence of the actions, on the four result levers
	// (004:5434-5438).
	Organisationnelle
	// Personnelle (personal): the impact on the fulfilment of the people
	// involved in or concerned by the action (004:5440-5442).
	Personnelle
)

// numCommonGoods is the number of common-good dimensions.
const numCommonGoods = 3

// commonGoodNoun is what messages call the enumeration.
var commonGoodNoun = lang.Text{"dimension du bien commun", "common-good dimension"}

var commonGoods = enum.Define[CommonGood](enum.Spec{Type: "CommonGood", Noun: commonGoodNoun, Pkg: pkg},
	enum.Names{Key: "politique", Label: lang.Text{"Politique", "Political"}},
	enum.Names{Key: "organisationnelle", Label: lang.Text{"Organisationnelle", "Organisational"}},
	enum.Names{Key: "personnelle", Label: lang.Text{"Personnelle", "Personal"}},
)

// ParseCommonGood returns the common-good dimension named by s: its ASCII
// key or its label in any language, in any case. Anything else is a
// *problem.Error of code "unknown-name" that unwraps to ErrUnknown.
// Keys: "politique", "organisationnelle", "personnelle".
func ParseCommonGood(s string) (CommonGood, error) { return commonGoods.ParseText(s) }

// IsValid reports whether v is a valid common-good dimension.
func (v CommonGood) IsValid() bool { return commonGoods.Valid(v) }

// String returns the stable ASCII key of v, or "%!CommonGood(n)" if v is invalid.
func (v CommonGood) String() string { return commonGoods.Key(v) }

// Label returns the name of v in l.
func (v CommonGood) Label(l lang.Lang) string {
	return commonGoods.Label(v, l)
}

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseCommonGood refuses.
func (v CommonGood) MarshalText() ([]byte, error) { return commonGoods.MarshalText(v) }

// UnmarshalText parses text with ParseCommonGood; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *CommonGood) UnmarshalText(text []byte) error { return commonGoods.UnmarshalText(v, text) }

// CommonGoods yields every common-good dimension in order, from Politique to Personnelle.
func CommonGoods() iter.Seq[CommonGood] { return commonGoods.All() }
