package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
)

// MacroPhase is one of the three "grandes phases" that group the five phases
// (MODEL §1.2; 004:815-835, 2565-2599, 3118-3155). The needs/levers and
// stakeholders matrices have one column per macro-phase. The zero value is
// invalid. Safe for concurrent use.
type MacroPhase uint8

const (
	// RDSocietale (R&D sociétale, societal R&D; also "expérimentation",
	// "amorçage"): Conception and Expérimentation.
	RDSocietale MacroPhase = 1 + iota
	// ModelisationMacro (Modélisation, "preuve de concept", proof of
	// concept): Modélisation alone.
	ModelisationMacro
	// Deploiement (Déploiement, "changement d'échelle", scaling):
	// Essaimage and Industrialisation.
	Deploiement
)

// NumMacroPhases is the number of macro-phases.
const NumMacroPhases = 3

var macroPhases = enum.New[MacroPhase]("MacroPhase",
	enum.Names{Key: "rd-societale", French: "R&D sociétale", English: "Societal R&D"},
	enum.Names{Key: "modelisation", French: "Modélisation", English: "Modelling"},
	enum.Names{Key: "deploiement", French: "Déploiement", English: "Deployment"},
)

// ParseMacroPhase returns the macro-phase named by s (key, French or English
// label, any case), or a *ParseError.
func ParseMacroPhase(s string) (MacroPhase, error) {
	if m, ok := macroPhases.Parse(s); ok {
		return m, nil
	}
	return 0, &ParseError{Type: "macro-phase", Input: s, Allowed: macroPhases.Keys()}
}

// IsValid reports whether m is one of the three macro-phases.
func (m MacroPhase) IsValid() bool { return macroPhases.Valid(m) }

// String returns the ASCII key of m, or "%!MacroPhase(n)".
func (m MacroPhase) String() string { return macroPhases.Key(m) }

// Label returns the name of m in lang.
func (m MacroPhase) Label(lang Lang) string { return macroPhases.Label(m, lang.english()) }

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m MacroPhase) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, invalid("macro-phase", int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses text with ParseMacroPhase. On error m is unchanged.
func (m *MacroPhase) UnmarshalText(text []byte) error {
	v, err := ParseMacroPhase(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Phases yields the phases of m in order.
func (m MacroPhase) Phases() iter.Seq[Phase] {
	return func(yield func(Phase) bool) {
		for p := range Phases() {
			if p.MacroPhase() == m && !yield(p) {
				return
			}
		}
	}
}

// MacroPhases yields the three macro-phases in order.
func MacroPhases() iter.Seq[MacroPhase] {
	return func(yield func(MacroPhase) bool) {
		for m := RDSocietale; m <= Deploiement; m++ {
			if !yield(m) {
				return
			}
		}
	}
}

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

var economicModels = enum.New[EconomicModel]("EconomicModel",
	enum.Names{Key: "rd", French: "Modèle R&D", English: "R&D model"},
	enum.Names{Key: "operateur", French: "Modèle opérateur", English: "Operator model"},
)

// ParseEconomicModel returns the economic model named by s, or a *ParseError.
func ParseEconomicModel(s string) (EconomicModel, error) {
	if m, ok := economicModels.Parse(s); ok {
		return m, nil
	}
	return 0, &ParseError{Type: "economic model", Input: s, Allowed: economicModels.Keys()}
}

// IsValid reports whether m is ModeleRD or ModeleOperateur.
func (m EconomicModel) IsValid() bool { return economicModels.Valid(m) }

// String returns "rd" or "operateur", or "%!EconomicModel(n)".
func (m EconomicModel) String() string { return economicModels.Key(m) }

// Label returns the name of m in lang.
func (m EconomicModel) Label(lang Lang) string { return economicModels.Label(m, lang.english()) }

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m EconomicModel) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, invalid("economic model", int(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses text with ParseEconomicModel. On error m is unchanged.
func (m *EconomicModel) UnmarshalText(text []byte) error {
	v, err := ParseEconomicModel(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

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

var carriers = enum.New[Carrier]("Carrier",
	enum.Names{Key: "innovator", French: "Porteur de projet", English: "Innovator"},
	enum.Names{Key: "third-parties", French: "Politique publique et/ou marché", English: "Public policy and/or market"},
)

// ParseCarrier returns the carrier named by s, or a *ParseError.
func ParseCarrier(s string) (Carrier, error) {
	if v, ok := carriers.Parse(s); ok {
		return v, nil
	}
	return 0, &ParseError{Type: "carrier", Input: s, Allowed: carriers.Keys()}
}

// MarshalText returns the ASCII key of c, or an error wrapping ErrInvalid.
func (c Carrier) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, invalid("carrier", int(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses text with ParseCarrier. On error c is unchanged.
func (c *Carrier) UnmarshalText(text []byte) error {
	v, err := ParseCarrier(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// IsValid reports whether c is Innovator or ThirdParties.
func (c Carrier) IsValid() bool { return carriers.Valid(c) }

// String returns the ASCII key of c, or "%!Carrier(n)".
func (c Carrier) String() string { return carriers.Key(c) }

// Label returns the name of c in lang.
func (c Carrier) Label(lang Lang) string { return carriers.Label(c, lang.english()) }

// RiskZone is the risk of one crossing between two consecutive phases (MODEL
// §1.4; names [S] 003:1818-1819, placement [R]). The zero value is invalid.
// Safe for concurrent use.
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

var riskZones = enum.New[RiskZone]("RiskZone",
	enum.Names{Key: "traversee-du-desert", French: "Traversée du désert", English: "Crossing the desert"},
	enum.Names{Key: "vallee-de-la-mort", French: "Vallée de la mort", English: "Valley of death"},
	enum.Names{Key: "crise-de-croissance", French: "Crise de croissance", English: "Growth crisis"},
	enum.Names{Key: "saut-quantique", French: "Saut quantique", English: "Quantum leap"},
)

// ParseRiskZone returns the risk zone named by s, or a *ParseError.
func ParseRiskZone(s string) (RiskZone, error) {
	if r, ok := riskZones.Parse(s); ok {
		return r, nil
	}
	return 0, &ParseError{Type: "risk zone", Input: s, Allowed: riskZones.Keys()}
}

// IsValid reports whether r is one of the four risk zones.
func (r RiskZone) IsValid() bool { return riskZones.Valid(r) }

// String returns the ASCII key of r, or "%!RiskZone(n)".
func (r RiskZone) String() string { return riskZones.Key(r) }

// Label returns the name of r in lang.
func (r RiskZone) Label(lang Lang) string { return riskZones.Label(r, lang.english()) }

// MarshalText returns the ASCII key of r, or an error wrapping ErrInvalid.
func (r RiskZone) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, invalid("risk zone", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses text with ParseRiskZone. On error r is unchanged.
func (r *RiskZone) UnmarshalText(text []byte) error {
	v, err := ParseRiskZone(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Gloss returns a one-line explanation of r in lang (MODEL §1.4, glosses [I]).
func (r RiskZone) Gloss(lang Lang) string {
	if !r.IsValid() {
		return r.String()
	}
	g := riskGloss[r-1]
	if lang == English {
		return g[1]
	}
	return g[0]
}
