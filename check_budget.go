package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// BudgetGuidance: evaluation at most 10% of the budget, capacity building
// toward 22% when scaling (004:3105-3107, 3202-3208).
const BudgetGuidance CheckID = 7

func init() { define(&budgetGuidance) }

var budgetGuidance = checkDef{
	id:     BudgetGuidance,
	key:    "budget",
	label:  lang.Text{"Budget d'évaluation et de renforcement", "Evaluation and capacity budget"},
	source: "004:3105-3107, 3202-3208",
	request: lang.Text{"le budget du projet avec la part consacrée à l'évaluation et au renforcement des capacités",
		"the project's budget with its evaluation and capacity-building shares"},
	field:    "budget",
	severity: Minor, // reported, never the verdict [D]
	weight:   1,
	judge:    judgeBudget,
	details:  []*detailKind{noBudget, budgetMisfits},
}

var (
	noBudget = &detailKind{code: "no-budget",
		texts: []lang.Text{{"budget non indiqué", "no budget stated"}}}
	budgetMisfits = &detailKind{code: "budget-misfits",
		texts: []lang.Text{{"{1}", "{1}"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{joined(args(d.Codes))}, true }}
)

// judgeBudget: evaluation at most 10%, capacity building toward 22% when
// scaling (004:3105-3107, 3202-3208).
func judgeBudget(a *Assessor, d *Dossier, c *Check) {
	if d.Budget == nil {
		c.Outcome, c.Detail = evaluation.Unknown, noBudget.detail()
		return
	}
	fs, err := d.Budget.Check(d.Phase)
	if err != nil {
		refuse(c, err)
		return
	}
	judgeFindings(a, c, fs, budgetMisfits, func(code evaluation.Code) innovation.Lever {
		if code == evaluation.CapacityBelowScale {
			return innovation.Conseil // capacity building is advice's
		}
		return innovation.Evaluation
	})
}
