package evaluation_test

import (
	"errors"
	"fmt"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func ExamplePerformanceReport() {
	r := &evaluation.PerformanceReport{
		Degree: evaluation.Compter,
		Indicators: []evaluation.Indicator{
			{Name: "emplois créés", Lever: evaluation.Economique, Unit: "ETP", Direction: evaluation.HigherIsBetter,
				Baseline: d("0"), Target: d("20"), Actual: decimal.NewNullDecimal(d("15")), Weight: d("2")},
			{Name: "émissions", Lever: evaluation.Environnemental, Unit: "tCO2e", Direction: evaluation.LowerIsBetter,
				Baseline: d("120"), Target: d("80"), Actual: decimal.NewNullDecimal(d("130")), Weight: d("1")},
			{Name: "personnes accompagnées", Lever: evaluation.Social, Direction: evaluation.HigherIsBetter,
				Baseline: d("0"), Target: d("500"), Weight: d("1")}, // not measured yet
		},
	}
	s, err := r.Score()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("score:", s)
	fs, _ := r.Findings()
	for _, f := range fs {
		fmt.Println(f.Label(lang.English))
	}
	// Output:
	// score: 0.5000 (2 counted, 1 missing)
	// indicators[1].actual: Away from target (counted as 0): “émissions”: attainment -0.25, counted as 0
	// indicators[2].actual: Missing evidence: “personnes accompagnées” has no evidence yet
	// indicators: Result lever not covered: no indicator on the Societal lever
}

func ExamplePertinenceReport() {
	r := &evaluation.PertinenceReport{
		Degree:    evaluation.SeCompter,
		Intuition: "rompre l'isolement des aînés",
		Gap:       "le lien se crée entre voisins plus qu'avec les bénévoles",
		Needs: []evaluation.Need{
			{Name: "isolement", Populations: []string{"personnes âgées isolées"}, Fragile: true, Weight: d("3"), Outcome: evaluation.Met},
			{Name: "mobilité", Territories: []string{"zones rurales"}, Weight: d("1"), Outcome: evaluation.NotMet},
			{Name: "accès aux droits", Populations: []string{"aînés"}, Weight: d("1"), Outcome: evaluation.Unknown},
		},
		Impacts: []evaluation.Impact{
			{Description: "visites hebdomadaires", Kind: evaluation.Voulu, Evidence: evaluation.Compter},
			{Description: "entraide entre voisins", Kind: evaluation.Induit, Evidence: evaluation.SeConter},
		},
	}
	s, _ := r.Score()
	fmt.Println("score:", s)
	fs, _ := r.Findings()
	for _, f := range fs {
		fmt.Println(f)
	}
	// Output:
	// score: 0.7500 (2 counted, 1 missing)
	// needs[1].outcome: criterion-not-met: “mobilité”
	// needs[2].outcome: missing-evidence: “accès aux droits” has no evidence yet
	// impacts[1]: unexpected-impact: “entraide entre voisins”
}

func ExamplePartenarialeReport() {
	r := &evaluation.PartenarialeReport{
		Degree: evaluation.SeConter,
		Partners: []evaluation.PartnerValue{
			{Partner: "entreprise", Value: "engagement des salariés", Weight: d("1"), Outcome: evaluation.Met},
			{Partner: "association", Value: "compétences", Weight: d("1"), Outcome: evaluation.NotMet},
		},
		CommonGood: []evaluation.CommonGoodValue{
			{Dimension: evaluation.Organisationnelle, Weight: d("2"), Outcome: evaluation.Met},
			{Dimension: evaluation.Personnelle, Weight: d("1"), Outcome: evaluation.Unknown},
		},
	}
	s, _ := r.Score()
	fmt.Println("score:", s)
	fs, _ := r.Findings()
	for _, f := range fs {
		fmt.Println(f.Field, "—", f.Text(lang.English))
	}
	// Output:
	// score: 0.7500 (3 counted, 1 missing)
	// partners[1].outcome — Criterion not met: “association”
	// common_good[1].outcome — Missing evidence: Personal has no evidence yet
	// partners — Partnership serving one partner only: value for 1 partner, none for 1
	// common_good — Common-good dimension not assessed: Political
}

func ExampleScoreCriteria() {
	s, err := evaluation.ScoreCriteria([]evaluation.Criterion{
		{Name: "capacité à coopérer", Weight: d("1"), Outcome: evaluation.Unknown},
	})
	fmt.Println(s, errors.Is(err, evaluation.ErrNoEvidence))
	// Output:
	// unknown (0 counted, 1 missing) true
}

func ExamplePlanFor() {
	p, _ := evaluation.PlanFor(innovation.Conception)
	fmt.Println(p.MacroPhase.Label(lang.French))
	fmt.Println(p.Goal.In(lang.French), "/", p.Effort.In(lang.French))
	fmt.Println(p.Advice.In(lang.English))
	fmt.Println(p.Degree, "at most", p.MaxDegree)
	// Output:
	// R&D sociétale
	// Adhérer au projet / Légère
	// Start writing the path travelled
	// se-conter at most se-compter
}

func ExampleCheck() {
	measured := &evaluation.PerformanceReport{Degree: evaluation.Compter, Path: "depuis 2019…"}
	fs, _ := evaluation.Check(innovation.Conception, measured)
	for _, f := range fs {
		fmt.Println(f)
	}
	// Output:
	// reports[0].degree: degree-too-early: Measuring in Design, at most Comparing with peers
	// reports: form-missing: no Relevance evaluation in Design
	// reports: evaluator-missing: no Beneficiaries among the evaluators in Design
}

func ExampleBudget_Check() {
	b := evaluation.Budget{Total: d("500000"), Evaluation: d("60000"), CapacityBuilding: d("10000")}
	fs, _ := b.Check(innovation.Essaimage)
	for _, f := range fs {
		fmt.Println(f)
	}
	// Output:
	// budget.evaluation: evaluation-over-share: 12% of the total, guidance at most 10%
	// budget.capacity_building: capacity-below-scale: 2% of the total, 22% needed to scale
}

func ExampleDecode() {
	r, err := evaluation.Decode([]byte(`{"form": "pertinence", "degree": "se-conter",
		"needs": [{"name": "mobilité", "weight": 1, "outcome": "sometimes"}], "impacts": []}`))
	fmt.Println(r, err)
	// Output:
	// <nil> evaluation: needs[0].outcome: unknown outcome "sometimes" (want one of met, not-met, unknown, not-applicable)
}
