package innovation_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/seed424036fd/societal/problem"

	"github.com/seed424036fd/societal/innovation"
	"github.com/seed424036fd/societal/lang"
)

// checkMatrixErrors checks that err wraps ErrMatrix, that it holds exactly
// count problems, each a *problem.Error unwrapping to ErrMatrix, and that
// for each i < wants one of them matches.
func checkMatrixErrors(t *testing.T, err error, count int, match func(*problem.Error, int) bool, wants int) {
	t.Helper()
	if !errors.Is(err, innovation.ErrMatrix) {
		t.Errorf("error %v does not wrap ErrMatrix", err)
	}
	all := problem.List(err)
	if len(all) != count {
		t.Errorf("%d problems reported, want %d: %v", len(all), count, err)
	}
	for i := 0; i < wants; i++ {
		if !slices.ContainsFunc(all, func(p *problem.Error) bool { return match(p, i) }) {
			t.Errorf("problem #%d not reported in: %v", i, err)
		}
	}
	for _, p := range all {
		if p.Code == "error" || !errors.Is(p, innovation.ErrMatrix) {
			t.Errorf("%v (code %q) is not a problem of the package unwrapping to ErrMatrix", p, p.Code)
		}
	}
}

// names reports whether the message of p names, in every language, the
// values of the keys given (a lever, a stakeholder, a macro-phase): the
// labels come from the enumerations, so that the check survives any
// rewording of the message.
func names(p *problem.Error, keys ...string) bool {
	for _, k := range keys {
		var label func(lang.Lang) string
		if v, err := innovation.ParseLever(k); err == nil {
			label = v.Label
		} else if v, err := innovation.ParseStakeholder(k); err == nil {
			label = v.Label
		} else if v, err := innovation.ParseMacroPhase(k); err == nil {
			label = v.Label
		} else {
			return false
		}
		for l := range lang.Langs() {
			if !strings.Contains(p.Reason(l), label(l)) {
				return false
			}
		}
	}
	return true
}

func encodeMatrixJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	return b
}

// TestMatrixLimits: every size over its limit wraps ErrLimit and ErrMatrix,
// whether the matrix is given in Go or read from JSON, and the most cells
// a matrix may hold is one per row × macro-phase pair, in both.
func TestMatrixLimits(t *testing.T) {
	needs := func(edit func([]innovation.NeedsCell) []innovation.NeedsCell) func() (error, error) {
		return func() (error, error) {
			cells := edit(validNeedsCells())
			_, goErr := innovation.NewNeedsMatrix(cells)
			var n innovation.NeedsMatrix
			return goErr, n.UnmarshalJSON(encodeMatrixJSON(t, cells))
		}
	}
	stakeholders := func(edit func([]innovation.StakeholderCell) []innovation.StakeholderCell) func() (error, error) {
		return func() (error, error) {
			cells := edit(validStakeholdersCells())
			_, goErr := innovation.NewStakeholderMatrix(cells)
			var m innovation.StakeholderMatrix
			return goErr, m.UnmarshalJSON(encodeMatrixJSON(t, cells))
		}
	}
	qualifier := func(q string) func([]innovation.NeedsCell) []innovation.NeedsCell {
		return func(c []innovation.NeedsCell) []innovation.NeedsCell { c[5].Qualifier = q; return c }
	}
	tests := []struct {
		name           string
		run            func() (goErr, jsonErr error)
		limit          bool   // wraps ErrLimit
		goCode, jsPath string // the code of the one problem from NewXMatrix, the path of the one from JSON; "" for none
	}{
		{"qualifier of MaxQualifier bytes", needs(qualifier(strings.Repeat("é", innovation.MaxQualifier/2))), false, "", ""},
		{"qualifier over MaxQualifier", needs(qualifier(strings.Repeat("a", innovation.MaxQualifier+1))), true, "over-limit", "[5].qualifier"},
		{"qualifier over MaxText", needs(qualifier(strings.Repeat("a", 257))), true, "over-limit", "[5].qualifier"},
		{"blank qualifier", needs(qualifier("\u00a0")), false, "blank", "[5].qualifier"},
		{"needs: one cell too many", needs(func(c []innovation.NeedsCell) []innovation.NeedsCell { return append(c, c[0]) }), true, "over-limit", ""},
		{"needs: a pair twice within the limit", needs(func(c []innovation.NeedsCell) []innovation.NeedsCell { c[1] = c[0]; return c }), false, "duplicate-cell", "[1]"},
		{"stakeholders: one cell too many", stakeholders(func(c []innovation.StakeholderCell) []innovation.StakeholderCell { return append(c, c[0]) }), true, "over-limit", ""},
		{"stakeholders: many cells too many", stakeholders(func(c []innovation.StakeholderCell) []innovation.StakeholderCell {
			return append(append(append(c, c...), c...), c...)
		}), true, "over-limit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			goErr, jsonErr := tt.run()
			if tt.goCode == "" {
				if goErr != nil || jsonErr != nil {
					t.Errorf("%v, %v; want no error", goErr, jsonErr)
				}
				return
			}
			var p *problem.Error
			if !errors.As(goErr, &p) || p.Code != tt.goCode {
				t.Errorf("Go: %v, want a problem of code %s", goErr, tt.goCode)
			}
			var fe *problem.Error
			if !errors.As(jsonErr, &fe) || fe.Path != tt.jsPath {
				t.Errorf("JSON: %v, want a problem at %q", jsonErr, tt.jsPath)
			}
			for _, c := range []struct {
				how string
				err error
			}{{"Go", goErr}, {"JSON", jsonErr}} {
				if !errors.Is(c.err, innovation.ErrMatrix) || errors.Is(c.err, innovation.ErrLimit) != tt.limit {
					t.Errorf("%s: %v: ErrMatrix %t, ErrLimit %t, want true, %t", c.how, c.err,
						errors.Is(c.err, innovation.ErrMatrix), errors.Is(c.err, innovation.ErrLimit), tt.limit)
				}
			}
		})
	}
}
