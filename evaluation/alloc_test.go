package evaluation

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/shopspring/decimal"
)

// Validation of valid input and the read-only queries do not allocate, and
// scoring a report allocates its result only, whatever its length.
func TestAllocs(t *testing.T) {
	perf, pert, part := benchPerformance(10), benchPertinence(10), benchPartenariale(10)
	long := benchPerformance(1000)
	budget := Budget{Total: decimal.NewFromInt(1000), Evaluation: decimal.NewFromInt(50), CapacityBuilding: decimal.NewFromInt(300)}
	var sink int
	tests := []struct {
		name string
		max  float64
		f    func()
	}{
		{"PerformanceReport.Validate", 0, func() { must(t, perf.Validate()) }},
		{"PertinenceReport.Validate", 0, func() { must(t, pert.Validate()) }},
		{"PartenarialeReport.Validate", 0, func() { must(t, part.Validate()) }},
		{"Budget.Validate", 0, func() { must(t, budget.Validate()) }},
		{"Budget.Check without findings", 0, func() {
			fs, err := budget.Check(innovation.Essaimage)
			must(t, err)
			sink += len(fs)
		}},
		{"Outcome.String", 0, func() { sink += len(Met.String()) }},
		{"ParseOutcome", 0, func() {
			_, err := ParseOutcome("not-met")
			must(t, err)
		}},
		{"Degree.String", 0, func() { sink += len(Compter.String()) }},
		{"PerformanceReport.Score", 2, func() {
			_, err := perf.Score()
			must(t, err)
		}},
		{"PerformanceReport.Score, 1000 indicators", 2, func() {
			_, err := long.Score()
			must(t, err)
		}},
		{"PertinenceReport.Score", 2, func() {
			_, err := pert.Score()
			must(t, err)
		}},
		{"PartenarialeReport.Score", 2, func() {
			_, err := part.Score()
			must(t, err)
		}},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(20, tt.f); got > tt.max {
			t.Errorf("%s: %v allocations, want at most %v", tt.name, got, tt.max)
		}
	}
	_ = sink
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
