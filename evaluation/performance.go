package evaluation

import (
	"cmp"
	"errors"
	"math"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/smalldec"
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
	// 004:3346), if written; may be empty.
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
	Lever ResultLever
	Score Score // not Known if the lever has no measured indicator
}

// Form returns Performance.
func (r *PerformanceReport) Form() Form { return Performance }

func (r *PerformanceReport) conduct() conduct {
	return conduct{degree: r.Degree, evaluators: r.Evaluators, path: r.Path}
}

// Validate reports every invalid field at once (errors.Join of
// *FieldError), each naming its field, e.g. "indicators[3].target".
func (r *PerformanceReport) Validate() error {
	if r == nil {
		return fieldErr("report", "", "nil report")
	}
	errs := validateConduct(r.Degree, r.Evaluators, nil)
	for i := range r.Indicators {
		errs = r.Indicators[i].validate(i, errs)
	}
	return errors.Join(errs...)
}

func (ind *Indicator) validate(i int, errs []error) []error {
	// Paths are built only for what is wrong: a valid indicator is checked
	// without allocating.
	if ind.Name == "" {
		errs = append(errs, fieldErr(path("indicators", i, "name"), "", "must not be empty"))
	}
	if !ind.Lever.IsValid() {
		errs = append(errs, fieldErr(path("indicators", i, "lever"), ind.Lever.String(), "invalid result lever"))
	}
	if !ind.Direction.IsValid() {
		errs = append(errs, fieldErr(path("indicators", i, "direction"), ind.Direction.String(), "invalid direction"))
	}
	if err := checkAmountAt("indicators", i, "weight", ind.Weight); err != nil {
		errs = append(errs, err)
	}
	if ind.Actual.Valid {
		if err := checkDecimalAt("indicators", i, "actual", ind.Actual.Decimal); err != nil {
			errs = append(errs, err)
		}
	}
	errB := checkDecimalAt("indicators", i, "baseline", ind.Baseline)
	errT := checkDecimalAt("indicators", i, "target", ind.Target)
	if errB != nil {
		errs = append(errs, errB)
	}
	if errT != nil {
		errs = append(errs, errT)
	}
	if errB != nil || errT != nil {
		return errs
	}
	switch c := cmpDec(ind.Target, ind.Baseline); {
	case c == 0:
		errs = append(errs, fieldErr(path("indicators", i, "target"), ind.Target.String(), "equals the baseline: attainment is undefined"))
	case c < 0 && ind.Direction == HigherIsBetter:
		errs = append(errs, fieldErr(path("indicators", i, "target"), ind.Target.String(), "below the baseline "+strconv.Quote(ind.Baseline.String())+" for a higher-is-better indicator"))
	case c > 0 && ind.Direction == LowerIsBetter:
		errs = append(errs, fieldErr(path("indicators", i, "target"), ind.Target.String(), "above the baseline "+strconv.Quote(ind.Baseline.String())+" for a lower-is-better indicator"))
	}
	return errs
}

// unit is 1 as an attainment coefficient, at exponent -AttainmentPlaces.
const unit = 100_000_000 // 10^AttainmentPlaces

// raw is the raw attainment of a measured indicator: the coefficient q at
// exponent -AttainmentPlaces while it fits an int64, else the decimal d.
type raw struct {
	q   int64
	d   decimal.Decimal
	big bool
}

// rawAttainment computes the raw attainment of a valid measured indicator
// as attainment does, without allocating when its decimals are small.
func (ind *Indicator) rawAttainment() raw {
	if q, ok := ind.rawSmall(); ok {
		return raw{q: q}
	}
	r, _ := ind.attainment()
	return raw{d: r, big: true}
}

// rawSmall is (actual − baseline) / (target − baseline) rounded half away
// from zero to AttainmentPlaces places, as decimal.DivRound rounds it, as
// a coefficient; ok is false if an operand or the quotient does not fit.
func (ind *Indicator) rawSmall() (int64, bool) {
	ac, ae, ok1 := small(ind.Actual.Decimal)
	bc, be, ok2 := small(ind.Baseline)
	tc, te, ok3 := small(ind.Target)
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	e := int64(min(ae, be, te))
	a, ok1 := smalldec.ScaleUp(ac, int64(ae)-e)
	b, ok2 := smalldec.ScaleUp(bc, int64(be)-e)
	t, ok3 := smalldec.ScaleUp(tc, int64(te)-e)
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	x, ok1 := smalldec.Add(a, -b)
	y, ok2 := smalldec.Add(t, -b)
	if !ok1 || !ok2 || x == math.MinInt64 || y == math.MinInt64 || y == 0 {
		return 0, false
	}
	neg := (x < 0) != (y < 0)
	q, ok := quoRound(abs64(x), AttainmentPlaces, abs64(y))
	if !ok {
		return 0, false
	}
	if neg {
		q = -q
	}
	return q, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// sign returns the sign of r.
func (r raw) sign() int {
	if r.big {
		return r.d.Sign()
	}
	return cmp.Compare(r.q, 0)
}

// overOne reports whether r is above 1.
func (r raw) overOne() bool {
	if r.big {
		return r.d.Cmp(one) > 0
	}
	return r.q > unit
}

// value is r clamped to [0, 1], as a coefficient at exponent
// -AttainmentPlaces.
func (r raw) value() int64 {
	switch {
	case r.sign() < 0:
		return 0
	case r.overOne():
		return unit
	case r.big:
		return r.d.CoefficientInt64() // at most 10^AttainmentPlaces, exponent -AttainmentPlaces
	}
	return r.q
}

// String returns r as attainment's raw value prints.
func (r raw) String() string {
	if r.big {
		return r.d.String()
	}
	return decimal.New(r.q, -AttainmentPlaces).String()
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
		t.addValue(ind.Weight, ind.rawAttainment().value())
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
		t.addValue(ind.Weight, ind.rawAttainment().value())
	}
	out := make([]LeverScore, 0, NumResultLevers)
	var errs []error
	for l := range ResultLevers() {
		s, err := ts[l-1].score("indicators")
		if err != nil && !errors.Is(err, ErrNoEvidence) {
			errs = append(errs, fieldErr("indicators[*].weight", l.String(), "the weights of the measured indicators on this lever sum to zero"))
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
			out = append(out, Finding{Code: MissingEvidence, Field: path("indicators", i, "actual"), Note: quoted(ind.Name, " not measured")})
			continue
		}
		raw := ind.rawAttainment()
		switch {
		case raw.sign() < 0:
			out = append(out, Finding{Code: AwayFromTarget, Field: path("indicators", i, "actual"), Note: quoted(ind.Name, " attainment "+raw.String()+", counted as 0")})
		case raw.overOne():
			out = append(out, Finding{Code: BeyondTarget, Field: path("indicators", i, "actual"), Note: quoted(ind.Name, " attainment "+raw.String()+", counted as 1")})
		}
	}
	for l := range ResultLevers() {
		if !covered[l-1] {
			out = append(out, Finding{Code: LeverNotCovered, Field: "indicators", Note: "no indicator on the " + l.String() + " lever"})
		}
	}
	return out, nil
}
