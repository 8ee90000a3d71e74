package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// AllianceImpact is one of the three impacts of alliances: "Les trois
// impacts qualifiés des alliances innovantes sont : La performance des
// organisations, L'innovation territoriale & sociétale, La confiance des
// Hommes et des territoires" (MODEL §3.4; 004:5463-5475) [S]. The zero value
// is invalid. Safe for concurrent use.
type AllianceImpact uint8

const (
	// ImpactPerformance (la performance des organisations, the performance of
	// organisations) (004:5468-5469) [S].
	ImpactPerformance AllianceImpact = 1 + iota
	// ImpactInnovation (l'innovation territoriale & sociétale, territorial
	// and societal innovation) (004:5471-5472) [S].
	ImpactInnovation
	// ImpactConfiance (la confiance des Hommes et des territoires, the trust
	// of people and territories) (004:5474-5475) [S].
	ImpactConfiance
)

var allianceImpacts = enum.Define[AllianceImpact](enum.Spec{Type: "AllianceImpact", Noun: lang.Text{"impact d'alliance", "alliance impact"}, Pkg: pkg},
	enum.Names{Key: "performance", Label: lang.Text{"La performance des organisations", "Performance of organisations"}},
	enum.Names{Key: "innovation", Label: lang.Text{"L'innovation territoriale & sociétale", "Territorial and societal innovation"}},
	enum.Names{Key: "confiance", Label: lang.Text{"La confiance des Hommes et des territoires", "Trust of people and territories"}},
)

// ImpactFacet is one facet of an AllianceImpact as the diagram "Impacts des
// alliances" details it (004:84-118): whose performance, which innovation,
// whose trust. A plain value, safe for concurrent use; the zero value is no
// facet.
//
// Text holds the source's words, then the gloss: a report shows them in a
// language l with their typography, l.Typeset(f.Text.In(l)).
type ImpactFacet struct {
	Text   lang.Text // the source's own words (e.g. "Performance des acteurs publics pour co-construire les politiques publiques"), then the gloss
	Source string    // source lines, e.g. "004:108-110"
}

// allianceImpactTable holds, per impact, its source lines and its facets in
// the order of the diagram (004:84-118) [S]. The diagram lists trust first;
// the impacts follow the order of the list at 004:5463-5475. French as the
// source writes it, its "siécle" (004:95) corrected. Read only.
var allianceImpactTable = [...]struct {
	source string
	facets []ImpactFacet
}{
	ImpactPerformance: {"004:5468-5469", []ImpactFacet{
		{lang.Text{"Performance des acteurs économiques au travers d'une RSE dynamique", "performance of economic actors through a dynamic CSR"}, "004:99-101"},
		{lang.Text{"Performance des structures d'intérêt général au travers de l'hybridation des modèles socio-économiques", "performance of general-interest organisations through hybrid socio-economic models"}, "004:103-106"},
		{lang.Text{"Performance des acteurs publics pour co-construire les politiques publiques", "performance of public actors, to co-construct public policies"}, "004:108-110"},
	}},
	ImpactInnovation: {"004:5471-5472", []ImpactFacet{
		{lang.Text{"Innovation territoriale pour répondre en proximité aux besoins du territoire", "territorial innovation, to answer the territory's needs close at hand"}, "004:112-114"},
		{lang.Text{"Innovation sociétale pour inventer à grande échelle des solutions transformatrices", "societal innovation, to invent transformative solutions at scale"}, "004:116-118"},
	}},
	ImpactConfiance: {"004:5474-5475", []ImpactFacet{
		{lang.Text{"Confiance des Hommes en donnant envie de s'engager dans des actions au service du bien commun", "trust of people, by making them want to commit to actions for the common good"}, "004:86-89"},
		{lang.Text{"Confiance des Territoires en démontrant par la preuve notre capacité collective à relever les défis de ce début de XXIème siècle et en (re)donnant confiance en l'avenir", "trust of territories, by proving our collective capacity to meet this century's challenges and restoring confidence in the future"}, "004:91-97"},
	}},
}

// ParseAllianceImpact returns the impact named by s (key or label in any
// language, any case), or a *problem.Error of code "unknown-name"
// (ErrUnknown).
// Keys: "performance", "innovation", "confiance".
func ParseAllianceImpact(s string) (AllianceImpact, error) { return allianceImpacts.ParseText(s) }

// IsValid reports whether a is one of the three impacts.
func (a AllianceImpact) IsValid() bool { return allianceImpacts.Valid(a) }

// String returns the ASCII key of a, or "%!AllianceImpact(n)".
func (a AllianceImpact) String() string { return allianceImpacts.Key(a) }

// Label returns the name of a in l.
func (a AllianceImpact) Label(l lang.Lang) string { return allianceImpacts.Label(a, l) }

// MarshalText returns the ASCII key of a, or an error wrapping ErrInvalid.
func (a AllianceImpact) MarshalText() ([]byte, error) { return allianceImpacts.MarshalText(a) }

// UnmarshalText parses text with ParseAllianceImpact. On error a is
// unchanged.
func (a *AllianceImpact) UnmarshalText(text []byte) error {
	return allianceImpacts.UnmarshalText(a, text)
}

// Source returns the source lines of a ("004:5468-5469" …), or "" if a is
// invalid.
func (a AllianceImpact) Source() string {
	if !a.IsValid() {
		return ""
	}
	return allianceImpactTable[a].source
}

// Facets yields the facets of a in the order of the source (three for
// ImpactPerformance, two for the others); nothing if a is invalid.
func (a AllianceImpact) Facets() iter.Seq[ImpactFacet] {
	return func(yield func(ImpactFacet) bool) {
		if !a.IsValid() {
			return
		}
		for _, f := range allianceImpactTable[a].facets {
			if !yield(f) {
				return
			}
		}
	}
}

// AllianceImpacts yields the three impacts in the order of 004:5468-5475.
func AllianceImpacts() iter.Seq[AllianceImpact] { return allianceImpacts.All() }
