package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Threat is one of the two main risks that, according to Philippe
// Semenowicz, "Collaborer avec le secteur lucratif" (2014), follow from the
// six difficulties (Difficulty): "De ces difficultés découlent selon lui
// deux principaux risques auxquels il faut prêter une attention particulière
// : celui du compromis déséquilibré et celui de la perte de légitimité"
// (MODEL §4.4; 001:20) [S].
//
// A Threat is not a Risk: Diagnose cannot find one, because what makes it
// (a compromise that favours one partner, a partner adopting the other's
// values) is not in a partnership's description. What Diagnose can find is
// what the source says may bring both about, power leaning too far, and
// their consequence, mission drift: Signals lists those Risks and In reads a
// diagnosis. The zero value is invalid. Safe for concurrent use.
type Threat uint8

const (
	// CompromisDesequilibre (compromis déséquilibré, unbalanced
	// compromise) (001:20) [S].
	CompromisDesequilibre Threat = 1 + iota
	// PerteLegitimite (perte de légitimité, loss of legitimacy): "qui peut
	// se traduire par le fait qu'un des partenaires tende à fonctionner comme
	// l'autre, adoptant les valeurs et référentiels de son partenaire et
	// perdant les siennes" (001:20) [S].
	PerteLegitimite
)

var threats = enum.Define[Threat](enum.Spec{Type: "Threat", Noun: lang.Text{"menace", "threat"}, Pkg: pkg},
	enum.Names{Key: "compromis-desequilibre", Label: lang.Text{"Compromis déséquilibré", "Unbalanced compromise"}},
	enum.Names{Key: "perte-legitimite", Label: lang.Text{"Perte de légitimité", "Loss of legitimacy"}},
)

// threatSignals is the one table of the diagnosed risks that signal each
// threat. [I]: "Ces risques peuvent également survenir lorsque le rapport de
// pouvoir est trop déséquilibré, en l'occurrence en faveur de
// l'organisation à but lucratif ..., entrainant une dérive de la mission
// sociale du partenariat" (001:20): both threats are signalled by
// PowerImbalance, power leaning to a for-profit partner (001:15, 20), and
// MissionDrift (001:20). Read only.
var threatSignals = [...][]Risk{
	CompromisDesequilibre: {MissionDrift, PowerImbalance},
	PerteLegitimite:       {MissionDrift, PowerImbalance},
}

// ParseThreat returns the threat named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "compromis-desequilibre", "perte-legitimite".
func ParseThreat(s string) (Threat, error) { return threats.ParseText(s) }

// IsValid reports whether t is one of the two threats.
func (t Threat) IsValid() bool { return threats.Valid(t) }

// String returns the ASCII key of t, or "%!Threat(n)".
func (t Threat) String() string { return threats.Key(t) }

// Label returns the name of t in l.
func (t Threat) Label(l lang.Lang) string {
	return threats.Label(t, l)
}

// Source returns the source line of t, "001:20", or "" if t is invalid.
func (t Threat) Source() string {
	if !t.IsValid() {
		return ""
	}
	return "001:20"
}

// MarshalText returns the ASCII key of t, or an error wrapping ErrInvalid.
func (t Threat) MarshalText() ([]byte, error) { return threats.MarshalText(t) }

// UnmarshalText parses text with ParseThreat. On error t is unchanged.
func (t *Threat) UnmarshalText(text []byte) error { return threats.UnmarshalText(t, text) }

// Signals yields the risks whose finding signals t, most severe first
// (MissionDrift, then PowerImbalance); nothing if t is invalid.
func (t Threat) Signals() iter.Seq[Risk] {
	return func(yield func(Risk) bool) {
		if !t.IsValid() {
			return
		}
		for _, r := range threatSignals[t] {
			if !yield(r) {
				return
			}
		}
	}
}

// In reports whether findings (a Diagnose result) hold a finding that
// signals t.
func (t Threat) In(findings []Finding) bool {
	for r := range t.Signals() {
		for _, f := range findings {
			if f.Risk == r {
				return true
			}
		}
	}
	return false
}

// Threats yields the two threats in the order of the source.
func Threats() iter.Seq[Threat] { return threats.All() }
