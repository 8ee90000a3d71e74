package partnership

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Kind is the kind of an actor of a partnership (MODEL §4.1). The sources
// name three families — acteurs économiques, structures d'intérêt général,
// acteurs publics (004:491, 004:2720-2728) — and, among the actors of
// co-construction, foundations and collectivités (004:5404); associations
// and foundations are the structures d'intérêt général (003:921). They also
// name citizens (003:309), academics, territorial catalysts (004:1191-1193)
// and societal investors (004:5733). The zero value is invalid. Safe for
// concurrent use.
type Kind uint8

const (
	// Entreprise (company): an economic actor (004:491).
	Entreprise Kind = 1 + iota
	// Association (non-profit association): a structure d'intérêt général
	// (003:921; 004:491, 004:5404).
	Association
	// Fondation (foundation): a structure d'intérêt général (003:921), an
	// actor of co-construction (004:5404).
	Fondation
	// ActeurPublic (public actor, including collectivités territoriales,
	// local authorities) (004:491, 004:5404).
	ActeurPublic
	// Academique (academic actor) (004:1193).
	Academique
	// CatalyseurTerritorial (territorial catalyst): an actor that animates
	// territorial co-construction; it may itself be an association, a
	// company, a collectivité or an academic actor (004:1049-1051,
	// 004:1191-1193).
	CatalyseurTerritorial
	// InvestisseurSocietal (societal investor): a funder that invests in
	// societal innovation, such as AG2R LA MONDIALE's Fonds d'Innovation
	// (004:5733).
	InvestisseurSocietal
	// Citoyen (citizen) (003:309).
	Citoyen
)

// kindNoun is what messages call the enumeration.
var kindNoun = lang.Text{"type", "kind"}

var kinds = enum.Define[Kind](enum.Spec{Type: "Kind", Noun: kindNoun, Pkg: pkg},
	enum.Names{Key: "entreprise", Label: lang.Text{"Entreprise", "Company"}},
	enum.Names{Key: "association", Label: lang.Text{"Association", "Association"}},
	enum.Names{Key: "fondation", Label: lang.Text{"Fondation", "Foundation"}},
	enum.Names{Key: "acteur-public", Label: lang.Text{"Acteur public / collectivité territoriale", "Public actor / local authority"}},
	enum.Names{Key: "academique", Label: lang.Text{"Académique", "Academic"}},
	enum.Names{Key: "catalyseur-territorial", Label: lang.Text{"Catalyseur territorial", "Territorial catalyst"}},
	enum.Names{Key: "investisseur-societal", Label: lang.Text{"Investisseur sociétal", "Societal investor"}},
	enum.Names{Key: "citoyen", Label: lang.Text{"Citoyen", "Citizen"}},
)

// kindPurpose is the purpose an actor of each kind has unless it says
// otherwise (Actor.Purpose). [D] where the sources do not say: a territorial
// catalyst may be a company or an association (004:1191-1193), a societal
// investor may be a company, a mutual or a foundation, and a citizen is
// neither, so the three are Undetermined.
var kindPurpose = [...]Purpose{
	Entreprise:            ForProfit,       // acteur économique, 004:2720
	Association:           GeneralInterest, // structure d'intérêt général, 003:921
	Fondation:             GeneralInterest, // structure d'intérêt général, 003:921
	ActeurPublic:          GeneralInterest, // acteur public, 004:491 [D]
	Academique:            GeneralInterest, // [D]
	CatalyseurTerritorial: Undetermined,    // 004:1191-1193
	InvestisseurSocietal:  Undetermined,    // [D]
	Citoyen:               Undetermined,    // [D]
}

// ParseKind returns the kind named by s (key or label in any language, any
// case), or a *problem.Error of code "unknown-name" (ErrUnknown).
// Keys: "entreprise", "association", "fondation", "acteur-public",
// "academique", "catalyseur-territorial", "investisseur-societal", "citoyen".
func ParseKind(s string) (Kind, error) { return kinds.ParseText(s) }

// IsValid reports whether k is one of the eight kinds.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// String returns the ASCII key of k, or "%!Kind(n)".
func (k Kind) String() string { return kinds.Key(k) }

// Label returns the name of k in l.
func (k Kind) Label(l lang.Lang) string { return kinds.Label(k, l) }

// Purpose returns the purpose of an actor of kind k unless the actor states
// its own: ForProfit for a company, GeneralInterest for an association, a
// foundation, a public or academic actor, Undetermined otherwise; 0 if k is
// invalid.
func (k Kind) Purpose() Purpose {
	if !k.IsValid() {
		return 0
	}
	return kindPurpose[k]
}

// MarshalText returns the ASCII key of k, or an error wrapping ErrInvalid.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText parses text with ParseKind. On error k is unchanged.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.UnmarshalText(k, text) }

// Kinds yields the eight kinds in order.
func Kinds() iter.Seq[Kind] { return kinds.All() }

// Purpose says whether an actor, or a project, pursues profit or the
// general interest (MODEL §4.1). A structure d'intérêt général has a hybrid
// model (public and private resources, activity revenue) "ne reposant pas
// majoritairement sur un revenu d'activité" (004:626-628). The zero value is
// invalid; in an Actor or a Spec it means "the default" (see there). Safe for
// concurrent use.
type Purpose uint8

const (
	// ForProfit (à but lucratif): the organisation's purpose is profit
	// ("organisation à but lucratif", 001:20).
	ForProfit Purpose = 1 + iota
	// GeneralInterest (d'intérêt général) (004:626-628).
	GeneralInterest
	// Undetermined: the kind alone does not say (a territorial catalyst, a
	// citizen…); an undetermined partner never triggers the mission-drift
	// finding.
	Undetermined
)

// purposeNoun is what messages call the enumeration.
var purposeNoun = lang.Text{"finalité", "purpose"}

var purposes = enum.Define[Purpose](enum.Spec{Type: "Purpose", Noun: purposeNoun, Pkg: pkg},
	enum.Names{Key: "lucratif", Label: lang.Text{"À but lucratif", "For-profit"}},
	enum.Names{Key: "interet-general", Label: lang.Text{"Intérêt général", "General interest"}},
	enum.Names{Key: "indetermine", Label: lang.Text{"Indéterminé", "Undetermined"}},
)

// ParsePurpose returns the purpose named by s, or a *problem.Error of code
// "unknown-name" (ErrUnknown).
// Keys: "lucratif", "interet-general", "indetermine".
func ParsePurpose(s string) (Purpose, error) { return purposes.ParseText(s) }

// IsValid reports whether p is one of the three purposes.
func (p Purpose) IsValid() bool { return purposes.Valid(p) }

// String returns the ASCII key of p, or "%!Purpose(n)".
func (p Purpose) String() string { return purposes.Key(p) }

// Label returns the name of p in l.
func (p Purpose) Label(l lang.Lang) string {
	return purposes.Label(p, l)
}

// MarshalText returns the ASCII key of p, or an error wrapping ErrInvalid.
func (p Purpose) MarshalText() ([]byte, error) { return purposes.MarshalText(p) }

// UnmarshalText parses text with ParsePurpose. On error p is unchanged.
func (p *Purpose) UnmarshalText(text []byte) error { return purposes.UnmarshalText(p, text) }
