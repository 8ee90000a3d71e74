package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// EconomicModel is the economic model of a project (MODEL §1.3; 004:793-797,
// 003:1820-1851). The zero value is invalid. Safe for concurrent use.
type EconomicModel uint8

const (
	// ModeleRD (modèle R&D): grant-funded ("basé sur de la subvention"),
	// not profitable by definition.
	ModeleRD EconomicModel = 1 + iota
	// ModeleOperateur (modèle opérateur): viable in the long term.
	ModeleOperateur
)

var economicModels = enum.Define[EconomicModel](enum.Spec{Type: "EconomicModel", Noun: lang.Text{"modèle économique", "economic model"}, Pkg: pkg},
	enum.Names{Key: "rd", Label: lang.Text{"Modèle R&D", "R&D model"}},
	enum.Names{Key: "operateur", Label: lang.Text{"Modèle opérateur", "Operator model"}},
)

// ParseEconomicModel returns the economic model named by s, or a
// *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "rd", "operateur".
func ParseEconomicModel(s string) (EconomicModel, error) { return economicModels.ParseText(s) }

// IsValid reports whether m is ModeleRD or ModeleOperateur.
func (m EconomicModel) IsValid() bool { return economicModels.Valid(m) }

// String returns "rd" or "operateur", or "%!EconomicModel(n)".
func (m EconomicModel) String() string { return economicModels.Key(m) }

// Label returns the name of m in l.
func (m EconomicModel) Label(l lang.Lang) string { return economicModels.Label(m, l) }

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m EconomicModel) MarshalText() ([]byte, error) { return economicModels.MarshalText(m) }

// UnmarshalText parses text with ParseEconomicModel. On error m is unchanged.
func (m *EconomicModel) UnmarshalText(text []byte) error {
	return economicModels.UnmarshalText(m, text)
}
