package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// EvaluationFit: the evaluation fits the phase: form, degree, evaluators
// (004:3161-3386, MODEL §3).
const EvaluationFit CheckID = 6

func init() { define(&evaluationFit) }

var evaluationFit = checkDef{
	id:     EvaluationFit,
	key:    "evaluation",
	label:  lang.Text{"Évaluation adaptée à la phase", "Evaluation fits the phase"},
	source: "004:3161-3386",
	request: lang.Text{"les évaluations menées ou prévues\u00a0: forme, degré de maturité, évaluateurs",
		"the evaluations done or planned: form, degree of maturity, evaluators"},
	field:    "evaluations",
	severity: Minor, // reported, never the verdict [D]
	weight:   1,
	// Required before Expérimentation → Modélisation, the Vallée de la
	// mort, and before Modélisation → Essaimage [I]. Before a project
	// wants to "compter", it must "se conter" and "se compter"
	// (002:1036): in R&D the evaluation checks the solution's relevance
	// against the initial ambition, and "il est opportun de commencer à
	// écrire le chemin parcouru" (004:3346-3348); the crossing into
	// modélisation, where the evaluation is "renforcée" (004:3384-3386),
	// is not judged on a project that has not begun to tell its path. A
	// dossier with no evaluation is then Unknown there, so "À instruire",
	// never Ready. At Conception nothing has been experimented yet: not
	// required.
	required: []innovation.Phase{innovation.Experimentation, innovation.Modelisation},
	judge:    judgeEvaluation,
	details:  []*detailKind{noEvaluation, evaluationMisfits, gapPlanEvaluation},
}

var (
	noEvaluation = &detailKind{code: "no-evaluation",
		texts: []lang.Text{{"aucune évaluation dans le dossier", "no evaluation in the dossier"}}}
	evaluationMisfits = &detailKind{code: "evaluation-misfits",
		texts: []lang.Text{{"{1}", "{1}"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{joined(args(d.Codes))}, true }}
	gapPlanEvaluation = &detailKind{code: "gap-plan-evaluation",
		texts: []lang.Text{{"prévoir une évaluation adaptée à la phase", "plan an evaluation fitting the phase"}}}
)

// judgeEvaluation: the evaluations fit the phase's plan (004:3161-3386).
func judgeEvaluation(a *Assessor, d *Dossier, c *Check) {
	if len(d.Evaluations) == 0 {
		c.Outcome, c.Detail = evaluation.Unknown, noEvaluation.detail()
		c.Gaps = append(c.Gaps, a.gap(innovation.Evaluation, gapPlanEvaluation.detail()))
		return
	}
	fs, err := evaluation.Check(d.Phase, d.Evaluations...)
	if err != nil {
		// The same problems, at the dossier's paths ("evaluations[0]…",
		// not Check's "reports[0]…").
		if ps := d.evaluationsProblems(); len(ps) > 0 {
			refuse(c, ps...)
		} else {
			refuse(c, err)
		}
		return
	}
	judgeFindings(a, c, fs, evaluationMisfits, func(evaluation.Code) innovation.Lever { return innovation.Evaluation })
}
