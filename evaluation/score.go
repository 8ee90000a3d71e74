package evaluation

import (
	"errors"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/internal/wire"
	"github.com/seed424036fd/societal/lang"
)

// ScorePlaces is the number of decimal places of every score. Scores are
// rounded half away from zero (half up, since scores are never negative) by
// decimal.DivRound, once, at the end of the computation: the sums before it
// are exact, so the same inputs in any order give the same score, and
// scaling every weight by the same positive factor changes nothing.
const ScorePlaces = 4

// Score is a decimal in [0, 1] with the evidence behind it.
//
// The zero value is an unknown score: no evidence counted (Known reports
// false). Value is meaningful only when Known is true; the package never
// reports a missing score as 0. A Score is a plain value, safe for
// concurrent use.
type Score struct {
	// Value is the score in [0, 1], rounded to ScorePlaces places.
	Value decimal.Decimal
	// Counted is the number of criteria or indicators whose evidence counted.
	Counted int
	// Missing is the number whose outcome is unknown or which were not
	// measured: reported as missing evidence, not counted.
	Missing int
	// Excluded is the number not applicable: not counted.
	Excluded int
}

// Known reports whether any evidence counted, that is whether Value means
// anything.
func (s Score) Known() bool { return s.Counted > 0 }

// String returns the value with ScorePlaces places and the evidence, e.g.
// "0.7500 (3 counted, 1 missing)", or "unknown (0 counted, 2 missing)".
func (s Score) String() string {
	v := "unknown"
	if s.Known() {
		v = s.Value.StringFixed(ScorePlaces)
	}
	out := v + " (" + strconv.Itoa(s.Counted) + " counted, " + strconv.Itoa(s.Missing) + " missing"
	if s.Excluded > 0 {
		out += ", " + strconv.Itoa(s.Excluded) + " not applicable"
	}
	return out + ")"
}

// Criterion is one weighted criterion of an evaluation.
//
// The zero value is not a valid criterion: it has no name and no outcome.
// A Criterion is a plain value, safe for concurrent use.
type Criterion struct {
	// Name says what is judged; it must not be empty.
	Name string
	// Weight is the criterion's relative weight: not negative, bounded by
	// MaxDigits and MaxScale. Weights need not sum to 1: they are normalised
	// over the criteria that count.
	Weight decimal.Decimal
	// Outcome is what the evidence says.
	Outcome Outcome
}

// ScoreCriteria returns the weighted share of the counted criteria that are
// met: Σ weight(met) / Σ weight(met or not met), rounded to ScorePlaces.
// Unknown outcomes are counted in Missing and left out; NotApplicable ones
// in Excluded.
//
// Every invalid criterion is reported (errors.Join of *problem.Error naming
// "criteria[i].field"). If no criterion counts, the error wraps
// ErrNoEvidence and the returned Score carries the counts; if the counted
// weights sum to zero, the error wraps ErrInvalid. cs is only read.
func ScoreCriteria(cs []Criterion) (Score, error) {
	var errs []error
	for i := range cs {
		errs = cs[i].validate("criteria", i, errs)
	}
	if err := errors.Join(errs...); err != nil {
		return Score{}, err
	}
	var t tally
	for i := range cs {
		t.add(cs[i].Weight, cs[i].Outcome)
	}
	return t.score("criteria")
}

func (c *Criterion) validate(list string, i int, errs []error) []error {
	return validateWeighted(list, i, c.Name, "name", c.Weight, c.Outcome, errs)
}

// validateWeighted checks the name, weight and outcome shared by every
// named weighted item (criterion, need, partner value).
func validateWeighted(list string, i int, name, nameField string, w decimal.Decimal, o Outcome, errs []error) []error {
	if name == "" {
		errs = append(errs, pkg.Empty(wire.Path(list, i, nameField)))
	}
	errs = checkName(errs, name, list, i, nameField)
	return validateWeight(list, i, w, o, errs)
}

// validateWeight checks the weight and the outcome of a weighted item.
func validateWeight(list string, i int, w decimal.Decimal, o Outcome, errs []error) []error {
	errs = checkAmount(errs, w, list, i, "weight")
	if !o.IsValid() {
		errs = append(errs, pkg.Invalid(wire.Path(list, i, "outcome"), o))
	}
	return errs
}

// tally accumulates weighted evidence. Its sums are exact (decimal
// additions and products do not round), so the order of the adds does not
// matter; score rounds once, at the end. A met criterion's weight is added
// once, to met, and counts in both the numerator and the denominator.
type tally struct {
	met, notMet                decimal.Decimal // Σ weight of met, of not-met criteria
	num, den                   decimal.Decimal // Σ weight·value, Σ weight of valued items
	counted, missing, excluded int
}

// add counts a criterion: value 1 if met, 0 if not met.
func (t *tally) add(w decimal.Decimal, o Outcome) {
	switch o {
	case Met:
		t.met = t.met.Add(w)
		t.counted++
	case NotMet:
		t.notMet = t.notMet.Add(w)
		t.counted++
	case Unknown:
		t.missing++
	default:
		t.excluded++
	}
}

// addValue counts an item of value v, in [0, 1], with weight w.
func (t *tally) addValue(w, v decimal.Decimal) {
	t.num = t.num.Add(w.Mul(v))
	t.den = t.den.Add(w)
	t.counted++
}

// score divides once, guarded: no counted item is ErrNoEvidence naming
// list, a zero total weight is an ErrInvalid naming list[*].weight.
func (t *tally) score(list string) (Score, error) {
	s := Score{Counted: t.counted, Missing: t.missing, Excluded: t.excluded}
	if t.counted == 0 {
		return s, errNoEvidence.New(pkgName, list, "", lang.Int(t.missing), lang.Int(t.excluded))
	}
	num, den := t.num.Add(t.met), t.den.Add(t.met).Add(t.notMet)
	if den.Sign() == 0 {
		return Score{}, errZeroWeights.New(pkgName, list+"[*].weight", "", lang.Int(t.counted))
	}
	s.Value = num.DivRound(den, ScorePlaces)
	return s, nil
}
