package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Phase is one of the five phases of the societal-innovation process
// (MODEL §1.1; 004:768-790, 003:1795-1840). The process is "souvent très
// informel" but its phases are "bien distinctes" (004:770) [S]: a project's
// Phase is where it stands, read by whoever describes it, not a status it
// declares. The zero value is deliberately invalid: IsValid reports false
// and String prints "%!Phase(0)".
//
// A Phase is a small comparable value, safe for concurrent use.
type Phase uint8

const (
	// Conception (design): needs are identified and analysed; solution
	// ideas emerge (004:775).
	Conception Phase = 1 + iota
	// Experimentation (Expérimentation, testing): the imagined solutions are
	// tested, refined and adapted, "une démarche apprenante" (004:777-778).
	Experimentation
	// Modelisation (Modélisation, modelling): the results are formalised so
	// the project can structure its development and others can take it up;
	// "cruciale" (004:780-783).
	Modelisation
	// Essaimage (swarming, spreading): "1ère phase du développement", wider
	// diffusion carried by the initial innovator (004:785-786).
	Essaimage
	// Industrialisation (industrialisation): diffusion far beyond the
	// founding structure, as a public policy or a market (004:788-790).
	Industrialisation
)

// NumPhases is the number of phases.
const NumPhases = 5

var phases = enum.Define[Phase](enum.Spec{Type: "Phase", Noun: lang.Text{"phase", "phase"}, Pkg: pkg},
	enum.Names{Key: "conception", Label: lang.Text{"Conception", "Design"}},
	enum.Names{Key: "experimentation", Label: lang.Text{"Expérimentation", "Experimentation"}},
	enum.Names{Key: "modelisation", Label: lang.Text{"Modélisation", "Modelling"}},
	enum.Names{Key: "essaimage", Label: lang.Text{"Essaimage", "Spreading"}},
	enum.Names{Key: "industrialisation", Label: lang.Text{"Industrialisation", "Industrialisation"}},
)

// ParsePhase returns the phase named by s: its ASCII key ("modelisation"),
// its French label ("Modélisation") or its English label ("Modelling"), in
// any case. Anything else is a *problem.Error of code "unknown-name" that
// unwraps to ErrUnknown.
// Keys: "conception", "experimentation", "modelisation", "essaimage",
// "industrialisation".
func ParsePhase(s string) (Phase, error) { return phases.ParseText(s) }

// IsValid reports whether p is one of the five phases.
func (p Phase) IsValid() bool { return phases.Valid(p) }

// String returns the stable ASCII key of p ("conception", "experimentation",
// …), or "%!Phase(n)" if p is invalid.
func (p Phase) String() string { return phases.Key(p) }

// Label returns the name of p in l: "Expérimentation" in French,
// "Experimentation" in English.
func (p Phase) Label(l lang.Lang) string { return phases.Label(p, l) }

// MarshalText returns the ASCII key of p. An invalid phase is an error
// wrapping ErrInvalid, so that no encoder writes a value ParsePhase refuses.
func (p Phase) MarshalText() ([]byte, error) { return phases.MarshalText(p) }

// UnmarshalText parses text with ParsePhase; it accepts everything
// MarshalText produces. On error p is left unchanged.
func (p *Phase) UnmarshalText(text []byte) error { return phases.UnmarshalText(p, text) }

// Next returns the phase after p, and false if p is Industrialisation or
// invalid. The forward path is the five steps in order, one at a time
// (004:2738; MODEL §1.5).
func (p Phase) Next() (Phase, bool) {
	if !p.IsValid() || p == Industrialisation {
		return 0, false
	}
	return p + 1, true
}

// Prev returns the phase before p, and false if p is Conception or invalid.
func (p Phase) Prev() (Phase, bool) {
	if !p.IsValid() || p == Conception {
		return 0, false
	}
	return p - 1, true
}

// Phases yields the five phases in order, from Conception to Industrialisation.
func Phases() iter.Seq[Phase] { return phases.All() }

// MacroPhase returns the macro-phase p belongs to (MODEL §1.2), or 0 if p is
// invalid.
func (p Phase) MacroPhase() MacroPhase {
	if !p.IsValid() {
		return 0
	}
	return phaseMacro[p-1]
}

// EconomicModel returns the economic model that fits p (MODEL §1.3), or 0
// if p is invalid.
func (p Phase) EconomicModel() EconomicModel {
	if !p.IsValid() {
		return 0
	}
	return phaseEconomicModel[p-1]
}

// Carrier returns who carries p (MODEL §1.1), or 0 if p is invalid.
func (p Phase) Carrier() Carrier {
	if !p.IsValid() {
		return 0
	}
	return phaseCarrier[p-1]
}

// Crossing returns the risk zone of the crossing from p to its next phase
// (MODEL §1.4), and false if p is Industrialisation or invalid. Each
// crossing "présente un risque spécifique", to be mastered "pour le porteur
// de projet comme pour l'investisseur, en particulier lors du changement
// d'échelle" (004:2740-2750) [S].
func (p Phase) Crossing() (RiskZone, bool) {
	if _, ok := p.Next(); !ok {
		return 0, false
	}
	return crossingRisk[p-1], true
}
