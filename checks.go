package societal

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

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
func (a *Assessor) gap(l innovation.Lever, detail string) Gap {
	return Gap{Lever: l, Partners: slices.Clone(a.rubric.Suppliers[l]), Detail: detail}
}

// checkPhase: the phase is identified, and the history, if any, leads to
// it (004:880-888). An abandoned project is reported here.
func checkPhase(d *Dossier, c *Check) {
	n := len(d.History)
	switch {
	case !d.Phase.IsValid():
		c.Outcome, c.Detail = evaluation.NotMet, "the phase is not identified"
	case n > 0 && d.History[n-1].To != d.Phase:
		c.Outcome, c.Detail = evaluation.NotMet, fmt.Sprintf("the history ends in %q, the dossier says %q", d.History[n-1].To, d.Phase)
	case n > 0 && historyProblem(d) != nil:
		c.Outcome, c.Detail = evaluation.NotMet, "the history is inconsistent"
	case d.Status().Abandoned:
		c.Outcome, c.Detail = evaluation.NotMet, "the project was abandoned"
	default:
		c.Outcome = evaluation.Met
	}
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
	want := d.Phase.EconomicModel()
	next, hasNext := d.Phase.Next()
	switch {
	case want == innovation.ModeleOperateur && d.EconomicModel == innovation.ModeleRD:
		c.Outcome = evaluation.NotMet
		c.Detail = fmt.Sprintf("still on the R&D model in %q, where an operator model is needed", d.Phase)
		c.Gaps = append(c.Gaps,
			a.gap(innovation.Conseil, "build a viable operator model"),
			a.gap(innovation.Financement, "finance the change of model"))
	case hasNext && next.EconomicModel() == innovation.ModeleOperateur && want == innovation.ModeleRD:
		// The crossing ahead changes the model: the operator model must be under way.
		switch d.OperatorModel {
		case Established:
			c.Outcome = evaluation.Met
		case Partial:
			c.Outcome, c.Detail = evaluation.Met, "operator model under way, to be viable from the changement d'échelle on"
		case Unstated:
			c.Outcome, c.Detail = evaluation.Unknown, "the dossier does not say where the operator model stands"
		default:
			c.Outcome, c.Severity = evaluation.NotMet, min(Major, a.rubric.Severity[EconomicModelFit])
			c.Detail = fmt.Sprintf("no operator model before the crossing to %q", next)
			c.Gaps = append(c.Gaps,
				a.gap(innovation.Conseil, "model the operator economics (the crise de croissance)"),
				a.gap(innovation.Financement, "finance the passage to the operator model"))
		}
	case d.EconomicModel == 0:
		c.Outcome, c.Detail = evaluation.Unknown, "the economic model in place is not stated"
	default:
		c.Outcome = evaluation.Met
	}
}

// checkDimensions: solution, processus and modèle économique are covered
// before deployment (004:734-764): from modélisation on.
func (a *Assessor) checkDimensions(d *Dossier, c *Check) {
	if d.Phase < innovation.Modelisation {
		c.Outcome, c.Detail = evaluation.NotApplicable, "required from modélisation on"
		return
	}
	unknown := false
	var missing []string
	for dim := range innovation.Dimensions() {
		switch d.Dimensions.Of(dim) {
		case Established:
		case Unstated:
			unknown = true
		default:
			missing = append(missing, dim.String())
			lever := innovation.Conseil
			if dim == innovation.Processus {
				lever = innovation.CompetencesReseau
			}
			c.Gaps = append(c.Gaps, a.gap(lever, dim.Label(innovation.English)+" not established"))
		}
	}
	switch {
	case len(missing) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, "not established: "+strings.Join(missing, ", ")
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, "not every dimension is stated"
	default:
		c.Outcome = evaluation.Met
	}
}

// checkNextNeeds: the needs rising at the next phase are supplied by the
// partners (004:805-806); missing ones are Major, thin ones Minor.
func (a *Assessor) checkNextNeeds(d *Dossier, c *Check) {
	if d.Phase == innovation.Industrialisation {
		c.Outcome, c.Detail = evaluation.NotApplicable, "no next phase"
		return
	}
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "no partnership stated"
		return
	}
	cov, err := d.Partnership.Coverage(d.Phase, a.rubric.Needs, a.rubric.Partnership)
	if err != nil {
		c.Outcome, c.Detail = evaluation.NotMet, "coverage: "+err.Error()
		return
	}
	sev := Severity(0)
	for _, lc := range cov.Rising {
		needed := "needed at " + lc.Need.Intensity.String() + " in " + cov.Next.String()
		switch lc.Supply {
		case partnership.Missing:
			sev = Major
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, needed+", supplied by no partner"))
		case partnership.Thin:
			sev = max(sev, Minor)
			c.Gaps = append(c.Gaps, a.gap(lc.Need.Lever, needed+", supplied by "+strconv.Itoa(len(lc.Suppliers))+" partner(s) only"))
		}
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[NextNeedsSupplied])
	c.Detail = strconv.Itoa(len(c.Gaps)) + " rising need(s) not covered"
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
		c.Outcome, c.Detail = evaluation.Unknown, "mobilised stakeholders not stated"
		return
	}
	m := d.Phase.MacroPhase()
	var under []string
	for s := range innovation.Stakeholders() {
		asked := a.rubric.Stakeholders.At(s, m)
		need, got := a.rubric.Mobilised[asked], d.Stakeholders[s]
		if need == innovation.None || got >= need {
			continue
		}
		under = append(under, s.String())
		c.Gaps = append(c.Gaps, a.gap(stakeholderLever[s], s.Label(innovation.English)+" asked at "+asked.String()+", mobilised at "+got.String()))
	}
	if len(under) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Detail = evaluation.NotMet, "under-mobilised: "+strings.Join(under, ", ")
}

// checkEvaluation: the evaluations fit the phase's plan (004:3161-3386).
func (a *Assessor) checkEvaluation(d *Dossier, c *Check) {
	if len(d.Evaluations) == 0 {
		c.Outcome, c.Detail = evaluation.Unknown, "no evaluation in the dossier"
		c.Gaps = append(c.Gaps, a.gap(innovation.Evaluation, "plan an evaluation fitting the phase"))
		return
	}
	fs, err := evaluation.Check(d.Phase, d.Evaluations...)
	if err != nil {
		c.Outcome, c.Detail = evaluation.NotMet, "invalid evaluation: "+err.Error()
		return
	}
	if len(fs) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	var codes []string
	for _, f := range fs {
		codes = append(codes, f.Code.String())
		c.Gaps = append(c.Gaps, a.gap(innovation.Evaluation, f.String()))
	}
	c.Outcome, c.Detail = evaluation.NotMet, "misfits: "+strings.Join(codes, ", ")
}

// checkBudget: evaluation at most 10%, capacity building toward 22% when
// scaling (004:3105-3107, 3202-3208).
func (a *Assessor) checkBudget(d *Dossier, c *Check) {
	if d.Budget == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "no budget stated"
		return
	}
	fs, err := d.Budget.Check(d.Phase)
	if err != nil {
		c.Outcome, c.Detail = evaluation.NotMet, "invalid budget: "+err.Error()
		return
	}
	if len(fs) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	var codes []string
	for _, f := range fs {
		codes = append(codes, f.Code.String())
		lever := innovation.Evaluation
		if f.Code == evaluation.CapacityBelowScale {
			lever = innovation.Conseil
		}
		c.Gaps = append(c.Gaps, a.gap(lever, f.String()))
	}
	c.Outcome, c.Detail = evaluation.NotMet, strings.Join(codes, ", ")
}

// checkPartnership: balanced and not drifting (001:12-33). Critical findings
// are Major, warnings Minor; commitment findings belong to CommitmentPlanned.
func (a *Assessor) checkPartnership(d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "no partnership stated"
		return
	}
	fs, err := d.Partnership.Diagnose(a.rubric.Partnership)
	if err != nil {
		c.Outcome, c.Detail = evaluation.NotMet, "diagnose: "+err.Error()
		return
	}
	sev := Severity(0)
	var risks []string
	for _, f := range fs {
		if f.Risk == partnership.NoExitStrategy || f.Risk == partnership.ShortCommitment || f.Severity == partnership.Info {
			continue
		}
		risks = append(risks, f.Risk.String())
		if f.Severity == partnership.Critical {
			sev = Major
		} else {
			sev = max(sev, Minor)
		}
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, f.Message))
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[PartnershipBalanced])
	c.Detail = strings.Join(risks, ", ")
}

// checkCommitment: a commitment of at least the rubric's months (AG2R: "3
// ans minimum", 004:3079) and an exit strategy anticipated up front
// (004:5713-5715).
func (a *Assessor) checkCommitment(d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "no partnership stated"
		return
	}
	t := d.Partnership.Terms()
	minMonths := a.rubric.Partnership.MinCommitmentMonths
	var problems []string
	unknown := false
	switch {
	case t.CommitmentMonths == 0:
		unknown = true
	case t.CommitmentMonths < minMonths:
		problems = append(problems, fmt.Sprintf("commitment of %d months, under %d", t.CommitmentMonths, minMonths))
		c.Gaps = append(c.Gaps, a.gap(innovation.Financement, "a commitment of at least "+strconv.Itoa(minMonths)+" months"))
	}
	switch t.ExitStrategy {
	case partnership.Unstated:
		unknown = true
	case partnership.No:
		problems = append(problems, "no exit strategy")
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, "anticipate an exit strategy up front"))
	}
	switch {
	case len(problems) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, strings.Join(problems, "; ")
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, "commitment length or exit strategy not stated"
	default:
		c.Outcome = evaluation.Met
	}
}
