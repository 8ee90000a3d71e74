package evaluation

import (
	"iter"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
)

// Finding is one thing an evaluation, a phase check or a budget check found
// that a reader should act on: missing evidence, an undesirable impact, a
// one-sided partnership, a misfit with the project's phase…
//
// The zero value is not a finding (its Code is invalid). A Finding is a
// plain value, safe for concurrent use.
type Finding struct {
	// Code says what was found; Code.Label gives it in French or English and
	// Code.Source the passage of the model behind it.
	Code Code
	// Field is where, as a path into the report ("indicators[2].actual"),
	// "reports[1]" for a phase check, "budget.evaluation" for a budget, or
	// empty for the evaluation as a whole.
	Field string
	// Note gives the particulars (values, names), in English; may be empty.
	Note string
}

// String returns "field: key: note", leaving out empty parts, e.g.
// "indicators[2].actual: missing-evidence: \"jobs\" not measured".
func (f Finding) String() string { return f.format(f.Code.String()) }

// Label returns the finding with the code's label in lang, e.g.
// "indicators[2].actual: Preuve manquante: \"jobs\" not measured".
func (f Finding) Label(lang innovation.Lang) string { return f.format(f.Code.Label(lang)) }

func (f Finding) format(code string) string {
	s := code
	if f.Field != "" {
		s = f.Field + ": " + s
	}
	if f.Note != "" {
		s += ": " + f.Note
	}
	return s
}

// Code is the kind of a Finding. Each code cites the passage of the model
// that makes it worth reporting (Source); codes marked [D] are the
// library's own.
//
// The zero value is invalid. Safe for concurrent use.
type Code uint8

const (
	// MissingEvidence: an outcome is unknown or an indicator not measured;
	// reported, left out of the score, never counted as 0 [D].
	MissingEvidence Code = 1 + iota
	// CriterionNotMet: a criterion (a need, a value for a partner…) is not met [D].
	CriterionNotMet
	// BeyondTarget: an indicator went past its target; its attainment is
	// capped at 1 for the score, the raw value is reported [D].
	BeyondTarget
	// AwayFromTarget: an indicator moved away from its target, past its
	// baseline; its attainment counts as 0, the raw value is reported [D].
	AwayFromTarget
	// LeverNotCovered: no indicator on one of the four result levers
	// (004:578-580).
	LeverNotCovered
	// ForWhomMissing: a need names no population nor territory
	// (004:715).
	ForWhomMissing
	// FragileNotFirst: no need addressed concerns the most fragile
	// ("incluant prioritairement les plus fragiles", 004:715).
	FragileNotFirst
	// UnexpectedImpact: an impact "induit par surprise" to analyse
	// (004:3289-3297).
	UnexpectedImpact
	// UndesirableImpact: a "non désirable" impact (004:3289-3297).
	UndesirableImpact
	// OneSided: the partnership creates value for only one partner
	// (contrat-échange unbalanced, 004:5417-5423).
	OneSided
	// NoCommonGood: value for the partners, none for the common good (no
	// contrat-alliance, 004:5417-5423).
	NoCommonGood
	// NoPartnerValue: value for the common good, none for the partners (no
	// contrat-échange, 004:5417-5423).
	NoPartnerValue
	// DimensionNotAssessed: a common-good dimension is not assessed
	// (004:5425-5442).
	DimensionNotAssessed
	// DegreeTooEarly: an evaluation demands a degree the phase is not ready
	// for, e.g. "compter" in conception (004:5509-5515, 002:1036).
	DegreeTooEarly
	// DegreeMissing: no evaluation reaches the degree the phase calls for
	// (004:5495-5515, phase mapping [I]).
	DegreeMissing
	// FormMissing: a form the phase calls for is absent (004:3187-3198,
	// 3275-3297, 3344-3362).
	FormMissing
	// EvaluatorMissing: a key evaluator the phase calls for is absent, e.g.
	// no beneficiary voice at deployment (004:3265-3267, 3370-3372).
	EvaluatorMissing
	// NoPathWritten: in R&D, no evaluation writes the path travelled
	// ("commencer à écrire le chemin parcouru", 004:3344-3348).
	NoPathWritten
	// GapNotAnalysed: at deployment, the gap to the initial intuition is not
	// analysed (004:3356-3358, 3379-3381).
	GapNotAnalysed
	// ImpactsMissing: at deployment, no impact is reported with its kind
	// (004:3289-3297).
	ImpactsMissing
	// EvaluationOverShare: evaluation takes more than 10% of the project
	// (004:3204-3206, 3245-3246).
	EvaluationOverShare
	// EvaluationNotBudgeted: nothing is budgeted for evaluation; it is to be
	// planned ahead with funders (004:3303-3305).
	EvaluationNotBudgeted
	// CapacityBelowScale: capacity building under the 22% needed to scale
	// (004:3105-3107, 3206-3208).
	CapacityBelowScale
	// NoBeneficiaryAccount: at deployment, the evaluation effort is the
	// beneficiaries' account, "via du « story telling », des témoignages et
	// l'inclusion de bénéficiaires" (004:3370-3372), "en recourant au récit
	// des bénéficiaires" (004:3386), and no report with beneficiaries among
	// its evaluators tells a story (MODEL §5(6)).
	NoBeneficiaryAccount
)

var codes = enum.Define[Code](enum.Spec{Type: "Code", Noun: "code", Errors: enumErrors},
	enum.Names{Key: "missing-evidence", French: "Preuve manquante", English: "Missing evidence"},
	enum.Names{Key: "criterion-not-met", French: "Critère non atteint", English: "Criterion not met"},
	enum.Names{Key: "beyond-target", French: "Au-delà de la cible (plafonné à 1)", English: "Beyond target (capped at 1)"},
	enum.Names{Key: "away-from-target", French: "S'éloigne de la cible (compté 0)", English: "Away from target (counted as 0)"},
	enum.Names{Key: "lever-not-covered", French: "Levier de résultat non couvert", English: "Result lever not covered"},
	enum.Names{Key: "for-whom-missing", French: "Populations et territoires non précisés", English: "No population or territory named"},
	enum.Names{Key: "fragile-not-first", French: "Les plus fragiles ne sont pas visés", English: "The most fragile are not addressed"},
	enum.Names{Key: "unexpected-impact", French: "Impact induit par surprise", English: "Unexpected impact"},
	enum.Names{Key: "undesirable-impact", French: "Impact non désirable", English: "Undesirable impact"},
	enum.Names{Key: "one-sided", French: "Partenariat au profit d'un seul partenaire", English: "Partnership serving one partner only"},
	enum.Names{Key: "no-common-good", French: "Aucune valeur pour le bien commun (contrat-alliance)", English: "No value for the common good"},
	enum.Names{Key: "no-partner-value", French: "Aucune valeur pour les partenaires (contrat-échange)", English: "No value for the partners"},
	enum.Names{Key: "dimension-not-assessed", French: "Dimension du bien commun non évaluée", English: "Common-good dimension not assessed"},
	enum.Names{Key: "degree-too-early", French: "Degré de maturité prématuré", English: "Degree too early for the phase"},
	enum.Names{Key: "degree-missing", French: "Degré de maturité attendu absent", English: "Expected degree missing"},
	enum.Names{Key: "form-missing", French: "Forme d'évaluation attendue absente", English: "Expected form missing"},
	enum.Names{Key: "evaluator-missing", French: "Évaluateur attendu absent", English: "Expected evaluator missing"},
	enum.Names{Key: "no-path-written", French: "Chemin parcouru non écrit", English: "Path travelled not written"},
	enum.Names{Key: "gap-not-analysed", French: "Écart à l'intuition de départ non analysé", English: "Gap to the initial intuition not analysed"},
	enum.Names{Key: "impacts-missing", French: "Impacts non qualifiés", English: "No impact reported"},
	enum.Names{Key: "evaluation-over-share", French: "Évaluation au-delà de 10 % du projet", English: "Evaluation over 10% of the project"},
	enum.Names{Key: "evaluation-not-budgeted", French: "Évaluation non budgétée", English: "Evaluation not budgeted"},
	enum.Names{Key: "capacity-below-scale", French: "Capacity building sous les 22 % du changement d'échelle", English: "Capacity building under the 22% needed to scale"},
	enum.Names{Key: "no-beneficiary-account", French: "Récit des bénéficiaires absent", English: "No beneficiaries' account"},
)

// codeSource is the passage behind each code ("[D]" for the library's own).
var codeSource = [...]string{
	MissingEvidence - 1:       "[D]",
	CriterionNotMet - 1:       "[D]",
	BeyondTarget - 1:          "[D]",
	AwayFromTarget - 1:        "[D]",
	LeverNotCovered - 1:       "004:578-580",
	ForWhomMissing - 1:        "004:715",
	FragileNotFirst - 1:       "004:715",
	UnexpectedImpact - 1:      "004:3289-3297",
	UndesirableImpact - 1:     "004:3289-3297",
	OneSided - 1:              "004:5417-5423",
	NoCommonGood - 1:          "004:5417-5423",
	NoPartnerValue - 1:        "004:5417-5423",
	DimensionNotAssessed - 1:  "004:5425-5442",
	DegreeTooEarly - 1:        "004:5509-5515, 002:1036",
	DegreeMissing - 1:         "004:5495-5515",
	FormMissing - 1:           "004:3187-3198",
	EvaluatorMissing - 1:      "004:3265-3267, 3370-3372",
	NoPathWritten - 1:         "004:3344-3348",
	GapNotAnalysed - 1:        "004:3356-3358",
	ImpactsMissing - 1:        "004:3289-3297",
	EvaluationOverShare - 1:   "004:3204-3206, 3245-3246",
	EvaluationNotBudgeted - 1: "004:3303-3305",
	CapacityBelowScale - 1:    "004:3105-3107, 3206-3208",
	NoBeneficiaryAccount - 1:  "004:3364-3372, 3384-3386",
}

// Source returns the passage of the model behind c ("004:3289-3297"), "[D]"
// for a code of the library's own, or "" if c is invalid.
func (c Code) Source() string {
	if !c.IsValid() {
		return ""
	}
	return codeSource[c-1]
}

// ParseCode returns the code named by s: its ASCII key, its French label or its
// English label, in any case. Anything else is a *ParseError that unwraps to
// ErrUnknown.
func ParseCode(s string) (Code, error) { return codes.ParseText(s) }

// IsValid reports whether v is a valid code.
func (v Code) IsValid() bool { return codes.Valid(v) }

// String returns the stable ASCII key of v, or "%!Code(n)" if v is invalid.
func (v Code) String() string { return codes.Key(v) }

// Label returns the name of v in lang.
func (v Code) Label(lang innovation.Lang) string { return codes.Label(v, lang == innovation.English) }

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseCode refuses.
func (v Code) MarshalText() ([]byte, error) { return codes.MarshalText(v) }

// UnmarshalText parses text with ParseCode; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Code) UnmarshalText(text []byte) error { return codes.UnmarshalText(v, text) }

// Codes yields every code in order, from MissingEvidence to
// NoBeneficiaryAccount.
func Codes() iter.Seq[Code] {
	return func(yield func(Code) bool) {
		for v := MissingEvidence; v <= NoBeneficiaryAccount; v++ {
			if !yield(v) {
				return
			}
		}
	}
}
