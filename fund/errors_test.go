package fund_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/seed424036fd/societal/fund"
	"github.com/seed424036fd/societal/problem"
)

// The package's own problems: their codes and sentinels.
func TestErrors(t *testing.T) {
	var r fund.Refusal
	err := json.Unmarshal([]byte(`{"line": "three"}`), &r)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Code != "malformed-refusal" || !errors.Is(err, problem.ErrSyntax) {
		t.Errorf("malformed refusal: %#v, want a *problem.Error of code malformed-refusal unwrapping to ErrSyntax", err)
	}
	var k fund.MatchKey
	if err := k.UnmarshalText([]byte("clef")); !errors.Is(err, problem.ErrUnknown) || k != 0 {
		t.Errorf("unknown match key: %v, key %v", err, k)
	}
	var rule fund.Rule
	if err := rule.UnmarshalText([]byte("gravitas")); !errors.Is(err, problem.ErrUnknown) || rule != 0 {
		t.Errorf("unknown rule: %v, rule %v", err, rule)
	}
	for _, v := range []interface{ MarshalText() ([]byte, error) }{fund.MatchKey(0), fund.MatchKey(9), fund.Rule(0), fund.Rule(99)} {
		if _, err := v.MarshalText(); !errors.Is(err, problem.ErrInvalid) {
			t.Errorf("MarshalText(%v): %v, want ErrInvalid", v, err)
		}
	}
	for _, k := range []fund.MatchKey{fund.ByID, fund.ByName} {
		var back fund.MatchKey
		if b, err := k.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("match key %v: %q, %v, back %v", k, b, err, back)
		}
	}
}
