package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// PhaseIdentified: the project's phase is identified (and its history
// consistent) before levers are chosen: "l'étape dans laquelle se trouve le
// projet" (004:880-888). It also reads what identifies the project, its
// id, name and carrier: invalid text there makes it NotMet and Blocking,
// as any invalid part of a dossier makes the check that reads it.
const PhaseIdentified CheckID = 1

func init() { define(&phaseIdentified) }

var phaseIdentified = checkDef{
	id:     PhaseIdentified,
	key:    "phase-identified",
	label:  lang.Text{"Phase identifiée", "Phase identified"},
	source: "004:880-888",
	request: lang.Text{"la phase où se trouve le projet et, si possible, l'historique de ses passages",
		"the phase the project stands in and, if kept, the history of its crossings"},
	field: "phase, history",
	// An unidentified phase blocks: nothing can be judged against it
	// (004:886-888) [D]. Required in every phase [S]: it is never Unknown,
	// but a row of its own keeps DefaultRequired complete.
	severity:   Blocking,
	weight:     2,
	required:   []innovation.Phase{innovation.Conception, innovation.Experimentation, innovation.Modelisation, innovation.Essaimage, innovation.Industrialisation},
	identifies: true,
	judge:      judgePhase,
	details:    []*detailKind{historyMismatch, historyInconsistent, projectAbandoned},
}

var (
	historyMismatch = &detailKind{code: "history-mismatch",
		texts: []lang.Text{{"l'historique s'achève en {1}, le dossier indique {2}", "the history ends in {1}, the dossier says {2}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			return 0, []lang.Arg{d.Phase, d.OtherPhase}, true
		}}
	historyInconsistent = &detailKind{code: "history-inconsistent",
		texts: []lang.Text{{"l'historique est incohérent", "the history is inconsistent"}}}
	projectAbandoned = &detailKind{code: "project-abandoned",
		texts: []lang.Text{{"le projet a été abandonné", "the project was abandoned"}}}
)

// judgePhase: the project is identified, its phase too, and the history,
// if any, leads to it (004:880-888). An abandoned project is reported
// here.
func judgePhase(_ *Assessor, d *Dossier, c *Check) {
	n := len(d.History)
	if ps := d.identityProblems(); len(ps) > 0 {
		refuse(c, ps...)
		return
	}
	switch {
	case !d.Phase.IsValid():
		c.Outcome, c.Detail = evaluation.NotMet, phaseUnknown.detail()
	case n > 0 && d.History[n-1].To != d.Phase:
		c.Outcome, c.Detail = evaluation.NotMet, historyMismatch.with(Detail{Phase: d.History[n-1].To, OtherPhase: d.Phase})
	case n > 0 && d.historyProblem() != nil:
		c.Outcome, c.Detail = evaluation.NotMet, historyInconsistent.detail()
	case d.Status().Abandoned:
		c.Outcome, c.Detail = evaluation.NotMet, projectAbandoned.detail()
	default:
		c.Outcome = evaluation.Met
	}
}
