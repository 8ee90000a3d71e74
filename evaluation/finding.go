package evaluation

import (
	"iter"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// Finding is one thing an evaluation, a phase check or a budget check found
// that a reader should act on: missing evidence, an undesirable impact, a
// one-sided partnership, a misfit with the project's phase…
//
// A Finding is structured: a Code, the Field it is about, and the typed
// arguments its message quotes (names, phases, degrees, shares…), each
// documented with the codes that use it and zero otherwise. Text renders
// it in a language; the words are built only then.
//
// The zero value is not a finding (its Code is invalid). A Finding is a
// plain value, safe for concurrent use.
type Finding struct {
	// Code says what was found; Code.Label gives it in a language and
	// Code.Source the passage of the model behind it.
	Code Code `json:"code"`
	// Field is where, as a path into the report ("indicators[2].actual"),
	// "reports[1]" for a phase check, "budget.evaluation" for a budget, or
	// empty for the evaluation as a whole.
	Field string `json:"field,omitempty"`
	// Name is the indicator, criterion, need, partner or impact the finding
	// is about, as the report names it (MissingEvidence, CriterionNotMet,
	// BeyondTarget, AwayFromTarget, ForWhomMissing, UnexpectedImpact,
	// UndesirableImpact).
	Name string `json:"name,omitempty"`
	// CommonGood is the common-good dimension (DimensionNotAssessed, and
	// MissingEvidence or CriterionNotMet on a common-good value).
	CommonGood CommonGood `json:"common_good,omitempty"`
	// Lever is the result lever with no indicator (LeverNotCovered).
	Lever ResultLever `json:"lever,omitempty"`
	// Phase is the project's phase (DegreeTooEarly, DegreeMissing,
	// FormMissing, EvaluatorMissing, NoBeneficiaryAccount).
	Phase innovation.Phase `json:"phase,omitempty"`
	// Degree is the degree demanded (DegreeTooEarly) or expected
	// (DegreeMissing).
	Degree Degree `json:"degree,omitempty"`
	// MaxDegree is the most the phase is ready for (DegreeTooEarly).
	MaxDegree Degree `json:"max_degree,omitempty"`
	// Form is the form of evaluation missing (FormMissing).
	Form Form `json:"form,omitempty"`
	// Evaluator is the evaluator missing (EvaluatorMissing).
	Evaluator Evaluator `json:"evaluator,omitempty"`
	// Value is the raw attainment (BeyondTarget, AwayFromTarget) or the
	// share of the total (EvaluationOverShare, CapacityBelowScale).
	Value decimal.Decimal `json:"value,omitzero"`
	// Limit is the guidance Value is compared with.
	Limit decimal.Decimal `json:"limit,omitzero"`
	// Count is the number of partners without value (OneSided).
	Count int `json:"count,omitempty"`
}

// String returns "field: key: note" in English, for logs, leaving out
// empty parts, e.g. "indicators[2].actual: missing-evidence: “jobs” has no
// evidence yet".
func (f Finding) String() string {
	return f.format(f.Code.String(), ": ", problem.Log(f.Note))
}

// Label returns the finding in l with the code's label, e.g.
// "indicators[2].actual : Preuve manquante : « jobs » sans preuve pour
// l'instant".
func (f Finding) Label(l lang.Lang) string {
	return f.format(f.Code.Label(l), l.Colon(), f.Note(l))
}

// Text returns the finding as a reader of a report reads it, in l: the
// code's label and the particulars, without the field path, e.g. "Évaluation
// au-delà du repère : 12,5 % du total, repère : 10 % au plus".
func (f Finding) Text(l lang.Lang) string {
	n := f.Note(l)
	if n == "" {
		return f.Code.Label(l)
	}
	return f.Code.Label(l) + l.Colon() + n
}

func (f Finding) format(code, sep, note string) string {
	s := code
	if f.Field != "" {
		s = f.Field + sep + s
	}
	if note != "" {
		s += sep + note
	}
	return s
}

// Note returns the particulars of f in l (the values and names its code
// quotes), or "" when its code quotes none. The words are those of
// codeNotes; the arguments those of f.args.
func (f Finding) Note(l lang.Lang) string {
	if !f.Code.IsValid() {
		return ""
	}
	return codeNotes[f.Code-1].Format(l, f.args()...)
}

// codeNotes are the particulars of each code, quoting the arguments
// Finding.args gives it; empty for a code that quotes none. The one place
// the messages of the package's findings are written. Read only.
var codeNotes = [...]lang.Text{
	MissingEvidence - 1:      {"{1} sans preuve pour l'instant", "{1} has no evidence yet"},
	CriterionNotMet - 1:      {"{1}", "{1}"},
	BeyondTarget - 1:         {"{1}\u00a0: taux d'atteinte {2}, compté 1", "{1}: attainment {2}, counted as 1"},
	AwayFromTarget - 1:       {"{1}\u00a0: taux d'atteinte {2}, compté 0", "{1}: attainment {2}, counted as 0"},
	LeverNotCovered - 1:      {"aucun indicateur sur le levier {1}", "no indicator on the {1} lever"},
	ForWhomMissing - 1:       {"{1}", "{1}"},
	FragileNotFirst - 1:      {"aucun besoin n'est indiqué comme concernant les plus fragiles", "no need is marked as concerning the most fragile"},
	UnexpectedImpact - 1:     {"{1}", "{1}"},
	UndesirableImpact - 1:    {"{1}", "{1}"},
	OneSided - 1:             {"de la valeur pour 1 partenaire, aucune pour {1}", "value for 1 partner, none for {1}"},
	DimensionNotAssessed - 1: {"{1}", "{1}"},
	DegreeTooEarly - 1:       {"«\u00a0{1}\u00a0» en {2}, au plus «\u00a0{3}\u00a0»", "{1} in {2}, at most {3}"},
	DegreeMissing - 1:        {"aucune évaluation au degré «\u00a0{1}\u00a0» en {2}", "no evaluation at {1} in {2}"},
	FormMissing - 1:          {"aucune évaluation de forme «\u00a0{1}\u00a0» en {2}", "no {1} evaluation in {2}"},
	EvaluatorMissing - 1:     {"«\u00a0{1}\u00a0» absents des évaluateurs en {2}", "no {1} among the evaluators in {2}"},
	NoPathWritten - 1:        {"aucune évaluation n'écrit le chemin parcouru", "no evaluation writes the path travelled"},
	EvaluationOverShare - 1:  {"{1} du total, repère\u00a0: {2} au plus", "{1} of the total, guidance at most {2}"},
	CapacityBelowScale - 1:   {"{1} du total, {2} nécessaires au changement d'échelle", "{1} of the total, {2} needed to scale"},
	NoBeneficiaryAccount - 1: {"aucun rapport avec les bénéficiaires ne fait de récit (chemin parcouru ou témoignages) en {1}", "no report with the beneficiaries tells a story (path or narrative evidence) in {1}"},
}

// args returns what the note of f's code quotes, in the order of its
// placeholders.
func (f Finding) args() []lang.Arg {
	var name lang.Arg = lang.Quote(lang.Data(cut(f.Name)))
	if f.CommonGood != 0 {
		name = f.CommonGood
	}
	switch f.Code {
	case MissingEvidence, CriterionNotMet, ForWhomMissing, UnexpectedImpact, UndesirableImpact, DimensionNotAssessed:
		return []lang.Arg{name}
	case BeyondTarget, AwayFromTarget:
		return []lang.Arg{name, lang.Decimal(f.Value.Round(4), -1)}
	case LeverNotCovered:
		return []lang.Arg{f.Lever}
	case OneSided:
		return []lang.Arg{lang.Int(f.Count)}
	case DegreeTooEarly:
		return []lang.Arg{f.Degree, f.Phase, f.MaxDegree}
	case DegreeMissing:
		return []lang.Arg{f.Degree, f.Phase}
	case FormMissing:
		return []lang.Arg{f.Form, f.Phase}
	case EvaluatorMissing:
		return []lang.Arg{f.Evaluator, f.Phase}
	case EvaluationOverShare, CapacityBelowScale:
		return []lang.Arg{lang.Percent(f.Value, 2), lang.Percent(f.Limit, 2)}
	case NoBeneficiaryAccount:
		return []lang.Arg{f.Phase}
	}
	return nil
}

// cut returns a name the data gives cut to problem.MaxEcho bytes on a
// character boundary, with "…" when it was cut.
func cut(s string) string {
	if len(s) <= problem.MaxEcho {
		return s
	}
	n := problem.MaxEcho
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
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
	// UnexpectedImpact: an impact induced by surprise, to analyse ("induits
	// par « surprise »", 004:3289-3297).
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

var codes = enum.Define[Code](enum.Spec{Type: "Code", Noun: lang.Text{"code", "code"}, Pkg: pkg},
	enum.Names{Key: "missing-evidence", Label: lang.Text{"Preuve manquante", "Missing evidence"}},
	enum.Names{Key: "criterion-not-met", Label: lang.Text{"Critère non atteint", "Criterion not met"}},
	enum.Names{Key: "beyond-target", Label: lang.Text{"Au-delà de la cible (plafonné à 1)", "Beyond target (capped at 1)"}},
	enum.Names{Key: "away-from-target", Label: lang.Text{"S'éloigne de la cible (compté 0)", "Away from target (counted as 0)"}},
	enum.Names{Key: "lever-not-covered", Label: lang.Text{"Levier de résultat non couvert", "Result lever not covered"}},
	enum.Names{Key: "for-whom-missing", Label: lang.Text{"Populations et territoires non précisés", "No population or territory named"}},
	enum.Names{Key: "fragile-not-first", Label: lang.Text{"Les plus fragiles ne sont pas visés", "The most fragile are not addressed"}},
	enum.Names{Key: "unexpected-impact", Label: lang.Text{"Impact induit par surprise", "Unexpected impact"}},
	enum.Names{Key: "undesirable-impact", Label: lang.Text{"Impact non désirable", "Undesirable impact"}},
	enum.Names{Key: "one-sided", Label: lang.Text{"Partenariat au profit d'un seul partenaire", "Partnership serving one partner only"}},
	enum.Names{Key: "no-common-good", Label: lang.Text{"Aucune valeur pour le bien commun (contrat-alliance)", "No value for the common good"}},
	enum.Names{Key: "no-partner-value", Label: lang.Text{"Aucune valeur pour les partenaires (contrat-échange)", "No value for the partners"}},
	enum.Names{Key: "dimension-not-assessed", Label: lang.Text{"Dimension du bien commun non évaluée", "Common-good dimension not assessed"}},
	enum.Names{Key: "degree-too-early", Label: lang.Text{"Degré de maturité prématuré", "Degree too early for the phase"}},
	enum.Names{Key: "degree-missing", Label: lang.Text{"Degré de maturité attendu absent", "Expected degree missing"}},
	enum.Names{Key: "form-missing", Label: lang.Text{"Forme d'évaluation attendue absente", "Expected form missing"}},
	enum.Names{Key: "evaluator-missing", Label: lang.Text{"Évaluateur attendu absent", "Expected evaluator missing"}},
	enum.Names{Key: "no-path-written", Label: lang.Text{"Chemin parcouru non écrit", "Path travelled not written"}},
	enum.Names{Key: "gap-not-analysed", Label: lang.Text{"Écart à l'intuition de départ non analysé", "Gap to the initial intuition not analysed"}},
	enum.Names{Key: "impacts-missing", Label: lang.Text{"Impacts non qualifiés", "No impact reported"}},
	enum.Names{Key: "evaluation-over-share", Label: lang.Text{"Évaluation au-delà du repère", "Evaluation over the guidance"}},
	enum.Names{Key: "evaluation-not-budgeted", Label: lang.Text{"Évaluation non budgétée", "Evaluation not budgeted"}},
	enum.Names{Key: "capacity-below-scale", Label: lang.Text{"Renforcement des capacités en deçà du changement d'échelle", "Capacity building short of scaling"}},
	enum.Names{Key: "no-beneficiary-account", Label: lang.Text{"Récit des bénéficiaires absent", "No beneficiaries' account"}},
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

// ParseCode returns the code named by s: its ASCII key or its label in any
// language, in any case. Anything else is a *problem.Error of code
// "unknown-name" that unwraps to ErrUnknown.
// Keys: "missing-evidence", "criterion-not-met", "beyond-target",
// "away-from-target", "lever-not-covered", "for-whom-missing",
// "fragile-not-first", "unexpected-impact", "undesirable-impact", "one-sided",
// "no-common-good", "no-partner-value", "dimension-not-assessed",
// "degree-too-early", "degree-missing", "form-missing", "evaluator-missing",
// "no-path-written", "gap-not-analysed", "impacts-missing",
// "evaluation-over-share", "evaluation-not-budgeted", "capacity-below-scale",
// "no-beneficiary-account".
func ParseCode(s string) (Code, error) { return codes.ParseText(s) }

// IsValid reports whether v is a valid code.
func (v Code) IsValid() bool { return codes.Valid(v) }

// String returns the stable ASCII key of v, or "%!Code(n)" if v is invalid.
func (v Code) String() string { return codes.Key(v) }

// Label returns the name of v in l.
func (v Code) Label(l lang.Lang) string { return codes.Label(v, l) }

// MarshalText returns the ASCII key of v. An invalid value is an error
// wrapping ErrInvalid, so that no encoder writes a value ParseCode refuses.
func (v Code) MarshalText() ([]byte, error) { return codes.MarshalText(v) }

// UnmarshalText parses text with ParseCode; it accepts everything MarshalText
// produces. On error v is left unchanged.
func (v *Code) UnmarshalText(text []byte) error { return codes.UnmarshalText(v, text) }

// Codes yields every code in order, from MissingEvidence to
// NoBeneficiaryAccount.
func Codes() iter.Seq[Code] { return codes.All() }
