package innovation

import (
	"iter"

	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
)

// Stakeholder is one of the parties to mobilise around a project (MODEL
// §2.3; 004:3210-3232). The zero value is invalid. Safe for concurrent use.
type Stakeholder uint8

const (
	PorteurIdee    Stakeholder = 1 + iota // Porteur d'idée: the idea's carrier
	Catalyseurs                           // Catalyseurs: catalysts (territorial or otherwise)
	Financeurs                            // Financeurs: funders
	Beneficiaires                         // Bénéficiaires: beneficiaries
	ExpertsConseil                        // Experts / Conseil: experts and advisers
	Academique                            // Académique: academia
	Institutions                          // Institutions: public institutions
	Pairs                                 // Pairs: peers
	Gouvernance                           // Gouvernance: governance
)

// NumStakeholders is the number of stakeholder kinds.
const NumStakeholders = 9

// stakeholderNoun is what messages call the enumeration.
var stakeholderNoun = lang.Text{"partie prenante", "stakeholder"}

var stakeholders = enum.Define[Stakeholder](enum.Spec{Type: "Stakeholder", Noun: stakeholderNoun, Pkg: pkg},
	enum.Names{Key: "porteur-idee", Label: lang.Text{"Porteur d'idée", "Idea carrier"}},
	enum.Names{Key: "catalyseurs", Label: lang.Text{"Catalyseurs", "Catalysts"}},
	enum.Names{Key: "financeurs", Label: lang.Text{"Financeurs", "Funders"}},
	enum.Names{Key: "beneficiaires", Label: lang.Text{"Bénéficiaires", "Beneficiaries"}},
	enum.Names{Key: "experts-conseil", Label: lang.Text{"Experts / Conseil", "Experts / Advice"}},
	enum.Names{Key: "academique", Label: lang.Text{"Académique", "Academia"}},
	enum.Names{Key: "institutions", Label: lang.Text{"Institutions", "Institutions"}},
	enum.Names{Key: "pairs", Label: lang.Text{"Pairs", "Peers"}},
	enum.Names{Key: "gouvernance", Label: lang.Text{"Gouvernance", "Governance"}},
)

// ParseStakeholder returns the stakeholder named by s, or a *problem.Error
// of code "unknown-name" (ErrUnknown).
// Keys: "porteur-idee", "catalyseurs", "financeurs", "beneficiaires",
// "experts-conseil", "academique", "institutions", "pairs", "gouvernance".
func ParseStakeholder(s string) (Stakeholder, error) { return stakeholders.ParseText(s) }

// IsValid reports whether s is one of the nine stakeholders.
func (s Stakeholder) IsValid() bool { return stakeholders.Valid(s) }

// String returns the ASCII key of s, or "%!Stakeholder(n)".
func (s Stakeholder) String() string { return stakeholders.Key(s) }

// Label returns the name of s in l.
func (s Stakeholder) Label(l lang.Lang) string { return stakeholders.Label(s, l) }

// MarshalText returns the ASCII key of s, or an error wrapping ErrInvalid.
func (s Stakeholder) MarshalText() ([]byte, error) { return stakeholders.MarshalText(s) }

// UnmarshalText parses text with ParseStakeholder. On error s is unchanged.
func (s *Stakeholder) UnmarshalText(text []byte) error { return stakeholders.UnmarshalText(s, text) }

// Stakeholders yields the nine stakeholders in the source's row order.
func Stakeholders() iter.Seq[Stakeholder] { return stakeholders.All() }
