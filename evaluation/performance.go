package evaluation

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// AttainmentPlaces is the number of decimal places of an indicator's
// attainment, rounded half away from zero. Each attainment is rounded on its
// own, before any sum, so the order of the indicators never matters.
const AttainmentPlaces = 8

// PerformanceReport is an evaluation of the performance of the actions
// undertaken ([Performance]): indicators on the four result levers, each
// with a baseline, a target and, once measured, an actual value.
//
// Its score is the weighted mean of the indicators' attainments, each
// clamped to [0, 1] (see [Indicator]); unmeasured indicators are reported as
// missing evidence and left out.
//
// The zero value is an invalid report (no degree). The methods only read
// the report: it is safe for concurrent use as long as nobody modifies it.
type PerformanceReport struct {
	// Degree is the degree of maturity the evaluation works at; a
	// performance evaluation with measured indicators is usually Compter.
	Degree Degree
	// Evaluators are who took part in the evaluation.
	Evaluators []Evaluator
	// Path is the story of the path travelled ("le chemin parcouru",
	// 004:3346-3348), if written; may be empty.
	Path string
	// Indicators are the indicators measured.
	Indicators []Indicator
}

// Indicator is one performance indicator.
//
// Its attainment is (actual − baseline) / (target − baseline): 0 at the
// baseline, 1 at the target, whichever the direction. The raw attainment is
// reported as is; for the score it is clamped to [0, 1] — beyond the target
// counts as 1, away from the target counts as 0 — and both cases are
// reported as findings: the clamping is a scoring rule, not an acceptance
// of bad input.
//
// The zero value is not a valid indicator. An Indicator is a plain value,
// safe for concurrent use.
type Indicator struct {
	// Name says what is measured; it must not be empty.
	Name string
	// Lever is the result lever the indicator reports on.
	Lever ResultLever
	// Unit is the unit of the three values ("emplois", "tCO2e", "€"); free
	// text, may be empty.
	Unit string
	// Direction says whether the target lies above the baseline
	// (HigherIsBetter) or below it (LowerIsBetter); a target on the wrong
	// side is an error.
	Direction Direction
	// Baseline is the value before the action.
	Baseline decimal.Decimal
	// Target is the value aimed at; it must differ from Baseline.
	Target decimal.Decimal
	// Actual is the value measured; Valid false means not measured yet
	// (missing evidence, not a failure).
	Actual decimal.NullDecimal
	// Weight is the indicator's relative weight (not negative).
	Weight decimal.Decimal
}

// Attainment is the attainment of one indicator.
//
// The zero value is an unmeasured indicator at index 0. Safe for concurrent
// use.
type Attainment struct {
	Index    int             // index in Indicators
	Lever    ResultLever     // the indicator's lever
	Measured bool            // false: not measured; Raw and Value are zero
	Raw      decimal.Decimal // (actual − baseline) / (target − baseline), AttainmentPlaces places
	Value    decimal.Decimal // Raw clamped to [0, 1]: what the score counts
}

// LeverScore is the score of the indicators on one result lever.
//
// The zero value is an unknown score on an invalid lever. Safe for
// concurrent use.
type LeverScore struct {
	Lever ResultLever // the result lever scored
	Score Score       // not Known if the lever has no measured indicator
}

// Form returns Performance.
func (r *PerformanceReport) Form() Form { return Performance }

func (r *PerformanceReport) conduct() conduct {
	return conduct{degree: r.Degree, evaluators: r.Evaluators, path: r.Path}
}

// Validate reports every invalid field at once (errors.Join of
// *problem.Error), each naming its field, e.g. "indicators[3].target".
func (r *PerformanceReport) Validate() error {
	if r == nil {
		return errNilReport.New(pkgName, "", "")
	}
	if errs := checkItems(checkEvaluators(nil, len(r.Evaluators)), len(r.Indicators), "indicators"); errs != nil {
		return errors.Join(errs...)
	}
	errs := validateConduct(r.Degree, r.Evaluators, r.Path, nil)
	for i := range r.Indicators {
		errs = r.Indicators[i].validate(i, errs)
	}
	return errors.Join(errs...)
}

func (ind *Indicator) validate(i int, errs []error) []error {
	if ind.Name == "" {
		errs = append(errs, pkg.Empty(wire.Path("indicators", i, "name")))
	}
	errs = checkName(errs, ind.Name, "indicators", i, "name")
	if !ind.Lever.IsValid() {
		errs = append(errs, pkg.Invalid(wire.Path("indicators", i, "lever"), ind.Lever))
	}
	errs = checkName(errs, ind.Unit, "indicators", i, "unit")
	if !ind.Direction.IsValid() {
		errs = append(errs, pkg.Invalid(wire.Path("indicators", i, "direction"), ind.Direction))
	}
	errs = checkAmount(errs, ind.Weight, "indicators", i, "weight")
	if ind.Actual.Valid {
		errs = checkDecimal(errs, ind.Actual.Decimal, "indicators", i, "actual")
	}
	n := len(errs)
	errs = checkDecimal(errs, ind.Baseline, "indicators", i, "baseline")
	errs = checkDecimal(errs, ind.Target, "indicators", i, "target")
	if len(errs) > n {
		return errs // no comparison of decimals out of bounds
	}
	switch c := ind.Target.Cmp(ind.Baseline); {
	case c == 0:
		errs = append(errs, errTargetEqual.New(pkgName, wire.Path("indicators", i, "target"), ind.Target.String()))
	case c < 0 && ind.Direction == HigherIsBetter:
		errs = append(errs, errTargetBelow.New(pkgName, wire.Path("indicators", i, "target"), ind.Target.String(), lang.Decimal(ind.Baseline, -1)))
	case c > 0 && ind.Direction == LowerIsBetter:
		errs = append(errs, errTargetAbove.New(pkgName, wire.Path("indicators", i, "target"), ind.Target.String(), lang.Decimal(ind.Baseline, -1)))
	}
	return errs
}

// attainment computes the raw and clamped attainment of a valid indicator.
// The division is guarded by validation (target ≠ baseline).
func (ind *Indicator) attainment() (raw, value decimal.Decimal) {
	raw = ind.Actual.Decimal.Sub(ind.Baseline).DivRound(ind.Target.Sub(ind.Baseline), AttainmentPlaces)
	switch {
	case raw.Sign() < 0:
		return raw, decimal.Zero
	case raw.Cmp(one) > 0:
		return raw, one
	}
	return raw, raw
}

var one = decimal.NewFromInt(1)

// Score returns the weighted mean of the measured indicators' attainments,
// each clamped to [0, 1], rounded to ScorePlaces places. Unmeasured
// indicators are counted in Missing. No measured indicator is an error
// wrapping ErrNoEvidence; measured weights summing to zero, ErrInvalid.
func (r *PerformanceReport) Score() (Score, error) {
	if err := r.Validate(); err != nil {
		return Score{}, err
	}
	var t tally
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		if !ind.Actual.Valid {
			t.missing++
			continue
		}
		_, v := ind.attainment()
		t.addValue(ind.Weight, v)
	}
	return t.score("indicators")
}

// Attainments returns the attainment of every indicator, in order.
func (r *PerformanceReport) Attainments() ([]Attainment, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	out := make([]Attainment, len(r.Indicators))
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		out[i] = Attainment{Index: i, Lever: ind.Lever}
		if ind.Actual.Valid {
			out[i].Measured = true
			out[i].Raw, out[i].Value = ind.attainment()
		}
	}
	return out, nil
}

// ByLever returns the score of each of the four result levers, in lever
// order: the weighted mean of the clamped attainments of its measured
// indicators. A lever with no measured indicator has an unknown Score (not
// an error); a lever whose measured weights sum to zero is an error.
func (r *PerformanceReport) ByLever() ([]LeverScore, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	var ts [NumResultLevers]tally
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		t := &ts[ind.Lever-1]
		if !ind.Actual.Valid {
			t.missing++
			continue
		}
		_, v := ind.attainment()
		t.addValue(ind.Weight, v)
	}
	out := make([]LeverScore, 0, NumResultLevers)
	var errs []error
	for l := range ResultLevers() {
		s, err := ts[l-1].score("indicators")
		if err != nil && !errors.Is(err, ErrNoEvidence) {
			errs = append(errs, errLeverWeights.New(pkgName, "indicators[*].weight", l.String()))
		}
		out = append(out, LeverScore{Lever: l, Score: s})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// Findings reports unmeasured indicators (MissingEvidence), attainments
// clamped for the score (BeyondTarget, AwayFromTarget) and result levers
// with no indicator (LeverNotCovered, 004:578-580).
func (r *PerformanceReport) Findings() ([]Finding, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	var out []Finding
	var covered [NumResultLevers]bool
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		covered[ind.Lever-1] = true
		if !ind.Actual.Valid {
			out = append(out, Finding{Code: MissingEvidence, Field: wire.Path("indicators", i, "actual"), Name: ind.Name})
			continue
		}
		raw, _ := ind.attainment()
		switch {
		case raw.Sign() < 0:
			out = append(out, Finding{Code: AwayFromTarget, Field: wire.Path("indicators", i, "actual"), Name: ind.Name, Value: raw})
		case raw.Cmp(one) > 0:
			out = append(out, Finding{Code: BeyondTarget, Field: wire.Path("indicators", i, "actual"), Name: ind.Name, Value: raw})
		}
	}
	for l := range ResultLevers() {
		if !covered[l-1] {
			out = append(out, Finding{Code: LeverNotCovered, Field: "indicators", Lever: l})
		}
	}
	return out, nil
}
