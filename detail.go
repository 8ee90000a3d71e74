package societal

import (
	"encoding/json"
	"strings"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/internal/enum"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// DetailCode says what a check found (the Detail of a Check) or what would
// close a gap (the Detail of a Gap). Its ASCII key is stable and appears
// in JSON; a person reads Detail.Text. The zero value is no detail. Safe
// for concurrent use.
type DetailCode uint8

// The codes of the checks' details.
const (
	PhaseUnknown             DetailCode = 1 + iota // the phase is not identified
	HistoryMismatch                                // the history ends in Phase, the dossier says OtherPhase
	HistoryInconsistent                            // the history is not a chain the model allows
	ProjectAbandoned                               // the project was abandoned
	StillRD                                        // still on the R&D model in Phase
	OperatorUnderWay                               // operator model Partial before the crossing
	OperatorUnstated                               // where the operator model stands is not said
	NoOperatorModel                                // no operator model before the crossing to Phase
	EconomicModelUnstated                          // the economic model in place is not stated
	RequiredFrom                                   // the check applies from Phase on
	DimensionsNotEstablished                       // Dimensions are not established
	DimensionsUnstated                             // not every dimension is stated
	NoNextPhase                                    // no phase after Industrialisation
	NoPartnership                                  // the dossier describes no partnership
	InvalidInput                                   // a part of the dossier is invalid: Error
	NeedsNotCovered                                // Count needs of the next phase not covered
	StakeholdersUnstated                           // the mobilised stakeholders are not stated
	UnderMobilised                                 // Stakeholders under-mobilised
	NoEvaluation                                   // no evaluation in the dossier
	NoBudget                                       // no budget stated
	EvaluationMisfits                              // the evaluations misfit the phase: Codes
	BudgetMisfits                                  // the budget misfits the guidance: Codes
	PartnershipRisks                               // the partnership runs Risks
	CommitmentShort                                // Months of commitment under MinMonths, and NoExit
	CommitmentUnstated                             // commitment length or exit strategy not stated
	// The codes of the gaps.
	GapOperatorModel      // build a viable operator model
	GapFinanceModelChange // finance the change of model
	GapOperatorEconomics  // model the operator economics (the crise de croissance)
	GapFinancePassage     // finance the passage to the operator model
	GapDimension          // Dimension not established
	GapNeed               // a need at Intensity in Phase, supplied by Count partners
	GapStakeholder        // Stakeholder asked at Intensity, mobilised at Mobilised
	GapPlanEvaluation     // plan an evaluation fitting the phase
	GapEvaluation         // an evaluation finding: Evaluation
	GapPartnership        // a partnership finding: Partnership
	GapCommitment         // a commitment of at least MinMonths
	GapExitStrategy       // anticipate an exit strategy up front
)

var detailCodes = enum.Define[DetailCode](enum.Spec{Type: "DetailCode", Noun: lang.Text{"code de détail", "detail code"}, Errors: enumErrors},
	enum.Names{Key: "phase-unknown", Label: lang.Text{"Phase non identifiée", "Phase unknown"}},
	enum.Names{Key: "history-mismatch", Label: lang.Text{"Historique en désaccord", "History mismatch"}},
	enum.Names{Key: "history-inconsistent", Label: lang.Text{"Historique incohérent", "History inconsistent"}},
	enum.Names{Key: "project-abandoned", Label: lang.Text{"Projet abandonné", "Project abandoned"}},
	enum.Names{Key: "still-rd", Label: lang.Text{"Encore en modèle R&D", "Still on the R&D model"}},
	enum.Names{Key: "operator-under-way", Label: lang.Text{"Modèle opérateur en cours", "Operator model under way"}},
	enum.Names{Key: "operator-unstated", Label: lang.Text{"Modèle opérateur non renseigné", "Operator model unstated"}},
	enum.Names{Key: "no-operator-model", Label: lang.Text{"Pas de modèle opérateur", "No operator model"}},
	enum.Names{Key: "economic-model-unstated", Label: lang.Text{"Modèle économique non renseigné", "Economic model unstated"}},
	enum.Names{Key: "required-from", Label: lang.Text{"Exigé à partir d'une phase", "Required from a phase on"}},
	enum.Names{Key: "dimensions-not-established", Label: lang.Text{"Dimensions non établies", "Dimensions not established"}},
	enum.Names{Key: "dimensions-unstated", Label: lang.Text{"Dimensions non renseignées", "Dimensions unstated"}},
	enum.Names{Key: "no-next-phase", Label: lang.Text{"Pas de phase suivante", "No next phase"}},
	enum.Names{Key: "no-partnership", Label: lang.Text{"Partenariat non décrit", "No partnership"}},
	enum.Names{Key: "invalid-input", Label: lang.Text{"Données invalides", "Invalid input"}},
	enum.Names{Key: "needs-not-covered", Label: lang.Text{"Besoins non couverts", "Needs not covered"}},
	enum.Names{Key: "stakeholders-unstated", Label: lang.Text{"Parties prenantes non renseignées", "Stakeholders unstated"}},
	enum.Names{Key: "stakeholders-under-mobilised", Label: lang.Text{"Sous-mobilisées", "Under-mobilised"}},
	enum.Names{Key: "no-evaluation", Label: lang.Text{"Pas d'évaluation", "No evaluation"}},
	enum.Names{Key: "no-budget", Label: lang.Text{"Budget non renseigné", "No budget"}},
	enum.Names{Key: "evaluation-misfits", Label: lang.Text{"Écarts de l'évaluation", "Evaluation misfits"}},
	enum.Names{Key: "budget-misfits", Label: lang.Text{"Écarts du budget", "Budget misfits"}},
	enum.Names{Key: "partnership-risks", Label: lang.Text{"Risques du partenariat", "Partnership risks"}},
	enum.Names{Key: "commitment-short", Label: lang.Text{"Engagement insuffisant", "Commitment short"}},
	enum.Names{Key: "commitment-unstated", Label: lang.Text{"Engagement non renseigné", "Commitment unstated"}},
	enum.Names{Key: "gap-operator-model", Label: lang.Text{"Construire le modèle opérateur", "Build the operator model"}},
	enum.Names{Key: "gap-finance-model-change", Label: lang.Text{"Financer le changement de modèle", "Finance the change of model"}},
	enum.Names{Key: "gap-operator-economics", Label: lang.Text{"Modéliser l'économie de l'opérateur", "Model the operator economics"}},
	enum.Names{Key: "gap-finance-passage", Label: lang.Text{"Financer le passage", "Finance the passage"}},
	enum.Names{Key: "gap-dimension", Label: lang.Text{"Dimension à établir", "Dimension to establish"}},
	enum.Names{Key: "gap-need", Label: lang.Text{"Besoin à couvrir", "Need to supply"}},
	enum.Names{Key: "gap-stakeholder", Label: lang.Text{"Partie prenante à mobiliser", "Stakeholder to mobilise"}},
	enum.Names{Key: "gap-plan-evaluation", Label: lang.Text{"Évaluation à prévoir", "Evaluation to plan"}},
	enum.Names{Key: "gap-evaluation", Label: lang.Text{"Constat d'évaluation", "Evaluation finding"}},
	enum.Names{Key: "gap-partnership", Label: lang.Text{"Constat du partenariat", "Partnership finding"}},
	enum.Names{Key: "gap-commitment", Label: lang.Text{"Engagement à allonger", "Commitment to lengthen"}},
	enum.Names{Key: "gap-exit-strategy", Label: lang.Text{"Stratégie de sortie à anticiper", "Exit strategy to anticipate"}},
)

// IsValid reports whether c is one of the detail codes.
func (c DetailCode) IsValid() bool { return detailCodes.Valid(c) }

// String returns the ASCII key of c, or "%!DetailCode(n)".
func (c DetailCode) String() string { return detailCodes.Key(c) }

// Label returns the short name of c in lang (Detail.Text gives the message).
func (c DetailCode) Label(l lang.Lang) string {
	return detailCodes.Label(c, l)
}

// MarshalText returns the ASCII key of c, or an error wrapping ErrInvalid.
func (c DetailCode) MarshalText() ([]byte, error) { return detailCodes.MarshalText(c) }

// UnmarshalText parses the key or a label of a detail code. On error c is
// unchanged.
func (c *DetailCode) UnmarshalText(text []byte) error { return detailCodes.UnmarshalText(c, text) }

// Detail is the particulars of a check's outcome or of a gap: a code and
// the typed arguments its message quotes, each documented with the codes
// that use it and zero otherwise. Text renders it in French or English
// (the words are built then, not when the dossier is assessed); String is
// the English text. The zero value is no detail (IsZero). A Detail is a
// plain value, safe for concurrent reads.
type Detail struct {
	// Code says what the detail is; it selects the arguments used.
	Code DetailCode `json:"code"`
	// Phase: HistoryMismatch (where the history ends), StillRD,
	// NoOperatorModel (the next phase), RequiredFrom, GapNeed.
	Phase innovation.Phase `json:"phase,omitempty"`
	// OtherPhase: HistoryMismatch (the dossier's phase).
	OtherPhase innovation.Phase `json:"other_phase,omitempty"`
	// Count: NeedsNotCovered (needs), GapNeed (partners supplying it).
	Count int `json:"count,omitempty"`
	// Months and MinMonths: CommitmentShort (Months 0 when the length is
	// not the problem), GapCommitment (MinMonths). NoExit: CommitmentShort.
	Months int `json:"months,omitempty"`
	// MinMonths is the minimum commitment (CommitmentShort, GapCommitment).
	MinMonths int `json:"min_months,omitempty"`
	// NoExit is set when no exit strategy is planned (CommitmentShort).
	NoExit bool `json:"no_exit,omitempty"`
	// Dimension: GapDimension; Dimensions: DimensionsNotEstablished.
	Dimension innovation.Dimension `json:"dimension,omitempty"`
	// Dimensions are the dimensions not established (DimensionsNotEstablished).
	Dimensions []innovation.Dimension `json:"dimensions,omitempty"`
	// Stakeholder, Intensity (asked) and Mobilised: GapStakeholder;
	// Intensity also GapNeed. Stakeholders: UnderMobilised.
	Stakeholder innovation.Stakeholder `json:"stakeholder,omitempty"`
	// Intensity is the intensity asked (GapStakeholder, GapNeed).
	Intensity innovation.Intensity `json:"intensity,omitempty"`
	// Mobilised is the intensity mobilised (GapStakeholder).
	Mobilised innovation.Intensity `json:"mobilised,omitempty"`
	// Stakeholders are the stakeholders under-mobilised (UnderMobilised).
	Stakeholders []innovation.Stakeholder `json:"stakeholders,omitempty"`
	// Codes: EvaluationMisfits, BudgetMisfits; Risks: PartnershipRisks.
	Codes []evaluation.Code `json:"codes,omitempty"`
	// Risks are the partnership's risks (PartnershipRisks).
	Risks []partnership.Risk `json:"risks,omitempty"`
	// Evaluation: GapEvaluation; Partnership: GapPartnership.
	Evaluation *evaluation.Finding `json:"evaluation,omitempty"`
	// Partnership is the partnership finding (GapPartnership).
	Partnership *partnership.Finding `json:"partnership,omitempty"`
	// Error: InvalidInput, the error's own text (in English).
	Error string `json:"error,omitempty"`
}

// IsZero reports whether d is no detail (its Code is 0).
func (d Detail) IsZero() bool { return d.Code == 0 }

// String returns d in English (Text(lang.English)).
func (d Detail) String() string { return d.Text(lang.English) }

// Text returns d as a person reads it in lang, its figures and names
// formatted for lang, or "" for the zero Detail. It is the one place the
// package's details are written.
func (d Detail) Text(l lang.Lang) string {
	en := l == lang.English
	pick := func(fr, english string) string {
		if en {
			return english
		}
		return fr
	}
	colon := l.Colon()
	quote := func(s string) string {
		if en {
			return s
		}
		return lang.French.Quote(s)
	}
	phase := d.Phase.Label(l)
	switch d.Code {
	case PhaseUnknown:
		return pick("la phase n'est pas identifiée", "the phase is not identified")
	case HistoryMismatch:
		return pick("l'historique s'achève en "+phase+", le dossier indique "+d.OtherPhase.Label(l),
			"the history ends in "+phase+", the dossier says "+d.OtherPhase.Label(l))
	case HistoryInconsistent:
		return pick("l'historique est incohérent", "the history is inconsistent")
	case ProjectAbandoned:
		return pick("le projet a été abandonné", "the project was abandoned")
	case StillRD:
		return pick("encore sur le modèle R&D en "+phase+", où un modèle opérateur est nécessaire",
			"still on the R&D model in "+phase+", where an operator model is needed")
	case OperatorUnderWay:
		return pick("modèle opérateur en cours, à rendre viable dès le changement d'échelle",
			"operator model under way, to be viable once the project scales")
	case OperatorUnstated:
		return pick("le dossier ne dit pas où en est le modèle opérateur", "the dossier does not say where the operator model stands")
	case NoOperatorModel:
		return pick("aucun modèle opérateur avant le passage en "+phase, "no operator model before the crossing to "+phase)
	case EconomicModelUnstated:
		return pick("le modèle économique en place n'est pas indiqué", "the economic model in place is not stated")
	case RequiredFrom:
		return pick("exigé à partir de la phase "+phase, "required from "+phase+" on")
	case DimensionsNotEstablished:
		ls := make([]string, len(d.Dimensions))
		for i, x := range d.Dimensions {
			ls[i] = x.Label(l)
		}
		return pick("non établi"+plural(len(ls), "", "s")+colon, "not established: ") + l.List(ls)
	case DimensionsUnstated:
		return pick("l'état de chaque dimension n'est pas indiqué", "not every dimension is stated")
	case NoNextPhase:
		return pick("pas de phase suivante", "no next phase")
	case NoPartnership:
		return pick("partenariat non décrit", "no partnership stated")
	case InvalidInput:
		return pick("données invalides", "invalid input") + colon + d.Error
	case NeedsNotCovered:
		n := l.Int(d.Count)
		return pick(n+plural(d.Count, " besoin de l'étape suivante non couvert", " besoins de l'étape suivante non couverts"),
			n+plural(d.Count, " need of the next phase not covered", " needs of the next phase not covered"))
	case StakeholdersUnstated:
		return pick("parties prenantes mobilisées non indiquées", "mobilised stakeholders not stated")
	case UnderMobilised:
		ls := make([]string, len(d.Stakeholders))
		for i, s := range d.Stakeholders {
			ls[i] = s.Label(l)
		}
		return pick("sous-mobilisé"+plural(len(ls), "", "s")+colon, "under-mobilised: ") + l.List(ls)
	case EvaluationMisfits, BudgetMisfits:
		ls := make([]string, len(d.Codes))
		for i, c := range d.Codes {
			ls[i] = c.Label(l)
		}
		return strings.Join(ls, l.Semicolon())
	case PartnershipRisks:
		ls := make([]string, len(d.Risks))
		for i, r := range d.Risks {
			ls[i] = r.Label(l)
		}
		return l.List(ls)
	case NoEvaluation:
		return pick("aucune évaluation dans le dossier", "no evaluation in the dossier")
	case NoBudget:
		return pick("budget non indiqué", "no budget stated")
	case CommitmentShort:
		var ps []string
		if d.Months > 0 {
			m, mn := l.Int(d.Months), l.Int(d.MinMonths)
			ps = append(ps, pick("engagement de "+m+" mois, en deçà de "+mn, "commitment of "+m+" months, under "+mn))
		}
		if d.NoExit {
			ps = append(ps, pick("aucune stratégie de sortie", "no exit strategy"))
		}
		return strings.Join(ps, l.Semicolon())
	case CommitmentUnstated:
		return pick("durée de l'engagement ou stratégie de sortie non indiquée", "commitment length or exit strategy not stated")
	case GapOperatorModel:
		return pick("construire un modèle opérateur viable", "build a viable operator model")
	case GapFinanceModelChange:
		return pick("financer le changement de modèle", "finance the change of model")
	case GapOperatorEconomics:
		return pick("modéliser l'économie de l'opérateur (la crise de croissance)", "model the operator economics (the growth crisis)")
	case GapFinancePassage:
		return pick("financer le passage au modèle opérateur", "finance the passage to the operator model")
	case GapDimension:
		return pick(d.Dimension.Label(l)+" à établir", d.Dimension.Label(l)+" not established")
	case GapNeed:
		i := quote(d.Intensity.Label(l))
		if d.Count == 0 {
			return pick("attendu à "+i+" en "+phase+", apporté par aucun partenaire",
				"needed at "+i+" in "+phase+", supplied by no partner")
		}
		n := l.Int(d.Count)
		return pick("attendu à "+i+" en "+phase+", apporté par "+n+" partenaire"+plural(d.Count, "", "s")+" seulement",
			"needed at "+i+" in "+phase+", supplied by "+n+" partner"+plural(d.Count, "", "s")+" only")
	case GapStakeholder:
		s, i, m := d.Stakeholder.Label(l), quote(d.Intensity.Label(l)), quote(d.Mobilised.Label(l))
		return pick(s+colon+"attendu à "+i+", mobilisé à "+m, s+" asked at "+i+", mobilised at "+m)
	case GapPlanEvaluation:
		return pick("prévoir une évaluation adaptée à la phase", "plan an evaluation fitting the phase")
	case GapEvaluation:
		if d.Evaluation == nil {
			return ""
		}
		return d.Evaluation.Text(l)
	case GapPartnership:
		if d.Partnership == nil {
			return ""
		}
		return d.Partnership.Text(l)
	case GapCommitment:
		return pick("un engagement d'au moins "+l.Int(d.MinMonths)+" mois",
			"a commitment of at least "+l.Int(d.MinMonths)+" months")
	case GapExitStrategy:
		return pick("anticiper une stratégie de sortie dès le départ", "anticipate an exit strategy up front")
	}
	return ""
}

// plural returns one when n is 1, many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// detailText is a detail's text in both languages, "detail_text" in JSON.
type detailText struct {
	French  string `json:"fr"`
	English string `json:"en"`
}

func textsOf(d Detail) (string, *detailText) {
	if d.IsZero() {
		return "", nil
	}
	return d.Text(lang.English), &detailText{d.Text(lang.French), d.Text(lang.English)}
}

// MarshalJSON writes c with its detail three ways: "detail", the English
// text (the key of earlier versions); "detail_text", the text in "fr" and
// "en"; and "detail_data", the code and its arguments, which decoding
// reads back (plain decoding: the two texts are ignored). The gaps are
// written the same way.
func (c Check) MarshalJSON() ([]byte, error) {
	type plain Check
	en, tx := textsOf(c.Detail)
	return json.Marshal(struct {
		plain
		Text       string      `json:"detail,omitempty"`
		DetailText *detailText `json:"detail_text,omitempty"`
	}{plain(c), en, tx})
}

// MarshalJSON writes g with its detail as Check.MarshalJSON does.
func (g Gap) MarshalJSON() ([]byte, error) {
	type plain Gap
	en, tx := textsOf(g.Detail)
	return json.Marshal(struct {
		plain
		Text       string      `json:"detail,omitempty"`
		DetailText *detailText `json:"detail_text,omitempty"`
	}{plain(g), en, tx})
}
