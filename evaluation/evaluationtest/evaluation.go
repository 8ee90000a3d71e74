// Package evaluationtest holds rapid generators of evaluation reports and budgets
// that the package accepts, for property tests. Import it from tests only.
package evaluationtest

import (
	"github.com/seed424036fd/societal/internal/gen"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/evaluation"
)

// Every generated evaluation decimal is small (at most 13 integer digits,
// 8 places and 22 significant digits), inside evaluation.MaxDigits and
// evaluation.MaxScale, and
// every weight is positive, so Score never fails for weights summing to
// zero (it may still report evaluation.ErrNoEvidence when nothing is
// measured or known).

func degree(t *rapid.T) evaluation.Degree {
	return evaluation.Degree(rapid.IntRange(1, evaluation.NumDegrees).Draw(t, "degree"))
}

func evaluators(t *rapid.T) []evaluation.Evaluator {
	return gen.Subset(t, "evaluators", []evaluation.Evaluator{evaluation.Academiques, evaluation.Beneficiaires, evaluation.Partenaires})
}

func outcome(t *rapid.T) evaluation.Outcome {
	return evaluation.Outcome(rapid.IntRange(int(evaluation.Met), int(evaluation.NotApplicable)).Draw(t, "outcome"))
}

// PerformanceReport generates a valid performance report with 0 to
// maxIndicators indicators (maxIndicators < 0 counts as 0): each with a
// name, a result lever, a direction and a target on the right side of its
// baseline, measured or not.
func PerformanceReport(maxIndicators int) *rapid.Generator[*evaluation.PerformanceReport] {
	maxIndicators = max(maxIndicators, 0)
	return rapid.Custom(func(t *rapid.T) *evaluation.PerformanceReport {
		r := &evaluation.PerformanceReport{Degree: degree(t), Evaluators: evaluators(t), Path: gen.Text(0, 32).Draw(t, "path")}
		n := rapid.IntRange(0, maxIndicators).Draw(t, "indicators")
		for range n {
			ind := evaluation.Indicator{
				Name:      gen.Text(1, 24).Draw(t, "name"),
				Lever:     evaluation.ResultLever(rapid.IntRange(1, evaluation.NumResultLevers).Draw(t, "lever")),
				Unit:      gen.Text(0, 8).Draw(t, "unit"),
				Direction: evaluation.Direction(rapid.IntRange(int(evaluation.HigherIsBetter), int(evaluation.LowerIsBetter)).Draw(t, "direction")),
				Baseline:  gen.Signed(t, "baseline"),
				Weight:    gen.Positive(t, "weight"),
			}
			delta := gen.Positive(t, "delta")
			if ind.Direction == evaluation.LowerIsBetter {
				delta = delta.Neg()
			}
			ind.Target = ind.Baseline.Add(delta)
			if rapid.Bool().Draw(t, "measured") {
				ind.Actual = decimal.NewNullDecimal(gen.Signed(t, "actual"))
			}
			r.Indicators = append(r.Indicators, ind)
		}
		return r
	})
}

// PertinenceReport generates a valid pertinence report with 0 to maxItems
// needs and 0 to maxItems impacts (maxItems < 0 counts as 0).
func PertinenceReport(maxItems int) *rapid.Generator[*evaluation.PertinenceReport] {
	maxItems = max(maxItems, 0)
	return rapid.Custom(func(t *rapid.T) *evaluation.PertinenceReport {
		r := &evaluation.PertinenceReport{
			Degree: degree(t), Evaluators: evaluators(t), Path: gen.Text(0, 32).Draw(t, "path"),
			Intuition: gen.Text(0, 32).Draw(t, "intuition"), Gap: gen.Text(0, 32).Draw(t, "gap"),
		}
		for range rapid.IntRange(0, maxItems).Draw(t, "needs") {
			r.Needs = append(r.Needs, evaluation.Need{
				Name:        gen.Text(1, 24).Draw(t, "name"),
				Populations: rapid.SliceOfN(gen.Text(1, 16), 0, 3).Draw(t, "populations"),
				Territories: rapid.SliceOfN(gen.Text(1, 16), 0, 3).Draw(t, "territories"),
				Fragile:     rapid.Bool().Draw(t, "fragile"),
				Weight:      gen.Positive(t, "weight"),
				Outcome:     outcome(t),
			})
		}
		for range rapid.IntRange(0, maxItems).Draw(t, "impacts") {
			r.Impacts = append(r.Impacts, evaluation.Impact{
				Description: gen.Text(1, 32).Draw(t, "description"),
				Kind:        evaluation.ImpactKind(rapid.IntRange(1, evaluation.NumImpactKinds).Draw(t, "kind")),
				Evidence:    degree(t),
			})
		}
		return r
	})
}

// PartenarialeReport generates a valid partnership evaluation: 2 to
// maxPartners partners (below 2 counts as 2) with distinct names, and the
// common good on 0 to 3 distinct dimensions.
func PartenarialeReport(maxPartners int) *rapid.Generator[*evaluation.PartenarialeReport] {
	maxPartners = max(maxPartners, 2)
	return rapid.Custom(func(t *rapid.T) *evaluation.PartenarialeReport {
		r := &evaluation.PartenarialeReport{Degree: degree(t), Evaluators: evaluators(t), Path: gen.Text(0, 32).Draw(t, "path")}
		for _, name := range rapid.SliceOfNDistinct(gen.Text(1, 16), 2, maxPartners, rapid.ID[string]).Draw(t, "partners") {
			r.Partners = append(r.Partners, evaluation.PartnerValue{Partner: name, Value: gen.Text(0, 24).Draw(t, "value"), Weight: gen.Positive(t, "weight"), Outcome: outcome(t)})
		}
		for _, d := range gen.Subset(t, "common good", []evaluation.CommonGood{evaluation.Politique, evaluation.Organisationnelle, evaluation.Personnelle}) {
			r.CommonGood = append(r.CommonGood, evaluation.CommonGoodValue{Dimension: d, Value: gen.Text(0, 24).Draw(t, "value"), Weight: gen.Positive(t, "weight"), Outcome: outcome(t)})
		}
		return r
	})
}

// Report generates a valid report of any of the three forms, with maxItems
// as the size knob of the form drawn.
func Report(maxItems int) *rapid.Generator[evaluation.Report] {
	return rapid.Custom(func(t *rapid.T) evaluation.Report {
		switch evaluation.Form(rapid.IntRange(1, evaluation.NumForms).Draw(t, "form")) {
		case evaluation.Performance:
			return PerformanceReport(maxItems).Draw(t, "report")
		case evaluation.Pertinence:
			return PertinenceReport(maxItems).Draw(t, "report")
		default:
			return PartenarialeReport(maxItems).Draw(t, "report")
		}
	})
}

// Budget generates a valid budget: a positive total below 1e12 with at most
// 2 places, and evaluation and capacity-building amounts that are not
// negative and together do not exceed it.
func Budget() *rapid.Generator[evaluation.Budget] {
	return rapid.Custom(func(t *rapid.T) evaluation.Budget {
		total := decimal.New(rapid.Int64Range(1, 1_000_000_000_000).Draw(t, "total"), -int32(rapid.IntRange(0, 2).Draw(t, "total.scale")))
		eval := total.Mul(decimal.New(rapid.Int64Range(0, 1000).Draw(t, "evaluation‰"), -3))
		capacity := total.Sub(eval).Mul(decimal.New(rapid.Int64Range(0, 1000).Draw(t, "capacity‰"), -3))
		return evaluation.Budget{Total: total, Evaluation: eval, CapacityBuilding: capacity}
	})
}
