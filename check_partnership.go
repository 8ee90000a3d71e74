package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/partnership"
)

// PartnershipBalanced: the partnership is balanced and not drifting
// (001:12-33, MODEL §4.4-4.5).
const PartnershipBalanced CheckID = 8

func init() { define(&partnershipBalanced) }

var partnershipBalanced = checkDef{
	id:     PartnershipBalanced,
	key:    "partnership",
	label:  lang.Text{"Partenariat équilibré", "Balanced partnership"},
	source: "001:12-33",
	request: lang.Text{"la composition du partenariat\u00a0: partenaires, apports, répartition du pouvoir de décision, gouvernance",
		"the make-up of the partnership: partners, contributions, share of decision power, governance"},
	field:    "partnership",
	severity: Major, // an unbalanced partnership makes it "not yet" [D]
	weight:   2,
	graded: lang.Text{"aucun de ses risques n'est critique (seul un risque critique pèse la gravité de la grille, les autres sont mineurs)",
		"none of its risks is critical (only a critical risk weighs the rubric's severity, the others are minor)"},
	judge:   judgePartnership,
	details: []*detailKind{partnershipRisks, gapPartnership},
}

var (
	partnershipRisks = &detailKind{code: "partnership-risks",
		texts: []lang.Text{{"{1}", "{1}"}},
		read:  func(d *Detail) (int, []lang.Arg, bool) { return 0, []lang.Arg{lang.List(d.Risks...)}, true }}
	gapPartnership = &detailKind{code: "gap-partnership",
		texts: []lang.Text{{"{1}", "{1}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			if d.Partnership == nil {
				return 0, nil, false
			}
			return 0, []lang.Arg{input(d.Partnership.Text)}, true
		}}
)

// judgePartnership: balanced and not drifting (001:12-33). Critical
// findings are Major, warnings Minor; commitment findings belong to
// CommitmentPlanned.
func judgePartnership(a *Assessor, d *Dossier, c *Check) {
	if d.Partnership == nil {
		c.Outcome, c.Detail = evaluation.Unknown, noPartnership.detail()
		return
	}
	fs, err := d.Partnership.Diagnose(a.rubric.Partnership)
	if err != nil {
		refuse(c, pkg.Within("partnership", ErrDossier, err))
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
		c.Gaps = append(c.Gaps, a.gap(innovation.Conseil, gapPartnership.with(Detail{Partnership: &fs[i]})))
	}
	if sev == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Severity = evaluation.NotMet, min(sev, a.rubric.Severity[PartnershipBalanced])
	c.Detail = partnershipRisks.with(Detail{Risks: risks})
}
