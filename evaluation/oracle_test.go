package evaluation_test

// Independent oracles for the package's decimal arithmetic: exact rationals
// (math/big.Rat) for the scores, shares and comparisons, and digits read off
// the printed coefficient for the bounds. None of them shares code with the
// package; FuzzScoreCriteria (score_fuzz_test.go) is the fuzzed oracle of
// ScoreCriteria.

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/evaluation"
	"github.com/seed424036fd/societal/innovation"
)

// genWide draws a decimal of any size the bounds accept and some they
// refuse: small coefficients, coefficients of up to 34 digits, powers of
// ten and their neighbours (the edges of the bounds), exponents from -14 to
// 32, of either sign if negative.
func genWide(t *rapid.T, label string, negative bool) decimal.Decimal {
	var d decimal.Decimal
	switch rapid.IntRange(0, 3).Draw(t, label+"-kind") {
	case 0:
		d = decimal.New(rapid.Int64Range(0, 1000).Draw(t, label+"-small"), -rapid.Int32Range(0, 4).Draw(t, label+"-scale"))
	case 1:
		d = decimal.New(rapid.Int64Range(0, 999_999_999_999_999_999).Draw(t, label+"-int64"), rapid.Int32Range(-14, 20).Draw(t, label+"-exp"))
	case 2:
		// 10^n − 1, 10^n or 10^n + 1 with n about the most digits the
		// exponent allows.
		exp := rapid.IntRange(-14, 32).Draw(t, label+"-exp")
		most := min(evaluation.MaxDigits, evaluation.MaxIntegerDigits-exp)
		c := pow10(max(0, most+rapid.IntRange(-1, 1).Draw(t, label+"-digits")))
		c.Add(c, big.NewInt(rapid.Int64Range(-1, 1).Draw(t, label+"-offset")))
		d = decimal.NewFromBigInt(c, int32(exp))
	default:
		digits := rapid.StringMatching(`[1-9][0-9]{0,33}`).Draw(t, label+"-digits")
		d = decimal.RequireFromString(digits + "e" + strconv.Itoa(rapid.IntRange(-14, 32).Draw(t, label+"-exp")))
	}
	if negative && rapid.Bool().Draw(t, label+"-neg") {
		d = d.Neg()
	}
	return d
}

// inBounds is the documented bound: at most MaxScale places (exponent ≥
// −MaxScale), MaxDigits digits in the coefficient and MaxIntegerDigits in
// the integer part (digits + exponent), zero being bounded by its exponent
// only.
func inBounds(d decimal.Decimal) bool {
	exp := int(d.Exponent())
	if exp < -evaluation.MaxScale || exp > evaluation.MaxIntegerDigits {
		return false
	}
	c := d.Coefficient()
	if c.Sign() == 0 {
		return true
	}
	n := len(strings.TrimPrefix(c.String(), "-"))
	return n <= evaluation.MaxDigits && n+exp <= evaluation.MaxIntegerDigits
}

// ratOf returns d as an exact rational.
func ratOf(d decimal.Decimal) *big.Rat {
	r := new(big.Rat).SetInt(d.Coefficient())
	p := new(big.Rat).SetInt(pow10(int(max(d.Exponent(), -d.Exponent()))))
	if d.Exponent() < 0 {
		return r.Quo(r, p)
	}
	return r.Mul(r, p)
}

func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// roundRat returns q rounded half away from zero to places places, as a
// decimal at exponent −places.
func roundRat(q *big.Rat, places int) decimal.Decimal {
	x := new(big.Rat).Abs(q)
	x.Mul(x, new(big.Rat).SetInt(pow10(places)))
	x.Add(x, big.NewRat(1, 2))
	n := new(big.Int).Quo(x.Num(), x.Denom()) // floor, x ≥ 0
	if q.Sign() < 0 {
		n.Neg(n)
	}
	return decimal.NewFromBigInt(n, int32(-places))
}

// sameDecimal reports whether a and b have the same value and exponent.
func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

// An indicator's actual value is accepted exactly when it is within the
// documented bounds.
func TestPropBoundsOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genWide(t, "d", true)
		r := &evaluation.PerformanceReport{Degree: evaluation.Compter, Indicators: []evaluation.Indicator{{
			Name: "i", Lever: evaluation.ResultLever(1), Direction: evaluation.HigherIsBetter,
			Baseline: decimal.Zero, Target: decimal.NewFromInt(1), Actual: decimal.NewNullDecimal(d), Weight: decimal.NewFromInt(1),
		}}}
		err := r.Validate()
		if want := inBounds(d); (err == nil) != want {
			t.Fatalf("Validate with actual %s: %v; in bounds: %v", d, err, want)
		}
		if err != nil && !errors.Is(err, evaluation.ErrLimit) {
			t.Fatalf("Validate: %v, want ErrLimit", err)
		}
	})
}

// ScoreCriteria over weights of any accepted size: Σ weight(met) /
// Σ weight(met or not met), rounded half up to ScorePlaces places.
func TestPropScoreCriteriaOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var cs []evaluation.Criterion
		num, den := new(big.Rat), new(big.Rat)
		counted := 0
		for i := range rapid.IntRange(0, 12).Draw(t, "n") {
			w := genWide(t, "weight", false)
			if !inBounds(w) {
				continue
			}
			o := evaluation.Outcome(rapid.IntRange(1, 4).Draw(t, "outcome"))
			cs = append(cs, evaluation.Criterion{Name: "c" + strconv.Itoa(i), Weight: w, Outcome: o})
			switch o {
			case evaluation.Met:
				num.Add(num, ratOf(w))
				den.Add(den, ratOf(w))
				counted++
			case evaluation.NotMet:
				den.Add(den, ratOf(w))
				counted++
			}
		}
		s, err := evaluation.ScoreCriteria(cs)
		checkScore(t, s, err, num, den, counted)
	})
}

// checkScore compares a score s and its error with the oracle's: the
// weighted sum num over the sum of the weights den of the counted items,
// rounded half up to ScorePlaces places; ErrNoEvidence when nothing is
// counted, ErrInvalid when the weights sum to zero.
func checkScore(t *rapid.T, s evaluation.Score, err error, num, den *big.Rat, counted int) {
	switch {
	case counted == 0:
		if !errors.Is(err, evaluation.ErrNoEvidence) {
			t.Fatalf("nothing counted: %v, %v", s, err)
		}
	case den.Sign() == 0:
		if !errors.Is(err, evaluation.ErrInvalid) {
			t.Fatalf("weights sum to zero: %v, %v", s, err)
		}
	case err != nil:
		t.Fatal(err)
	default:
		if want := roundRat(new(big.Rat).Quo(num, den), evaluation.ScorePlaces); !sameDecimal(s.Value, want) || s.Counted != counted {
			t.Fatalf("score %v, oracle %s (%d counted)", s, want, counted)
		}
	}
}

// A performance report's attainments, score and clamping findings, against
// exact rationals: each raw attainment (actual − baseline) / (target −
// baseline) rounded half away from zero to AttainmentPlaces places, clamped
// to [0, 1], then Σ weight·value / Σ weight rounded to ScorePlaces places.
func TestPropPerformanceOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := &evaluation.PerformanceReport{Degree: evaluation.Compter}
		for range rapid.IntRange(0, 8).Draw(t, "n") {
			ind := evaluation.Indicator{
				Name: "i" + strconv.Itoa(len(r.Indicators)), Lever: evaluation.ResultLever(rapid.IntRange(1, 4).Draw(t, "lever")), Direction: evaluation.HigherIsBetter,
				Baseline: genWide(t, "baseline", true), Target: genWide(t, "target", true), Weight: genWide(t, "weight", false),
			}
			if rapid.Bool().Draw(t, "measured") {
				ind.Actual = decimal.NewNullDecimal(genWide(t, "actual", true))
			}
			if ind.Target.LessThan(ind.Baseline) {
				ind.Direction = evaluation.LowerIsBetter
			}
			if !inBounds(ind.Baseline) || !inBounds(ind.Target) || !inBounds(ind.Weight) || (ind.Actual.Valid && !inBounds(ind.Actual.Decimal)) || ind.Target.Equal(ind.Baseline) {
				continue
			}
			r.Indicators = append(r.Indicators, ind)
		}

		num, den := new(big.Rat), new(big.Rat)
		counted, missing := 0, 0
		var raws []decimal.Decimal // the raw attainment of each indicator
		var clamped []string       // "i: raw" of each attainment out of [0, 1]
		for _, ind := range r.Indicators {
			if !ind.Actual.Valid {
				missing++
				raws = append(raws, decimal.Decimal{})
				continue
			}
			b := ratOf(ind.Baseline)
			x := new(big.Rat).Sub(ratOf(ind.Actual.Decimal), b)
			x.Quo(x, new(big.Rat).Sub(ratOf(ind.Target), b))
			raw := roundRat(x, evaluation.AttainmentPlaces)
			raws = append(raws, raw)
			v := ratOf(raw)
			switch {
			case v.Sign() < 0:
				v.SetInt64(0)
				clamped = append(clamped, ind.Name+": "+raw.String())
			case v.Cmp(big.NewRat(1, 1)) > 0:
				v.SetInt64(1)
				clamped = append(clamped, ind.Name+": "+raw.String())
			}
			num.Add(num, v.Mul(v, ratOf(ind.Weight)))
			den.Add(den, ratOf(ind.Weight))
			counted++
		}

		if err := r.Validate(); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		s, err := r.Score()
		checkScore(t, s, err, num, den, counted)
		if (err == nil || counted == 0) && s.Missing != missing {
			t.Fatalf("score %v: %d missing, oracle %d", s, s.Missing, missing)
		}

		as, err := r.Attainments()
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range as {
			if a.Measured != r.Indicators[i].Actual.Valid || (a.Measured && !sameDecimal(a.Raw, raws[i])) {
				t.Fatalf("attainment %d: %+v, oracle raw %s", i, a, raws[i])
			}
		}

		fs, err := r.Findings()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Code != evaluation.AwayFromTarget && f.Code != evaluation.BeyondTarget {
				continue
			}
			got = append(got, f.Name+": "+f.Value.String())
		}
		if fmt.Sprint(got) != fmt.Sprint(clamped) {
			t.Fatalf("clamped attainments %v, oracle %v", got, clamped)
		}
	})
}

// A budget is valid exactly when its amounts are bounded, the total
// positive, the others not negative and together at most the total; its
// shares and findings match exact rationals.
func TestPropBudgetOracle(t *testing.T) {
	g := evaluation.BudgetGuidance()
	rapid.Check(t, func(t *rapid.T) {
		b := evaluation.Budget{Total: genWide(t, "total", false), Evaluation: genWide(t, "evaluation", false), CapacityBuilding: genWide(t, "capacity", false)}
		if rapid.Bool().Draw(t, "fractions") {
			// Amounts as percentages of the total, so that valid budgets
			// come often.
			b.Evaluation = b.Total.Mul(decimal.New(rapid.Int64Range(0, 40).Draw(t, "evaluation%"), -2))
			b.CapacityBuilding = b.Total.Mul(decimal.New(rapid.Int64Range(0, 60).Draw(t, "capacity%"), -2))
		}
		phase := innovation.Phase(rapid.IntRange(1, innovation.NumPhases).Draw(t, "phase"))
		total, eval, capa := ratOf(b.Total), ratOf(b.Evaluation), ratOf(b.CapacityBuilding)
		valid := inBounds(b.Total) && inBounds(b.Evaluation) && inBounds(b.CapacityBuilding) &&
			total.Sign() > 0 && new(big.Rat).Add(eval, capa).Cmp(total) <= 0

		fs, err := b.Check(phase)
		if (err == nil) != valid {
			t.Fatalf("Check(%+v): %v; valid: %v", b, err, valid)
		}
		if !valid {
			if !errors.Is(err, evaluation.ErrInvalid) && !errors.Is(err, evaluation.ErrLimit) {
				t.Fatalf("Check: %v, want ErrInvalid or ErrLimit", err)
			}
			return
		}

		s, err := b.Shares()
		if err != nil {
			t.Fatal(err)
		}
		shareE, shareC := new(big.Rat).Quo(eval, total), new(big.Rat).Quo(capa, total)
		both := new(big.Rat).Add(shareE, shareC)
		if !s.Evaluation.Equal(roundRat(shareE, evaluation.SharePlaces)) || !s.CapacityBuilding.Equal(roundRat(shareC, evaluation.SharePlaces)) || !s.Combined.Equal(roundRat(both, evaluation.SharePlaces)) {
			t.Fatalf("shares %+v of %+v", s, b)
		}

		var want []evaluation.Finding
		switch {
		case eval.Sign() == 0:
			want = append(want, evaluation.Finding{Code: evaluation.EvaluationNotBudgeted, Field: "budget.evaluation"})
		case shareE.Cmp(ratOf(g.MaxEvaluation)) > 0:
			want = append(want, evaluation.Finding{Code: evaluation.EvaluationOverShare, Field: "budget.evaluation",
				Value: roundRat(shareE, evaluation.SharePlaces), Limit: g.MaxEvaluation})
		}
		if phase.MacroPhase() == innovation.Deploiement && shareC.Cmp(ratOf(g.ScalingCapacityBuilding)) < 0 {
			want = append(want, evaluation.Finding{Code: evaluation.CapacityBelowScale, Field: "budget.capacity_building",
				Value: roundRat(shareC, evaluation.SharePlaces), Limit: g.ScalingCapacityBuilding})
		}
		if fmt.Sprint(fs) != fmt.Sprint(want) {
			t.Fatalf("Check(%+v, %v) = %v, oracle %v", b, phase, fs, want)
		}
	})
}
