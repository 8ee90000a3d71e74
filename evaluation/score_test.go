package evaluation

import (
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/internal/golden"
	"github.com/seed424036fd/societal/problem"

	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestScoreCriteria(t *testing.T) {
	tests := []struct {
		name    string
		cs      []Criterion
		want    string // "" when an error is expected
		counted int
		missing int
		err     error
		field   string
	}{
		{"all met", []Criterion{{"a", dec("1"), Met}, {"b", dec("2"), Met}}, "1", 2, 0, nil, ""},
		{"weighted", []Criterion{{"a", dec("1"), Met}, {"b", dec("3"), NotMet}}, "0.25", 2, 0, nil, ""},
		{"thirds round half up", []Criterion{{"a", dec("2"), Met}, {"b", dec("1"), NotMet}}, "0.6667", 2, 0, nil, ""},
		{"unknown left out", []Criterion{{"a", dec("1"), Met}, {"b", dec("5"), Unknown}}, "1", 1, 1, nil, ""},
		{"n/a left out", []Criterion{{"a", dec("1"), NotMet}, {"b", dec("5"), NotApplicable}}, "0", 1, 0, nil, ""},
		{"zero weight counted", []Criterion{{"a", dec("0"), NotMet}, {"b", dec("1"), Met}}, "1", 2, 0, nil, ""},
		{"no evidence", []Criterion{{"a", dec("1"), Unknown}}, "", 0, 1, ErrNoEvidence, "criteria"},
		{"empty", nil, "", 0, 0, ErrNoEvidence, "criteria"},
		{"weights sum to zero", []Criterion{{"a", dec("0"), Met}, {"b", dec("0"), NotMet}}, "", 0, 0, ErrInvalid, "criteria[*].weight"},
		{"negative weight", []Criterion{{"a", dec("-1"), Met}}, "", 0, 0, ErrInvalid, "criteria[0].weight"},
		{"no name", []Criterion{{"", dec("1"), Met}}, "", 0, 0, ErrInvalid, "criteria[0].name"},
		{"zero outcome", []Criterion{{"a", dec("1"), 0}}, "", 0, 0, ErrInvalid, "criteria[0].outcome"},
		{"absurd exponent", []Criterion{{"a", dec("1e999999999"), Met}}, "", 0, 0, ErrLimit, "criteria[0].weight"},
		{"too many decimals", []Criterion{{"a", dec("0.0000000000001"), Met}}, "", 0, 0, ErrLimit, "criteria[0].weight"},
		{"too many digits", []Criterion{{"a", dec("1234567890123456789.012345678901"), Met}}, "", 0, 0, ErrLimit, "criteria[0].weight"},
		{"too many integer digits", []Criterion{{"a", dec("1000000000000000000"), Met}}, "", 0, 0, ErrLimit, "criteria[0].weight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ScoreCriteria(tt.cs)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("error = %v, want %v", err, tt.err)
				}
				if !hasField(err, tt.field) {
					t.Errorf("error %v does not name %q", err, tt.field)
				}
				if errors.Is(tt.err, ErrNoEvidence) && (s.Known() || s.Missing != tt.missing) {
					t.Errorf("score with no evidence = %v, want unknown with %d missing", s, tt.missing)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !s.Value.Equal(dec(tt.want)) || s.Counted != tt.counted || s.Missing != tt.missing {
				t.Errorf("score = %v, want %s (%d counted, %d missing)", s, tt.want, tt.counted, tt.missing)
			}
		})
	}
}

func TestScoreCriteriaReportsAll(t *testing.T) {
	_, err := ScoreCriteria([]Criterion{{"", dec("-1"), 0}, {"b", dec("1e40"), Met}})
	for _, f := range []string{"criteria[0].name", "criteria[0].weight", "criteria[0].outcome", "criteria[1].weight"} {
		if !hasField(err, f) {
			t.Errorf("error %v does not name %q", err, f)
		}
	}
}

// Score's String, for logs, in a golden file: the figures it shows are
// the score's.
func TestScoreString(t *testing.T) {
	var b strings.Builder
	for _, s := range []Score{
		{Value: dec("0.75"), Counted: 3, Missing: 1},
		{Missing: 2, Excluded: 1},
	} {
		b.WriteString(s.String() + "\n")
	}
	golden.Check(t, "score.string", b.String())
}

// hasField reports whether err holds a *problem.Error naming field.
func hasField(err error, field string) bool {
	for p := range problem.All(err) {
		if p.Path == field {
			return true
		}
	}
	return false
}

// Generators.

func genDecimal(min, max int64, maxScale int32) *rapid.Generator[decimal.Decimal] {
	return rapid.Custom(func(t *rapid.T) decimal.Decimal {
		return decimal.New(rapid.Int64Range(min, max).Draw(t, "coef"), -rapid.Int32Range(0, maxScale).Draw(t, "scale"))
	})
}

func genCriterion() *rapid.Generator[Criterion] {
	return rapid.Custom(func(t *rapid.T) Criterion {
		return Criterion{
			Name:    rapid.StringMatching(`[a-z]{1,6}`).Draw(t, "name"),
			Weight:  genDecimal(0, 1000, 3).Draw(t, "weight"),
			Outcome: Outcome(rapid.IntRange(1, 4).Draw(t, "outcome")),
		}
	})
}

func genCriteria() *rapid.Generator[[]Criterion] {
	return rapid.SliceOfN(genCriterion(), 0, 20)
}

// sameResult reports whether two ScoreCriteria results agree: same value
// and counts, or errors of the same class.
func sameResult(a Score, errA error, b Score, errB error) bool {
	if (errA == nil) != (errB == nil) {
		return false
	}
	if errA != nil {
		return errors.Is(errA, ErrNoEvidence) == errors.Is(errB, ErrNoEvidence)
	}
	return a.Value.Equal(b.Value) && a.Counted == b.Counted
}

func TestPropScoreInUnitInterval(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, err := ScoreCriteria(genCriteria().Draw(t, "criteria"))
		if err != nil {
			return
		}
		if s.Value.Sign() < 0 || s.Value.Cmp(one) > 0 {
			t.Fatalf("score %v outside [0, 1]", s)
		}
		if s.Value.Exponent() < -ScorePlaces {
			t.Fatalf("score %v has more than %d places", s.Value, ScorePlaces)
		}
	})
}

func TestPropPermutationInvariant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cs := genCriteria().Draw(t, "criteria")
		perm := rapid.Permutation(cs).Draw(t, "perm")
		a, errA := ScoreCriteria(cs)
		b, errB := ScoreCriteria(perm)
		if !sameResult(a, errA, b, errB) {
			t.Fatalf("%v, %v != %v, %v", a, errA, b, errB)
		}
	})
}

func TestPropScalingInvariant(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cs := genCriteria().Draw(t, "criteria")
		k := genDecimal(1, 10000, 4).Draw(t, "factor")
		scaled := make([]Criterion, len(cs))
		for i, c := range cs {
			c.Weight = c.Weight.Mul(k)
			scaled[i] = c
		}
		a, errA := ScoreCriteria(cs)
		b, errB := ScoreCriteria(scaled)
		if errB != nil && errors.Is(errB, ErrInvalid) && errA == nil {
			return // the scaled weights went past MaxScale: refused, not mis-scored
		}
		if !sameResult(a, errA, b, errB) {
			t.Fatalf("×%v: %v, %v != %v, %v", k, a, errA, b, errB)
		}
	})
}

func TestPropUnknownChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cs := genCriteria().Draw(t, "criteria")
		extra := rapid.SliceOfN(genDecimal(0, 1000, 3), 1, 5).Draw(t, "unknown weights")
		with := append([]Criterion(nil), cs...)
		for _, w := range extra {
			at := rapid.IntRange(0, len(with)).Draw(t, "at")
			with = append(with[:at], append([]Criterion{{Name: "u", Weight: w, Outcome: Unknown}}, with[at:]...)...)
		}
		a, errA := ScoreCriteria(cs)
		b, errB := ScoreCriteria(with)
		if !sameResult(a, errA, b, errB) {
			t.Fatalf("%v, %v != %v, %v", a, errA, b, errB)
		}
		if b.Missing != a.Missing+len(extra) && errB == nil {
			t.Fatalf("missing %d, want %d", b.Missing, a.Missing+len(extra))
		}
	})
}
