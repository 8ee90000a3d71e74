package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Resource is one of the types of resources a project mobilises: "Les types
// de ressources envisagées sont humaines, financières et les fonctions
// support comme l'informatique" (MODEL §2.3; 004:3261-3263) [S]. They serve
// "la conception, la réflexion, la gouvernance, ainsi que le développement de
// nouvelles ressources et compétences du projet" (004:3257-3261). The list
// is a workshop group's (Atelier Innovation, groupe 2, 004:3249-3263), not a
// reference table of Le RAMEAU's. The zero value is invalid. Safe for
// concurrent use.
//
// The sources sequence only the human resources by macro-phase (see
// StakeholderMatrix.Mobilise); they give no sequence for the other two types
// (the financing need by macro-phase is a lever, in NeedsMatrix).
type Resource uint8

const (
	// Humaines (ressources humaines, human resources) (004:3263) [S].
	Humaines Resource = 1 + iota
	// Financieres (ressources financières, financial resources) (004:3263) [S].
	Financieres
	// FonctionsSupport (fonctions support, support functions) "comme
	// l'informatique", such as IT (004:3263) [S].
	FonctionsSupport
)

var resources = enum.Define[Resource](enum.Spec{Type: "Resource", Noun: lang.Text{"ressource", "resource"}, Pkg: pkg},
	enum.Names{Key: "humaines", Label: lang.Text{"Ressources humaines", "Human resources"}},
	enum.Names{Key: "financieres", Label: lang.Text{"Ressources financières", "Financial resources"}},
	enum.Names{Key: "fonctions-support", Label: lang.Text{"Fonctions support", "Support functions"}},
)

// ParseResource returns the resource type named by s (key or label in any
// language, any case), or a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "humaines", "financieres", "fonctions-support".
func ParseResource(s string) (Resource, error) { return resources.ParseText(s) }

// IsValid reports whether r is one of the three resource types.
func (r Resource) IsValid() bool { return resources.Valid(r) }

// String returns the ASCII key of r, or "%!Resource(n)".
func (r Resource) String() string { return resources.Key(r) }

// Label returns the name of r in l.
func (r Resource) Label(l lang.Lang) string { return resources.Label(r, l) }

// MarshalText returns the ASCII key of r, or an error wrapping ErrInvalid.
func (r Resource) MarshalText() ([]byte, error) { return resources.MarshalText(r) }

// UnmarshalText parses text with ParseResource. On error r is unchanged.
func (r *Resource) UnmarshalText(text []byte) error { return resources.UnmarshalText(r, text) }

// Source returns the source line of the resource types, "004:3263", or ""
// if r is invalid.
func (r Resource) Source() string {
	if !r.IsValid() {
		return ""
	}
	return "004:3263"
}

// Sequenced reports whether the sources sequence the mobilisation of r by
// macro-phase: true only for Humaines, "à mobiliser de façon séquencée selon
// les étapes du projet (cf. tableau page précédente)" (004:3237-3238) [S],
// the table being the stakeholders matrix (004:3210-3232).
func (r Resource) Sequenced() bool { return r == Humaines }

// Resources yields the three resource types in the order of the source.
func Resources() iter.Seq[Resource] { return resources.All() }

// Mobilise yields the human resources to mobilise in macro-phase m, with
// their intensity: the sequenced mobilisation of "Les ressources humaines
// sont à mobiliser de façon séquencée selon les étapes du projet"
// (004:3237-3238) [S], read from t (DefaultStakeholders is the workshop's
// table, 004:3210-3232). The most needed come first (High, then Medium, then
// Low), in Stakeholder order within one intensity [D]: the source sequences
// the mobilisation from one stage to the next, not within a stage. A
// stakeholder at None is not yielded. Nothing is yielded if m is invalid. It does not allocate.
func (t StakeholderMatrix) Mobilise(m MacroPhase) iter.Seq2[Stakeholder, Intensity] {
	return func(yield func(Stakeholder, Intensity) bool) {
		if !m.IsValid() {
			return
		}
		for i := High; i >= Low; i-- {
			for s := PorteurIdee; s <= Gouvernance; s++ {
				if t.cells[s-1][m-1] == i && !yield(s, i) {
					return
				}
			}
		}
	}
}
