package evaluation

// The computations as they were first written, straight decimal arithmetic
// with no fast path: the reference the int64 fast paths must match to the
// last digit and exponent (see TestPropMatchesReference).

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func refCheckDecimal(d decimal.Decimal) string {
	exp := d.Exponent()
	if exp < -MaxScale || exp > MaxDigits {
		return "exponent"
	}
	if d.Coefficient().BitLen() > 4*MaxDigits {
		return "digits"
	}
	n := d.NumDigits()
	if n > MaxDigits || n+int(exp) > MaxDigits {
		return "digits"
	}
	return ""
}

type refTally struct {
	num, den                   decimal.Decimal
	counted, missing, excluded int
}

func (t *refTally) add(w decimal.Decimal, o Outcome) {
	switch o {
	case Met:
		t.num, t.den = t.num.Add(w), t.den.Add(w)
		t.counted++
	case NotMet:
		t.den = t.den.Add(w)
		t.counted++
	case Unknown:
		t.missing++
	default:
		t.excluded++
	}
}

func (t *refTally) score() (Score, bool) {
	s := Score{Counted: t.counted, Missing: t.missing, Excluded: t.excluded}
	if t.counted == 0 {
		return s, false
	}
	if t.den.Sign() == 0 {
		return Score{}, false
	}
	s.Value = t.num.DivRound(t.den, ScorePlaces)
	return s, true
}

func refAttainment(ind *Indicator) (raw, value decimal.Decimal) {
	raw = ind.Actual.Decimal.Sub(ind.Baseline).DivRound(ind.Target.Sub(ind.Baseline), AttainmentPlaces)
	switch {
	case raw.Sign() < 0:
		return raw, decimal.Zero
	case raw.Cmp(one) > 0:
		return raw, one
	}
	return raw, raw
}

func refPerformance(r *PerformanceReport) (Score, bool, []string) {
	var t refTally
	var notes []string
	for i := range r.Indicators {
		ind := &r.Indicators[i]
		if !ind.Actual.Valid {
			t.missing++
			continue
		}
		raw, v := refAttainment(ind)
		t.num, t.den = t.num.Add(ind.Weight.Mul(v)), t.den.Add(ind.Weight)
		t.counted++
		if raw.Sign() < 0 || raw.Cmp(one) > 0 {
			notes = append(notes, raw.String())
		}
	}
	s, ok := t.score()
	return s, ok, notes
}

func refPercent(f decimal.Decimal) string {
	return f.Shift(2).StringFixed(2) + "%"
}

func refBudgetCheck(b Budget, phase innovation.Phase) []Finding {
	if b.Evaluation.Add(b.CapacityBuilding).Cmp(b.Total) > 0 {
		return nil
	}
	s := Shares{
		Evaluation:       b.Evaluation.DivRound(b.Total, SharePlaces),
		CapacityBuilding: b.CapacityBuilding.DivRound(b.Total, SharePlaces),
	}
	var out []Finding
	switch {
	case b.Evaluation.Sign() == 0:
		out = append(out, Finding{Code: EvaluationNotBudgeted, Field: "budget.evaluation"})
	case b.Evaluation.Cmp(b.Total.Mul(guidance.MaxEvaluation)) > 0:
		out = append(out, Finding{Code: EvaluationOverShare, Field: "budget.evaluation", Note: refPercent(s.Evaluation) + " of the total, guidance at most " + refPercent(guidance.MaxEvaluation)})
	}
	if phase.MacroPhase() == innovation.Deploiement && b.CapacityBuilding.Cmp(b.Total.Mul(guidance.ScalingCapacityBuilding)) < 0 {
		out = append(out, Finding{Code: CapacityBelowScale, Field: "budget.capacity_building", Note: refPercent(s.CapacityBuilding) + " of the total, " + refPercent(guidance.ScalingCapacityBuilding) + " needed to scale"})
	}
	return out
}

// genWide draws a decimal of any size the bounds accept and some they
// refuse: small coefficients, coefficients of up to 34 digits, exponents
// from -14 to 32, of either sign.
func genWide(t *rapid.T, label string, negative bool) decimal.Decimal {
	var d decimal.Decimal
	switch rapid.IntRange(0, 2).Draw(t, label+"-kind") {
	case 0:
		d = decimal.New(rapid.Int64Range(0, 1000).Draw(t, label+"-small"), -rapid.Int32Range(0, 4).Draw(t, label+"-scale"))
	case 1:
		d = decimal.New(rapid.Int64Range(0, 999_999_999_999_999_999).Draw(t, label+"-int64"), rapid.Int32Range(-14, 20).Draw(t, label+"-exp"))
	default:
		digits := rapid.StringMatching(`[1-9][0-9]{0,33}`).Draw(t, label+"-digits")
		d = decimal.RequireFromString(digits + "e" + strconv.Itoa(rapid.IntRange(-14, 32).Draw(t, label+"-exp")))
	}
	if negative && rapid.Bool().Draw(t, label+"-neg") {
		d = d.Neg()
	}
	return d
}

func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0
}

// The fast paths give exactly what the plain decimal computation gives:
// same bounds decisions, same scores (digits and exponent), same notes.
func TestPropMatchesReference(t *testing.T) {
	t.Run("bounds", rapid.MakeCheck(func(t *rapid.T) {
		d := genWide(t, "d", true)
		got, want := decimalProblem(d), refCheckDecimal(d)
		if (got == "") != (want == "") {
			t.Fatalf("decimalProblem(%s) = %q, reference %q", d, got, want)
		}
	}))
	t.Run("criteria", rapid.MakeCheck(func(t *rapid.T) {
		var cs []Criterion
		var ref refTally
		for i := range rapid.IntRange(0, 12).Draw(t, "n") {
			w := genWide(t, "weight", false)
			if decimalProblem(w) != "" {
				continue
			}
			c := Criterion{Name: "c" + strconv.Itoa(i), Weight: w, Outcome: Outcome(rapid.IntRange(1, 4).Draw(t, "outcome"))}
			cs = append(cs, c)
			ref.add(c.Weight, c.Outcome)
		}
		got, err := ScoreCriteria(cs)
		want, ok := ref.score()
		if (err == nil) != ok || got.Counted != want.Counted || got.Missing != want.Missing || got.Excluded != want.Excluded ||
			(ok && !sameDecimal(got.Value, want.Value)) {
			t.Fatalf("ScoreCriteria = %v, %v; reference %v, %v", got, err, want, ok)
		}
	}))
	t.Run("performance", rapid.MakeCheck(func(t *rapid.T) {
		r := &PerformanceReport{Degree: Compter}
		for range rapid.IntRange(0, 8).Draw(t, "n") {
			ind := Indicator{Name: "i", Lever: ResultLever(rapid.IntRange(1, 4).Draw(t, "lever")), Direction: HigherIsBetter,
				Baseline: genWide(t, "baseline", true), Target: genWide(t, "target", true), Weight: genWide(t, "weight", false)}
			if rapid.Bool().Draw(t, "measured") {
				ind.Actual = decimal.NewNullDecimal(genWide(t, "actual", true))
			}
			if ind.Target.LessThan(ind.Baseline) {
				ind.Direction = LowerIsBetter
			}
			if ind.validate(0, nil) != nil {
				continue
			}
			r.Indicators = append(r.Indicators, ind)
		}
		got, err := r.Score()
		want, ok, wantNotes := refPerformance(r)
		if (err == nil) != ok || got.Counted != want.Counted || got.Missing != want.Missing || (ok && !sameDecimal(got.Value, want.Value)) {
			t.Fatalf("Score = %v, %v; reference %v, %v", got, err, want, ok)
		}
		fs, err := r.Findings()
		if err != nil {
			t.Fatal(err)
		}
		var notes []string
		for _, f := range fs {
			if f.Code == AwayFromTarget || f.Code == BeyondTarget {
				var name, raw, rest string
				if _, err := fmt.Sscanf(f.Note, "%s attainment %s %s", &name, &raw, &rest); err != nil {
					t.Fatal(err)
				}
				notes = append(notes, raw[:len(raw)-1]) // the comma
			}
		}
		if fmt.Sprint(notes) != fmt.Sprint(wantNotes) {
			t.Fatalf("raw attainments %v, reference %v", notes, wantNotes)
		}
	}))
	t.Run("budget", rapid.MakeCheck(func(t *rapid.T) {
		b := Budget{Total: genWide(t, "total", false), Evaluation: genWide(t, "evaluation", false), CapacityBuilding: genWide(t, "capacity", false)}
		phase := innovation.Phase(rapid.IntRange(1, innovation.NumPhases).Draw(t, "phase"))
		got, err := b.Check(phase)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v", err)
			}
			return
		}
		if want := refBudgetCheck(b, phase); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Check = %v, reference %v", got, want)
		}
	}))
}
