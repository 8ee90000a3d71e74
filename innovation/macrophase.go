package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
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
	// Essaimage and Industrialisation. Deploying a societal innovation at
	// scale "peut s'avérer difficile": the projects are "complexes (ils
	// répondent souvent à plusieurs besoins et font intervenir différents
	// acteurs), peu rentables (leur finalité n'est pas la rentabilité
	// financière) et plus risqués car leur utilité sociale est difficilement
	// mesurable à court terme" (004:721-729) [S].
	Deploiement
)

// NumMacroPhases is the number of macro-phases.
const NumMacroPhases = 3

// macroPhaseNoun is what messages call the enumeration.
var macroPhaseNoun = lang.Text{"macro-phase", "macro-phase"}

var macroPhases = enum.Define[MacroPhase](enum.Spec{Type: "MacroPhase", Noun: macroPhaseNoun, Pkg: pkg},
	enum.Names{Key: "rd-societale", Label: lang.Text{"R&D sociétale", "Societal R&D"}},
	enum.Names{Key: "modelisation", Label: lang.Text{"Modélisation", "Modelling"}},
	enum.Names{Key: "deploiement", Label: lang.Text{"Déploiement", "Deployment"}},
)

// ParseMacroPhase returns the macro-phase named by s (key or label in any
// language, any case), or a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "rd-societale", "modelisation", "deploiement".
func ParseMacroPhase(s string) (MacroPhase, error) { return macroPhases.ParseText(s) }

// IsValid reports whether m is one of the three macro-phases.
func (m MacroPhase) IsValid() bool { return macroPhases.Valid(m) }

// String returns the ASCII key of m, or "%!MacroPhase(n)".
func (m MacroPhase) String() string { return macroPhases.Key(m) }

// Label returns the name of m in l.
func (m MacroPhase) Label(l lang.Lang) string { return macroPhases.Label(m, l) }

// MarshalText returns the ASCII key of m, or an error wrapping ErrInvalid.
func (m MacroPhase) MarshalText() ([]byte, error) { return macroPhases.MarshalText(m) }

// UnmarshalText parses text with ParseMacroPhase. On error m is unchanged.
func (m *MacroPhase) UnmarshalText(text []byte) error { return macroPhases.UnmarshalText(m, text) }

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
func MacroPhases() iter.Seq[MacroPhase] { return macroPhases.All() }
