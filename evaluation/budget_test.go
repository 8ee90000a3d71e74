package evaluation

import (
	"errors"
	"testing"

	"github.com/seed424036fd/societal/innovation"
)

// TestBudgetGuidance checks MODEL §2.4 figure by figure.
func TestBudgetGuidance(t *testing.T) {
	g := BudgetGuidance()
	for _, c := range []struct {
		name, want, source string
		got                func() string
	}{
		{"max evaluation", "0.1", "004:3204-3206, 3245", func() string { return g.MaxEvaluation.String() }},
		{"capacity building to scale", "0.22", "004:3107, 3206-3208", func() string { return g.ScalingCapacityBuilding.String() }},
		{"France", "0.02", "004:3105-3107, 4932-4934", func() string { return g.ObservedFrance.String() }},
		{"AG2R", "0.17", "004:3105", func() string { return g.ObservedAG2R.String() }},
		{"world general", "0.3", "004:4930-4932", func() string { return g.WorldGeneral.String() }},
		{"world social", "0.22", "004:4932", func() string { return g.WorldSocial.String() }},
		{"digital", "0.6", "004:4928-4930", func() string { return g.DigitalOver.String() }},
	} {
		if got := c.got(); got != c.want {
			t.Errorf("%s = %s, want %s (%s)", c.name, got, c.want, c.source)
		}
	}
}

func TestBudgetShares(t *testing.T) {
	b := Budget{Total: dec("300000"), Evaluation: dec("36000"), CapacityBuilding: dec("50000")}
	s, err := b.Shares()
	if err != nil {
		t.Fatal(err)
	}
	if !s.Evaluation.Equal(dec("0.12")) || !s.CapacityBuilding.Equal(dec("0.1667")) || !s.Combined.Equal(dec("0.2867")) {
		t.Errorf("shares = %+v", s)
	}
}

func TestBudgetCheck(t *testing.T) {
	tests := []struct {
		name   string
		budget Budget
		phase  innovation.Phase
		want   []Finding
	}{
		{"exactly 10% and 22% at deployment", Budget{dec("100"), dec("10"), dec("22")}, innovation.Essaimage, nil},
		{"over 10% (004:3204-3206)", Budget{dec("100"), dec("10.01"), dec("22")}, innovation.Essaimage,
			[]Finding{{Code: EvaluationOverShare, Field: "budget.evaluation"}}},
		{"2% capacity building to scale (004:3105-3107)", Budget{dec("1000"), dec("50"), dec("20")}, innovation.Industrialisation,
			[]Finding{{Code: CapacityBelowScale, Field: "budget.capacity_building"}}},
		{"low capacity building before scaling is not a finding", Budget{dec("1000"), dec("50"), dec("20")}, innovation.Conception, nil},
		{"no evaluation budget (004:3303-3305)", Budget{dec("1000"), dec("0"), dec("300")}, innovation.Modelisation,
			[]Finding{{Code: EvaluationNotBudgeted, Field: "budget.evaluation"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := tt.budget.Check(tt.phase)
			if err != nil {
				t.Fatal(err)
			}
			checkFindings(t, fs, tt.want)
		})
	}
}

func TestBudgetInvalid(t *testing.T) {
	tests := []struct {
		name   string
		budget Budget
		fields []string
		err    error
	}{
		{"zero", Budget{}, []string{"budget.total"}, ErrInvalid},
		{"negative", Budget{dec("-1"), dec("-1"), dec("-2")}, []string{"budget.total", "budget.evaluation", "budget.capacity_building"}, ErrInvalid},
		{"evaluation over 100%", Budget{dec("100"), dec("101"), dec("0")}, []string{"budget.evaluation"}, ErrInvalid},
		{"capacity building over 100%", Budget{dec("100"), dec("0"), dec("100.5")}, []string{"budget.capacity_building"}, ErrInvalid},
		{"together over 100%", Budget{dec("100"), dec("60"), dec("50")}, []string{"budget"}, ErrInvalid},
		{"absurd exponent", Budget{dec("1e999999999"), dec("1"), dec("1e-999999999")}, []string{"budget.total", "budget.capacity_building"}, ErrLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.budget.Shares()
			if !errors.Is(err, tt.err) {
				t.Fatalf("Shares() = %v, want %v", err, tt.err)
			}
			for _, f := range tt.fields {
				if !hasField(err, f) {
					t.Errorf("error %v does not name %q", err, f)
				}
			}
			if _, err := tt.budget.Check(innovation.Essaimage); !errors.Is(err, tt.err) {
				t.Errorf("Check() = %v", err)
			}
		})
	}
	if _, err := (Budget{dec("1"), dec("0"), dec("0")}).Check(0); !hasField(err, "phase") {
		t.Errorf("Check(0) = %v", err)
	}
}
