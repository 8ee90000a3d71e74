package innovation

import (
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// RiskZone is the risk of one crossing between two consecutive phases (MODEL
// §1.4; names [S] 003:1818-1819, placement [R]). The risk is the project
// holder's and the investor's alike, "en particulier lors du changement
// d'échelle" (004:2740-2750) [S]: the last two zones. The zero value is
// invalid. Safe for concurrent use.
type RiskZone uint8

const (
	// TraverseeDuDesert (Traversée du désert, crossing the desert): finding
	// the means to act (004:827-828).
	TraverseeDuDesert RiskZone = 1 + iota
	// ValleeDeLaMort (Vallée de la mort, valley of death): from qualitative to
	// quantitative, "comment industrialiser sans perdre son âme" (004:2616-2642).
	ValleeDeLaMort
	// CriseDeCroissance (Crise de croissance, growth crisis): the R&D →
	// operator model change (004:793-797, 2900-2908).
	CriseDeCroissance
	// SautQuantique (Saut quantique, quantum leap): diffusion beyond the
	// founding structure (004:788-790).
	SautQuantique
)

var riskZones = enum.Define[RiskZone](enum.Spec{Type: "RiskZone", Noun: lang.Text{"zone de risque", "risk zone"}, Pkg: pkg},
	enum.Names{Key: "traversee-du-desert", Label: lang.Text{"Traversée du désert", "Crossing the desert"}},
	enum.Names{Key: "vallee-de-la-mort", Label: lang.Text{"Vallée de la mort", "Valley of death"}},
	enum.Names{Key: "crise-de-croissance", Label: lang.Text{"Crise de croissance", "Growth crisis"}},
	enum.Names{Key: "saut-quantique", Label: lang.Text{"Saut quantique", "Quantum leap"}},
)

// ParseRiskZone returns the risk zone named by s, or a *problem.Error of
// code "unknown-name" (ErrUnknown).
// Keys: "traversee-du-desert", "vallee-de-la-mort", "crise-de-croissance",
// "saut-quantique".
func ParseRiskZone(s string) (RiskZone, error) { return riskZones.ParseText(s) }

// IsValid reports whether r is one of the four risk zones.
func (r RiskZone) IsValid() bool { return riskZones.Valid(r) }

// String returns the ASCII key of r, or "%!RiskZone(n)".
func (r RiskZone) String() string { return riskZones.Key(r) }

// Label returns the name of r in l.
func (r RiskZone) Label(l lang.Lang) string { return riskZones.Label(r, l) }

// MarshalText returns the ASCII key of r, or an error wrapping ErrInvalid.
func (r RiskZone) MarshalText() ([]byte, error) { return riskZones.MarshalText(r) }

// UnmarshalText parses text with ParseRiskZone. On error r is unchanged.
func (r *RiskZone) UnmarshalText(text []byte) error { return riskZones.UnmarshalText(r, text) }

// Gloss returns a one-line explanation of r in l (MODEL §1.4, glosses [I]).
func (r RiskZone) Gloss(l lang.Lang) string {
	if !r.IsValid() {
		return r.String()
	}
	return riskGloss[r-1].In(l)
}
