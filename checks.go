package societal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// checks holds one function per criterion, indexed by CriterionID-1. Each
// sets the outcome, the detail and the gaps of c; a NotMet without an
// explicit severity takes the rubric's.
var checks = [NumCriteria]func(a *Assessor, d *Dossier, c *Criterion){
	PhaseIdentified - 1:       checkPhase,
	EconomicModelFit - 1:      checkEconomicModel,
	DimensionsCovered - 1:     checkDimensions,
	NextNeedsSupplied - 1:     checkNextNeeds,
	StakeholdersMobilised - 1: checkStakeholders,
	EvaluationFit - 1:         checkEvaluation,
	BudgetGuidance - 1:        checkBudget,
	PartnershipBalanced - 1:   checkPartnership,
	CommitmentPlanned - 1:     checkCommitment,
}

// gapList collects the gaps of one criterion, to be built together by
// build. A check keeps it on its stack: up to len(levers) gaps cost two
// allocations in all, more cost two per further batch.
type gapList struct {
	n       int
	levers  [innovation.NumStakeholders]innovation.Lever
	details [innovation.NumStakeholders]string
	built   []Gap // the batches built before a full list was flushed
}

// add records a gap of lever l with its detail.
func (g *gapList) add(a *Assessor, l innovation.Lever, detail string) {
	if g.n == len(g.levers) {
		g.built = append(g.built, a.gaps(g.levers[:], g.details[:])...)
		g.n = 0
	}
	g.levers[g.n], g.details[g.n] = l, detail
	g.n++
}

// len is the number of gaps added.
func (g *gapList) len() int { return len(g.built) + g.n }

// build returns the gaps added, in order, each with the kinds of partner
// that bring its lever (the report owns them), or nil if none.
func (g *gapList) build(a *Assessor) []Gap {
	out := a.gaps(g.levers[:g.n], g.details[:g.n])
	if g.built == nil {
		return out
	}
	return append(g.built, out...)
}

// gaps returns the gaps of levers[i] with details[i], each with the kinds
// of partner that bring its lever (a copy: the report owns its data), in
// two allocations whatever their number: the partner kinds of all the gaps
// share one array, each gap capped to its own part of it.
func (a *Assessor) gaps(levers []innovation.Lever, details []string) []Gap {
	if len(levers) == 0 {
		return nil
	}
	n := 0
	for _, l := range levers {
		n += len(a.rubric.Suppliers[l-1])
	}
	kinds := make([]partnership.Kind, 0, n)
	out := make([]Gap, len(levers))
	for i, l := range levers {
		lo := len(kinds)
		kinds = append(kinds, a.rubric.Suppliers[l-1]...)
		out[i] = Gap{Lever: l, Detail: details[i]}
		if hi := len(kinds); hi > lo {
			out[i].Partners = kinds[lo:hi:hi]
		}
	}
	return out
}

// checkPhase: the phase is identified, and the history, if any, agrees
// (004:880-888). An abandoned project is reported here.
func checkPhase(_ *Assessor, d *Dossier, c *Criterion) {
	switch {
	case !d.Phase.IsValid():
		c.Outcome, c.Detail = evaluation.NotMet, "the phase is not identified"
	case d.Lifecycle != nil && d.Lifecycle.Status.Phase != d.Phase:
		c.Outcome, c.Detail = evaluation.NotMet, fmt.Sprintf("the history ends in %q, the dossier says %q", d.Lifecycle.Status.Phase, d.Phase)
	case d.Lifecycle != nil && d.Lifecycle.Validate() != nil:
		c.Outcome, c.Detail = evaluation.NotMet, "the history is inconsistent"
	case d.Lifecycle != nil && d.Lifecycle.Status.Abandoned:
		c.Outcome, c.Detail = evaluation.NotMet, "the project was abandoned"
	default:
		c.Outcome = evaluation.Met
	}
}

// checkEconomicModel: R&D up to modélisation, an operator model from the
// changement d'échelle on; at modélisation the operator model must be
// established before the crossing (004:793-797).
func checkEconomicModel(a *Assessor, d *Dossier, c *Criterion) {
	want := d.Phase.EconomicModel()
	next, hasNext := d.Phase.Next()
	switch {
	case want == innovation.ModeleOperateur && d.EconomicModel == innovation.ModeleRD:
		c.Outcome = evaluation.NotMet
		c.Detail = fmt.Sprintf("still on the R&D model in %q, where an operator model is needed", d.Phase)
		var g gapList
		g.add(a, innovation.Conseil, "build a viable operator model")
		g.add(a, innovation.Financement, "finance the change of model")
		c.Gaps = g.build(a)
	case hasNext && next.EconomicModel() == innovation.ModeleOperateur && want == innovation.ModeleRD:
		// The crossing ahead changes the model: the operator model must be ready.
		switch d.OperatorModel {
		case Established:
			c.Outcome = evaluation.Met
		case Unstated:
			c.Outcome, c.Detail = evaluation.Unknown, "the dossier does not say where the operator model stands"
		default:
			// Absent blocks the crossing; partial makes it "not yet".
			c.Outcome = evaluation.NotMet
			c.Detail = fmt.Sprintf("operator model %s before the crossing to %q", d.OperatorModel, next)
			var g gapList
			g.add(a, innovation.Conseil, "model the operator economics (the crise de croissance)")
			c.Gaps = g.build(a)
			if d.OperatorModel == Partial {
				c.Severity = min(Major, a.rubric.Severity[EconomicModelFit-1])
			}
		}
	case d.EconomicModel == 0:
		c.Outcome, c.Detail = evaluation.Unknown, "the economic model in place is not stated"
	default:
		c.Outcome = evaluation.Met
	}
}

// checkDimensions: solution, processus and modèle économique are covered
// before deployment (004:734-764): from modélisation on.
func checkDimensions(a *Assessor, d *Dossier, c *Criterion) {
	if d.Phase < innovation.Modelisation {
		c.Outcome, c.Detail = evaluation.NotApplicable, "required from modélisation on"
		return
	}
	unknown := false
	var missing []string
	var g gapList
	for dim := range innovation.Dimensions() {
		switch d.Dimensions[dim-1] {
		case Established:
		case Unstated:
			unknown = true
		default:
			missing = append(missing, dim.String())
			lever := innovation.Conseil
			if dim == innovation.Processus {
				lever = innovation.CompetencesReseau
			}
			g.add(a, lever, dim.Label(innovation.English)+" not established")
		}
	}
	switch {
	case len(missing) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, "not established: "+strings.Join(missing, ", ")
		c.Gaps = g.build(a)
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, "not every dimension is stated"
	default:
		c.Outcome = evaluation.Met
	}
}

// checkNextNeeds: the needs rising at the next phase are supplied by the
// partners (004:805-806); missing ones are Major, thin ones Minor.
func checkNextNeeds(a *Assessor, d *Dossier, c *Criterion) {
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
	var g gapList
	for _, lc := range cov.Rising {
		switch lc.Supply {
		case partnership.Missing:
			sev = Major
			g.add(a, lc.Need.Lever, "needed at "+lc.Need.Intensity.String()+" in "+cov.Next.String()+", supplied by no partner")
		case partnership.Thin:
			sev = max(sev, Minor)
			g.add(a, lc.Need.Lever, "needed at "+lc.Need.Intensity.String()+" in "+cov.Next.String()+", supplied by "+strconv.Itoa(len(lc.Suppliers))+" partner(s) only")
		}
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[NextNeedsSupplied-1])
	c.Detail = strconv.Itoa(g.len()) + " rising need(s) not covered"
	c.Gaps = g.build(a)
}

// stakeholderLever is the lever a missing stakeholder points to [D].
var stakeholderLever = [innovation.NumStakeholders]innovation.Lever{
	innovation.PorteurIdee - 1:    innovation.Conseil,
	innovation.Catalyseurs - 1:    innovation.CompetencesReseau,
	innovation.Financeurs - 1:     innovation.Financement,
	innovation.Beneficiaires - 1:  innovation.Evaluation,
	innovation.ExpertsConseil - 1: innovation.Conseil,
	innovation.Academique - 1:     innovation.Evaluation,
	innovation.Institutions - 1:   innovation.Financement,
	innovation.Pairs - 1:          innovation.CompetencesReseau,
	innovation.Gouvernance - 1:    innovation.Conseil,
}

// checkStakeholders: the stakeholders the phase calls for are mobilised
// (004:3210-3237), at least at the rubric's Mobilised level.
func checkStakeholders(a *Assessor, d *Dossier, c *Criterion) {
	if d.Stakeholders == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "mobilised stakeholders not stated"
		return
	}
	want := a.rubric.Stakeholders.Of(d.Phase)
	var (
		g      gapList
		detail strings.Builder
	)
	for s := range innovation.AllStakeholders() {
		need, got := a.rubric.Mobilised[want[s-1]], d.Stakeholders[s]
		if need == innovation.None || got >= need {
			continue
		}
		if g.len() == 0 {
			detail.Grow(128) // the prefix and a few keys: one allocation in the usual case
			detail.WriteString("under-mobilised: ")
		} else {
			detail.WriteString(", ")
		}
		detail.WriteString(s.String())
		g.add(a, stakeholderLever[s-1], s.Label(innovation.English)+" asked at "+want[s-1].String()+", mobilised at "+got.String())
	}
	if g.len() == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Detail = evaluation.NotMet, detail.String()
	c.Gaps = g.build(a)
}

// checkEvaluation: the evaluations fit the phase's plan (004:3161-3386).
func checkEvaluation(a *Assessor, d *Dossier, c *Criterion) {
	if len(d.Evaluations) == 0 {
		c.Outcome, c.Detail = evaluation.Unknown, "no evaluation in the dossier"
		var g gapList
		g.add(a, innovation.Evaluation, "plan an evaluation fitting the phase")
		c.Gaps = g.build(a)
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
	c.Outcome = evaluation.NotMet
	codes := make([]string, len(fs))
	var g gapList
	for i, f := range fs {
		codes[i] = f.Code.String()
		g.add(a, innovation.Evaluation, f.String())
	}
	c.Detail = "misfits: " + strings.Join(codes, ", ")
	c.Gaps = g.build(a)
}

// checkBudget: evaluation at most 10%, capacity building toward 22% when
// scaling (004:3105-3107, 3202-3208).
func checkBudget(a *Assessor, d *Dossier, c *Criterion) {
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
	c.Outcome = evaluation.NotMet
	codes := make([]string, len(fs))
	var g gapList
	for i, f := range fs {
		codes[i] = f.Code.String()
		lever := innovation.Evaluation
		if f.Code == evaluation.CapacityBelowScale {
			lever = innovation.Conseil
		}
		g.add(a, lever, f.String())
	}
	c.Detail = strings.Join(codes, ", ")
	c.Gaps = g.build(a)
}

// checkPartnership: balanced and not drifting (001:12-33). Critical findings
// are Major, warnings Minor; commitment findings belong to CommitmentPlanned.
func checkPartnership(a *Assessor, d *Dossier, c *Criterion) {
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
	risks := make([]string, 0, 8) // one per kind of risk: on the stack
	var g gapList
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
		g.add(a, innovation.Conseil, f.Message)
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[PartnershipBalanced-1])
	c.Detail = strings.Join(risks, ", ")
	c.Gaps = g.build(a)
}

// checkCommitment: a commitment of at least the rubric's months (AG2R: "3
// ans minimum", 004:3079) and an exit strategy anticipated up front
// (004:5713-5715).
func checkCommitment(a *Assessor, d *Dossier, c *Criterion) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, "no partnership stated"
		return
	}
	t := d.Partnership.Terms()
	minMonths := a.rubric.Partnership.MinCommitmentMonths
	problems := make([]string, 0, 2)
	var g gapList
	unknown := false
	switch {
	case t.CommitmentMonths == 0:
		unknown = true
	case t.CommitmentMonths < minMonths:
		problems = append(problems, fmt.Sprintf("commitment of %d months, under %d", t.CommitmentMonths, minMonths))
		g.add(a, innovation.Financement, "a commitment of at least "+strconv.Itoa(minMonths)+" months")
	}
	switch t.ExitStrategy {
	case partnership.Unstated:
		unknown = true
	case partnership.No:
		problems = append(problems, "no exit strategy")
		g.add(a, innovation.Conseil, "anticipate an exit strategy up front")
	}
	switch {
	case len(problems) > 0:
		c.Outcome, c.Detail = evaluation.NotMet, strings.Join(problems, "; ")
		c.Gaps = g.build(a)
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, "commitment length or exit strategy not stated"
	default:
		c.Outcome = evaluation.Met
	}
}
