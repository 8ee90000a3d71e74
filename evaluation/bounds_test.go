package evaluation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

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

// Each list of a report is bounded, when it is decoded and when it is
// built in Go: MaxItems items, and 12 evaluators (4 per evaluator). The
// items past the bound are refused with ErrLimit at the list's path, and
// not read.
func TestListBounds(t *testing.T) {
	list := func(n int, item string) string {
		return "[" + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + "]"
	}
	const (
		indicator = `{"name":"i","lever":"social","direction":"higher-is-better","baseline":0,"target":1,"weight":1}`
		need      = `{"name":"n","weight":1,"outcome":"met"}`
	)
	for _, tt := range []struct {
		name, in string
		path     string // of the limit; "" for none
	}{
		{"indicators at the bound", `{"form":"performance","degree":"compter","indicators":` + list(evaluation.MaxItems, indicator) + `}`, ""},
		{"indicators", `{"form":"performance","degree":"compter","indicators":` + list(evaluation.MaxItems+1, indicator) + `}`, "indicators"},
		{"needs", `{"form":"pertinence","degree":"se-conter","needs":` + list(evaluation.MaxItems+1, need) + `}`, "needs"},
		{"impacts", `{"form":"pertinence","degree":"se-conter","impacts":` + list(evaluation.MaxItems+1, `{"description":"d","kind":"voulu","evidence":"se-conter"}`) + `}`, "impacts"},
		{"populations", `{"form":"pertinence","degree":"se-conter","needs":[{"name":"n","weight":1,"outcome":"met","populations":` + list(evaluation.MaxItems+1, `"p"`) + `}]}`, "needs[0].populations"},
		{"territories", `{"form":"pertinence","degree":"se-conter","needs":[{"name":"n","weight":1,"outcome":"met","territories":` + list(evaluation.MaxItems+1, `"p"`) + `}]}`, "needs[0].territories"},
		{"partners", `{"form":"partenariale","degree":"se-conter","partners":` + list(evaluation.MaxItems+1, `{"partner":"p","weight":1,"outcome":"met"}`) + `}`, "partners"},
		{"common good", `{"form":"partenariale","degree":"se-conter","common_good":` + list(evaluation.MaxItems+1, `{"dimension":"politique","weight":1,"outcome":"met"}`) + `}`, "common_good"},
		{"evaluators", `{"form":"pertinence","degree":"se-conter","evaluators":` + list(13, `"academiques"`) + `}`, "evaluators"},
	} {
		_, err := evaluation.Decode([]byte(tt.in))
		if tt.path == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		var limits []string
		for _, fe := range fieldErrors(err) {
			if errors.Is(fe.Err, evaluation.ErrLimit) {
				limits = append(limits, fe.Path)
			}
		}
		if len(limits) != 1 || limits[0] != tt.path {
			t.Errorf("%s: over the limit at %q, want at %q", tt.name, limits, tt.path)
		}
	}
	// Built in Go: refused before anything else is checked.
	many := func(n int) []string { return make([]string, n) }
	for name, r := range map[string]evaluation.Report{
		"indicators":           &evaluation.PerformanceReport{Degree: evaluation.Compter, Indicators: make([]evaluation.Indicator, evaluation.MaxItems+1)},
		"needs":                &evaluation.PertinenceReport{Degree: evaluation.SeConter, Needs: make([]evaluation.Need, evaluation.MaxItems+1)},
		"impacts":              &evaluation.PertinenceReport{Degree: evaluation.SeConter, Impacts: make([]evaluation.Impact, evaluation.MaxItems+1)},
		"needs[0].populations": &evaluation.PertinenceReport{Degree: evaluation.SeConter, Needs: []evaluation.Need{{Populations: many(evaluation.MaxItems + 1)}}},
		"partners":             &evaluation.PartenarialeReport{Degree: evaluation.SeConter, Partners: make([]evaluation.PartnerValue, evaluation.MaxItems+1)},
		"common_good":          &evaluation.PartenarialeReport{Degree: evaluation.SeConter, CommonGood: make([]evaluation.CommonGoodValue, evaluation.MaxItems+1)},
		"evaluators":           &evaluation.PerformanceReport{Degree: evaluation.Compter, Evaluators: make([]evaluation.Evaluator, 13)},
	} {
		fes := fieldErrors(r.Validate())
		if len(fes) != 1 || fes[0].Path != name || !errors.Is(fes[0].Err, evaluation.ErrLimit) {
			t.Errorf("%s: %v, want one ErrLimit at %s", name, fes, name)
		}
	}
}

// fieldErrors returns the problems joined in err, in order.
func fieldErrors(err error) []*problem.Error {
	var out []*problem.Error
	if fe, ok := err.(*problem.Error); ok {
		return append(out, fe)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out = append(out, fieldErrors(e)...)
		}
	}
	return out
}
