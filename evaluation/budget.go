package evaluation

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// SharePlaces is the number of decimal places of a budget share (a fraction
// of the total: 0.1000 is 10%), rounded half away from zero. Findings compare
// the exact amounts, not the rounded shares.
const SharePlaces = 4

// Guidance is the model's figures on the resources of a project, as
// fractions (0.10 is 10%) (MODEL §2.4).
//
// The zero value has every figure zero; use BudgetGuidance. Safe for
// concurrent use.
type Guidance struct {
	// MaxEvaluation: evaluation takes at most 10% of the project
	// (004:3204-3206, 3245-3246).
	MaxEvaluation decimal.Decimal
	// ScalingCapacityBuilding: 22% of capacity building is needed to scale
	// ("nécessaires pour changer d'échelle", 004:3107, 3206-3208).
	ScalingCapacityBuilding decimal.Decimal
	// ObservedFrance: 2% capacity building on average in France
	// (004:3105-3107, 4932-4934).
	ObservedFrance decimal.Decimal
	// ObservedAG2R: 17% capacity building in AG2R LA MONDIALE's fund
	// (004:3105). The same fund reports 18% of its 32 M€ in strategic and
	// operational advice (004:5705-5707); the source does not reconcile the
	// two figures.
	ObservedAG2R decimal.Decimal
	// WorldGeneral: 30% capacity building in the general economy,
	// worldwide (004:4930-4932).
	WorldGeneral decimal.Decimal
	// WorldSocial: 22% in the social economy, worldwide (004:4932).
	WorldSocial decimal.Decimal
	// DigitalOver: the digital sector is above 60% (004:4928-4930).
	DigitalOver decimal.Decimal
}

// BudgetGuidance returns the model's figures.
func BudgetGuidance() Guidance { return guidance }

// Budget is what a project spends, in one currency: its total, and within
// it what goes to evaluation and to capacity building. Evaluation and
// capacity building are two separate amounts, both part of the total: the
// guidance is evaluation ≤ 10% plus capacity building 22%, about one third
// together (004:3204-3208; see readings.go for the reading).
//
// The zero value is invalid (no total). A Budget is a plain value, safe for
// concurrent use. Its JSON has the keys of a dossier's "budget" (a report
// writes it so).
type Budget struct {
	Total            decimal.Decimal `json:"total"`             // positive
	Evaluation       decimal.Decimal `json:"evaluation"`        // not negative, at most Total
	CapacityBuilding decimal.Decimal `json:"capacity_building"` // not negative, at most Total
}

// Shares are the fractions of a budget's total, rounded to SharePlaces
// places (0.1250 is 12.5%).
//
// The zero value is all shares zero. Safe for concurrent use.
type Shares struct {
	Evaluation       decimal.Decimal // the evaluation budget over the total
	CapacityBuilding decimal.Decimal // the capacity-building budget over the total
	Combined         decimal.Decimal // evaluation and capacity building together
}

// Validate reports every invalid amount at once (errors.Join of
// *problem.Error naming "budget.total", "budget.evaluation",
// "budget.capacity_building"): a total that is not positive, a negative
// amount, decimals out of bounds, shares over 100%.
func (b Budget) Validate() error {
	var errs []error
	n := len(errs)
	errs = checkDecimal(errs, b.Total, "budget", "total")
	if len(errs) == n && b.Total.Sign() <= 0 {
		errs = append(errs, errNotPositive.New(pkgName, "budget.total", b.Total.String()))
	}
	okT := len(errs) == n
	n = len(errs)
	errs = checkAmount(errs, b.Evaluation, "budget", "evaluation")
	okE := len(errs) == n
	n = len(errs)
	errs = checkAmount(errs, b.CapacityBuilding, "budget", "capacity_building")
	okC := len(errs) == n
	if okT && okE && b.Evaluation.Cmp(b.Total) > 0 {
		errs, okE = append(errs, errOverTotal.New(pkgName, "budget.evaluation", b.Evaluation.String(), lang.Decimal(b.Total, -1))), false
	}
	if okT && okC && b.CapacityBuilding.Cmp(b.Total) > 0 {
		errs, okC = append(errs, errOverTotal.New(pkgName, "budget.capacity_building", b.CapacityBuilding.String(), lang.Decimal(b.Total, -1))), false
	}
	if okT && okE && okC {
		if both := b.Evaluation.Add(b.CapacityBuilding); both.Cmp(b.Total) > 0 {
			errs = append(errs, errBothOverTotal.New(pkgName, "budget", both.String(), lang.Decimal(b.Total, -1)))
		}
	}
	return errors.Join(errs...)
}

// Shares returns the shares of the total, rounded to SharePlaces places.
func (b Budget) Shares() (Shares, error) {
	if err := b.Validate(); err != nil {
		return Shares{}, err
	}
	// Total > 0: the divisions are guarded by Validate.
	return Shares{
		Evaluation:       b.Evaluation.DivRound(b.Total, SharePlaces),
		CapacityBuilding: b.CapacityBuilding.DivRound(b.Total, SharePlaces),
		Combined:         b.Evaluation.Add(b.CapacityBuilding).DivRound(b.Total, SharePlaces),
	}, nil
}

// Check compares the budget of a project in phase with the guidance:
// EvaluationNotBudgeted when nothing goes to evaluation, EvaluationOverShare
// when evaluation takes more than 10%, CapacityBelowScale when a project in
// Déploiement (Essaimage, Industrialisation: scaling) has less than 22% of
// capacity building [I]. The comparisons are exact (amount against total ×
// share), not on rounded shares.
func (b Budget) Check(phase innovation.Phase) ([]Finding, error) {
	var errs []error
	if !phase.IsValid() {
		errs = append(errs, pkg.Invalid("phase", phase))
	}
	if err := b.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	// Total > 0: the divisions are guarded by Validate; each share is
	// computed only for the finding that quotes it.
	var out []Finding
	switch {
	case b.Evaluation.Sign() == 0:
		out = append(out, Finding{Code: EvaluationNotBudgeted, Field: "budget.evaluation"})
	case b.Evaluation.Cmp(b.Total.Mul(guidance.MaxEvaluation)) > 0:
		out = append(out, Finding{Code: EvaluationOverShare, Field: "budget.evaluation", Value: b.Evaluation.DivRound(b.Total, SharePlaces), Limit: guidance.MaxEvaluation})
	}
	if phase.MacroPhase() == innovation.Deploiement && b.CapacityBuilding.Cmp(b.Total.Mul(guidance.ScalingCapacityBuilding)) < 0 {
		out = append(out, Finding{Code: CapacityBelowScale, Field: "budget.capacity_building", Value: b.CapacityBuilding.DivRound(b.Total, SharePlaces), Limit: guidance.ScalingCapacityBuilding})
	}
	return out, nil
}
