package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// NeedKind is one of the three kinds of need of a societal-innovation
// project: "Les besoins de financement, d'accompagnement et d'évaluation
// varient, à une intensité plus ou moins élevée, selon les étapes du projet"
// (MODEL §2.1; 004:2763-2769) [S]. The four levers answer them (Levers). The
// zero value is invalid. Safe for concurrent use.
type NeedKind uint8

const (
	// NeedFinancement (besoin de financement, financing need): it becomes
	// important "en phase d'essaimage et de déploiement" (004:2778-2782) [S].
	NeedFinancement NeedKind = 1 + iota
	// NeedAccompagnement (besoin d'accompagnement, support need): strongest
	// "au moment de l'amorçage et de l'essaimage" (004:2782-2786) [S].
	NeedAccompagnement
	// NeedEvaluation (besoin d'évaluation, evaluation need) (004:2765) [S].
	NeedEvaluation
)

var needKinds = enum.Define[NeedKind](enum.Spec{Type: "NeedKind", Noun: lang.Text{"type de besoin", "need kind"}, Pkg: pkg},
	enum.Names{Key: "financement", Label: lang.Text{"Financement", "Financing"}},
	enum.Names{Key: "accompagnement", Label: lang.Text{"Accompagnement", "Support"}},
	enum.Names{Key: "evaluation", Label: lang.Text{"Évaluation", "Evaluation"}},
)

// needKindLevers is the one table of which levers answer which kind of need.
// [I]: the sources name the three needs (004:2763-2769) and the four levers
// (004:857-870) but never join them. Financing and evaluation are levers of
// the same name; the two remaining levers, "l'apport en expertises et réseau
// complémentaire" and "du conseil en stratégie et management" (004:861-866),
// are what support ("accompagnement") brings. The source also calls all four
// levers "cet accompagnement" (004:857-858), in the broad sense of support to
// a project; the table reads the narrower "besoins ... d'accompagnement" of
// 004:2763-2765, distinct from financing and evaluation. Read only.
var needKindLevers = [...][]Lever{
	NeedFinancement:    {Financement},
	NeedAccompagnement: {CompetencesReseau, Conseil},
	NeedEvaluation:     {Evaluation},
}

// ParseNeedKind returns the kind of need named by s (key or label in any
// language, any case), or a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "financement", "accompagnement", "evaluation".
func ParseNeedKind(s string) (NeedKind, error) { return needKinds.ParseText(s) }

// IsValid reports whether k is one of the three kinds of need.
func (k NeedKind) IsValid() bool { return needKinds.Valid(k) }

// String returns the ASCII key of k, or "%!NeedKind(n)".
func (k NeedKind) String() string { return needKinds.Key(k) }

// Label returns the name of k in l.
func (k NeedKind) Label(l lang.Lang) string { return needKinds.Label(k, l) }

// MarshalText returns the ASCII key of k, or an error wrapping ErrInvalid.
func (k NeedKind) MarshalText() ([]byte, error) { return needKinds.MarshalText(k) }

// UnmarshalText parses text with ParseNeedKind. On error k is unchanged.
func (k *NeedKind) UnmarshalText(text []byte) error { return needKinds.UnmarshalText(k, text) }

// Levers yields the levers that answer need k, in lever order: Financement
// for NeedFinancement, CompetencesReseau and Conseil for NeedAccompagnement,
// Evaluation for NeedEvaluation; nothing if k is invalid. The mapping is a
// reading [I] (see the package's data table); every lever answers exactly
// one kind of need.
func (k NeedKind) Levers() iter.Seq[Lever] {
	return func(yield func(Lever) bool) {
		if !k.IsValid() {
			return
		}
		for _, l := range needKindLevers[k] {
			if !yield(l) {
				return
			}
		}
	}
}

// NeedKind returns the kind of need lever l answers (see NeedKind.Levers),
// or 0 if l is invalid.
func (l Lever) NeedKind() NeedKind {
	for k := NeedFinancement; k <= NeedEvaluation; k++ {
		for _, m := range needKindLevers[k] {
			if m == l {
				return k
			}
		}
	}
	return 0
}

// NeedKinds yields the three kinds of need in the order of the source.
func NeedKinds() iter.Seq[NeedKind] { return needKinds.All() }
