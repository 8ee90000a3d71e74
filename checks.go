package societal

import (
	"slices"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// run runs the check c.ID on d: it sets the outcome, the detail and the
// gaps of c. A NotMet without a severity of its own takes the rubric's.
func (a *Assessor) run(d *Dossier, c *Check) {
	switch c.ID {
	case PhaseIdentified:
		checkPhase(d, c)
	case EconomicModelFit:
		a.checkEconomicModel(d, c)
	case DimensionsCovered:
		a.checkDimensions(d, c)
	case NextNeedsSupplied:
		a.checkNextNeeds(d, c)
	case StakeholdersMobilised:
		a.checkStakeholders(d, c)
	case EvaluationFit:
		a.checkEvaluation(d, c)
	case BudgetGuidance:
		a.checkBudget(d, c)
	case PartnershipBalanced:
		a.checkPartnership(d, c)
	case CommitmentPlanned:
		a.checkCommitment(d, c)
	}
}

// gap returns the gap of lever l with detail, with the kinds of partner the
// rubric says bring l (a copy: the report owns its data).
func (a *Assessor) gap(l innovation.Lever, detail Detail) Gap {
	return Gap{Lever: l, Partners: slices.Clone(a.rubric.Suppliers[l]), Detail: detail}
}

// checkPhase: the phase is identified, and the history, if any, leads to
// it (004:880-888). An abandoned project is reported here.
func checkPhase(d *Dossier, c *Check) {
	n := len(d.History)
	switch {
	case !d.Phase.IsValid():
		c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: PhaseUnknown}
	case n > 0 && d.History[n-1].To != d.Phase:
		c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: HistoryMismatch, Phase: d.History[n-1].To, OtherPhase: d.Phase}
	case n > 0 && historyProblem(d) != nil:
		c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: HistoryInconsistent}
	case d.Status().Abandoned:
		c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: ProjectAbandoned}
	default:
		c.Outcome = evaluation.Met
	}
}

// invalidInput makes c NotMet and Blocking for err, a problem of the part
// of the dossier it reads: invalid input is never counted as met, and a
// dossier holding any is never Ready, whatever the rubric's severity of c
// [D].
func invalidInput(c *Check, err error) {
	c.Outcome, c.Severity, c.Detail = evaluation.NotMet, Blocking, Detail{Code: InvalidInput, Error: err.Error()}
}

// historyProblem returns what makes the history of d, which must not be
// empty, not a chain of transitions the model allows ending in d.Phase, or
// nil.
func historyProblem(d *Dossier) error {
	s := innovation.Snapshot{Start: d.History[0].From, Status: d.Status(), History: d.History}
	return s.Validate()
}

// checkEconomicModel: the model is R&D "jusqu'en phase de modélisation"
// and must be an operator model from the changement d'échelle on
// (004:793-797) [S]:
//   - in Essaimage and Industrialisation, a project still on the R&D model
//     fails, with the rubric's severity (Blocking by default);
//   - in Modélisation the R&D model fits; what is judged is the passage
//     ahead, where "la difficulté réside": the operator model must be at
//     least under way (Partial or Established) before the crossing. An
//     operator model Absent is NotMet, at most Major: the source asks for
//     the operator model at essaimage, not before (MODEL §5(2)), so a
//     funder may still finance the passage (the Caisse des Dépôts'
//     engineering fund, 004:5388-5389); this requirement before the
//     crossing is a design choice [D];
//   - in Conception and Expérimentation any stated model fits.
//
// What the dossier does not say makes the check Unknown.
func (a *Assessor) checkEconomicModel(d *Dossier, c *Check) {
	if err := d.economicProblem(); err != nil {
		invalidInput(c, err)
		return
	}
	want := d.Phase.EconomicModel()
	next, hasNext := d.Phase.Next()
	switch {
	case want == innovation.ModeleOperateur && d.EconomicModel == innovation.ModeleRD:
		c.Outcome = evaluation.NotMet
		c.Detail = Detail{Code: StillRD, Phase: d.Phase}
		c.Gaps = append(c.Gaps,
			a.gap(innovation.Conseil, Detail{Code: GapOperatorModel}),
			a.gap(innovation.Financement, Detail{Code: GapFinanceModelChange}))
	case hasNext && next.EconomicModel() == innovation.ModeleOperateur && want == innovation.ModeleRD:
		// The crossing ahead changes the model: the operator model must be under way.
		switch d.OperatorModel {
		case Established:
			c.Outcome = evaluation.Met
		case Partial:
			c.Outcome, c.Detail = evaluation.Met, Detail{Code: OperatorUnderWay}
		case Unstated:
			c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: OperatorUnstated}
		default:
			c.Outcome, c.Severity = evaluation.NotMet, min(Major, a.rubric.Severity[EconomicModelFit])
			c.Detail = Detail{Code: NoOperatorModel, Phase: next}
			c.Gaps = append(c.Gaps,
				a.gap(innovation.Conseil, Detail{Code: GapOperatorEconomics}),
				a.gap(innovation.Financement, Detail{Code: GapFinancePassage}))
		}
	case d.EconomicModel == 0:
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: EconomicModelUnstated}
	default:
		c.Outcome = evaluation.Met
	}
}

// checkDimensions: solution, processus and modèle économique are covered
// before deployment (004:734-764): from modélisation on.
func (a *Assessor) checkDimensions(d *Dossier, c *Check) {
	if d.Phase < innovation.Modelisation {
		c.Outcome, c.Detail = evaluation.NotApplicable, Detail{Code: RequiredFrom, Phase: innovation.Modelisation}
		return
	}
	if err := d.dimensionsProblem(); err != nil {
		invalidInput(c, err)
		return
	}
	unknown := false
	var missing []innovation.Dimension
	for dim := range innovation.Dimensions() {
		switch d.Dimensions.Of(dim) {
		case Established:
		case Unstated:
			unknown = true
		default:
			missing = append(missing, dim)
			lever := innovation.Conseil
			if dim == innovation.Processus {
				lever = innovation.CompetencesReseau
			}
			c.Gaps = append(c.Gaps, a.gap(lever, Detail{Code: GapDimension, Dimension: dim}))
		}
	}
	switch {
	case len(missing) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: DimensionsNotEstablished, Dimensions: missing}
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: DimensionsUnstated}
	default:
		c.Outcome = evaluation.Met
	}
}

// checkNextNeeds: the needs of the next phase are supplied by the partners
// (004:805-806). The needs checked [I] are those that rise at the next phase
// and those it has at ++ or +++: "les besoins qui permettront de passer à
// l'étape d'après" are the next step's strong needs as well as its new ones,
// so a crossing within a macro-phase (conception → expérimentation,
// essaimage → industrialisation), where no need rises, still checks the
// strong ones. A rising need missing is Major; a need that does not rise
// (the project has it already, at least as strongly) missing, or any need
// thin, is Minor [D]: the crossing asks for the new needs first, and the
// others are gaps the project already lives with.
func (a *Assessor) checkNextNeeds(d *Dossier, c *Check) {
	next, ok := d.Phase.Next()
	if !ok {
		c.Outcome, c.Detail = evaluation.NotApplicable, Detail{Code: NoNextPhase}
		return
	}
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: NoPartnership}
		return
	}
	// The coverage at the next phase judges each lever against its
	// intensity there.
	cov, err := d.Partnership.Coverage(next, a.rubric.Needs, a.rubric.Partnership)
	if err != nil {
		invalidInput(c, err)
		return
	}
	now := a.rubric.Needs.Of(d.Phase)
	sev := Severity(0)
	for i, lc := range cov.Levers {
		rising := lc.Need.Intensity > now[i].Intensity
		if !rising && lc.Need.Intensity < innovation.Medium {
			continue // neither rising nor strong at the next phase
		}
		switch lc.Supply {
		case partnership.Missing:
			if rising {
				sev = Major
			} else {
				sev = max(sev, Minor)
			}
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, Detail{Code: GapNeed, Intensity: lc.Need.Intensity, Phase: next}))
		case partnership.Thin:
			sev = max(sev, Minor)
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, Detail{Code: GapNeed, Intensity: lc.Need.Intensity, Phase: next, Count: len(lc.Suppliers)}))
		}
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[NextNeedsSupplied])
	c.Detail = Detail{Code: NeedsNotCovered, Count: len(c.Gaps)}
}

// stakeholderLever is the lever a missing stakeholder points to [D].
var stakeholderLever = map[innovation.Stakeholder]innovation.Lever{
	innovation.PorteurIdee:    innovation.Conseil,
	innovation.Catalyseurs:    innovation.CompetencesReseau,
	innovation.Financeurs:     innovation.Financement,
	innovation.Beneficiaires:  innovation.Evaluation,
	innovation.ExpertsConseil: innovation.Conseil,
	innovation.Academique:     innovation.Evaluation,
	innovation.Institutions:   innovation.Financement,
	innovation.Pairs:          innovation.CompetencesReseau,
	innovation.Gouvernance:    innovation.Conseil,
}

// checkStakeholders: the stakeholders the phase calls for are mobilised
// (004:3210-3237), at least at the rubric's Mobilised level.
func (a *Assessor) checkStakeholders(d *Dossier, c *Check) {
	if d.Stakeholders == nil {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: StakeholdersUnstated}
		return
	}
	if err := d.stakeholdersProblem(); err != nil {
		invalidInput(c, err)
		return
	}
	m := d.Phase.MacroPhase()
	var under []innovation.Stakeholder
	for s := range innovation.Stakeholders() {
		asked := a.rubric.Stakeholders.At(s, m)
		need, got := a.rubric.Mobilised[asked], d.Stakeholders[s]
		if need == innovation.None || got >= need {
			continue
		}
		under = append(under, s)
		c.Gaps = append(c.Gaps, a.gap(stakeholderLever[s], Detail{Code: GapStakeholder, Stakeholder: s, Intensity: asked, Mobilised: got}))
	}
	if len(under) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: UnderMobilised, Stakeholders: under}
}

// checkEvaluation: the evaluations fit the phase's plan (004:3161-3386).
func (a *Assessor) checkEvaluation(d *Dossier, c *Check) {
	if len(d.Evaluations) == 0 {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: NoEvaluation}
		c.Gaps = append(c.Gaps, a.gap(innovation.Evaluation, Detail{Code: GapPlanEvaluation}))
		return
	}
	fs, err := evaluation.Check(d.Phase, d.Evaluations...)
	if err != nil {
		// The same problems, at the dossier's paths ("evaluations[0]…",
		// not Check's "reports[0]…").
		if at := d.evaluationsProblem(); at != nil {
			err = at
		}
		invalidInput(c, err)
		return
	}
	if len(fs) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	codes := make([]evaluation.Code, 0, len(fs))
	for i := range fs {
		codes = append(codes, fs[i].Code)
		c.Gaps = append(c.Gaps, a.gap(innovation.Evaluation, Detail{Code: GapEvaluation, Evaluation: &fs[i]}))
	}
	c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: EvaluationMisfits, Codes: codes}
}

// checkBudget: evaluation at most 10%, capacity building toward 22% when
// scaling (004:3105-3107, 3202-3208).
func (a *Assessor) checkBudget(d *Dossier, c *Check) {
	if d.Budget == nil {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: NoBudget}
		return
	}
	fs, err := d.Budget.Check(d.Phase)
	if err != nil {
		invalidInput(c, err)
		return
	}
	if len(fs) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	codes := make([]evaluation.Code, 0, len(fs))
	for i := range fs {
		f := &fs[i]
		codes = append(codes, f.Code)
		lever := innovation.Evaluation
		if f.Code == evaluation.CapacityBelowScale {
			lever = innovation.Conseil
		}
		c.Gaps = append(c.Gaps, a.gap(lever, Detail{Code: GapEvaluation, Evaluation: f}))
	}
	c.Outcome, c.Detail = evaluation.NotMet, Detail{Code: BudgetMisfits, Codes: codes}
}

// checkPartnership: balanced and not drifting (001:12-33). Critical findings
// are Major, warnings Minor; commitment findings belong to CommitmentPlanned.
func (a *Assessor) checkPartnership(d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: NoPartnership}
		return
	}
	fs, err := d.Partnership.Diagnose(a.rubric.Partnership)
	if err != nil {
		invalidInput(c, err)
		return
	}
	sev := Severity(0)
	var risks []partnership.Risk
	for i, f := range fs {
		if f.Risk == partnership.NoExitStrategy || f.Risk == partnership.ShortCommitment || f.Severity == partnership.Info {
			continue
		}
		risks = append(risks, f.Risk)
		if f.Severity == partnership.Critical {
			sev = Major
		} else {
			sev = max(sev, Minor)
		}
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, Detail{Code: GapPartnership, Partnership: &fs[i]}))
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[PartnershipBalanced])
	c.Detail = Detail{Code: PartnershipRisks, Risks: risks}
}

// checkCommitment: a commitment of at least the rubric's months (AG2R: "3
// ans minimum", 004:3079) and an exit strategy anticipated up front
// (004:5713-5715).
func (a *Assessor) checkCommitment(d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: NoPartnership}
		return
	}
	t := d.Partnership.Terms()
	minMonths := a.rubric.Partnership.MinCommitmentMonths
	problems := Detail{Code: CommitmentShort}
	unknown := false
	switch {
	case t.CommitmentMonths == 0:
		unknown = true
	case t.CommitmentMonths < minMonths:
		problems.Months, problems.MinMonths = t.CommitmentMonths, minMonths
		c.Gaps = append(c.Gaps, a.gap(innovation.Financement, Detail{Code: GapCommitment, MinMonths: minMonths}))
	}
	switch t.ExitStrategy {
	case partnership.Unstated:
		unknown = true
	case partnership.No:
		problems.NoExit = true
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, Detail{Code: GapExitStrategy}))
	}
	switch {
	case problems.Months > 0 || problems.NoExit:
		c.Outcome, c.Detail = evaluation.NotMet, problems
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, Detail{Code: CommitmentUnstated}
	default:
		c.Outcome = evaluation.Met
	}
}
