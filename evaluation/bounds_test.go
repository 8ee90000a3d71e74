package evaluation_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/seed424036fd/societal/evaluation"
)

// The edges of the decimal bounds, counted by hand: at most MaxDigits = 30
// significant digits, MaxIntegerDigits = 18 integer digits and MaxScale = 12
// places.
func TestDecimalBounds(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{strings.Repeat("9", 18), true},        // 18 integer digits
		{"1" + strings.Repeat("0", 18), false}, // 10^18: 19 integer digits
		{"-" + strings.Repeat("9", 18), true},
		{"-1" + strings.Repeat("0", 18), false},
		{"1e17", true},                               // 18 integer digits
		{"1e18", false},                              // 19 integer digits
		{"1000000000000000e3", false},                // 10^18 again: 16 digits, exponent 3
		{"999999999999999e3", true},                  // 15 digits, exponent 3
		{"0e18", true},                               // zero, exponent in range
		{"0e19", false},                              // exponent out of range
		{"0.000000000001", true},                     // 12 places
		{"0.0000000000001", false},                   // 13 places
		{"123456789012345678.901234567890", true},    // 18 + 12 = 30 digits
		{"12345678901234567.8901234567890", false},   // 17 + 13 digits: a trailing zero is a place
		{"1234567890123456.78901234567891", false},   // 16 + 14 = 30 digits, 14 places
		{"123456789012345678.9012345678901", false},  // 31 digits, 13 places
		{"12345678901234567890123456789e-12", true},  // 29 digits, 17 integer digits
		{"123456789012345678901234567890e-12", true}, // 30 digits
		{"1234567890123456789012345678901e-13", false},
		{"12345678901234567e1", true},  // 17 digits, 18 integer digits
		{"12345678901234567e2", false}, // 19 integer digits
	} {
		d := decimal.RequireFromString(tt.in)
		r := &evaluation.PerformanceReport{Degree: evaluation.Compter, Indicators: []evaluation.Indicator{{
			Name: "i", Lever: evaluation.Social, Direction: evaluation.HigherIsBetter,
			Baseline: decimal.Zero, Target: decimal.NewFromInt(1), Actual: decimal.NewNullDecimal(d), Weight: decimal.NewFromInt(1),
		}}}
		if err := r.Validate(); (err == nil) != tt.ok {
			t.Errorf("actual %s: %v, want accepted %v", tt.in, err, tt.ok)
		}
	}
}
