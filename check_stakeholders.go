package societal

import (
	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// StakeholdersMobilised: the stakeholders the phase calls for are
// mobilised (004:3210-3237, MODEL §2.3).
const StakeholdersMobilised CheckID = 5

func init() { define(&stakeholdersMobilised) }

var stakeholdersMobilised = checkDef{
	id:     StakeholdersMobilised,
	key:    "stakeholders",
	label:  lang.Text{"Parties prenantes mobilisées", "Stakeholders mobilised"},
	source: "004:3210-3237",
	request: lang.Text{"les parties prenantes mobilisées et avec quelle intensité (porteur, catalyseurs, financeurs, bénéficiaires, experts, académiques, institutions, pairs, gouvernance)",
		"the stakeholders mobilised and how strongly (carrier, catalysts, funders, beneficiaries, experts, academics, institutions, peers, governance)"},
	field:    "stakeholders",
	severity: Minor, // reported, never the verdict [D]
	weight:   1,
	judge:    judgeStakeholders,
	details:  []*detailKind{stakeholdersUnstated, underMobilised, gapStakeholder},
}

var (
	stakeholdersUnstated = &detailKind{code: "stakeholders-unstated",
		texts: []lang.Text{{"parties prenantes mobilisées non indiquées", "mobilised stakeholders not stated"}}}
	underMobilised = &detailKind{code: "stakeholders-under-mobilised",
		texts: []lang.Text{{"sous-mobilisé\u00a0: {1}", "under-mobilised: {1}"}, {"sous-mobilisés\u00a0: {1}", "under-mobilised: {1}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			return plural(len(d.Stakeholders)), []lang.Arg{lang.List(d.Stakeholders...)}, true
		}}
	gapStakeholder = &detailKind{code: "gap-stakeholder",
		texts: []lang.Text{{"{1}\u00a0: attendu à «\u00a0{2}\u00a0», mobilisé à «\u00a0{3}\u00a0»", "{1} asked at {2}, mobilised at {3}"}},
		read: func(d *Detail) (int, []lang.Arg, bool) {
			return 0, []lang.Arg{d.Stakeholder, d.Intensity, d.Mobilised}, true
		}}
)

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

// judgeStakeholders: the stakeholders the phase calls for are mobilised
// (004:3210-3237), at least at the rubric's Mobilised level.
func judgeStakeholders(a *Assessor, d *Dossier, c *Check) {
	if d.Stakeholders == nil {
		c.Outcome, c.Detail = evaluation.Unknown, stakeholdersUnstated.detail()
		return
	}
	if ps := d.stakeholdersProblems(); len(ps) > 0 {
		refuse(c, ps...)
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
		c.Gaps = append(c.Gaps, a.gap(stakeholderLever[s], gapStakeholder.with(Detail{Stakeholder: s, Intensity: asked, Mobilised: got})))
	}
	if len(under) == 0 {
		c.Outcome = evaluation.Met
		return
	}
	c.Outcome, c.Detail = evaluation.NotMet, underMobilised.with(Detail{Stakeholders: under})
}
