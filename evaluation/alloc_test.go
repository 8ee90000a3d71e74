package evaluation

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

// Validation of valid reports and the read-only queries do not allocate.
func TestAllocs(t *testing.T) {
	perf, pert, part := benchPerformance(10), benchPertinence(10), benchPartenariale(10)
	var sink int
	tests := []struct {
		name string
		f    func()
	}{
		{"PerformanceReport.Validate", func() { must(t, perf.Validate()) }},
		{"PertinenceReport.Validate", func() { must(t, pert.Validate()) }},
		{"PartenarialeReport.Validate", func() { must(t, part.Validate()) }},
		{"Outcome.String", func() { sink += len(Met.String()) }},
		{"ParseOutcome", func() {
			_, err := ParseOutcome("not-met")
			must(t, err)
		}},
		{"Degree.String", func() { sink += len(Compter.String()) }},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(20, tt.f); got > 0 {
			t.Errorf("%s: %v allocations, want 0", tt.name, got)
		}
	}
	_ = sink
}

// Arithmetic allocates (a decimal.Decimal is an immutable big.Int: every
// sum, product and division makes a new one), in proportion to the input:
// a budget takes a few allocations, and scoring 1,000 items costs no more
// per item than scoring 10.
func TestArithmeticAllocs(t *testing.T) {
	budget := Budget{Total: decimal.NewFromInt(1000), Evaluation: decimal.NewFromInt(50), CapacityBuilding: decimal.NewFromInt(300)}
	for _, tt := range []struct {
		name string
		max  float64
		f    func()
	}{
		{"Budget.Validate", 2, func() { must(t, budget.Validate()) }}, // the sum evaluation + capacity building
		{"Budget.Check without findings", 20, func() {
			_, err := budget.Check(innovation.Essaimage)
			must(t, err)
		}},
	} {
		if got := testing.AllocsPerRun(20, tt.f); got > tt.max {
			t.Errorf("%s: %v allocations, want at most %v", tt.name, got, tt.max)
		}
	}
	small, large := benchReports(10), benchReports(1000)
	for i := range small {
		perItem := func(r Report, n int) float64 {
			return testing.AllocsPerRun(5, func() {
				_, err := r.Score()
				must(t, err)
			}) / float64(n)
		}
		s, l := perItem(small[i], 10), perItem(large[i], 1000)
		if l > s*1.1 {
			t.Errorf("%v.Score: allocations per item grow: %.1f at 10, %.1f at 1,000", small[i].Form(), s, l)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
