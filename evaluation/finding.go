package evaluation

import (
	"iter"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// Finding is one thing an evaluation, a phase check or a budget check found
// that a reader should act on: missing evidence, an undesirable impact, a
// one-sided partnership, a misfit with the project's phase…
//
// A Finding is structured: a Code, the Field it is about, and the typed
// arguments its message quotes (names, phases, degrees, shares…), each
// documented with the codes that use it and zero otherwise. Text renders
// it in French or English; the words are built only then.
//
// The zero value is not a finding (its Code is invalid). A Finding is a
// plain value, safe for concurrent use.
type Finding struct {
	// Code says what was found; Code.Label gives it in French or English and
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

// String returns "field: key: note" in English, leaving out empty parts,
// e.g. "indicators[2].actual: missing-evidence: \"jobs\" has no evidence
// yet".
func (f Finding) String() string {
	return f.format(f.Code.String(), ": ", f.Note(lang.English))
}

// Label returns the finding in lang with the code's label, e.g.
// "indicators[2].actual : Preuve manquante : « jobs » sans preuve pour
// l'instant".
func (f Finding) Label(l lang.Lang) string {
	return f.format(f.Code.Label(l), l.Colon(), f.Note(l))
}

// Text returns the finding as a reader of a report reads it, in lang: the
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

// quote quotes a name the data gives: "jobs" in English, « jobs » in
// French, cut to wire's length for quotes.
func quote(s string, l lang.Lang) string {
	q := wire.Quote(s)
	if l == lang.English {
		return q
	}
	t, err := strconv.Unquote(strings.TrimSuffix(q, "…"))
	if err != nil {
		t = s
	}
	if strings.HasSuffix(q, "…") {
		t += "…"
	}
	return lang.French.Quote(t)
}

// Note returns the particulars of f in lang (the values and names its
// code quotes), or "" when its code quotes none. It is the one place the
// messages of the package's findings are written.
func (f Finding) Note(l lang.Lang) string {
	en := l == lang.English
	pick := func(fr, english string) string {
		if en {
			return english
		}
		return fr
	}
	name := quote(f.Name, l)
	if f.CommonGood != 0 {
		name = f.CommonGood.Label(l)
	}
	phase := f.Phase.Label(l)
	switch f.Code {
	case MissingEvidence:
		return pick(name+" sans preuve pour l'instant", name+" has no evidence yet")
	case CriterionNotMet, ForWhomMissing, UnexpectedImpact, UndesirableImpact:
		return name
	case BeyondTarget, AwayFromTarget:
		counted := "1"
		if f.Code == AwayFromTarget {
			counted = "0"
		}
		v := l.Trimmed(f.Value, 4)
		return pick(name+l.Colon()+"taux d'atteinte "+v+", compté "+counted, name+l.Colon()+"attainment "+v+", counted as "+counted)
	case LeverNotCovered:
		return pick("aucun indicateur sur le levier "+f.Lever.Label(l), "no indicator on the "+f.Lever.Label(l)+" lever")
	case FragileNotFirst:
		return pick("aucun besoin n'est indiqué comme concernant les plus fragiles", "no need is marked as concerning the most fragile")
	case OneSided:
		n := l.Int(f.Count)
		return pick("de la valeur pour 1 partenaire, aucune pour "+n, "value for 1 partner, none for "+n)
	case DimensionNotAssessed:
		return f.CommonGood.Label(l)
	case DegreeTooEarly:
		return pick(lang.French.Quote(f.Degree.Label(l))+" en "+phase+", au plus "+lang.French.Quote(f.MaxDegree.Label(l)),
			f.Degree.Label(l)+" in "+phase+", at most "+f.MaxDegree.Label(l))
	case DegreeMissing:
		return pick("aucune évaluation au degré "+lang.French.Quote(f.Degree.Label(l))+" en "+phase,
			"no evaluation at "+f.Degree.Label(l)+" in "+phase)
	case FormMissing:
		return pick("aucune évaluation de forme "+lang.French.Quote(f.Form.Label(l))+" en "+phase,
			"no "+f.Form.Label(l)+" evaluation in "+phase)
	case EvaluatorMissing:
		return pick(lang.French.Quote(f.Evaluator.Label(l))+" absents des évaluateurs en "+phase,
			"no "+f.Evaluator.Label(l)+" among the evaluators in "+phase)
	case NoPathWritten:
		return pick("aucune évaluation n'écrit le chemin parcouru", "no evaluation writes the path travelled")
	case EvaluationOverShare:
		return pick(l.Percent(f.Value, 2)+" du total, repère"+l.Colon()+l.Percent(f.Limit, 2)+" au plus",
			l.Percent(f.Value, 2)+" of the total, guidance at most "+l.Percent(f.Limit, 2))
	case CapacityBelowScale:
		return pick(l.Percent(f.Value, 2)+" du total, "+l.Percent(f.Limit, 2)+" nécessaires au changement d'échelle",
			l.Percent(f.Value, 2)+" of the total, "+l.Percent(f.Limit, 2)+" needed to scale")
	case NoBeneficiaryAccount:
		return pick("aucun rapport avec les bénéficiaires ne fait de récit (chemin parcouru ou témoignages) en "+phase,
			"no report with the beneficiaries tells a story (path or narrative evidence) in "+phase)
	}
	return ""
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

var codes = enum.Define[Code](enum.Spec{Type: "Code", Noun: lang.Text{"code", "code"}, Errors: enumErrors},
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

// ParseCode returns the code named by s: its ASCII key, its French label or its
// English label, in any case. Anything else is a *ParseError that unwraps to
// ErrUnknown.
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

// Label returns the name of v in lang.
func (v Code) Label(l lang.Lang) string { return codes.Label(v, l) }

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
