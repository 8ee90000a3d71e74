package evaluation

import (
	"errors"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func measured(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }

func ind(name string, lever ResultLever, dir Direction, baseline, target string, actual decimal.NullDecimal, weight string) Indicator {
	return Indicator{Name: name, Lever: lever, Direction: dir, Baseline: dec(baseline), Target: dec(target), Actual: actual, Weight: dec(weight)}
}

func TestAttainment(t *testing.T) {
	tests := []struct {
		name       string
		ind        Indicator
		raw, value string
	}{
		{"halfway up", ind("jobs", Economique, HigherIsBetter, "0", "10", measured("5"), "1"), "0.5", "0.5"},
		{"halfway down", ind("co2", Environnemental, LowerIsBetter, "100", "60", measured("80"), "1"), "0.5", "0.5"},
		{"beyond target capped", ind("jobs", Economique, HigherIsBetter, "0", "10", measured("15"), "1"), "1.5", "1"},
		{"away from target floored", ind("co2", Environnemental, LowerIsBetter, "100", "60", measured("110"), "1"), "-0.25", "0"},
		{"thirds", ind("x", Social, HigherIsBetter, "0", "3", measured("1"), "1"), "0.33333333", "0.33333333"},
		{"negative baseline", ind("x", Social, HigherIsBetter, "-10", "10", measured("0"), "1"), "0.5", "0.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &PerformanceReport{Degree: Compter, Indicators: []Indicator{tt.ind}}
			as, err := r.Attainments()
			if err != nil {
				t.Fatal(err)
			}
			a := as[0]
			if !a.Measured || !a.Raw.Equal(dec(tt.raw)) || !a.Value.Equal(dec(tt.value)) {
				t.Errorf("attainment = %+v, want raw %s value %s", a, tt.raw, tt.value)
			}
			s, err := r.Score()
			if err != nil {
				t.Fatal(err)
			}
			if !s.Value.Equal(dec(tt.value).Round(ScorePlaces)) {
				t.Errorf("score = %v, want %s", s, tt.value)
			}
		})
	}
}

func TestPerformanceInvalid(t *testing.T) {
	tests := []struct {
		name  string
		ind   Indicator
		field string
		err   error
	}{
		{"target equals baseline", ind("x", Social, HigherIsBetter, "5", "5.00", measured("5"), "1"), "indicators[0].target", ErrInvalid},
		{"target below for higher", ind("x", Social, HigherIsBetter, "5", "4", measured("5"), "1"), "indicators[0].target", ErrInvalid},
		{"target above for lower", ind("x", Social, LowerIsBetter, "5", "6", measured("5"), "1"), "indicators[0].target", ErrInvalid},
		{"negative weight", ind("x", Social, HigherIsBetter, "0", "1", measured("1"), "-0.5"), "indicators[0].weight", ErrInvalid},
		{"no name", ind("", Social, HigherIsBetter, "0", "1", measured("1"), "1"), "indicators[0].name", ErrInvalid},
		{"no lever", ind("x", 0, HigherIsBetter, "0", "1", measured("1"), "1"), "indicators[0].lever", ErrInvalid},
		{"no direction", ind("x", Social, 0, "0", "1", measured("1"), "1"), "indicators[0].direction", ErrInvalid},
		{"absurd actual", ind("x", Social, HigherIsBetter, "0", "1", measured("1e999999999"), "1"), "indicators[0].actual", ErrLimit},
		{"absurd baseline", ind("x", Social, HigherIsBetter, "-1e999999", "1", measured("1"), "1"), "indicators[0].baseline", ErrLimit},
		{"absurd target", ind("x", Social, HigherIsBetter, "0", "1e-999", measured("1"), "1"), "indicators[0].target", ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &PerformanceReport{Degree: Compter, Indicators: []Indicator{tt.ind}}
			_, err := r.Score()
			if !errors.Is(err, tt.err) || !hasField(err, tt.field) {
				t.Errorf("Score() error = %v, want %v naming %q", err, tt.err, tt.field)
			}
			if _, err := r.Findings(); !hasField(err, tt.field) {
				t.Errorf("Findings() error = %v, want one naming %q", err, tt.field)
			}
			if _, err := r.Attainments(); !hasField(err, tt.field) {
				t.Errorf("Attainments() error = %v", err)
			}
			if _, err := r.ByLever(); !hasField(err, tt.field) {
				t.Errorf("ByLever() error = %v", err)
			}
		})
	}
	var nilReport *PerformanceReport
	if _, err := nilReport.Score(); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil report Score() = %v", err)
	}
	if err := (&PerformanceReport{}).Validate(); !hasField(err, "degree") {
		t.Errorf("zero report Validate() = %v, want degree named", err)
	}
	err := (&PerformanceReport{Degree: Compter, Evaluators: []Evaluator{Beneficiaires, 0, Beneficiaires}}).Validate()
	if !hasField(err, "evaluators[1]") || !hasField(err, "evaluators[2]") {
		t.Errorf("evaluators error = %v", err)
	}
}

func TestPerformanceScoreAndFindings(t *testing.T) {
	r := &PerformanceReport{
		Degree: Compter,
		Indicators: []Indicator{
			ind("emplois", Economique, HigherIsBetter, "0", "10", measured("15"), "2"),      // 1 (capped)
			ind("co2", Environnemental, LowerIsBetter, "100", "50", measured("75"), "1"),    // 0.5
			ind("isolement", Social, LowerIsBetter, "40", "20", decimal.NullDecimal{}, "5"), // missing
			ind("bénévoles", Social, HigherIsBetter, "10", "20", measured("5"), "1"),        // -0.5 → 0
		},
	}
	s, err := r.Score()
	if err != nil {
		t.Fatal(err)
	}
	// (2·1 + 1·0.5 + 1·0) / 4 = 0.625
	if !s.Value.Equal(dec("0.625")) || s.Counted != 3 || s.Missing != 1 {
		t.Errorf("score = %v, want 0.6250 (3 counted, 1 missing)", s)
	}
	fs, err := r.Findings()
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		code  Code
		field string
	}{
		{BeyondTarget, "indicators[0].actual"},
		{MissingEvidence, "indicators[2].actual"},
		{AwayFromTarget, "indicators[3].actual"},
		{LeverNotCovered, "indicators"},
	}
	if len(fs) != len(want) {
		t.Fatalf("findings = %v, want %d", fs, len(want))
	}
	for i, w := range want {
		if fs[i].Code != w.code || fs[i].Field != w.field {
			t.Errorf("finding %d = %v, want %v at %s", i, fs[i], w.code, w.field)
		}
	}
	bl, err := r.ByLever()
	if err != nil {
		t.Fatal(err)
	}
	wantLever := []struct {
		lever ResultLever
		known bool
		value string
	}{{Economique, true, "1"}, {Social, true, "0"}, {Environnemental, true, "0.5"}, {Societal, false, "0"}}
	for i, w := range wantLever {
		if bl[i].Lever != w.lever || bl[i].Score.Known() != w.known || !bl[i].Score.Value.Equal(dec(w.value)) {
			t.Errorf("lever %d = %+v, want %v known=%v %s", i, bl[i], w.lever, w.known, w.value)
		}
	}
	if bl[1].Score.Missing != 1 {
		t.Errorf("social lever missing = %d, want 1", bl[1].Score.Missing)
	}
}

func TestPerformanceNoEvidence(t *testing.T) {
	r := &PerformanceReport{Degree: Compter, Indicators: []Indicator{ind("x", Social, HigherIsBetter, "0", "1", decimal.NullDecimal{}, "1")}}
	s, err := r.Score()
	if !errors.Is(err, ErrNoEvidence) || s.Known() || s.Missing != 1 {
		t.Errorf("Score() = %v, %v; want unknown, ErrNoEvidence", s, err)
	}
	r.Indicators[0].Actual = measured("1")
	r.Indicators[0].Weight = decimal.Zero
	if _, err := r.Score(); !errors.Is(err, ErrInvalid) || !hasField(err, "indicators[*].weight") {
		t.Errorf("zero weights: %v", err)
	}
	if _, err := r.ByLever(); !errors.Is(err, ErrInvalid) {
		t.Errorf("ByLever zero weights: %v", err)
	}
}

// The input is never modified.
func TestPerformanceDoesNotMutate(t *testing.T) {
	r := &PerformanceReport{Degree: Compter, Indicators: []Indicator{ind("x", Social, HigherIsBetter, "0", "10", measured("20"), "1")}}
	before := r.Indicators[0]
	_, _ = r.Score()
	_, _ = r.Findings()
	_, _ = r.Attainments()
	after := r.Indicators[0]
	if !after.Actual.Decimal.Equal(before.Actual.Decimal) || !after.Target.Equal(before.Target) || !after.Weight.Equal(before.Weight) {
		t.Errorf("indicator changed: %+v → %+v", before, after)
	}
}

func genIndicator() *rapid.Generator[Indicator] {
	return rapid.Custom(func(t *rapid.T) Indicator {
		base := genDecimal(-1000, 1000, 2).Draw(t, "baseline")
		step := genDecimal(1, 1000, 2).Draw(t, "step")
		dir := Direction(rapid.IntRange(1, 2).Draw(t, "direction"))
		target := base.Add(step)
		if dir == LowerIsBetter {
			target = base.Sub(step)
		}
		var actual decimal.NullDecimal
		if rapid.Bool().Draw(t, "measured") {
			actual = decimal.NewNullDecimal(genDecimal(-3000, 3000, 2).Draw(t, "actual"))
		}
		return Indicator{
			Name: "i", Lever: ResultLever(rapid.IntRange(1, 4).Draw(t, "lever")), Direction: dir,
			Baseline: base, Target: target, Actual: actual, Weight: genDecimal(0, 100, 2).Draw(t, "weight"),
		}
	})
}

func TestPropPerformanceInUnitInterval(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := &PerformanceReport{Degree: Compter, Indicators: rapid.SliceOfN(genIndicator(), 0, 12).Draw(t, "indicators")}
		s, err := r.Score()
		if err != nil {
			if !errors.Is(err, ErrNoEvidence) && !errors.Is(err, ErrInvalid) {
				t.Fatal(err)
			}
			return
		}
		if s.Value.Sign() < 0 || s.Value.Cmp(one) > 0 {
			t.Fatalf("score %v outside [0, 1]", s)
		}
	})
}

// Improving an indicator toward its target never lowers the score.
func TestPropImprovingNeverLowers(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		inds := rapid.SliceOfN(genIndicator(), 1, 12).Draw(t, "indicators")
		i := rapid.IntRange(0, len(inds)-1).Draw(t, "i")
		if !inds[i].Actual.Valid {
			inds[i].Actual = decimal.NewNullDecimal(inds[i].Baseline)
		}
		r := &PerformanceReport{Degree: Compter, Indicators: inds}
		before, err := r.Score()
		if err != nil {
			return // zero weights: nothing to compare
		}
		delta := genDecimal(0, 3000, 2).Draw(t, "delta")
		better := append([]Indicator(nil), inds...)
		if better[i].Direction == HigherIsBetter {
			better[i].Actual = decimal.NewNullDecimal(inds[i].Actual.Decimal.Add(delta))
		} else {
			better[i].Actual = decimal.NewNullDecimal(inds[i].Actual.Decimal.Sub(delta))
		}
		after, err := (&PerformanceReport{Degree: Compter, Indicators: better}).Score()
		if err != nil {
			t.Fatal(err)
		}
		if after.Value.Cmp(before.Value) < 0 {
			t.Fatalf("improving indicator %d by %v lowered the score %v → %v", i, delta, before, after)
		}
	})
}

func TestPropPerformancePermutationAndScaling(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		inds := rapid.SliceOfN(genIndicator(), 0, 12).Draw(t, "indicators")
		perm := rapid.Permutation(inds).Draw(t, "perm")
		k := genDecimal(1, 1000, 3).Draw(t, "factor")
		scaled := make([]Indicator, len(inds))
		for j, x := range inds {
			x.Weight = x.Weight.Mul(k)
			scaled[j] = x
		}
		a, errA := (&PerformanceReport{Degree: Compter, Indicators: inds}).Score()
		b, errB := (&PerformanceReport{Degree: Compter, Indicators: perm}).Score()
		c, errC := (&PerformanceReport{Degree: Compter, Indicators: scaled}).Score()
		if !sameResult(a, errA, b, errB) {
			t.Fatalf("permuted: %v, %v != %v, %v", a, errA, b, errB)
		}
		if !sameResult(a, errA, c, errC) {
			t.Fatalf("scaled ×%v: %v, %v != %v, %v", k, a, errA, c, errC)
		}
	})
}

// Unmeasured indicators never change the score computed from the measured ones.
func TestPropUnmeasuredChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		inds := rapid.SliceOfN(genIndicator(), 0, 12).Draw(t, "indicators")
		var known []Indicator
		for _, x := range inds {
			if x.Actual.Valid {
				known = append(known, x)
			}
		}
		a, errA := (&PerformanceReport{Degree: Compter, Indicators: known}).Score()
		b, errB := (&PerformanceReport{Degree: Compter, Indicators: inds}).Score()
		if !sameResult(a, errA, b, errB) {
			t.Fatalf("%v, %v != %v, %v", a, errA, b, errB)
		}
	})
}

func indicators(n int) []Indicator {
	out := make([]Indicator, n)
	for i := range out {
		out[i] = Indicator{
			Name: "indicator " + strconv.Itoa(i), Lever: ResultLever(i%NumResultLevers + 1), Direction: HigherIsBetter,
			Baseline: decimal.NewFromInt(int64(i)), Target: decimal.NewFromInt(int64(2*i + 10)),
			Actual: decimal.NewNullDecimal(decimal.New(int64(15*i+70), -1)), Weight: decimal.NewFromInt(int64(i%3 + 1)),
		}
	}
	return out
}

func benchmarkScore(b *testing.B, n int) {
	r := &PerformanceReport{Degree: Compter, Indicators: indicators(n)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Score(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() { _, _ = r.Score() }))/float64(n), "allocs/indicator")
}

func BenchmarkScore10(b *testing.B)   { benchmarkScore(b, 10) }
func BenchmarkScore1000(b *testing.B) { benchmarkScore(b, 1000) }
