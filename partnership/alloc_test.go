package partnership_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// The read-only queries do not allocate: thresholds are validated, risks
// found and the checklist read without building anything that is not
// returned.
func TestAllocs(t *testing.T) {
	p := benchPartnership(5) // no finding under the default thresholds
	th := partnership.DefaultThresholds()
	var sink int
	tests := []struct {
		name string
		max  float64
		f    func()
	}{
		{"Len", 0, func() { sink += p.Len() }},
		{"Thresholds.Validate", 0, func() {
			if th.Validate() != nil {
				t.Fatal("invalid defaults")
			}
		}},
		{"Kind.String", 0, func() { sink += len(partnership.Association.String()) }},
		{"ParseKind", 0, func() {
			if _, err := partnership.ParseKind("association"); err != nil {
				t.Fatal(err)
			}
		}},
		{"Fact.String", 0, func() { sink += len(partnership.Yes.String()) }},
		{"ParseFact", 0, func() {
			if _, err := partnership.ParseFact("no"); err != nil {
				t.Fatal(err)
			}
		}},
		{"Diagnose without findings", 0, func() {
			if fs, err := p.Diagnose(th); err != nil || fs != nil {
				t.Fatal(fs, err)
			}
		}},
		{"Checklist", 0, func() {
			if _, err := p.Checklist(th); err != nil {
				t.Fatal(err)
			}
		}},
		{"Balance", 1, func() { sink += len(p.Balance().Shares) }},
		// Needs.Rising's slice, the Rising coverages, one array of supplier
		// IDs (one more under the race detector).
		{"Coverage", 4, func() {
			if _, err := p.Coverage(innovation.Modelisation, innovation.DefaultNeeds(), th); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(50, tt.f); got > tt.max {
			t.Errorf("%s: %v allocations, want at most %v", tt.name, got, tt.max)
		}
	}
	_ = sink
}
