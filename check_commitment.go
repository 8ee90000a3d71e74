package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// CommitmentPlanned: a multi-year commitment and an exit strategy are
// planned (AG2R practice, 004:3077-3083, 5709-5723).
const CommitmentPlanned CheckID = 9

func init() { define(&commitmentPlanned) }

var commitmentPlanned = checkDef{
	id:     CommitmentPlanned,
	key:    "commitment",
	label:  lang.Text{"Engagement pluriannuel et sortie", "Multi-year commitment and exit"},
	source: "004:3077-3083, 5709-5723",
	request: lang.Text{"la durée de l'engagement des partenaires et la stratégie de sortie prévue",
		"how long the partners commit and the planned exit strategy"},
	field:    "partnership.terms",
	severity: Minor, // reported, never the verdict [D]
	weight:   1,
	judge:    judgeCommitment,
	details:  []*detailKind{commitmentShort, commitmentUnstated, gapCommitment, gapExitStrategy},
}

var (
	commitmentShort = &detailKind{code: "commitment-short",
		texts: []lang.Text{
			{"engagement de {1} mois, en deçà de {2}\u00a0; aucune stratégie de sortie", "commitment of {1} months, under {2}; no exit strategy"},
			{"engagement de {1} mois, en deçà de {2}", "commitment of {1} months, under {2}"},
			{"aucune stratégie de sortie", "no exit strategy"},
		},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			a := []lang.Arg{lang.Int(d.Months), lang.Int(d.MinMonths)}
			switch {
			case d.Months > 0 && d.NoExit:
				return 0, a, true
			case d.Months > 0:
				return 1, a, true
			case d.NoExit:
				return 2, nil, true
			}
			return 0, nil, false
		}}
	commitmentUnstated = &detailKind{code: "commitment-unstated",
		texts: []lang.Text{{"durée de l'engagement ou stratégie de sortie non indiquée", "commitment length or exit strategy not stated"}}}
	gapCommitment = &detailKind{code: "gap-commitment",
		texts: []lang.Text{{"un engagement d'au moins {1} mois", "a commitment of at least {1} months"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{lang.Int(d.MinMonths)}, true }}
	gapExitStrategy = &detailKind{code: "gap-exit-strategy",
		texts: []lang.Text{{"anticiper une stratégie de sortie dès le départ", "anticipate an exit strategy up front"}}}
)

// judgeCommitment: a commitment of at least the rubric's months (AG2R:
// "3 ans minimum", 004:3079) and an exit strategy anticipated up front
// (004:5713-5715).
func judgeCommitment(a *Assessor, d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, noPartnership.detail()
		return
	}
	t := d.Partnership.Terms()
	minMonths := a.rubric.Partnership.MinCommitmentMonths
	found := commitmentShort.detail()
	unknown := false
	switch {
	case t.CommitmentMonths == 0:
		unknown = true
	case t.CommitmentMonths < minMonths:
		found.Months, found.MinMonths = t.CommitmentMonths, minMonths
		c.Gaps = append(c.Gaps, a.gap(innovation.Financement, gapCommitment.with(Detail{MinMonths: minMonths})))
	}
	switch t.ExitStrategy {
	case partnership.Unstated:
		unknown = true
	case partnership.No:
		found.NoExit = true
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, gapExitStrategy.detail()))
	}
	switch {
	case found.Months > 0 || found.NoExit:
		c.Outcome, c.Detail = evaluation.NotMet, found
	case unknown:
		c.Outcome, c.Detail = evaluation.Unknown, commitmentUnstated.detail()
	default:
		c.Outcome = evaluation.Met
	}
}
