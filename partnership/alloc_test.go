package partnership_test

import (
	"testing"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/partnership"
)

// The read-only queries do not allocate.
func TestAllocs(t *testing.T) {
	p := benchPartnership(5)
	var sink int
	tests := []struct {
		name string
		f    func()
	}{
		{"Len", func() { sink += p.Len() }},
		{"PowerStated", func() {
			if p.PowerStated() {
				sink++
			}
		}},
		{"Kind.String", func() { sink += len(partnership.Association.String()) }},
		{"ParseKind", func() {
			if _, err := partnership.ParseKind("association"); err != nil {
				t.Fatal(err)
			}
		}},
		{"Fact.String", func() { sink += len(partnership.Yes.String()) }},
		{"ParseFact", func() {
			if _, err := partnership.ParseFact("no"); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		if got := testing.AllocsPerRun(50, tt.f); got != 0 {
			t.Errorf("%s: %v allocations, want 0", tt.name, got)
		}
	}
	_ = sink
}

// The analyses compare the partnership's decimals with the caller's
// thresholds (shopspring's Cmp allocates to rescale decimals of different
// exponents) and build what they return. What New derived is compared a
// fixed number of times: their allocations stay under the same small
// ceiling for 5 partners and for 500.
func TestAnalysisAllocs(t *testing.T) {
	small, large := benchPartnership(5), benchPartnership(500) // no finding under the default thresholds
	th := partnership.DefaultThresholds()
	tests := []struct {
		name string
		max  float64
		f    func(p *partnership.Partnership)
	}{
		{"Thresholds.Validate", 16, func(*partnership.Partnership) {
			if th.Validate() != nil {
				t.Fatal("invalid defaults")
			}
		}},
		{"Diagnose without findings", 48, func(p *partnership.Partnership) {
			if fs, err := p.Diagnose(th); err != nil || fs != nil {
				t.Fatal(fs, err)
			}
		}},
		{"Checklist", 48, func(p *partnership.Partnership) {
			if _, err := p.Checklist(th); err != nil {
				t.Fatal(err)
			}
		}},
		// Validate, then Needs.Rising's slice, the Rising coverages and one
		// array of supplier IDs (one more under the race detector).
		{"Coverage", 24, func(p *partnership.Partnership) {
			if _, err := p.Coverage(innovation.Modelisation, innovation.DefaultNeeds(), th); err != nil {
				t.Fatal(err)
			}
		}},
		{"Balance", 1, func(p *partnership.Partnership) { _ = p.Balance() }},
	}
	for _, tt := range tests {
		n5 := testing.AllocsPerRun(50, func() { tt.f(small) })
		n500 := testing.AllocsPerRun(50, func() { tt.f(large) })
		if n5 > tt.max || n500 > tt.max {
			t.Errorf("%s: %v allocations for 5 partners, %v for 500; want at most %v for both", tt.name, n5, n500, tt.max)
		}
	}
}
