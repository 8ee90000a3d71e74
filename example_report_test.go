package societal_test

import (
	"fmt"

	"github.com/seed424036fd/societal"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// The plain-text report of one dossier: the verdict and what decides it,
// the score range with the coverage, each check with its outcome and
// source, and the plan that would make the dossier ready.
func ExampleReport_Text() {
	rep := societal.Assess(&societal.Dossier{
		Name:          "Tiers-lieu rural",
		Carrier:       "Association La Grange",
		Phase:         innovation.Experimentation,
		EconomicModel: innovation.ModeleRD,
		Dimensions:    societal.Dimensions{Solution: societal.Established, Processus: societal.Partial},
	})
	fmt.Print(rep.Text(lang.English))
	// Output:
	// Tiers-lieu rural (Association La Grange)
	// Verdict: Insufficient evidence — decided by: Next step's needs supplied
	// Phase: Experimentation (Societal R&D)
	// Crossing: Experimentation → Modelling — Valley of death
	// Score: 0.33 – 1.00 (2/8 judged)   (Rubric rameau-2018/1)
	// Coverage: 2/8 criteria judged, weight 4/12
	// How the score is computed: the sum of the weights of the criteria met over the sum of the weights of the applicable criteria; low bound: each unknown criterion counted as not met, high bound: as met. Required criteria must be judged before the crossing. Source: the passage of the sources each criterion stands on; “004:880-888” is lines 880–888 of document 004 (see MODEL.md).
	//
	// [✓] Phase identified — Met [required] [weight 2]   [004:880-888]
	// [✓] Economic model fits — Met [weight 2]   [004:793-797]
	// [–] Three dimensions covered — Not applicable [weight 2]: required from Modelling on   [004:734-764]
	// [?] Next step's needs supplied — Unknown [required] [weight 2]: no partnership stated   [004:805-806; 003:1924-1970]
	// [?] Stakeholders mobilised — Unknown [weight 1]: mobilised stakeholders not stated   [004:3210-3237]
	// [?] Evaluation fits the phase — Unknown [weight 1]: no evaluation in the dossier   [004:3161-3386]
	//       → Evaluation: plan an evaluation fitting the phase (to mobilise: Academic)
	// [?] Evaluation and capacity budget — Unknown [weight 1]: no budget stated   [004:3105-3107, 3202-3208]
	// [?] Balanced partnership — Unknown [weight 2]: no partnership stated   [001:12-33]
	// [?] Multi-year commitment and exit — Unknown [weight 1]: no partnership stated   [004:3077-3083, 5709-5723]
	//
	// Documents to request
	//   - Next step's needs supplied [required]: the list of partners and what each contributes, per lever (financing, skills & network, advice, evaluation) (Dossier field partnership)
	//   - Stakeholders mobilised: the stakeholders mobilised and how strongly (carrier, catalysts, funders, beneficiaries, experts, academics, institutions, peers, governance) (Dossier field stakeholders)
	//   - Evaluation fits the phase: the evaluations done or planned: form, degree of maturity, evaluators (Dossier field evaluations)
	//   - Evaluation and capacity budget: the project's budget with its evaluation and capacity-building shares (Dossier field budget)
	//   - Balanced partnership: the make-up of the partnership: partners, contributions, share of decision power, governance (Dossier field partnership)
	//   - Multi-year commitment and exit: how long the partners commit and the planned exit strategy (Dossier field partnership.terms)
	//
	// Next best actions (the smallest set that can make the dossier ready)
	//   1. The project itself — lets the committee judge Next step's needs supplied; evidence to supply: partnership
}
