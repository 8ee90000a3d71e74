package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// EconomicModelFit: the economic model fits the phase and the next: R&D
// up to modélisation, a credible operator model at the changement
// d'échelle (004:793-797).
const EconomicModelFit CheckID = 2

func init() { define(&economicModelFit) }

var economicModelFit = checkDef{
	id:     EconomicModelFit,
	key:    "economic-model",
	label:  lang.Text{"Modèle économique adapté", "Economic model fits"},
	source: "004:793-797",
	request: lang.Text{"le modèle économique en place (R&D ou opérateur) et l'état du modèle d'opérateur\u00a0: plan d'affaires, sources de revenus au-delà de la subvention",
		"the economic model in place (R&D or operator) and where the operator model stands: business plan, revenues beyond grants"},
	field: "economic_model, operator_model",
	// A project still on the R&D model once it scales is blocked: "il doit
	// reposer sur un modèle viable à long terme, d'opérateur" (004:795-797)
	// [D]. Required from Modélisation on: the source places the passage
	// from the R&D to the operator model there, "la difficulté réside dans
	// le passage de l'un à l'autre" (004:793-797) [S], but says nothing of
	// stating where the operator model stands before the crossing [D];
	// from Essaimage on, the operator model in place (004:795-797) [S]. In
	// R&D (Conception, Expérimentation) the economic model is R&D by
	// definition (004:793-795), so it is not required there [D].
	severity: Blocking,
	weight:   2,
	required: []innovation.Phase{innovation.Modelisation, innovation.Essaimage, innovation.Industrialisation},
	graded: lang.Text{"un modèle opérateur absent avant l'essaimage pèse au plus «\u00a0Majeure\u00a0» (la source l'attend à l'essaimage, pas avant)",
		"an operator model absent before essaimage weighs at most Major (the source asks for it at essaimage, not before)"},
	judge: judgeEconomicModel,
	details: []*detailKind{stillRD, operatorUnderWay, operatorUnstated, noOperatorModel, economicModelUnstated,
		gapOperatorModel, gapFinanceModelChange, gapOperatorEconomics, gapFinancePassage},
}

var (
	stillRD = &detailKind{code: "still-rd",
		texts: []lang.Text{{"encore sur le modèle R&D en {1}, où un modèle opérateur est nécessaire", "still on the R&D model in {1}, where an operator model is needed"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{d.Phase}, true }}
	operatorUnderWay = &detailKind{code: "operator-under-way",
		texts: []lang.Text{{"modèle opérateur en cours, à rendre viable dès le changement d'échelle", "operator model under way, to be viable once the project scales"}}}
	operatorUnstated = &detailKind{code: "operator-unstated",
		texts: []lang.Text{{"le dossier ne dit pas où en est le modèle opérateur", "the dossier does not say where the operator model stands"}}}
	noOperatorModel = &detailKind{code: "no-operator-model",
		texts: []lang.Text{{"aucun modèle opérateur avant le passage en {1}", "no operator model before the crossing to {1}"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{d.Phase}, true }}
	economicModelUnstated = &detailKind{code: "economic-model-unstated",
		texts: []lang.Text{{"le modèle économique en place n'est pas indiqué", "the economic model in place is not stated"}}}
	gapOperatorModel = &detailKind{code: "gap-operator-model",
		texts: []lang.Text{{"construire un modèle opérateur viable", "build a viable operator model"}}}
	gapFinanceModelChange = &detailKind{code: "gap-finance-model-change",
		texts: []lang.Text{{"financer le changement de modèle", "finance the change of model"}}}
	gapOperatorEconomics = &detailKind{code: "gap-operator-economics",
		texts: []lang.Text{{"modéliser l'économie de l'opérateur (la crise de croissance)", "model the operator economics (the growth crisis)"}}}
	gapFinancePassage = &detailKind{code: "gap-finance-passage",
		texts: []lang.Text{{"financer le passage au modèle opérateur", "finance the passage to the operator model"}}}
)

// judgeEconomicModel: the model is R&D "jusqu'en phase de modélisation"
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
func judgeEconomicModel(a *Assessor, d *Dossier, c *Check) {
	if ps := d.economicProblems(); len(ps) > 0 {
		refuse(c, ps...)
		return
	}
	want := d.Phase.EconomicModel()
	next, hasNext := d.Phase.Next()
	switch {
	case want == innovation.ModeleOperateur && d.EconomicModel == innovation.ModeleRD:
		c.Outcome = evaluation.NotMet
		c.Detail = stillRD.with(Detail{Phase: d.Phase})
		c.Gaps = append(c.Gaps,
			a.gap(innovation.Conseil, gapOperatorModel.detail()),
			a.gap(innovation.Financement, gapFinanceModelChange.detail()))
	case hasNext && next.EconomicModel() == innovation.ModeleOperateur && want == innovation.ModeleRD:
		// The crossing ahead changes the model: the operator model must be under way.
		switch d.OperatorModel {
		case Established:
			c.Outcome = evaluation.Met
		case Partial:
			c.Outcome, c.Detail = evaluation.Met, operatorUnderWay.detail()
		case Unstated:
			c.Outcome, c.Detail = evaluation.Unknown, operatorUnstated.detail()
		default:
			c.Outcome, c.Severity = evaluation.NotMet, min(Major, a.rubric.Severity[EconomicModelFit])
			c.Detail = noOperatorModel.with(Detail{Phase: next})
			c.Gaps = append(c.Gaps,
				a.gap(innovation.Conseil, gapOperatorEconomics.detail()),
				a.gap(innovation.Financement, gapFinancePassage.detail()))
		}
	case d.EconomicModel == 0:
		c.Outcome, c.Detail = evaluation.Unknown, economicModelUnstated.detail()
	default:
		c.Outcome = evaluation.Met
	}
}
