package societal

import (
	"iter"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// CheckID names one check of the readiness assessment: one per check a
// funder should make according to the model (MODEL §5). The zero value is
// invalid. Safe for concurrent use.
type CheckID uint8

const (
	// PhaseIdentified: the project's phase is identified (and its history
	// consistent) before levers are chosen (004:880-888).
	PhaseIdentified CheckID = 1 + iota
	// EconomicModelFit: the economic model fits the phase and the next: R&D
	// up to modélisation, a credible operator model at the changement
	// d'échelle (004:793-797).
	EconomicModelFit
	// DimensionsCovered: solution, processus and modèle économique are
	// covered before deployment (004:734-764).
	DimensionsCovered
	// NextNeedsSupplied: the needs of the next phase are known and the
	// levers that answer them are supplied by partners (004:805-806, MODEL
	// §2.2): the needs that rise at the next phase, and those it has at ++
	// or +++ [I]. A rising need missing is Major, any other gap Minor [D].
	NextNeedsSupplied
	// StakeholdersMobilised: the stakeholders the phase calls for are
	// mobilised (004:3210-3237, MODEL §2.3).
	StakeholdersMobilised
	// EvaluationFit: the evaluation fits the phase: form, degree, evaluators
	// (004:3161-3386, MODEL §3).
	EvaluationFit
	// BudgetGuidance: evaluation at most 10% of the budget, capacity building
	// toward 22% when scaling (004:3105-3107, 3202-3208).
	BudgetGuidance
	// PartnershipBalanced: the partnership is balanced and not drifting
	// (001:12-33, MODEL §4.4-4.5).
	PartnershipBalanced
	// CommitmentPlanned: a multi-year commitment and an exit strategy are
	// planned (AG2R practice, 004:3077-3083, 5709-5723).
	CommitmentPlanned
)

// NumChecks is the number of checks.
const NumChecks = 9

var checkIDs = enum.Define[CheckID](enum.Spec{Type: "CheckID", Noun: lang.Text{"critère", "check"}, Errors: enumErrors},
	enum.Names{Key: "phase-identified", Label: lang.Text{"Phase identifiée", "Phase identified"}},
	enum.Names{Key: "economic-model", Label: lang.Text{"Modèle économique adapté", "Economic model fits"}},
	enum.Names{Key: "dimensions", Label: lang.Text{"Trois dimensions couvertes", "Three dimensions covered"}},
	enum.Names{Key: "next-needs", Label: lang.Text{"Besoins de l'étape suivante couverts", "Next step's needs supplied"}},
	enum.Names{Key: "stakeholders", Label: lang.Text{"Parties prenantes mobilisées", "Stakeholders mobilised"}},
	enum.Names{Key: "evaluation", Label: lang.Text{"Évaluation adaptée à la phase", "Evaluation fits the phase"}},
	enum.Names{Key: "budget", Label: lang.Text{"Budget d'évaluation et de renforcement", "Evaluation and capacity budget"}},
	enum.Names{Key: "partnership", Label: lang.Text{"Partenariat équilibré", "Balanced partnership"}},
	enum.Names{Key: "commitment", Label: lang.Text{"Engagement pluriannuel et sortie", "Multi-year commitment and exit"}},
)

// checkSources is the passage of the model each check stands on.
var checkSources = map[CheckID]string{
	PhaseIdentified:       "004:880-888",
	EconomicModelFit:      "004:793-797",
	DimensionsCovered:     "004:734-764",
	NextNeedsSupplied:     "004:805-806; 003:1924-1970",
	StakeholdersMobilised: "004:3210-3237",
	EvaluationFit:         "004:3161-3386",
	BudgetGuidance:        "004:3105-3107, 3202-3208",
	PartnershipBalanced:   "001:12-33",
	CommitmentPlanned:     "004:3077-3083, 5709-5723",
}

// CheckIDs yields the checks in order, PhaseIdentified first.
func CheckIDs() iter.Seq[CheckID] {
	return func(yield func(CheckID) bool) {
		for id := PhaseIdentified; id <= CommitmentPlanned; id++ {
			if !yield(id) {
				return
			}
		}
	}
}

// ParseCheckID returns the check named by s (its key or a label, in any
// case), or a *ParseError.
// Keys: "phase-identified", "economic-model", "dimensions", "next-needs",
// "stakeholders", "evaluation", "budget", "partnership", "commitment".
func ParseCheckID(s string) (CheckID, error) { return checkIDs.ParseText(s) }

// IsValid reports whether id is one of the checks.
func (id CheckID) IsValid() bool { return checkIDs.Valid(id) }

// String returns the ASCII key of id, or "%!CheckID(n)".
func (id CheckID) String() string { return checkIDs.Key(id) }

// Label returns the name of id in lang.
func (id CheckID) Label(l lang.Lang) string {
	return checkIDs.Label(id, l)
}

// Source returns the passage of the model id stands on, or "" for an
// invalid id.
func (id CheckID) Source() string { return checkSources[id] }

// MarshalText returns the ASCII key of id, or an error wrapping ErrInvalid.
func (id CheckID) MarshalText() ([]byte, error) { return checkIDs.MarshalText(id) }

// UnmarshalText parses text with ParseCheckID; it accepts everything
// MarshalText produces. On error id is unchanged.
func (id *CheckID) UnmarshalText(text []byte) error { return checkIDs.UnmarshalText(id, text) }

// Check is the outcome of one check on one dossier.
//
// Outcome is Met, NotMet, Unknown (the dossier does not say: missing
// evidence, never a failure) or NotApplicable (the check does not apply at
// this phase). Severity is set when the outcome is NotMet. Gaps say, for an
// unmet or unknown check, which lever and which kind of partner would close
// it. Source is the passage of the model the check stands on (ID.Source()),
// so that a report read without this package still cites it. Weight and
// Required are the rubric's weight of the check and whether the rubric
// requires it judged before the crossing: with them a report carries all
// its verdict, coverage, score range and plan are computed from. A Check is
// a plain value, safe for concurrent reads.
type Check struct {
	ID       CheckID            `json:"id"`                   // which check
	Outcome  evaluation.Outcome `json:"outcome"`              // Met, NotMet, Unknown or NotApplicable
	Severity Severity           `json:"severity,omitempty"`   // set when the outcome is NotMet
	Required bool               `json:"required,omitempty"`   // the rubric requires it judged before the crossing
	Weight   decimal.Decimal    `json:"weight,omitzero"`      // the rubric's weight of the check
	Detail   Detail             `json:"detail_data,omitzero"` // Detail.Text renders it in a language
	Gaps     []Gap              `json:"gaps,omitempty"`       // what would close it, if unmet or unknown
	Source   string             `json:"source,omitempty"`     // the passage of the model it stands on
}

// checkRequests says, for each check, what a funder asks the project for
// when the check is Unknown, and the dossier field the answer fills (its
// JSON key) [D]: the wording is the library's, the fields are the ones the
// check reads (checks.go).
var checkRequests = [NumChecks + 1]struct {
	field           string
	french, english string
}{
	PhaseIdentified: {"phase, history",
		"la phase où se trouve le projet et, si possible, l'historique de ses passages",
		"the phase the project stands in and, if kept, the history of its crossings"},
	EconomicModelFit: {"economic_model, operator_model",
		"le modèle économique en place (R&D ou opérateur) et l'état du modèle d'opérateur\u00a0: plan d'affaires, sources de revenus au-delà de la subvention",
		"the economic model in place (R&D or operator) and where the operator model stands: business plan, revenues beyond grants"},
	DimensionsCovered: {"dimensions",
		"l'état de chacune des trois dimensions\u00a0: la solution (proposition de valeur), le processus (chaîne de valeur, avec qui travailler) et le modèle économique",
		"where each of the three dimensions stands: the solution (value proposition), the process (value chain, who works with whom) and the economic model"},
	NextNeedsSupplied: {"partnership",
		"la liste des partenaires et de leurs apports, par levier (financement, compétences & réseau, conseil, évaluation)",
		"the list of partners and what each contributes, per lever (financing, skills & network, advice, evaluation)"},
	StakeholdersMobilised: {"stakeholders",
		"les parties prenantes mobilisées et avec quelle intensité (porteur, catalyseurs, financeurs, bénéficiaires, experts, académiques, institutions, pairs, gouvernance)",
		"the stakeholders mobilised and how strongly (carrier, catalysts, funders, beneficiaries, experts, academics, institutions, peers, governance)"},
	EvaluationFit: {"evaluations",
		"les évaluations menées ou prévues\u00a0: forme, degré de maturité, évaluateurs",
		"the evaluations done or planned: form, degree of maturity, evaluators"},
	BudgetGuidance: {"budget",
		"le budget du projet avec la part consacrée à l'évaluation et au renforcement des capacités",
		"the project's budget with its evaluation and capacity-building shares"},
	PartnershipBalanced: {"partnership",
		"la composition du partenariat\u00a0: partenaires, apports, répartition du pouvoir de décision, gouvernance",
		"the make-up of the partnership: partners, contributions, share of decision power, governance"},
	CommitmentPlanned: {"partnership.terms",
		"la durée de l'engagement des partenaires et la stratégie de sortie prévue",
		"how long the partners commit and the planned exit strategy"},
}

// Request returns, in lang, what a funder should ask the project for to
// judge id when its evidence is missing, or "" for an invalid id.
func (id CheckID) Request(l lang.Lang) string {
	if !id.IsValid() {
		return ""
	}
	if l == lang.English {
		return checkRequests[id].english
	}
	return checkRequests[id].french
}

// Field returns the dossier field(s) the answer to id's Request fills, as
// JSON keys ("partnership.terms"), or "" for an invalid id.
func (id CheckID) Field() string {
	if !id.IsValid() {
		return ""
	}
	return checkRequests[id].field
}

// Gap is one thing missing for a check, and what would close it: a lever
// of support and the kinds of partner that typically bring it. A Gap is a
// plain value, safe for concurrent reads.
type Gap struct {
	Lever    innovation.Lever   `json:"lever"`                // the lever that closes it
	Partners []partnership.Kind `json:"partners,omitempty"`   // kinds of partner that bring the lever
	Detail   Detail             `json:"detail_data,omitzero"` // what is missing
}

// enumErrors makes the errors of the package's enumeration tables: a
// *ParseError for an unknown name, an error wrapping ErrInvalid for a value
// outside its type.
var enumErrors = &enum.Errors{
	Unknown: func(noun lang.Text, input string, allowed []string) error {
		return pkg.ParseError(noun.In(lang.English), input, allowed)
	},
	Invalid: pkg.InvalidValue,
}
