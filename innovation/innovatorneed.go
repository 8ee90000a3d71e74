package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// InnovatorNeed is what the innovator needs in one macro-phase: "Les
// « innovateurs » ont des besoins différents d'une grande phase à l'autre"
// (MODEL §1.2; 004:817, 004:827-835) [S]. The societal R&D need comes in two
// steps, "avoir des avis pour confirmer son intuition, puis des moyens
// financiers et humains pour agir" (004:827-828), so there are four needs for
// three macro-phases, in the order the source gives them. The zero value is
// invalid. Safe for concurrent use.
//
// The innovator's need is not a lever: the levers answer it (see NeedKind
// and NeedsMatrix). Nor can the innovator meet it alone: "« l'innovateur »
// ne pourra cheminer tout seul. Il aura besoin de partenaires d'actions,
// mais aussi de partenaires qui auront un rôle majeur sur le déploiement de
// l'innovation" (004:839-841) [S], the partners of package partnership.
type InnovatorNeed uint8

const (
	// Avis (opinions): "avoir des avis pour confirmer son intuition", the
	// first need of societal R&D (004:827-828) [S].
	Avis InnovatorNeed = 1 + iota
	// MoyensAgir (means to act): "puis des moyens financiers et humains pour
	// agir", the second need of societal R&D (004:828) [S].
	MoyensAgir
	// TempsModeliser (time to model): "avoir le temps pour modéliser les
	// résultats de l'expérimentation", which "permet de définir le juste
	// dimensionnement du déploiement" (004:830-832) [S].
	TempsModeliser
	// Irriguer (irrigate): "irriguer l'innovation auprès de l'ensemble de
	// l'écosystème, et de permettre aux acteurs publics et privés de s'en
	// saisir pour en démultiplier l'impact" (004:834-835) [S].
	Irriguer
)

var innovatorNeeds = enum.Define[InnovatorNeed](enum.Spec{Type: "InnovatorNeed", Noun: lang.Text{"besoin de l'innovateur", "innovator's need"}, Pkg: pkg},
	enum.Names{Key: "avis", Label: lang.Text{"Avoir des avis", "Opinions"}},
	enum.Names{Key: "moyens-agir", Label: lang.Text{"Des moyens pour agir", "Means to act"}},
	enum.Names{Key: "temps-modeliser", Label: lang.Text{"Le temps pour modéliser", "Time to model"}},
	enum.Names{Key: "irriguer", Label: lang.Text{"Irriguer", "Irrigate"}},
)

// innovatorNeedTable holds, per need, its macro-phase, its source line and
// the source's own sentence (004:827-835) with an English gloss. Read only.
var innovatorNeedTable = [...]struct {
	macro  MacroPhase
	source string
	quote  lang.Text // French as the source writes it, English gloss
}{
	Avis: {RDSocietale, "004:827-828", lang.Text{
		"avoir des avis pour confirmer son intuition",
		"to get opinions that confirm one's intuition"}},
	MoyensAgir: {RDSocietale, "004:828", lang.Text{
		"des moyens financiers et humains pour agir",
		"financial and human means to act"}},
	TempsModeliser: {ModelisationMacro, "004:830-832", lang.Text{
		"avoir le temps pour modéliser les résultats de l'expérimentation",
		"time to model the results of the experiment, which sets the right size of the deployment"}},
	Irriguer: {Deploiement, "004:834-835", lang.Text{
		"irriguer l'innovation auprès de l'ensemble de l'écosystème, et de permettre aux acteurs publics et privés de s'en saisir pour en démultiplier l'impact",
		"to irrigate the whole ecosystem with the innovation, so that public and private actors take it up and multiply its impact"}},
}

// ParseInnovatorNeed returns the need named by s (key or label in any
// language, any case), or a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "avis", "moyens-agir", "temps-modeliser", "irriguer".
func ParseInnovatorNeed(s string) (InnovatorNeed, error) { return innovatorNeeds.ParseText(s) }

// IsValid reports whether n is one of the four needs.
func (n InnovatorNeed) IsValid() bool { return innovatorNeeds.Valid(n) }

// String returns the ASCII key of n, or "%!InnovatorNeed(n)".
func (n InnovatorNeed) String() string { return innovatorNeeds.Key(n) }

// Label returns the name of n in l.
func (n InnovatorNeed) Label(l lang.Lang) string { return innovatorNeeds.Label(n, l) }

// MarshalText returns the ASCII key of n, or an error wrapping ErrInvalid.
func (n InnovatorNeed) MarshalText() ([]byte, error) { return innovatorNeeds.MarshalText(n) }

// UnmarshalText parses text with ParseInnovatorNeed. On error n is unchanged.
func (n *InnovatorNeed) UnmarshalText(text []byte) error {
	return innovatorNeeds.UnmarshalText(n, text)
}

// MacroPhase returns the macro-phase in which the innovator has need n, or 0
// if n is invalid.
func (n InnovatorNeed) MacroPhase() MacroPhase {
	if !n.IsValid() {
		return 0
	}
	return innovatorNeedTable[n].macro
}

// Description returns the need as the source states it (French) or its
// English gloss, or "" if n is invalid.
func (n InnovatorNeed) Description(l lang.Lang) string {
	if !n.IsValid() {
		return ""
	}
	return l.Typeset(innovatorNeedTable[n].quote.In(l))
}

// Source returns the source lines of n ("004:827-828" …), or "" if n is
// invalid.
func (n InnovatorNeed) Source() string {
	if !n.IsValid() {
		return ""
	}
	return innovatorNeedTable[n].source
}

// InnovatorNeeds yields the four needs in the order the source gives them:
// opinions, then means to act, then time to model, then irrigation.
func InnovatorNeeds() iter.Seq[InnovatorNeed] { return innovatorNeeds.All() }

// InnovatorNeeds yields the innovator's needs in macro-phase m, in order
// (two for RDSocietale, one for the others); nothing if m is invalid.
func (m MacroPhase) InnovatorNeeds() iter.Seq[InnovatorNeed] {
	return func(yield func(InnovatorNeed) bool) {
		for n := range InnovatorNeeds() {
			if innovatorNeedTable[n].macro == m && !yield(n) {
				return
			}
		}
	}
}
