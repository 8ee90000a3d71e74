package societal

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// RubricVersion is the version of DefaultRubric. It changes whenever a
// table or threshold of the default rubric changes, so that a report says
// which rules judged it.
const RubricVersion = "rameau-2018/1"

// Rubric is everything an assessment judges by: the model's tables, the
// thresholds and the weight and severity of each criterion. DefaultRubric is
// Le RAMEAU's model as this library reads it; a funder starts from it and
// sets its own matrix, thresholds or weights, under its own Version.
//
// The zero value is not a valid rubric (no version); Validate says why.
// A Rubric is a value; it is safe for concurrent use once built.
type Rubric struct {
	// Version names the rubric in every report it produces. Required.
	Version string
	// Needs is the needs/levers matrix (MODEL §2.2).
	Needs innovation.Needs
	// Stakeholders is the stakeholders matrix (MODEL §2.3).
	Stakeholders innovation.Stakeholders
	// Partnership holds the thresholds of coverage and balance.
	Partnership partnership.Thresholds
	// Severity is how much each unmet criterion weighs on the verdict,
	// indexed by CriterionID-1.
	Severity [NumCriteria]Severity
	// Weight is each criterion's weight in the readiness score, indexed by
	// CriterionID-1: not negative, not all zero.
	Weight [NumCriteria]decimal.Decimal
	// Suppliers lists, for each lever (indexed by Lever-1), the kinds of
	// partner a gap in that lever points to.
	Suppliers [innovation.NumLevers][]partnership.Kind
	// Mobilised is the least intensity at which a stakeholder counts as
	// mobilised, for each intensity the matrix asks (indexed by Intensity).
	Mobilised [innovation.High + 1]innovation.Intensity
}

// DefaultRubric returns the model's rubric, version RubricVersion.
//
// Its severities and weights are design choices [D]: the sources say what a
// funder should check (MODEL §5) but not how much each check weighs. The
// choices: an unidentified phase or an economic model that cannot carry the
// next phase blocks (004:793-797: "la difficulté réside dans le passage de
// l'un à l'autre"); uncovered dimensions, unsupplied next-phase needs and an
// unbalanced partnership make it "not yet"; the rest is reported as minor.
func DefaultRubric() Rubric {
	one := decimal.NewFromInt(1)
	two := decimal.NewFromInt(2)
	r := Rubric{
		Version:      RubricVersion,
		Needs:        innovation.DefaultNeeds(),
		Stakeholders: innovation.DefaultStakeholders(),
		Partnership:  partnership.DefaultThresholds(),
		Severity: [NumCriteria]Severity{
			PhaseIdentified - 1:       Blocking,
			EconomicModelFit - 1:      Blocking,
			DimensionsCovered - 1:     Major,
			NextNeedsSupplied - 1:     Major,
			StakeholdersMobilised - 1: Minor,
			EvaluationFit - 1:         Minor,
			BudgetGuidance - 1:        Minor,
			PartnershipBalanced - 1:   Major,
			CommitmentPlanned - 1:     Minor,
		},
		Weight: [NumCriteria]decimal.Decimal{
			PhaseIdentified - 1:       two,
			EconomicModelFit - 1:      two,
			DimensionsCovered - 1:     two,
			NextNeedsSupplied - 1:     two,
			StakeholdersMobilised - 1: one,
			EvaluationFit - 1:         one,
			BudgetGuidance - 1:        one,
			PartnershipBalanced - 1:   two,
			CommitmentPlanned - 1:     one,
		},
		// Who brings each lever [I]: financing from foundations, social
		// investors, public actors and companies (004:2778-2782, 5388-5389,
		// 5739-5767); skills and network from companies and territorial
		// catalysts (004:857-870, 1191-1193); advice from catalysts and
		// companies' skills sponsorship (004:3062-3107: AG2R's 16 consulting
		// firms); evaluation from academics and catalysts (004:3265-3267).
		Suppliers: [innovation.NumLevers][]partnership.Kind{
			innovation.Financement - 1:       {partnership.Fondation, partnership.InvestisseurSocietal, partnership.ActeurPublic, partnership.Entreprise},
			innovation.CompetencesReseau - 1: {partnership.Entreprise, partnership.CatalyseurTerritorial},
			innovation.Conseil - 1:           {partnership.CatalyseurTerritorial, partnership.Entreprise, partnership.Fondation},
			innovation.Evaluation - 1:        {partnership.Academique, partnership.CatalyseurTerritorial},
		},
		// A stakeholder the matrix asks at "+++" must be mobilised at least
		// at "++"; one asked at "+" or "++" at least at "+" [D].
		Mobilised: [innovation.High + 1]innovation.Intensity{
			innovation.None:   innovation.None,
			innovation.Low:    innovation.Low,
			innovation.Medium: innovation.Low,
			innovation.High:   innovation.Medium,
		},
	}
	return r
}

// Validate reports every problem of r at once (errors.Join), each wrapping
// ErrInvalid.
func (r Rubric) Validate() error {
	var errs []error
	if r.Version == "" || len(r.Version) > 64 {
		errs = append(errs, fmt.Errorf("%w: rubric version must be 1 to 64 bytes", ErrInvalid))
	}
	if err := r.Partnership.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: rubric partnership thresholds: %w", ErrInvalid, err))
	}
	total := decimal.Zero
	for i := range r.Weight {
		id := CriterionID(i + 1)
		if !r.Severity[i].IsValid() {
			errs = append(errs, fmt.Errorf("%w: rubric severity of %q", ErrInvalid, id))
		}
		w := r.Weight[i]
		if w.Sign() < 0 || w.Exponent() < -12 || w.Exponent() > 12 || w.NumDigits() > 30 {
			errs = append(errs, fmt.Errorf("%w: rubric weight of %q: %s", ErrInvalid, id, w))
			continue
		}
		total = total.Add(w)
	}
	if total.Sign() == 0 {
		errs = append(errs, fmt.Errorf("%w: rubric weights are all zero", ErrInvalid))
	}
	for i, ks := range r.Suppliers {
		for _, k := range ks {
			if !k.IsValid() {
				errs = append(errs, fmt.Errorf("%w: rubric suppliers of %q: invalid kind %d", ErrInvalid, innovation.Lever(i+1), k))
			}
		}
	}
	for i, m := range r.Mobilised {
		if !m.IsValid() {
			errs = append(errs, fmt.Errorf("%w: rubric mobilised[%s]: invalid intensity %d", ErrInvalid, innovation.Intensity(i), m))
		}
	}
	return errors.Join(errs...)
}
