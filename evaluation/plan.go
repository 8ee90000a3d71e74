package evaluation

import (
	"slices"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// Plan is what evaluation should look like at one phase of a project
// (MODEL §3.3; 004:3161-3386, the three workshop groups, read together).
// The rows are per macro-phase: the two phases of R&D sociétale share one
// plan, and so do the two phases of Déploiement.
//
// Its texts are the sources' words, French as they write it, then the
// gloss; a report shows them in a language l with their typography,
// l.Typeset(p.Focus.In(l)).
//
// The zero value is no plan (invalid Phase). A Plan returned by PlanFor is
// the caller's own copy: modifying its slices does not affect the package.
// Safe for concurrent use once built.
type Plan struct {
	// Phase is the phase the plan was asked for.
	Phase innovation.Phase
	// MacroPhase is the macro-phase of Phase, whose row the plan is.
	MacroPhase innovation.MacroPhase
	// Purpose is Le RAMEAU's stake for the stage (004:3118-3132).
	Purpose lang.Text
	// Focus is what evaluation looks at.
	Focus lang.Text
	// Criteria are the kinds of criteria and the perimeter.
	Criteria lang.Text
	// Goal is the goal toward the stakeholders.
	Goal lang.Text
	// Effort is the means to put in (004:3364-3372, 3384-3386); Check
	// reads it in the reports (NoBeneficiaryAccount at deployment; see
	// Check).
	Effort lang.Text
	// Advice is the group's recommendation.
	Advice lang.Text
	// Degree is the degree of maturity the phase calls for; Check reports
	// DegreeMissing when no evaluation reaches it.
	Degree Degree
	// MaxDegree is the highest degree that fits the phase; Check reports
	// DegreeTooEarly for an evaluation beyond it.
	MaxDegree Degree
	// Forms are the forms the focus calls for; Check reports FormMissing for
	// each one absent.
	Forms []Form
	// Evaluators are the three key actors of evaluation, the same at every
	// phase (004:3265-3267).
	Evaluators []Evaluator
	// Required are the evaluators whose absence Check reports
	// (EvaluatorMissing).
	Required []Evaluator
	// Sources cites the passages behind the row.
	Sources string
}

// PlanFor returns the evaluation plan of phase (MODEL §3.3). An invalid phase
// is a *problem.Error naming "phase" that unwraps to ErrInvalid.
func PlanFor(phase innovation.Phase) (Plan, error) {
	if !phase.IsValid() {
		return Plan{}, pkg.Invalid("phase", phase)
	}
	m := phase.MacroPhase()
	p := plans[m-1]
	p.Phase = phase
	p.MacroPhase = m
	p.Forms = slices.Clone(p.Forms)
	p.Evaluators = slices.Clone(p.Evaluators)
	p.Required = slices.Clone(p.Required)
	return p, nil
}
